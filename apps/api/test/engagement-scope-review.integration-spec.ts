import { randomBytes } from 'node:crypto';
import { codes, GqlResult, Session, startApi, TestApi } from './support/harness';

const DECLARE = `mutation($input: DeclareEngagementInput!) { declareEngagement(input: $input) { id version } }`;
const ASSET = `id hostname ipAddress kind compromiseStatus version`;
const ADD_ASSET = `mutation($input: AddScopeAssetInput!) { addScopeAsset(input: $input) { ${ASSET} } }`;
const ADD_DATA = `mutation($input: AddScopeDataInput!) { addScopeData(input: $input) { id category estimatedRecords version } }`;
const REVIEW = `id rootCause whatWorked releasedAt releasedByName version
  correctiveActions { id title ownerName dueDate status doneAt version }`;
const GET_REVIEW = `query($id: ID!) { postIncidentReview(engagementId: $id) { ${REVIEW} } }`;
const SAVE_REVIEW = `mutation($input: SavePostIncidentReviewInput!) { savePostIncidentReview(input: $input) { ${REVIEW} } }`;
const RELEASE = `mutation($id: ID!, $v: Int!) { releasePostIncidentReview(engagementId: $id, expectedVersion: $v) { ${REVIEW} } }`;
const LOG = `mutation($input: LogTimeInput!) { logTime(input: $input) { id referenceType referenceId } }`;

interface Asset {
  id: string;
  hostname: string;
  ipAddress: string | null;
  kind: string;
  compromiseStatus: string;
  version: number;
}

interface Action {
  id: string;
  title: string;
  ownerName: string;
  dueDate: string;
  status: string;
  doneAt: string | null;
  version: number;
}

interface Review {
  id: string;
  rootCause: string;
  whatWorked: string;
  releasedAt: string | null;
  releasedByName: string | null;
  version: number;
  correctiveActions: Action[];
}

describe('engagement scope and post-incident review', () => {
  let api: TestApi;
  let admin: Session;
  let am: Session;
  let consultant: Session;
  let acmeAdmin: Session;
  let acmeViewer: Session;
  let kestrelAdmin: Session;
  let acmeId: string;

  /** An Acme engagement declared by the consultant, who leads it. */
  async function declare(title: string, token = consultant.accessToken): Promise<string> {
    const input = { organizationId: acmeId, title, incidentType: 'RANSOMWARE', severity: 'SEV2' };
    return (await api.ok<{ declareEngagement: { id: string } }>(DECLARE, { input }, token))
      .declareEngagement.id;
  }

  function field(result: GqlResult): string | undefined {
    return result.errors?.[0]?.extensions.field;
  }

  beforeAll(async () => {
    api = await startApi();
    admin = await api.login('admin@northwatch.test');
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

  it('keeps the affected assets, accounts and data, validated and normalised', async () => {
    const id = await declare('Ransomware on the file servers');
    const addAsset = (input: Record<string, unknown>, token = consultant.accessToken) =>
      api.gql<{ addScopeAsset: Asset }>(
        ADD_ASSET,
        { input: { engagementId: id, kind: 'SERVER', ...input } },
        token,
      );
    const fs01 = await addAsset({ hostname: 'FS01', ipAddress: '10.0.0.5' });
    expect(fs01.data?.addScopeAsset).toMatchObject({
      hostname: 'FS01',
      ipAddress: '10.0.0.5',
      compromiseStatus: 'SUSPECTED',
    });
    const db01 = await addAsset({ hostname: 'DB01.Corp.Example.com', ipAddress: '2001:DB8:0::1' });
    expect(db01.data?.addScopeAsset).toMatchObject({
      hostname: 'db01.corp.example.com',
      ipAddress: '2001:db8::1',
    });

    const badIp = await addAsset({ hostname: 'FS02', ipAddress: '10.0.0.300' });
    expect(codes(badIp)).toEqual(['BAD_USER_INPUT']);
    expect(field(badIp)).toBe('input.ipAddress');
    expect(badIp.errors?.[0]?.message).toContain('IPv4');
    const badName = await addAsset({ hostname: 'FS_02' });
    expect(codes(badName)).toEqual(['BAD_USER_INPUT']);
    expect(field(badName)).toBe('input.hostname');
    const nothing = await addAsset({ owner: 'IT' });
    expect(field(nothing)).toBe('input.hostname');
    expect(nothing.errors?.[0]?.message).toContain('host name or an IP address');
    // Client users keep no scope.
    expect(codes(await addAsset({ hostname: 'LAPTOP-7' }, acmeAdmin.accessToken))).toEqual([
      'FORBIDDEN',
    ]);

    // A save over a colleague's newer version is refused.
    const asset = fs01.data?.addScopeAsset as Asset;
    const setStatus = (status: string) =>
      api.gql<{ updateScopeAsset: Asset }>(
        `mutation($id: ID!, $v: Int!, $s: CompromiseStatus!) { updateScopeAsset(input: { id: $id, expectedVersion: $v, compromiseStatus: $s }) { ${ASSET} } }`,
        { id: asset.id, v: asset.version, s: status },
        consultant.accessToken,
      );
    expect((await setStatus('CONFIRMED')).data?.updateScopeAsset).toMatchObject({
      compromiseStatus: 'CONFIRMED',
      version: asset.version + 1,
    });
    const stale = await setStatus('CLEARED');
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(field(stale)).toBe('input.expectedVersion');

    const account = await api.ok<{ addScopeAccount: { id: string; username: string } }>(
      `mutation($id: ID!) { addScopeAccount(input: { engagementId: $id, username: "svc-backup", system: "Active Directory", kind: SERVICE, compromiseStatus: CONFIRMED }) { id username } }`,
      { id },
      consultant.accessToken,
    );
    expect(account.addScopeAccount.username).toBe('svc-backup');

    // Affected data: whole records, one row per category.
    const addData = (category: string, estimatedRecords?: number) =>
      api.gql<{ addScopeData: { id: string; version: number } }>(
        ADD_DATA,
        { input: { engagementId: id, category, estimatedRecords } },
        am.accessToken,
      );
    expect(codes(await addData('PERSONAL_DATA', 12000))).toEqual([]);
    const negative = await addData('HEALTH_DATA', -5);
    expect(codes(negative)).toEqual(['BAD_USER_INPUT']);
    expect(field(negative)).toBe('input.estimatedRecords');
    expect(field(await addData('HEALTH_DATA', 2_000_000_001))).toBe('input.estimatedRecords');
    const twice = await addData('PERSONAL_DATA', 50);
    expect(codes(twice)).toEqual(['CONFLICT']);
    expect(field(twice)).toBe('input.category');
    const health = (await addData('HEALTH_DATA')).data?.addScopeData;
    const renamed = await api.gql(
      `mutation($id: ID!, $v: Int!) { updateScopeData(input: { id: $id, expectedVersion: $v, category: PERSONAL_DATA }) { id } }`,
      { id: health?.id, v: health?.version },
      am.accessToken,
    );
    expect(codes(renamed)).toEqual(['CONFLICT']);
    expect(field(renamed)).toBe('input.category');

    // Removing an asset removes its links from the timeline.
    const event = await api.ok<{ addTimelineEvent: { id: string; assetIds: string[] } }>(
      `mutation($id: ID!, $a: [ID!]) { addTimelineEvent(input: { engagementId: $id, occurredAt: "2026-11-20T03:10:00Z", occurredTimeZone: "UTC", kind: ATTACKER_ACTIVITY, description: "Encryption started on FS01", assetIds: $a }) { id assetIds } }`,
      { id, a: [asset.id] },
      consultant.accessToken,
    );
    expect(event.addTimelineEvent.assetIds).toEqual([asset.id]);
    await api.ok(
      `mutation($id: ID!) { removeScopeAsset(id: $id) }`,
      { id: asset.id },
      am.accessToken,
    );
    const after = await api.ok<{
      scopeAssets: Asset[];
      scopeAccounts: { username: string }[];
      scopeData: { category: string; estimatedRecords: number | null }[];
      timeline: { edges: { node: { assetIds: string[] } }[] };
    }>(
      `query($id: ID!) { scopeAssets(engagementId: $id) { ${ASSET} } scopeAccounts(engagementId: $id) { username }
        scopeData(engagementId: $id) { category estimatedRecords } timeline(engagementId: $id) { edges { node { assetIds } } } }`,
      { id },
      consultant.accessToken,
    );
    expect(after.scopeAssets.map((a) => a.hostname)).toEqual(['db01.corp.example.com']);
    expect(after.scopeAccounts).toEqual([{ username: 'svc-backup' }]);
    expect(after.scopeData).toEqual([
      { category: 'PERSONAL_DATA', estimatedRecords: 12000 },
      { category: 'HEALTH_DATA', estimatedRecords: null },
    ]);
    expect(after.timeline.edges.map((e) => e.node.assetIds)).toEqual([[]]);
  });

  it('shows client users no scope, and a client of another organisation not-found', async () => {
    const id = await declare('Business email compromise in finance');
    await api.ok(
      ADD_ASSET,
      { input: { engagementId: id, kind: 'WORKSTATION', hostname: 'FIN-PC-12' } },
      consultant.accessToken,
    );
    await api.ok(
      ADD_DATA,
      { input: { engagementId: id, category: 'FINANCIAL_DATA', estimatedRecords: 300 } },
      consultant.accessToken,
    );
    await api.ok(
      SAVE_REVIEW,
      { input: { engagementId: id, rootCause: 'Phished mailbox' } },
      consultant.accessToken,
    );
    const scope = `query($id: ID!) { scopeAssets(engagementId: $id) { id } scopeAccounts(engagementId: $id) { id } scopeData(engagementId: $id) { id } postIncidentReview(engagementId: $id) { id } }`;
    const provider = await api.ok<Record<string, unknown[] | null>>(scope, { id }, am.accessToken);
    expect(provider['scopeAssets']).toHaveLength(1);
    expect(provider['scopeData']).toHaveLength(1);
    expect(provider['postIncidentReview']).not.toBeNull();
    expect(await api.ok(scope, { id }, acmeViewer.accessToken)).toEqual({
      scopeAssets: [],
      scopeAccounts: [],
      scopeData: [],
      postIncidentReview: null,
    });
    for (const query of [
      `query($id: ID!) { scopeAssets(engagementId: $id) { id } }`,
      `query($id: ID!) { scopeAccounts(engagementId: $id) { id } }`,
      `query($id: ID!) { scopeData(engagementId: $id) { id } }`,
      `query($id: ID!) { postIncidentReview(engagementId: $id) { id } }`,
    ]) {
      expect(codes(await api.gql(query, { id }, kestrelAdmin.accessToken))).toEqual(['NOT_FOUND']);
    }
  });

  it('lets the team write the review, the commander release it, and the client read it from then on', async () => {
    const id = await declare('Data theft from the CRM');
    const save = (input: Record<string, unknown>, token = am.accessToken) =>
      api.gql<{ savePostIncidentReview: Review }>(
        SAVE_REVIEW,
        { input: { engagementId: id, ...input } },
        token,
      );
    const started = (await save({ whatWorked: 'EDR isolated the CRM host within minutes' })).data
      ?.savePostIncidentReview as Review;
    expect(started).toMatchObject({ rootCause: '', releasedAt: null, correctiveActions: [] });
    // Starting it twice, or saving over a newer version, is refused.
    expect(codes(await save({ rootCause: 'Unknown' }))).toEqual(['CONFLICT']);
    const v2 = (await save({ expectedVersion: started.version, whatWorked: 'EDR and the SOC' }))
      .data?.savePostIncidentReview as Review;
    const stale = await save({ expectedVersion: started.version, whatWorked: 'Nothing' });
    expect(codes(stale)).toEqual(['CONFLICT']);
    expect(field(stale)).toBe('input.expectedVersion');

    const addAction = (dueDate: string) =>
      api.gql<{ addCorrectiveAction: Action }>(
        `mutation($r: ID!, $d: String!) { addCorrectiveAction(input: { reviewId: $r, title: "Enforce MFA on the CRM admin accounts", ownerName: "Ian (Acme IT)", dueDate: $d }) { id title ownerName dueDate status doneAt version } }`,
        { r: started.id, d: dueDate },
        consultant.accessToken,
      );
    const badDay = await addAction('2027-02-30');
    expect(codes(badDay)).toEqual(['BAD_USER_INPUT']);
    expect(field(badDay)).toBe('input.dueDate');
    const action = (await addAction('2027-01-31')).data?.addCorrectiveAction as Action;
    expect(action).toMatchObject({ status: 'OPEN', doneAt: null, dueDate: '2027-01-31' });

    // Not released: the client sees nothing of it, not even that it exists.
    expect(
      (await api.ok<{ postIncidentReview: null }>(GET_REVIEW, { id }, acmeViewer.accessToken))
        .postIncidentReview,
    ).toBeNull();

    const release = (v: number, token: string) =>
      api.gql<{ releasePostIncidentReview: Review }>(RELEASE, { id, v }, token);
    const noCause = await release(v2.version, consultant.accessToken);
    expect(codes(noCause)).toEqual(['BAD_USER_INPUT']);
    expect(noCause.errors?.[0]?.message).toContain('root cause');
    const v3 = (
      await save({
        expectedVersion: v2.version,
        rootCause: 'A contractor’s reused password on the CRM admin portal',
      })
    ).data?.savePostIncidentReview as Review;
    expect(codes(await release(v3.version, am.accessToken))).toEqual(['FORBIDDEN']);
    expect(codes(await release(v2.version, consultant.accessToken))).toEqual(['CONFLICT']);
    const released = (await release(v3.version, consultant.accessToken)).data
      ?.releasePostIncidentReview as Review;
    expect(released.releasedAt).not.toBeNull();
    expect(released.releasedByName).toBe('Cora Consultant');
    expect(codes(await release(released.version, consultant.accessToken))).toEqual([
      'BAD_USER_INPUT',
    ]);

    // Tracked to done after release; the client sees the review and its actions.
    const done = await api.ok<{ updateCorrectiveAction: Action }>(
      `mutation($id: ID!, $v: Int!) { updateCorrectiveAction(input: { id: $id, expectedVersion: $v, status: DONE }) { status doneAt version } }`,
      { id: action.id, v: action.version },
      am.accessToken,
    );
    expect(done.updateCorrectiveAction.doneAt).not.toBeNull();
    const client = (
      await api.ok<{ postIncidentReview: Review }>(GET_REVIEW, { id }, acmeViewer.accessToken)
    ).postIncidentReview;
    expect(client).toMatchObject({
      rootCause: 'A contractor’s reused password on the CRM admin portal',
      whatWorked: 'EDR and the SOC',
      releasedByName: 'Cora Consultant',
      correctiveActions: [
        { title: 'Enforce MFA on the CRM admin accounts', status: 'DONE', dueDate: '2027-01-31' },
      ],
    });

    // What the client reads now changes only by the commander's (or an admin's) hand.
    expect(codes(await save({ expectedVersion: released.version, whatWorked: 'Luck' }))).toEqual([
      'FORBIDDEN',
    ]);
    expect(
      codes(
        await save(
          { expectedVersion: released.version, gapsTraining: 'Password reuse awareness' },
          admin.accessToken,
        ),
      ),
    ).toEqual([]);
    expect(codes(await api.gql(GET_REVIEW, { id }, kestrelAdmin.accessToken))).toEqual([
      'NOT_FOUND',
    ]);
  });

  it('logs time on an engagement only against the retainer of its own client', async () => {
    const suffix = randomBytes(3).toString('hex');
    const client = async (name: string): Promise<string> => {
      const org = await api.ok<{ createClientOrganization: { id: string } }>(
        `mutation($n: String!) { createClientOrganization(input: { name: $n, timeZone: "Europe/Berlin", country: "DE", sector: "Manufacturing" }) { id } }`,
        { n: `${name} ${suffix}` },
        admin.accessToken,
      );
      const orgId = org.createClientOrganization.id;
      await api.ok(
        `mutation($u: ID!, $o: ID!) { assignUserToOrganization(userId: $u, organizationId: $o) { id } }`,
        { u: am.user.id, o: orgId },
        admin.accessToken,
      );
      return orgId;
    };
    const retainer = async (orgId: string, reference: string): Promise<string> =>
      (
        await api.ok<{ createRetainer: { id: string } }>(
          `mutation($o: ID!, $r: String!) { createRetainer(input: { organizationId: $o, reference: $r, termStart: "2026-01-01", termEnd: "2026-12-31", minutesPurchased: 600, hourlyRateCents: 1, overageRateCents: 1, currency: "EUR", overagePolicy: ALLOW, responseTier: "Silver" }) { id } }`,
          { o: orgId, r: `${reference}-${suffix}` },
          am.accessToken,
        )
      ).createRetainer.id;
    const engagementOf = async (orgId: string, retainerId?: string): Promise<string> =>
      (
        await api.ok<{ declareEngagement: { id: string } }>(
          DECLARE,
          {
            input: {
              organizationId: orgId,
              title: 'Web shell',
              incidentType: 'MALWARE',
              severity: 'SEV3',
              retainerId,
            },
          },
          am.accessToken,
        )
      ).declareEngagement.id;

    const northId = await client('North Plant');
    const southId = await client('South Plant');
    const north = await retainer(northId, 'NORTH');
    await api.ok(
      `mutation($id: ID!) { activateRetainer(id: $id) { id } }`,
      { id: north },
      am.accessToken,
    );
    const renewal = await retainer(northId, 'NORTH-RENEWAL');
    const northEngagement = await engagementOf(northId);
    const renewalEngagement = await engagementOf(northId, renewal);
    const southEngagement = await engagementOf(southId);
    const kestrelEngagement = (
      await api.ok<{ declareEngagement: { id: string } }>(
        DECLARE,
        { input: { title: 'Skimmer on the shop', incidentType: 'DATA_THEFT', severity: 'SEV2' } },
        kestrelAdmin.accessToken,
      )
    ).declareEngagement.id;

    const log = (referenceId?: string) =>
      api.gql<{ logTime: { id: string; referenceType: string; referenceId: string | null } }>(
        LOG,
        {
          input: {
            retainerId: north,
            workDate: '2026-11-02',
            minutes: 60,
            description: 'Triage call',
            referenceType: 'ENGAGEMENT',
            referenceId,
          },
        },
        am.accessToken,
      );
    const otherClient = await log(southEngagement);
    expect(codes(otherClient)).toEqual(['BAD_USER_INPUT']);
    expect(field(otherClient)).toBe('input.referenceId');
    expect(otherClient.errors?.[0]?.message).toContain('another client');
    const missing = await log();
    expect(field(missing)).toBe('input.referenceId');
    const unseen = await log(kestrelEngagement);
    expect(field(unseen)).toBe('input.referenceId');
    expect(unseen.errors?.[0]?.message).toContain('not an engagement you can see');
    const otherRetainer = await log(renewalEngagement);
    expect(field(otherRetainer)).toBe('input.referenceId');
    expect(otherRetainer.errors?.[0]?.message).toContain('another of the client’s retainers');

    const logged = await log(northEngagement);
    expect(logged.data?.logTime).toMatchObject({
      referenceType: 'ENGAGEMENT',
      referenceId: northEngagement,
    });
    const moved = await api.gql(
      `mutation($id: ID!, $r: ID!) { updateTimeEntry(input: { id: $id, referenceId: $r }) { id } }`,
      { id: logged.data?.logTime.id, r: southEngagement },
      am.accessToken,
    );
    expect(codes(moved)).toEqual(['BAD_USER_INPUT']);
    expect(field(moved)).toBe('input.referenceId');
  });
});
