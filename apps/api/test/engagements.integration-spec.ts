import { Client } from 'pg';
import { codes, eventually, Session, startApi, TestApi, untilSubscribed } from './support/harness';

const ENGAGEMENT_FIELDS = `id reference title severity phase internalNotes declaredVia acknowledgedAt containedAt recoveredAt closedAt commanderName version
  metrics { timeToDetectMinutes timeToAcknowledgeMinutes timeToContainMinutes timeToRecoverMinutes }`;

interface Engagement {
  id: string;
  reference: string;
  title: string;
  severity: string;
  phase: string;
  internalNotes: string | null;
  declaredVia: string;
  acknowledgedAt: string | null;
  containedAt: string | null;
  recoveredAt: string | null;
  closedAt: string | null;
  commanderName: string | null;
  version: number;
  metrics: Record<string, number | null>;
}

const DECLARE = `mutation($input: DeclareEngagementInput!) { declareEngagement(input: $input) { ${ENGAGEMENT_FIELDS} } }`;

describe('engagements', () => {
  let api: TestApi;
  let am: Session;
  let consultant: Session;
  let acmeAdmin: Session;
  let acmeViewer: Session;
  let kestrelAdmin: Session;
  let acmeId: string;

  async function declare(token: string, input: Record<string, unknown>): Promise<Engagement> {
    return (await api.ok<{ declareEngagement: Engagement }>(DECLARE, { input }, token))
      .declareEngagement;
  }

  async function engagement(id: string, token: string): Promise<Engagement> {
    return (
      await api.ok<{ engagement: Engagement }>(
        `query($id: ID!) { engagement(id: $id) { ${ENGAGEMENT_FIELDS} } }`,
        { id },
        token,
      )
    ).engagement;
  }

  async function check(id: string, item: string, token: string): Promise<Engagement> {
    return (
      await api.ok<{ setGateItem: Engagement }>(
        `mutation($id: ID!, $item: String!) { setGateItem(input: { engagementId: $id, item: $item, checked: true }) { ${ENGAGEMENT_FIELDS} } }`,
        { id, item },
        token,
      )
    ).setGateItem;
  }

  async function move(id: string, to: string, token: string, reason?: string) {
    const current = await engagement(id, token);
    return api.gql<{ moveEngagementPhase: Engagement }>(
      `mutation($input: MovePhaseInput!) { moveEngagementPhase(input: $input) { ${ENGAGEMENT_FIELDS} } }`,
      { input: { engagementId: id, expectedVersion: current.version, to, reason } },
      token,
    );
  }

  interface Activity {
    kind: string;
    timelineEvent: { description: string; visibility: string } | null;
    clientUpdate: { whatWeKnow: string } | null;
    task: { title: string; answer: string | null; status: string } | null;
    engagement: { phase: string } | null;
  }

  function watch(token: string, engagementId: string): { seen: Activity[]; errors: unknown[] } {
    const out = { seen: [] as Activity[], errors: [] as unknown[] };
    api.connect(token).subscribe<{ engagementActivity: Activity }>(
      {
        query: `subscription($id: ID!) { engagementActivity(engagementId: $id) { kind
          timelineEvent { description visibility } clientUpdate { whatWeKnow }
          task { title answer status } engagement { phase } } }`,
        variables: { id: engagementId },
      },
      {
        next: (r) => {
          if (r.errors) out.errors.push(...r.errors);
          if (r.data) out.seen.push(r.data.engagementActivity);
        },
        error: (e) => out.errors.push(e),
        complete: () => undefined,
      },
    );
    return out;
  }

  beforeAll(async () => {
    api = await startApi();
    am = await api.login('am@northwatch.test');
    consultant = await api.login('consultant@northwatch.test');
    acmeAdmin = await api.login('admin@acme.test');
    acmeViewer = await api.login('viewer@acme.test');
    kestrelAdmin = await api.login('admin@kestrel.test');
    acmeId = acmeAdmin.user.organizationId;
  });
  afterAll(async () => {
    await api.close();
  });

  it('runs an engagement from intake to closed through its gates, with times and metrics', async () => {
    const e = await declare(consultant.accessToken, {
      organizationId: acmeId,
      title: 'Ransomware on the file servers',
      incidentType: 'RANSOMWARE',
      severity: 'SEV1',
      firstActivityAt: new Date(Date.now() - 3 * 86400_000).toISOString(),
      detectedAt: new Date(Date.now() - 3600_000).toISOString(),
    });
    expect(e).toMatchObject({
      phase: 'INTAKE',
      declaredVia: 'PROVIDER',
      commanderName: 'Cora Consultant',
      internalNotes: '',
    });
    expect(e.reference).toMatch(/^IR-\d{4}$/);
    expect(e.acknowledgedAt).not.toBeNull();
    expect(e.metrics.timeToDetectMinutes).toBeGreaterThan(2 * 24 * 60);

    // The gate says what is missing; phases cannot be skipped.
    const early = await move(e.id, 'DETECTION_ANALYSIS', consultant.accessToken);
    expect(codes(early)).toEqual(['BAD_USER_INPUT']);
    expect(early.errors?.[0]?.message).toContain('Client authorised the engagement');
    await check(e.id, 'intake.authorised', consultant.accessToken);
    await check(e.id, 'intake.scoped', am.accessToken);
    const skip = await move(e.id, 'CONTAINMENT', consultant.accessToken);
    expect(codes(skip)).toEqual(['BAD_USER_INPUT']);
    expect(skip.errors?.[0]?.message).toContain('one at a time');
    expect(codes(await move(e.id, 'DETECTION_ANALYSIS', consultant.accessToken))).toEqual([]);

    // A commander-only item: the account manager may not sign it off.
    const notCommander = await api.gql(
      `mutation($id: ID!) { setGateItem(input: { engagementId: $id, item: "analysis.confirmed", checked: true }) { id } }`,
      { id: e.id },
      am.accessToken,
    );
    expect(codes(notCommander)).toEqual(['FORBIDDEN']);
    const wrongPhase = await api.gql(
      `mutation($id: ID!) { setGateItem(input: { engagementId: $id, item: "containment.confirmed", checked: true }) { id } }`,
      { id: e.id },
      consultant.accessToken,
    );
    expect(codes(wrongPhase)).toEqual(['BAD_USER_INPUT']);
    expect(wrongPhase.errors?.[0]?.extensions.field).toBe('input.item');
    await check(e.id, 'analysis.confirmed', consultant.accessToken);
    await check(e.id, 'analysis.scope_identified', consultant.accessToken);
    expect(codes(await move(e.id, 'CONTAINMENT', consultant.accessToken))).toEqual([]);
    const contained = await check(e.id, 'containment.confirmed', consultant.accessToken);
    expect(contained.containedAt).not.toBeNull();
    expect(contained.metrics.timeToContainMinutes).toBeGreaterThanOrEqual(0);
    expect(codes(await move(e.id, 'ERADICATION_RECOVERY', consultant.accessToken))).toEqual([]);
    await check(e.id, 'recovery.root_cause_removed', consultant.accessToken);
    const recovered = await check(e.id, 'recovery.restored', consultant.accessToken);
    expect(recovered.recoveredAt).not.toBeNull();
    expect(codes(await move(e.id, 'POST_INCIDENT_REVIEW', consultant.accessToken))).toEqual([]);
    await check(e.id, 'review.released', consultant.accessToken);
    await check(e.id, 'review.actions_owned', consultant.accessToken);
    const closed = await move(e.id, 'CLOSED', consultant.accessToken);
    expect(closed.data?.moveEngagementPhase).toMatchObject({ phase: 'CLOSED' });
    expect(closed.data?.moveEngagementPhase.closedAt).not.toBeNull();

    // Back needs a reason; reopening clears the closing time; the history keeps every move.
    const noReason = await move(e.id, 'ERADICATION_RECOVERY', consultant.accessToken);
    expect(codes(noReason)).toEqual(['BAD_USER_INPUT']);
    expect(noReason.errors?.[0]?.extensions.field).toBe('input.reason');
    const back = await move(
      e.id,
      'ERADICATION_RECOVERY',
      consultant.accessToken,
      'Reinfection found on a backup server',
    );
    expect(back.data?.moveEngagementPhase).toMatchObject({
      phase: 'ERADICATION_RECOVERY',
      closedAt: null,
    });
    const history = await api.ok<{
      engagement: { phaseHistory: { from: string | null; to: string; reason: string | null }[] };
    }>(
      `query($id: ID!) { engagement(id: $id) { phaseHistory { from to reason } } }`,
      { id: e.id },
      consultant.accessToken,
    );
    expect(history.engagement.phaseHistory.map((h) => h.to)).toEqual([
      'INTAKE',
      'DETECTION_ANALYSIS',
      'CONTAINMENT',
      'ERADICATION_RECOVERY',
      'POST_INCIDENT_REVIEW',
      'CLOSED',
      'ERADICATION_RECOVERY',
    ]);
    expect(history.engagement.phaseHistory.at(-1)?.reason).toBe(
      'Reinfection found on a backup server',
    );
  });

  it('takes a report from the client portal, tells the account manager and consultants, and is acknowledged by the provider', async () => {
    const viewerTry = await api.gql(
      DECLARE,
      {
        input: {
          title: 'Phishing wave',
          incidentType: 'BUSINESS_EMAIL_COMPROMISE',
          severity: 'SEV2',
        },
      },
      acmeViewer.accessToken,
    );
    expect(codes(viewerTry)).toEqual(['FORBIDDEN']);
    const reported = await declare(acmeAdmin.accessToken, {
      title: 'CEO mailbox forwarding rules',
      incidentType: 'BUSINESS_EMAIL_COMPROMISE',
      severity: 'SEV2',
      summary: 'Finance received a fake invoice from the CEO account.',
    });
    expect(reported).toMatchObject({
      declaredVia: 'CLIENT_PORTAL',
      acknowledgedAt: null,
      commanderName: null,
      internalNotes: null,
    });
    for (const who of [am, consultant]) {
      const told = await api.ok<{
        notifications: { edges: { node: { kind: string; link: string } }[] };
      }>(`{ notifications(first: 50) { edges { node { kind link } } } }`, {}, who.accessToken);
      expect(told.notifications.edges.map((e) => e.node)).toContainEqual({
        kind: 'engagement.declared',
        link: `/provider/engagements/${reported.id}`,
      });
    }
    const taken = await api.ok<{ acknowledgeEngagement: Engagement }>(
      `mutation($id: ID!) { acknowledgeEngagement(id: $id) { ${ENGAGEMENT_FIELDS} } }`,
      { id: reported.id },
      consultant.accessToken,
    );
    expect(taken.acknowledgeEngagement.acknowledgedAt).not.toBeNull();
    expect(taken.acknowledgeEngagement.commanderName).toBe('Cora Consultant');
    expect(taken.acknowledgeEngagement.metrics.timeToAcknowledgeMinutes).toBeGreaterThanOrEqual(0);
  });

  it('tells only the consultants on call for the client when one is, plus the account managers', async () => {
    const adminToken = (await api.login('admin@northwatch.test')).accessToken;
    // A second consultant for Acme, put on call; Cora stays assigned but is not on call.
    const email = `oncall-${Date.now()}@northwatch.test`;
    const invited = await api.ok<{ inviteUser: { link: string } }>(
      `mutation($input: InviteUserInput!) { inviteUser(input: $input) { link } }`,
      { input: { email, organizationId: am.user.organizationId, role: 'CONSULTANT' } },
      adminToken,
    );
    const token = new URL(invited.inviteUser.link).searchParams.get('token') ?? '';
    const joined = await api.ok<{
      acceptInvitation: { accessToken: string; user: { id: string } };
    }>(
      `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { accessToken user { id } } }`,
      { input: { token, name: 'Olli On-Call', password: 'a-long-enough-password-1' } },
    );
    await api.ok(
      `mutation($u: ID!, $o: ID!) { assignUserToOrganization(userId: $u, organizationId: $o, onCall: true) { id } }`,
      { u: joined.acceptInvitation.user.id, o: acmeId },
      adminToken,
    );
    const reported = await declare(acmeAdmin.accessToken, {
      title: 'Strange admin logins at night',
      incidentType: 'CLOUD_ACCOUNT_COMPROMISE',
      severity: 'SEV2',
    });
    const told = async (accessToken: string) =>
      (
        await api.ok<{ notifications: { edges: { node: { link: string } }[] } }>(
          `{ notifications(first: 50) { edges { node { link } } } }`,
          {},
          accessToken,
        )
      ).notifications.edges.some((e) => e.node.link === `/provider/engagements/${reported.id}`);
    expect(await told(joined.acceptInvitation.accessToken)).toBe(true);
    expect(await told(am.accessToken)).toBe(true);
    expect(await told(consultant.accessToken)).toBe(false);
    // Off call again: the next report goes to every assigned consultant.
    await api.ok(
      `mutation($u: ID!, $o: ID!) { assignUserToOrganization(userId: $u, organizationId: $o, onCall: false) { id } }`,
      { u: joined.acceptInvitation.user.id, o: acmeId },
      adminToken,
    );
  });

  it('shows client users only what is theirs to see, by query', async () => {
    const e = await declare(consultant.accessToken, {
      organizationId: acmeId,
      title: 'Data theft from the CRM',
      incidentType: 'DATA_THEFT',
      severity: 'SEV2',
    });
    await api.ok(
      `mutation($id: ID!, $v: Int!) { updateEngagement(input: { id: $id, expectedVersion: $v, internalNotes: "Suspect the contractor account" }) { id } }`,
      { id: e.id, v: e.version },
      consultant.accessToken,
    );
    const addEvent = (description: string, visibility: string) =>
      api.ok(
        `mutation($input: AddTimelineEventInput!) { addTimelineEvent(input: $input) { id } }`,
        {
          input: {
            engagementId: e.id,
            occurredAt: '2026-11-20T09:14:00+01:00',
            occurredTimeZone: 'Europe/Berlin',
            kind: 'RESPONSE_ACTION',
            description,
            visibility,
          },
        },
        consultant.accessToken,
      );
    await addEvent('Attacker IP found in the VPN logs', 'INTERNAL');
    await addEvent('Compromised accounts disabled', 'CLIENT');
    const draft = await api.ok<{ draftClientUpdate: { id: string; version: number } }>(
      `mutation($id: ID!) { draftClientUpdate(input: { engagementId: $id, whatWeKnow: "Draft: still checking" }) { id version } }`,
      { id: e.id },
      consultant.accessToken,
    );
    void draft;
    await api.ok(
      `mutation($id: ID!) { createEngagementTask(input: { engagementId: $id, title: "Image the CRM server" }) { id } }`,
      { id: e.id },
      consultant.accessToken,
    );
    await api.ok(
      `mutation($id: ID!, $o: ID!) { createEngagementTask(input: { engagementId: $id, title: "Send us the VPN logs for November", ownerId: $o, blocking: true }) { id } }`,
      { id: e.id, o: acmeViewer.user.id },
      consultant.accessToken,
    );
    await api.ok(
      `mutation($id: ID!) { addIndicator(input: { engagementId: $id, type: IPV4, value: "203.0.113.9" }) { merged } }`,
      { id: e.id },
      consultant.accessToken,
    );
    await api.ok(
      `mutation($id: ID!) { changeEngagementSeverity(input: { engagementId: $id, expectedVersion: ${e.version + 1}, severity: SEV1, reason: "Customer records confirmed taken" }) { id } }`,
      { id: e.id },
      consultant.accessToken,
    );

    const view = `query($id: ID!) {
      engagement(id: $id) { severity internalNotes gate { key } severityHistory { to reason } }
      timeline(engagementId: $id) { totalCount edges { node { description visibility indicatorIds } } }
      clientUpdates(engagementId: $id) { whatWeKnow status }
      engagementTasks(engagementId: $id) { title requestForInformation }
      indicators(engagementId: $id) { value }
      evidence(engagementId: $id) { id }
      timelineCsv(engagementId: $id)
    }`;
    type View = {
      engagement: {
        severity: string;
        internalNotes: string | null;
        gate: { key: string }[];
        severityHistory: { to: string; reason: string | null }[];
      };
      timeline: {
        totalCount: number;
        edges: { node: { description: string; visibility: string } }[];
      };
      clientUpdates: { whatWeKnow: string; status: string }[];
      engagementTasks: { title: string; requestForInformation: boolean }[];
      indicators: { value: string }[];
      evidence: { id: string }[];
      timelineCsv: string;
    };
    const provider = await api.ok<View>(view, { id: e.id }, consultant.accessToken);
    expect(provider.engagement.internalNotes).toBe('Suspect the contractor account');
    expect(provider.engagement.gate.length).toBeGreaterThan(0);
    expect(provider.timeline.totalCount).toBe(2);
    expect(provider.clientUpdates).toHaveLength(1);
    expect(provider.engagementTasks).toHaveLength(2);
    expect(provider.indicators).toEqual([{ value: '203.0.113.9' }]);
    expect(provider.engagement.severityHistory.at(-1)).toEqual({
      to: 'SEV1',
      reason: 'Customer records confirmed taken',
    });

    const client = await api.ok<View>(view, { id: e.id }, acmeViewer.accessToken);
    expect(client.engagement).toMatchObject({ severity: 'SEV1', internalNotes: null, gate: [] });
    expect(client.engagement.severityHistory.every((h) => h.reason === null)).toBe(true);
    expect(client.timeline.totalCount).toBe(1);
    expect(client.timeline.edges.map((x) => x.node)).toEqual([
      { description: 'Compromised accounts disabled', visibility: 'CLIENT', indicatorIds: [] },
    ]);
    expect(client.timelineCsv).toContain('Compromised accounts disabled');
    expect(client.timelineCsv).not.toContain('VPN logs');
    expect(client.clientUpdates).toEqual([]);
    expect(client.engagementTasks).toEqual([
      { title: 'Send us the VPN logs for November', requestForInformation: true },
    ]);
    expect(client.indicators).toEqual([]);
    expect(client.evidence).toEqual([]);
    // The other client user of the same organisation was not asked.
    const other = await api.ok<View>(view, { id: e.id }, acmeAdmin.accessToken);
    expect(other.engagementTasks).toEqual([]);
  });

  it('gives a client of another organisation, and unassigned staff, not-found for everything of it', async () => {
    const e = await declare(consultant.accessToken, {
      organizationId: acmeId,
      title: 'Web shell on the shop',
      incidentType: 'WEB_APPLICATION_COMPROMISE',
      severity: 'SEV3',
    });
    const task = await api.ok<{ createEngagementTask: { id: string; version: number } }>(
      `mutation($id: ID!, $o: ID!) { createEngagementTask(input: { engagementId: $id, title: "Which admin accounts exist?", ownerId: $o }) { id version } }`,
      { id: e.id, o: acmeAdmin.user.id },
      consultant.accessToken,
    );
    for (const query of [
      `query($id: ID!) { engagement(id: $id) { id } }`,
      `query($id: ID!) { timeline(engagementId: $id) { totalCount } }`,
      `query($id: ID!) { engagementTasks(engagementId: $id) { id } }`,
      `query($id: ID!) { clientUpdates(engagementId: $id) { id } }`,
      `query($id: ID!) { indicators(engagementId: $id) { id } }`,
      `query($id: ID!) { evidence(engagementId: $id) { id } }`,
      `query($id: ID!) { timelineCsv(engagementId: $id) }`,
    ]) {
      expect(codes(await api.gql(query, { id: e.id }, kestrelAdmin.accessToken))).toEqual([
        'NOT_FOUND',
      ]);
    }
    const answer = await api.gql(
      `mutation($id: ID!, $v: Int!) { answerEngagementTask(input: { id: $id, expectedVersion: $v, answer: "none" }) { id } }`,
      { id: task.createEngagementTask.id, v: task.createEngagementTask.version },
      kestrelAdmin.accessToken,
    );
    expect(codes(answer)).toEqual(['NOT_FOUND']);
    const list = await api.ok<{ engagements: { edges: { node: { id: string } }[] } }>(
      `{ engagements(first: 100) { edges { node { id } } } }`,
      {},
      kestrelAdmin.accessToken,
    );
    expect(list.engagements.edges.map((x) => x.node.id)).not.toContain(e.id);

    // A Kestrel engagement is as invisible to the consultant, who is not assigned to Kestrel.
    const kestrel = await declare(kestrelAdmin.accessToken, {
      title: 'Card data skimming',
      incidentType: 'DATA_THEFT',
      severity: 'SEV1',
    });
    expect(
      codes(
        await api.gql(
          `query($id: ID!) { engagement(id: $id) { id } }`,
          { id: kestrel.id },
          consultant.accessToken,
        ),
      ),
    ).toEqual(['NOT_FOUND']);
    expect(
      codes(
        await api.gql(
          `mutation($id: ID!) { addTimelineEvent(input: { engagementId: $id, occurredAt: "2026-11-20T10:00:00Z", occurredTimeZone: "UTC", kind: DETECTION, description: "Probe" }) { id } }`,
          { id: kestrel.id },
          consultant.accessToken,
        ),
      ),
    ).toEqual(['NOT_FOUND']);

    // And a subscription to another client's engagement is refused, never opened.
    const live = watch(kestrelAdmin.accessToken, e.id);
    const refused = await eventually(
      async () => (live.errors.length ? live.errors : null),
      5000,
      'the refused subscription',
    );
    expect(JSON.stringify(refused)).toContain('NOT_FOUND');
  });

  it('refuses a save over a colleague’s newer version, and keeps their change', async () => {
    const e = await declare(am.accessToken, {
      organizationId: acmeId,
      title: 'Suspicious OAuth app',
      incidentType: 'CLOUD_ACCOUNT_COMPROMISE',
      severity: 'SEV3',
    });
    const save = (title: string, token: string) =>
      api.gql(
        `mutation($id: ID!, $v: Int!, $t: String!) { updateEngagement(input: { id: $id, expectedVersion: $v, title: $t }) { title version } }`,
        { id: e.id, v: e.version, t: title },
        token,
      );
    expect(codes(await save('Suspicious OAuth app in Entra ID', am.accessToken))).toEqual([]);
    const late = await save('OAuth consent phishing', consultant.accessToken);
    expect(codes(late)).toEqual(['CONFLICT']);
    expect(late.errors?.[0]?.extensions.field).toBe('input.expectedVersion');
    expect(late.errors?.[0]?.message).toContain('reload');
    expect((await engagement(e.id, consultant.accessToken)).title).toBe(
      'Suspicious OAuth app in Entra ID',
    );

    const task = await api.ok<{ createEngagementTask: { id: string; version: number } }>(
      `mutation($id: ID!) { createEngagementTask(input: { engagementId: $id, title: "Revoke the app’s consent" }) { id version } }`,
      { id: e.id },
      consultant.accessToken,
    );
    const edit = (status: string) =>
      api.gql(
        `mutation($id: ID!, $v: Int!, $s: TaskStatus!) { updateEngagementTask(input: { id: $id, expectedVersion: $v, status: $s }) { status } }`,
        { id: task.createEngagementTask.id, v: task.createEngagementTask.version, s: status },
        consultant.accessToken,
      );
    expect(codes(await edit('IN_PROGRESS'))).toEqual([]);
    expect(codes(await edit('DONE'))).toEqual(['CONFLICT']);
  });

  it('validates, normalises and merges indicators, and exports them as CSV and STIX', async () => {
    const e = await declare(consultant.accessToken, {
      organizationId: acmeId,
      title: 'Commodity malware',
      incidentType: 'MALWARE',
      severity: 'SEV4',
    });
    const add = (type: string, value: string, extra = '') =>
      api.gql<{
        addIndicator: {
          merged: boolean;
          indicator: { id: string; value: string; lastSeen: string | null; tlp: string };
        };
      }>(
        `mutation($id: ID!, $type: IndicatorType!, $value: String!) { addIndicator(input: { engagementId: $id, type: $type, value: $value ${extra} }) { merged indicator { id value lastSeen tlp } } }`,
        { id: e.id, type, value },
        consultant.accessToken,
      );
    const badHash = await add('SHA256', 'abc123');
    expect(codes(badHash)).toEqual(['BAD_USER_INPUT']);
    expect(badHash.errors?.[0]?.extensions.field).toBe('input.value');
    expect(badHash.errors?.[0]?.message).toContain('64 hexadecimal characters');
    expect(codes(await add('IPV4', '300.1.2.3'))).toEqual(['BAD_USER_INPUT']);
    expect(codes(await add('DOMAIN', 'bad..example.com'))).toEqual(['BAD_USER_INPUT']);

    const first = await add('DOMAIN', 'Evil-Updates.EXAMPLE.com', ', tlp: GREEN');
    expect(first.data?.addIndicator).toMatchObject({
      merged: false,
      indicator: { value: 'evil-updates.example.com', tlp: 'GREEN' },
    });
    const again = await add(
      'DOMAIN',
      'evil-updates[.]example[.]com',
      ', tlp: AMBER, lastSeen: "2026-11-25T12:00:00Z"',
    );
    expect(again.data?.addIndicator).toMatchObject({
      merged: true,
      indicator: {
        id: first.data?.addIndicator.indicator.id,
        lastSeen: '2026-11-25T12:00:00.000Z',
        tlp: 'AMBER',
      },
    });
    await add('SHA256', 'E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855');
    const exports = await api.ok<{
      indicators: { type: string; value: string }[];
      indicatorsCsv: string;
      indicatorsStix: { type: string; objects: { type: string; pattern: string }[] };
    }>(
      `query($id: ID!) { indicators(engagementId: $id) { type value } indicatorsCsv(engagementId: $id) indicatorsStix(engagementId: $id) }`,
      { id: e.id },
      consultant.accessToken,
    );
    expect(exports.indicators).toEqual([
      { type: 'DOMAIN', value: 'evil-updates.example.com' },
      { type: 'SHA256', value: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' },
    ]);
    expect(exports.indicatorsCsv.split('\r\n')[0]).toBe(
      'Type,Value,TLP,First seen (UTC),Last seen (UTC),Description',
    );
    expect(exports.indicatorsCsv).toContain('DOMAIN,evil-updates.example.com,TLP:AMBER');
    expect(exports.indicatorsStix.type).toBe('bundle');
    expect(exports.indicatorsStix.objects.map((o) => o.pattern).sort()).toEqual([
      "[domain-name:value = 'evil-updates.example.com']",
      "[file:hashes.'SHA-256' = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855']",
    ]);
  });

  it('keeps a chain of custody that can only be appended to', async () => {
    const e = await declare(consultant.accessToken, {
      organizationId: acmeId,
      title: 'Insider copying designs',
      incidentType: 'INSIDER',
      severity: 'SEV2',
    });
    const item = await api.ok<{
      addEvidence: { id: string; itemNumber: number; version: number; custodian: string };
    }>(
      `mutation($id: ID!) { addEvidence(input: { engagementId: $id, description: "Laptop disk image", source: "LT-0442", collectedBy: "Cora Consultant", collectedAt: "2026-11-21T08:00:00Z", sha256: "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08", storageLocation: "Evidence safe 2" }) { id itemNumber version custodian } }`,
      { id: e.id },
      consultant.accessToken,
    );
    expect(item.addEvidence).toMatchObject({ itemNumber: 1, custodian: 'Cora Consultant' });
    const transfer = (v: number, to: string) =>
      api.gql<{
        transferEvidence: { custodian: string; custody: { fromParty: string; toParty: string }[] };
      }>(
        `mutation($id: ID!, $v: Int!, $to: String!) { transferEvidence(input: { evidenceId: $id, expectedVersion: $v, toParty: $to, transferredAt: "2026-11-22T10:00:00Z", purpose: "Forensic analysis" }) { custodian custody { fromParty toParty } } }`,
        { id: item.addEvidence.id, v, to },
        consultant.accessToken,
      );
    const moved = await transfer(item.addEvidence.version, 'Lab: Dana Forensics');
    expect(moved.data?.transferEvidence).toEqual({
      custodian: 'Lab: Dana Forensics',
      custody: [{ fromParty: 'Cora Consultant', toParty: 'Lab: Dana Forensics' }],
    });
    expect(codes(await transfer(item.addEvidence.version, 'Someone else'))).toEqual(['CONFLICT']);
    // Not even the owner of the tables can rewrite or remove a hand-over.
    const owner = new Client({ connectionString: process.env['DATABASE_OWNER_URL'] });
    await owner.connect();
    try {
      await owner.query(
        `SELECT set_config('app.all_orgs', 'on', false), set_config('app.client', 'off', false)`,
      );
      for (const sql of [
        `UPDATE custody_transfers SET to_party = 'Nobody' WHERE evidence_id = $1`,
        `DELETE FROM custody_transfers WHERE evidence_id = $1`,
      ]) {
        const refused = await owner.query(sql, [item.addEvidence.id]).catch((err: Error) => err);
        expect((refused as Error).message).toMatch(/can only be appended to/);
      }
      const kept = await owner.query(
        'SELECT to_party FROM custody_transfers WHERE evidence_id = $1',
        [item.addEvidence.id],
      );
      expect(kept.rows).toEqual([{ to_party: 'Lab: Dana Forensics' }]);
    } finally {
      await owner.end();
    }
  });

  it('pushes live activity to everyone allowed to see it, and nothing internal to the client', async () => {
    const e = await declare(consultant.accessToken, {
      organizationId: acmeId,
      title: 'Ransomware at the plant',
      incidentType: 'RANSOMWARE',
      severity: 'SEV1',
    });
    const provider = watch(am.accessToken, e.id);
    const client = watch(acmeViewer.accessToken, e.id);
    // Both subscriptions are live once a change of the engagement reaches them both.
    await untilSubscribed(
      api,
      consultant.accessToken,
      e.id,
      () => provider.seen.length > 0 && client.seen.length > 0,
    );
    provider.seen.length = 0;
    client.seen.length = 0;
    await api.ok(
      `mutation($id: ID!) { addTimelineEvent(input: { engagementId: $id, occurredAt: "2026-11-26T07:00:00Z", occurredTimeZone: "UTC", kind: ATTACKER_ACTIVITY, description: "Internal: lateral movement via PsExec" }) { id } }`,
      { id: e.id },
      consultant.accessToken,
    );
    await api.ok(
      `mutation($id: ID!) { addTimelineEvent(input: { engagementId: $id, occurredAt: "2026-11-26T08:00:00Z", occurredTimeZone: "UTC", kind: RESPONSE_ACTION, description: "Plant network isolated", visibility: CLIENT }) { id } }`,
      { id: e.id },
      consultant.accessToken,
    );
    const draft = await api.ok<{ draftClientUpdate: { id: string; version: number } }>(
      `mutation($id: ID!) { draftClientUpdate(input: { engagementId: $id, whatWeKnow: "Production is stopped; backups are intact", whatWeNeed: "Your OT vendor contact" }) { id version } }`,
      { id: e.id },
      consultant.accessToken,
    );
    const next = new Date(Date.now() + 4 * 3600_000).toISOString();
    const notCommander = await api.gql(
      `mutation($id: ID!, $v: Int!, $n: String!) { publishClientUpdate(input: { id: $id, expectedVersion: $v, nextUpdateBy: $n }) { id } }`,
      { id: draft.draftClientUpdate.id, v: draft.draftClientUpdate.version, n: next },
      am.accessToken,
    );
    expect(codes(notCommander)).toEqual(['FORBIDDEN']);
    await api.ok(
      `mutation($id: ID!, $v: Int!, $n: String!) { publishClientUpdate(input: { id: $id, expectedVersion: $v, nextUpdateBy: $n }) { id } }`,
      { id: draft.draftClientUpdate.id, v: draft.draftClientUpdate.version, n: next },
      consultant.accessToken,
    );
    const rfi = await api.ok<{ createEngagementTask: { id: string; version: number } }>(
      `mutation($id: ID!, $o: ID!) { createEngagementTask(input: { engagementId: $id, title: "Who is your OT vendor contact?", ownerId: $o }) { id version } }`,
      { id: e.id, o: acmeViewer.user.id },
      consultant.accessToken,
    );
    // The client answers in the portal; the provider sees the answer arrive.
    const mine = await api.ok<{ myEngagementTasks: { id: string }[] }>(
      `{ myEngagementTasks { id } }`,
      {},
      acmeViewer.accessToken,
    );
    expect(mine.myEngagementTasks.map((t) => t.id)).toContain(rfi.createEngagementTask.id);
    await api.ok(
      `mutation($id: ID!, $v: Int!) { answerEngagementTask(input: { id: $id, expectedVersion: $v, answer: "Siemens support, +49 89 0000" }) { id } }`,
      { id: rfi.createEngagementTask.id, v: rfi.createEngagementTask.version },
      acmeViewer.accessToken,
    );

    await eventually(
      async () =>
        provider.seen.some((a) => a.task?.answer === 'Siemens support, +49 89 0000') &&
        client.seen.some((a) => a.task?.status === 'DONE'),
      10000,
      'the answer to reach both subscribers',
    );
    const descriptions = (seen: Activity[]) =>
      seen.flatMap((a) => (a.timelineEvent ? [a.timelineEvent.description] : []));
    expect(descriptions(provider.seen)).toEqual([
      'Internal: lateral movement via PsExec',
      'Plant network isolated',
    ]);
    expect(descriptions(client.seen)).toEqual(['Plant network isolated']);
    expect(client.seen.map((a) => a.clientUpdate?.whatWeKnow).filter(Boolean)).toEqual([
      'Production is stopped; backups are intact',
    ]);
    expect(JSON.stringify(client.seen)).not.toContain('PsExec');
    expect(client.errors).toEqual([]);
    expect(provider.errors).toEqual([]);
    const after = await engagement(e.id, acmeViewer.accessToken);
    expect(after).toMatchObject({ phase: 'INTAKE' });
  });

  it('sums up open engagements for admins and account managers, each over the clients they may see', async () => {
    type Dashboard = {
      engagementDashboard: {
        open: { severity: string; phase: string; count: number }[];
        updateOverdue: number;
        unacknowledged: number;
      };
    };
    const query = `{ engagementDashboard { open { severity phase count } updateOverdue unacknowledged } }`;
    const count = (d: Dashboard, severity: string) =>
      d.engagementDashboard.open
        .filter((c) => c.severity === severity && c.phase === 'INTAKE')
        .reduce((n, c) => n + c.count, 0);
    const adminToken = (await api.login('admin@northwatch.test')).accessToken;
    const before = {
      admin: await api.ok<Dashboard>(query, {}, adminToken),
      am: await api.ok<Dashboard>(query, {}, am.accessToken),
    };
    // A Kestrel report: the admin counts it, Acme's and Helios's account manager does not.
    await declare(kestrelAdmin.accessToken, {
      title: 'Wire fraud attempt',
      incidentType: 'BUSINESS_EMAIL_COMPROMISE',
      severity: 'SEV3',
    });
    const after = {
      admin: await api.ok<Dashboard>(query, {}, adminToken),
      am: await api.ok<Dashboard>(query, {}, am.accessToken),
    };
    expect(count(after.admin, 'SEV3') - count(before.admin, 'SEV3')).toBe(1);
    expect(after.admin.engagementDashboard.unacknowledged).toBe(
      before.admin.engagementDashboard.unacknowledged + 1,
    );
    expect(after.am).toEqual(before.am);
    expect(codes(await api.gql(query, {}, consultant.accessToken))).toEqual(['FORBIDDEN']);
  });

  it('refuses bad input with the field and the reason', async () => {
    const bad = async (input: Record<string, unknown>) =>
      api.gql(DECLARE, { input }, consultant.accessToken);
    const base = {
      organizationId: acmeId,
      title: 'Probe',
      incidentType: 'OTHER',
      severity: 'SEV4',
    };
    const noZone = await bad({ ...base, detectedAt: '2026-11-20T10:00:00' });
    expect(codes(noZone)).toEqual(['BAD_USER_INPUT']);
    expect(noZone.errors?.[0]?.extensions.field).toBe('input.detectedAt');
    const order = await bad({
      ...base,
      firstActivityAt: '2026-11-20T10:00:00Z',
      detectedAt: '2026-11-19T10:00:00Z',
    });
    expect(order.errors?.[0]?.extensions.field).toBe('input.detectedAt');
    expect(order.errors?.[0]?.message).toContain('firstActivityAt');
    const shortTitle = await bad({ ...base, title: 'x' });
    expect(codes(shortTitle)).toEqual(['BAD_USER_INPUT']);
    expect(shortTitle.errors?.[0]?.message).toContain('title');
    const e = await declare(consultant.accessToken, base);
    const zone = await api.gql(
      `mutation($id: ID!) { addTimelineEvent(input: { engagementId: $id, occurredAt: "2026-11-20T10:00:00Z", occurredTimeZone: "Mars/Olympus", kind: DETECTION, description: "Alert" }) { id } }`,
      { id: e.id },
      consultant.accessToken,
    );
    expect(zone.errors?.[0]?.extensions.field).toBe('input.occurredTimeZone');
    const past = await api.gql(
      `mutation($id: ID!) { draftClientUpdate(input: { engagementId: $id, whatWeKnow: "x" }) { id version } }`,
      { id: e.id },
      consultant.accessToken,
    );
    const draft = past.data as { draftClientUpdate: { id: string; version: number } };
    const stale = await api.gql(
      `mutation($id: ID!, $v: Int!) { publishClientUpdate(input: { id: $id, expectedVersion: $v, nextUpdateBy: "2020-01-01T00:00:00Z" }) { id } }`,
      { id: draft.draftClientUpdate.id, v: draft.draftClientUpdate.version },
      consultant.accessToken,
    );
    expect(stale.errors?.[0]?.extensions.field).toBe('input.nextUpdateBy');
  });
});
