import { randomBytes } from 'node:crypto';
import { jobIds, redisConnection, SLA_TICK_MS, slaTick } from '@vigil/api/queue';
import { Queue } from 'bullmq';
import { codes, eventually, Session, startApi, TestApi, untilSubscribed } from './support/harness';

const REDIS_URL = process.env['REDIS_URL'] || 'redis://127.0.0.1:6379';
const MINUTE = 60_000;

const CYCLE_FIELDS = `id kind sequence label severity goalMinutes calendarLabel state startedAt dueAt stoppedAt
  breachedAt remainingSeconds pausedSeconds pauses { from to reason } warningShares warningsSent cancelReason`;

interface Cycle {
  id: string;
  kind: string;
  sequence: number;
  label: string;
  severity: string | null;
  goalMinutes: number;
  calendarLabel: string;
  state: string;
  startedAt: string;
  dueAt: string | null;
  stoppedAt: string | null;
  breachedAt: string | null;
  remainingSeconds: number;
  pausedSeconds: number;
  pauses: { from: string; to: string | null; reason: string }[];
  warningShares: number[];
  warningsSent: number[];
  cancelReason: string | null;
}

interface Deadline {
  id: string;
  obligation: string;
  regime: string;
  title: string;
  rule: string;
  triggerAt: string;
  dueAt: string;
  status: string;
  version: number;
}

const REGULATORY_FIELDS = `facts { awareAt personalDataAffected recordsAffected version } regimes
  deadlines { id obligation regime title rule triggerAt dueAt status version }`;

const ms = (iso: string | null): number => (iso ? new Date(iso).getTime() : NaN);

describe('SLA commitments and regulatory deadlines', () => {
  const prefix = `${process.env['QUEUE_PREFIX'] ?? 'vigil-test'}-sla-${randomBytes(3).toString('hex')}`;
  let api: TestApi;
  let queue: Queue;
  let admin: Session;
  let am: Session;
  let consultant: Session;
  let acmeAdmin: Session;
  let kestrelAdmin: Session;
  let heliosAdmin: Session;

  async function declareAsClient(
    title: string,
    severity = 'SEV1',
  ): Promise<{ id: string; version: number }> {
    const data = await api.ok<{ declareEngagement: { id: string; version: number } }>(
      `mutation($input: DeclareEngagementInput!) { declareEngagement(input: $input) { id version } }`,
      { input: { title, incidentType: 'RANSOMWARE', severity } },
      acmeAdmin.accessToken,
    );
    return data.declareEngagement;
  }

  async function cycles(engagementId: string, token = consultant.accessToken): Promise<Cycle[]> {
    return (
      await api.ok<{ engagementSla: Cycle[] }>(
        `query($id: ID!) { engagementSla(engagementId: $id) { ${CYCLE_FIELDS} } }`,
        { id: engagementId },
        token,
      )
    ).engagementSla;
  }

  function find(list: Cycle[], kind: string, sequence = 1): Cycle {
    const c = list.find((x) => x.kind === kind && x.sequence === sequence);
    if (!c)
      throw new Error(
        `no ${kind} #${sequence} cycle in ${JSON.stringify(list.map((x) => [x.kind, x.sequence]))}`,
      );
    return c;
  }

  async function version(engagementId: string): Promise<number> {
    return (
      await api.ok<{ engagement: { version: number } }>(
        `query($id: ID!) { engagement(id: $id) { version } }`,
        { id: engagementId },
        consultant.accessToken,
      )
    ).engagement.version;
  }

  /**
   * When the delayed alarm job armed for an instant rings (epoch ms), or null if there is none: the
   * alarm of the tick the instant falls in.
   */
  async function alarmFor(instant: number): Promise<number | null> {
    const job = await queue.getJob(jobIds.slaAlarm(slaTick(instant)));
    if (!job || (await job.getState()) !== 'delayed') return null;
    return job.timestamp + (job.opts.delay ?? 0);
  }

  /** An alarm is armed for the instant and rings at it, or within the tick that follows. */
  async function expectAlarmAt(instant: number): Promise<void> {
    const rings = await alarmFor(instant);
    expect(rings).not.toBeNull();
    expect(rings as number).toBeGreaterThanOrEqual(instant);
    expect(rings as number).toBeLessThan(instant + SLA_TICK_MS);
  }

  beforeAll(async () => {
    api = await startApi({ QUEUE_PREFIX: prefix });
    queue = new Queue('sla', { connection: redisConnection(REDIS_URL), prefix });
    admin = await api.login('admin@northwatch.test');
    am = await api.login('am@northwatch.test');
    consultant = await api.login('consultant@northwatch.test');
    acmeAdmin = await api.login('admin@acme.test');
    kestrelAdmin = await api.login('admin@kestrel.test');
    heliosAdmin = await api.login('admin@helios.test');
  });

  afterAll(async () => {
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
    await api.close();
  });

  it('a reported incident starts the clocks of the default policy, each with its alarm, for the provider and the client alike', async () => {
    const e = await declareAsClient('Ransom note on file servers');
    const list = await cycles(e.id);
    expect(list.map((c) => `${c.kind}:${c.state}`).sort()).toEqual([
      'ACKNOWLEDGE:RUNNING',
      'CLIENT_UPDATE:RUNNING',
      'RESPOND:RUNNING',
    ]);
    const ack = find(list, 'ACKNOWLEDGE');
    expect(ack.goalMinutes).toBe(60);
    expect(ack.severity).toBe('SEV1');
    expect(ack.calendarLabel).toBe('Around the clock');
    expect(ms(ack.dueAt) - ms(ack.startedAt)).toBe(60 * MINUTE);
    expect(ack.remainingSeconds).toBeGreaterThan(59 * 60);
    expect(find(list, 'RESPOND').goalMinutes).toBe(120);
    expect(find(list, 'CLIENT_UPDATE').goalMinutes).toBe(240);
    // The next alarm is the 75 % warning, armed in Redis at that instant (to the tick).
    await expectAlarmAt(ms(ack.startedAt) + 45 * MINUTE);

    // The client sees its own commitments; other clients do not even learn the engagement exists.
    expect((await cycles(e.id, acmeAdmin.accessToken)).map((c) => c.kind).sort()).toEqual([
      'ACKNOWLEDGE',
      'CLIENT_UPDATE',
      'RESPOND',
    ]);
    for (const outsider of [kestrelAdmin, heliosAdmin]) {
      const denied = await api.gql(
        `query($id: ID!) { engagementSla(engagementId: $id) { id } }`,
        { id: e.id },
        outsider.accessToken,
      );
      expect(codes(denied)).toEqual(['NOT_FOUND']);
      const badges = await api.ok<{ slaBadges: { id: string }[] }>(
        `query($ids: [ID!]!) { slaBadges(engagementIds: $ids) { id } }`,
        { ids: [e.id] },
        outsider.accessToken,
      );
      expect(badges.slaBadges).toEqual([]);
    }
  });

  it('acknowledging keeps the promise and takes its alarm away; a new severity applies its goal from the cycle’s start', async () => {
    const e = await declareAsClient('Phishing wave');
    const before = await cycles(e.id);
    const ack = find(before, 'ACKNOWLEDGE');
    const respond = find(before, 'RESPOND');
    await api.ok(
      `mutation($id: ID!) { acknowledgeEngagement(id: $id) { id } }`,
      { id: e.id },
      consultant.accessToken,
    );
    const after = await cycles(e.id);
    expect(find(after, 'ACKNOWLEDGE').state).toBe('MET');
    expect(find(after, 'ACKNOWLEDGE').stoppedAt).not.toBeNull();
    expect(await alarmFor(ms(ack.startedAt) + 45 * MINUTE)).toBeNull();

    await api.ok(
      `mutation($input: ChangeSeverityInput!) { changeEngagementSeverity(input: $input) { id } }`,
      {
        input: {
          engagementId: e.id,
          expectedVersion: await version(e.id),
          severity: 'SEV3',
          reason: 'Contained to one mailbox',
        },
      },
      consultant.accessToken,
    );
    const moved = find(await cycles(e.id), 'RESPOND');
    expect(moved.severity).toBe('SEV3');
    expect(moved.goalMinutes).toBe(480);
    expect(moved.startedAt).toBe(respond.startedAt);
    expect(ms(moved.dueAt) - ms(moved.startedAt)).toBe(480 * MINUTE);
    // The alarm moved with it: the old one is gone, the new 75 % warning is armed.
    expect(await alarmFor(ms(respond.startedAt) + 90 * MINUTE)).toBeNull();
    await expectAlarmAt(ms(moved.startedAt) + 360 * MINUTE);
    // The finished acknowledgement keeps the goal it had.
    expect(find(await cycles(e.id), 'ACKNOWLEDGE').goalMinutes).toBe(60);
  });

  it('waiting on the client, or on a blocking request, stops the clocks and moves the due time by the pause', async () => {
    const e = await declareAsClient('Suspicious VPN logins');
    await api.ok(
      `mutation($id: ID!) { acknowledgeEngagement(id: $id) { id } }`,
      { id: e.id },
      consultant.accessToken,
    );
    const running = find(await cycles(e.id), 'RESPOND');

    const paused = await api.ok<{ setWaitingOnClient: Cycle[] }>(
      `mutation($input: SetWaitingOnClientInput!) { setWaitingOnClient(input: $input) { ${CYCLE_FIELDS} } }`,
      {
        input: {
          engagementId: e.id,
          waiting: true,
          reason: 'Firewall logs',
          expectedVersion: await version(e.id),
        },
      },
      consultant.accessToken,
    );
    const p = find(paused.setWaitingOnClient, 'RESPOND');
    expect(p.state).toBe('PAUSED');
    expect(p.dueAt).toBeNull();
    expect(p.pauses).toEqual([
      expect.objectContaining({ reason: 'Waiting on the client: Firewall logs', to: null }),
    ]);
    expect(await alarmFor(ms(running.startedAt) + 90 * MINUTE)).toBeNull();
    // The client reads why its incident waits.
    const seen = await api.ok<{
      engagement: { waitingOnClient: boolean; waitingOnClientReason: string };
    }>(
      `query($id: ID!) { engagement(id: $id) { waitingOnClient waitingOnClientReason } }`,
      { id: e.id },
      acmeAdmin.accessToken,
    );
    expect(seen.engagement).toEqual({
      waitingOnClient: true,
      waitingOnClientReason: 'Firewall logs',
    });

    await new Promise((r) => setTimeout(r, 1200));
    const resumed = await api.ok<{ setWaitingOnClient: Cycle[] }>(
      `mutation($input: SetWaitingOnClientInput!) { setWaitingOnClient(input: $input) { ${CYCLE_FIELDS} } }`,
      { input: { engagementId: e.id, waiting: false, expectedVersion: await version(e.id) } },
      consultant.accessToken,
    );
    const r = find(resumed.setWaitingOnClient, 'RESPOND');
    expect(r.state).toBe('RUNNING');
    const pause = r.pauses[0];
    const pausedFor = ms(pause?.to ?? null) - ms(pause?.from ?? null);
    expect(pausedFor).toBeGreaterThanOrEqual(1100);
    expect(ms(r.dueAt)).toBe(ms(running.dueAt) + pausedFor);
    expect(await alarmFor(ms(running.startedAt) + 90 * MINUTE)).toBeNull();
    await expectAlarmAt(ms(running.startedAt) + 90 * MINUTE + pausedFor);

    // A blocking request for information pauses too, until the client answers it.
    const acme = await api.ok<{ me: { id: string } }>(`{ me { id } }`, {}, acmeAdmin.accessToken);
    const task = await api.ok<{ createEngagementTask: { id: string; version: number } }>(
      `mutation($id: ID!, $o: ID!) { createEngagementTask(input: { engagementId: $id, title: "Export the mail logs", ownerId: $o, blocking: true }) { id version } }`,
      { id: e.id, o: acme.me.id },
      consultant.accessToken,
    );
    const blocked = find(await cycles(e.id), 'RESPOND');
    expect(blocked.state).toBe('PAUSED');
    expect(blocked.pauses[1]?.reason).toBe('Blocking request open: Export the mail logs');
    await api.ok(
      `mutation($id: ID!, $v: Int!) { answerEngagementTask(input: { id: $id, expectedVersion: $v, answer: "Attached" }) { id } }`,
      { id: task.createEngagementTask.id, v: task.createEngagementTask.version },
      acmeAdmin.accessToken,
    );
    const unblocked = find(await cycles(e.id), 'RESPOND');
    expect(unblocked.state).toBe('RUNNING');
    expect(unblocked.pauses.every((x) => x.to !== null)).toBe(true);

    // Bad input names the field; a stale version is a conflict.
    const stale = await api.gql(
      `mutation($input: SetWaitingOnClientInput!) { setWaitingOnClient(input: $input) { id } }`,
      { input: { engagementId: e.id, waiting: true, expectedVersion: 1 } },
      consultant.accessToken,
    );
    expect(codes(stale)).toEqual(['CONFLICT']);
    const clientTries = await api.gql(
      `mutation($input: SetWaitingOnClientInput!) { setWaitingOnClient(input: $input) { id } }`,
      { input: { engagementId: e.id, waiting: true, expectedVersion: await version(e.id) } },
      acmeAdmin.accessToken,
    );
    expect(codes(clientTries)).toEqual(['FORBIDDEN']);
  });

  it('pages open on the engagement hear when its commitments change, with the version the next edit needs', async () => {
    const e = await declareAsClient('Web shell on the intranet');
    type Seen = { kind: string; engagement: { version: number } | null }[];
    const watch = (token: string): Seen => {
      const seen: Seen = [];
      api.connect(token).subscribe<{ engagementActivity: Seen[number] }>(
        {
          query: `subscription($id: ID!) { engagementActivity(engagementId: $id) { kind engagement { version } } }`,
          variables: { id: e.id },
        },
        {
          next: (r) => {
            if (r.data) seen.push(r.data.engagementActivity);
          },
          error: () => undefined,
          complete: () => undefined,
        },
      );
      return seen;
    };
    const colleague = watch(am.accessToken);
    const client = watch(acmeAdmin.accessToken);
    // Both subscriptions are live once a change of the engagement reaches them both.
    await untilSubscribed(
      api,
      consultant.accessToken,
      e.id,
      () => colleague.length > 0 && client.length > 0,
    );
    const heard = (seen: Seen, v: number): Promise<unknown> =>
      eventually(
        async () => seen.find((a) => a.kind === 'ENGAGEMENT' && a.engagement?.version === v),
        5000,
        `version ${v}`,
      );

    const before = await version(e.id);
    await api.ok(
      `mutation($input: SetWaitingOnClientInput!) { setWaitingOnClient(input: $input) { id } }`,
      {
        input: { engagementId: e.id, waiting: true, reason: 'Proxy logs', expectedVersion: before },
      },
      consultant.accessToken,
    );
    await heard(colleague, before + 1);
    await heard(client, before + 1);
    // The colleague's next edit, with the version they heard of, goes through.
    await api.ok(
      `mutation($input: RecordResponderEngagedInput!) { recordResponderEngaged(input: $input) { id } }`,
      {
        input: { engagementId: e.id, at: new Date().toISOString(), expectedVersion: before + 1 },
      },
      am.accessToken,
    );
    await heard(client, before + 2);
  });

  it('the first timeline entry engages the responder; each published update keeps the cadence and starts the next cycle', async () => {
    const e = await declareAsClient('Web shell on intranet');
    await api.ok(
      `mutation($id: ID!) { acknowledgeEngagement(id: $id) { id } }`,
      { id: e.id },
      consultant.accessToken,
    );
    await api.ok(
      `mutation($input: AddTimelineEventInput!) { addTimelineEvent(input: $input) { id } }`,
      {
        input: {
          engagementId: e.id,
          occurredAt: new Date().toISOString(),
          occurredTimeZone: 'UTC',
          kind: 'RESPONSE_ACTION',
          description: 'Isolated the intranet host',
        },
      },
      consultant.accessToken,
    );
    const engaged = find(await cycles(e.id), 'RESPOND');
    expect(engaged.state).toBe('MET');
    // The team corrects when the first responder really started: the kept promise follows.
    const really = new Date(ms(engaged.startedAt) + 1000).toISOString();
    await api.ok(
      `mutation($input: RecordResponderEngagedInput!) { recordResponderEngaged(input: $input) { id } }`,
      { input: { engagementId: e.id, at: really, expectedVersion: await version(e.id) } },
      consultant.accessToken,
    );
    const corrected = find(await cycles(e.id), 'RESPOND');
    expect(corrected.id).toBe(engaged.id);
    expect(corrected.state).toBe('MET');
    expect(ms(corrected.stoppedAt)).toBe(ms(really));

    const draft = await api.ok<{ draftClientUpdate: { id: string; version: number } }>(
      `mutation($id: ID!) { draftClientUpdate(input: { engagementId: $id, whatWeKnow: "A web shell was planted" }) { id version } }`,
      { id: e.id },
      consultant.accessToken,
    );
    await api.ok(
      `mutation($input: PublishClientUpdateInput!) { publishClientUpdate(input: $input) { id } }`,
      {
        input: {
          id: draft.draftClientUpdate.id,
          expectedVersion: draft.draftClientUpdate.version,
          nextUpdateBy: new Date(Date.now() + 4 * 60 * MINUTE).toISOString(),
        },
      },
      consultant.accessToken,
    );
    const list = await cycles(e.id);
    const first = find(list, 'CLIENT_UPDATE', 1);
    const second = find(list, 'CLIENT_UPDATE', 2);
    expect(first.state).toBe('MET');
    expect(second.state).toBe('RUNNING');
    expect(second.startedAt).toBe(first.stoppedAt);
    expect(ms(second.dueAt) - ms(second.startedAt)).toBe(240 * MINUTE);

    // The badge for lists: the commitment to watch first is the running update cadence.
    const badges = await api.ok<{ slaBadges: { id: string; kind: string }[] }>(
      `query($ids: [ID!]!) { slaBadges(engagementIds: $ids) { id kind } }`,
      { ids: [e.id] },
      acmeAdmin.accessToken,
    );
    expect(badges.slaBadges).toEqual([{ id: second.id, kind: 'CLIENT_UPDATE' }]);
  });

  it('regulatory deadlines are proposed from the profile and the facts, confirmed or dismissed with a reason, and run as cycles until submitted', async () => {
    const e = await declareAsClient('Customer database exfiltrated');
    const acmeId = acmeAdmin.user.organizationId;
    const consultantTries = await api.gql(
      `mutation($input: SaveRegulatoryProfileInput!) { saveRegulatoryProfile(input: $input) { version } }`,
      { input: { organizationId: acmeId, regimes: ['EU_GDPR'], expectedVersion: 0 } },
      consultant.accessToken,
    );
    expect(codes(consultantTries)).toEqual(['FORBIDDEN']);
    const current = await api.ok<{ regulatoryProfile: { version: number } }>(
      `query($o: ID!) { regulatoryProfile(organizationId: $o) { version } }`,
      { o: acmeId },
      am.accessToken,
    );
    await api.ok(
      `mutation($input: SaveRegulatoryProfileInput!) { saveRegulatoryProfile(input: $input) { regimes version } }`,
      {
        input: {
          organizationId: acmeId,
          regimes: ['EU_GDPR', 'SEC'],
          expectedVersion: current.regulatoryProfile.version,
        },
      },
      am.accessToken,
    );

    const future = await api.gql(
      `mutation($input: RecordRegulatoryFactsInput!) { recordRegulatoryFacts(input: $input) { regimes } }`,
      {
        input: {
          engagementId: e.id,
          awareAt: new Date(Date.now() + 3 * 60 * MINUTE).toISOString(),
          personalDataAffected: true,
          healthDataAffected: false,
          cardDataAffected: false,
          significantIncident: false,
          expectedVersion: 0,
        },
      },
      consultant.accessToken,
    );
    expect(codes(future)).toEqual(['BAD_USER_INPUT']);
    expect(future.errors?.[0]?.extensions.field).toBe('input.awareAt');

    const awareAt = new Date(Date.now() - 2 * 60 * MINUTE);
    awareAt.setUTCSeconds(0, 0);
    const recorded = await api.ok<{
      recordRegulatoryFacts: { deadlines: Deadline[]; regimes: string[] };
    }>(
      `mutation($input: RecordRegulatoryFactsInput!) { recordRegulatoryFacts(input: $input) { ${REGULATORY_FIELDS} } }`,
      {
        input: {
          engagementId: e.id,
          awareAt: awareAt.toISOString(),
          personalDataAffected: true,
          healthDataAffected: false,
          cardDataAffected: false,
          recordsAffected: 12000,
          significantIncident: false,
          materialityDeterminedAt: awareAt.toISOString(),
          expectedVersion: 0,
        },
      },
      consultant.accessToken,
    );
    const proposed = recorded.recordRegulatoryFacts.deadlines;
    expect(recorded.recordRegulatoryFacts.regimes).toEqual(['EU_GDPR', 'SEC']);
    expect(proposed.map((d) => `${d.obligation}:${d.status}`).sort()).toEqual([
      'EU_GDPR_AUTHORITY:PROPOSED',
      'SEC_8K:PROPOSED',
    ]);
    const gdpr = proposed.find((d) => d.obligation === 'EU_GDPR_AUTHORITY') as Deadline;
    const sec = proposed.find((d) => d.obligation === 'SEC_8K') as Deadline;
    expect(ms(gdpr.dueAt) - ms(gdpr.triggerAt)).toBe(72 * 60 * MINUTE);
    expect(gdpr.rule).toMatch(/72 hours/);
    expect(sec.rule).toMatch(/business day/i);

    // Proposals stay with the team until confirmed.
    const clientView = async (): Promise<string[]> =>
      (
        await api.ok<{ engagementRegulatory: { deadlines: Deadline[]; regimes: string[] } }>(
          `query($id: ID!) { engagementRegulatory(engagementId: $id) { regimes deadlines { obligation status } } }`,
          { id: e.id },
          acmeAdmin.accessToken,
        )
      ).engagementRegulatory.deadlines.map((d) => `${d.obligation}:${d.status}`);
    expect(await clientView()).toEqual([]);

    const noReason = await api.gql(
      `mutation($input: DecideRegulatoryDeadlineInput!) { decideRegulatoryDeadline(input: $input) { status } }`,
      { input: { deadlineId: sec.id, confirm: false, expectedVersion: sec.version } },
      consultant.accessToken,
    );
    expect(codes(noReason)).toEqual(['BAD_USER_INPUT']);
    expect(noReason.errors?.[0]?.extensions.field).toBe('input.reason');
    await api.ok(
      `mutation($input: DecideRegulatoryDeadlineInput!) { decideRegulatoryDeadline(input: $input) { status } }`,
      {
        input: {
          deadlineId: sec.id,
          confirm: false,
          reason: 'Acme is not an SEC registrant this year',
          expectedVersion: sec.version,
        },
      },
      consultant.accessToken,
    );
    const confirmed = await api.ok<{ decideRegulatoryDeadline: Deadline }>(
      `mutation($input: DecideRegulatoryDeadlineInput!) { decideRegulatoryDeadline(input: $input) { id status version } }`,
      { input: { deadlineId: gdpr.id, confirm: true, expectedVersion: gdpr.version } },
      consultant.accessToken,
    );
    expect(confirmed.decideRegulatoryDeadline.status).toBe('CONFIRMED');
    expect(await clientView()).toEqual(['EU_GDPR_AUTHORITY:CONFIRMED']);

    const regulatory = find(await cycles(e.id), 'REGULATORY');
    expect(regulatory.state).toBe('RUNNING');
    expect(regulatory.dueAt).toBe(gdpr.dueAt);
    expect(regulatory.label).toBe(gdpr.title);
    // Regulators do not wait on anyone: waiting on the client leaves this clock running.
    await api.ok(
      `mutation($input: SetWaitingOnClientInput!) { setWaitingOnClient(input: $input) { id } }`,
      { input: { engagementId: e.id, waiting: true, expectedVersion: await version(e.id) } },
      consultant.accessToken,
    );
    expect(find(await cycles(e.id), 'REGULATORY').state).toBe('RUNNING');
    expect(find(await cycles(e.id), 'RESPOND').state).toBe('PAUSED');

    const submitted = await api.ok<{
      recordRegulatorySubmission: Deadline & { submittedAt: string };
    }>(
      `mutation($input: RecordRegulatorySubmissionInput!) { recordRegulatorySubmission(input: $input) { status submittedAt } }`,
      {
        input: {
          deadlineId: gdpr.id,
          submittedAt: new Date().toISOString(),
          reference: 'CNIL case 2026-4411',
          expectedVersion: confirmed.decideRegulatoryDeadline.version,
        },
      },
      consultant.accessToken,
    );
    expect(submitted.recordRegulatorySubmission.status).toBe('SUBMITTED');
    expect(find(await cycles(e.id), 'REGULATORY').state).toBe('MET');
    expect(await clientView()).toEqual(['EU_GDPR_AUTHORITY:SUBMITTED']);

    // Another client cannot reach the deadlines, nor decide them.
    const outsider = await api.gql(
      `query($id: ID!) { engagementRegulatory(engagementId: $id) { deadlines { id } } }`,
      { id: e.id },
      kestrelAdmin.accessToken,
    );
    expect(codes(outsider)).toEqual(['NOT_FOUND']);
  });

  it('policies: staff read them, only admins change them, and bad goals are refused naming the field', async () => {
    const policies = await api.ok<{
      slaPolicies: {
        id: string;
        name: string;
        retainerTier: string | null;
        version: number;
        goals: {
          kind: string;
          severity: string;
          durationMinutes: number;
          calendarId: string | null;
        }[];
      }[];
    }>(
      `{ slaPolicies { id name retainerTier version goals { kind severity durationMinutes calendarId } } }`,
      {},
      consultant.accessToken,
    );
    const premier = policies.slaPolicies.find((p) => p.retainerTier === 'Premier');
    expect(policies.slaPolicies[0]?.retainerTier).toBeNull();
    expect(premier?.goals).toHaveLength(16);
    const save = (token: string, input: Record<string, unknown>) =>
      api.gql<{ saveSlaPolicy: { version: number; goals: { durationMinutes: number }[] } }>(
        `mutation($input: SaveSlaPolicyInput!) { saveSlaPolicy(input: $input) { version goals { kind severity durationMinutes } } }`,
        { input },
        token,
      );
    const base = {
      id: premier?.id,
      name: 'Premier response',
      retainerTier: 'Premier',
      warningShares: [75, 90],
      escalationDelaysMinutes: [15, 60, 120],
      expectedVersion: premier?.version,
      goals: [{ kind: 'ACKNOWLEDGE', severity: 'SEV1', durationMinutes: 20 }],
    };
    expect(codes(await save(consultant.accessToken, base))).toEqual(['FORBIDDEN']);
    const twice = await save(admin.accessToken, { ...base, goals: [...base.goals, ...base.goals] });
    expect(twice.errors?.[0]?.extensions.field).toBe('input.goals[1]');
    const shares = await save(admin.accessToken, { ...base, warningShares: [90, 75] });
    expect(shares.errors?.[0]?.extensions.field).toBe('input.warningShares');
    const defaultClash = await save(admin.accessToken, { ...base, retainerTier: '' });
    expect(defaultClash.errors?.[0]?.extensions.field).toBe('input.retainerTier');
    // A second policy for the same tier in another case is the same tier.
    const tierClash = await save(admin.accessToken, {
      ...base,
      id: undefined,
      expectedVersion: undefined,
      name: 'Premier again',
      retainerTier: 'PREMIER',
    });
    expect(codes(tierClash)).toEqual(['BAD_USER_INPUT']);
    expect(tierClash.errors?.[0]?.extensions.field).toBe('input.retainerTier');
    expect(tierClash.errors?.[0]?.message).toContain(
      '"Premier response" already covers the Premier tier',
    );
    const saved = await save(admin.accessToken, base);
    expect(saved.data?.saveSlaPolicy.goals).toEqual([
      { kind: 'ACKNOWLEDGE', severity: 'SEV1', durationMinutes: 20 },
    ]);
    const stale = await save(admin.accessToken, base);
    expect(codes(stale)).toEqual(['CONFLICT']);
  });

  it('reports: compliance and response times per client the reader may see, with CSV', async () => {
    const month = new Date().toISOString().slice(0, 7);
    const compliance = await api.ok<{
      slaCompliance: {
        clientName: string;
        kind: string;
        severity: string;
        finished: number;
        met: number;
      }[];
    }>(
      `query($m: String!) { slaCompliance(fromMonth: $m, toMonth: $m) { clientName kind severity finished met breached } }`,
      { m: month },
      am.accessToken,
    );
    const acmeAck = compliance.slaCompliance.find(
      (r) =>
        r.clientName === 'Acme Manufacturing' && r.kind === 'ACKNOWLEDGE' && r.severity === 'SEV1',
    );
    expect(acmeAck?.met).toBeGreaterThanOrEqual(3);
    expect(compliance.slaCompliance.every((r) => r.clientName !== 'Kestrel Bank')).toBe(true);
    const csv = await api.ok<{ slaComplianceCsv: string }>(
      `query($m: String!) { slaComplianceCsv(fromMonth: $m, toMonth: $m) }`,
      { m: month },
      am.accessToken,
    );
    expect(csv.slaComplianceCsv.split('\r\n')[0]).toBe(
      'Client,Month,Goal,Severity,Finished,Met,Breached,Met %',
    );
    expect(csv.slaComplianceCsv).toContain(`Acme Manufacturing,${month},Acknowledge,SEV1,`);

    const times = await api.ok<{
      responseTimes: { severity: string; measure: string; count: number; medianMinutes: number }[];
    }>(
      `query($m: String!) { responseTimes(fromMonth: $m, toMonth: $m) { severity measure count meanMinutes medianMinutes p90Minutes } }`,
      { m: month },
      am.accessToken,
    );
    // Three were acknowledged at SEV1 above; one of them is SEV3 now, and counts there.
    expect(
      times.responseTimes.find((r) => r.severity === 'SEV1' && r.measure === 'ACKNOWLEDGE')?.count,
    ).toBeGreaterThanOrEqual(2);
    expect(
      times.responseTimes.find((r) => r.severity === 'SEV3' && r.measure === 'ACKNOWLEDGE')?.count,
    ).toBeGreaterThanOrEqual(1);

    const bad = await api.gql(
      `query { slaCompliance(fromMonth: "2026-13", toMonth: "2026-01") { month } }`,
      {},
      am.accessToken,
    );
    expect(bad.errors?.[0]?.extensions.field).toBe('fromMonth');
    const notAnId = await api.gql(
      `query($m: String!) { responseTimesCsv(fromMonth: $m, toMonth: $m, organizationId: "acme") }`,
      { m: month },
      am.accessToken,
    );
    expect(codes(notAnId)).toEqual(['BAD_USER_INPUT']);
    expect(notAnId.errors?.[0]?.extensions.field).toBe('organizationId');
    const consultantTries = await api.gql(
      `query($m: String!) { slaCompliance(fromMonth: $m, toMonth: $m) { month } }`,
      { m: month },
      consultant.accessToken,
    );
    expect(codes(consultantTries)).toEqual(['FORBIDDEN']);
    const clientTries = await api.gql(
      `query($m: String!) { responseTimes(fromMonth: $m, toMonth: $m) { count } }`,
      { m: month },
      acmeAdmin.accessToken,
    );
    expect(codes(clientTries)).toEqual(['FORBIDDEN']);
  });

  it('the queue dashboard opens for provider admins only, through a one-time link', async () => {
    const anonymous = await fetch(`${api.url}/admin/queues/api/queues`);
    expect(anonymous.status).toBe(401);
    const consultantTries = await api.gql(
      `mutation { openQueueDashboard { url } }`,
      {},
      consultant.accessToken,
    );
    expect(codes(consultantTries)).toEqual(['FORBIDDEN']);
    const link = await api.ok<{ openQueueDashboard: { url: string } }>(
      `mutation { openQueueDashboard { url expiresAt } }`,
      {},
      admin.accessToken,
    );
    const login = await fetch(`${api.url}${link.openQueueDashboard.url}`, { redirect: 'manual' });
    expect(login.status).toBe(303);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    expect(cookie).toMatch(/^vigil_queues=/);
    const queues = await fetch(`${api.url}/admin/queues/api/queues`, { headers: { cookie } });
    expect(queues.status).toBe(200);
    const body = (await queues.json()) as { queues: { name: string }[] };
    expect(body.queues.map((q) => q.name).sort()).toEqual(['identity', 'retainers', 'sla']);
    const page = await fetch(`${api.url}/admin/queues/`, {
      headers: { cookie, accept: 'text/html' },
    });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<html');
    // A forged cookie gets nowhere.
    const forged = await fetch(`${api.url}/admin/queues/api/queues`, {
      headers: { cookie: 'vigil_queues=abc' },
    });
    expect(forged.status).toBe(401);
  });
});
