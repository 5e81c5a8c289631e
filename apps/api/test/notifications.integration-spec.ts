import { Client as WsClient } from 'graphql-ws';
import { eventually, Session, startApi, TestApi } from './support/harness';

describe('the notifications bell over graphql-ws', () => {
  let api: TestApi;
  let admin: Session;
  let am: Session;

  function watch(client: WsClient): { values: number[]; errors: unknown[] } {
    const seen = { values: [] as number[], errors: [] as unknown[] };
    client.subscribe<{ unreadNotificationCountChanged: number }>(
      { query: 'subscription { unreadNotificationCountChanged }' },
      {
        next: (result) => {
          if (result.errors) seen.errors.push(...result.errors);
          if (result.data) seen.values.push(result.data.unreadNotificationCountChanged);
        },
        error: (e) => seen.errors.push(e),
        complete: () => undefined,
      },
    );
    return seen;
  }

  beforeAll(async () => {
    api = await startApi();
    admin = await api.login('admin@northwatch.test');
    am = await api.login('am@northwatch.test');
  });
  afterAll(async () => {
    await api.close();
  });

  it('pushes the unread count when a threshold notification arrives and when one is read', async () => {
    const live = watch(api.connect(am.accessToken));
    await new Promise((r) => setTimeout(r, 300));
    const org = await api.ok<{ createClientOrganization: { id: string } }>(
      `mutation { createClientOrganization(input: { name: "Bell Test Co", timeZone: "Europe/Paris", country: "FR", sector: "Retail" }) { id } }`,
      {},
      admin.accessToken,
    );
    const orgId = org.createClientOrganization.id;
    await api.ok(
      `mutation($u: ID!, $o: ID!) { assignUserToOrganization(userId: $u, organizationId: $o) { id } }`,
      { u: am.user.id, o: orgId },
      admin.accessToken,
    );
    const retainer = await api.ok<{ createRetainer: { id: string } }>(
      `mutation($o: ID!) { createRetainer(input: { organizationId: $o, reference: "BELL-1", termStart: "2026-01-01", termEnd: "2026-12-31", minutesPurchased: 60, hourlyRateCents: 1, overageRateCents: 1, currency: "EUR", overagePolicy: ALLOW, responseTier: "Bronze" }) { id } }`,
      { o: orgId },
      am.accessToken,
    );
    const id = retainer.createRetainer.id;
    await api.ok(`mutation($id: ID!) { activateRetainer(id: $id) { id } }`, { id }, am.accessToken);
    const entry = await api.ok<{ logTime: { id: string } }>(
      `mutation($id: ID!) { logTime(input: { retainerId: $id, workDate: "2026-11-02", minutes: 60, description: "Containment call" }) { id } }`,
      { id },
      am.accessToken,
    );
    await api.ok(
      `mutation($id: ID!) { submitTimeEntry(id: $id) { id } }`,
      { id: entry.logTime.id },
      am.accessToken,
    );
    await api.ok(
      `mutation($id: ID!) { approveTimeEntries(input: { ids: [$id] }) { id } }`,
      { id: entry.logTime.id },
      am.accessToken,
    );

    const unread = await api.ok<{ unreadNotificationCount: number }>(
      '{ unreadNotificationCount }',
      {},
      am.accessToken,
    );
    await eventually(
      async () => live.values.includes(unread.unreadNotificationCount),
      10000,
      'the pushed count',
    );
    const newest = await api.ok<{ notifications: { edges: { node: { id: string } }[] } }>(
      `{ notifications(first: 1, unreadOnly: true) { edges { node { id } } } }`,
      {},
      am.accessToken,
    );
    await api.ok(
      `mutation($id: ID!) { markNotificationRead(id: $id) { readAt } }`,
      { id: newest.notifications.edges[0]?.node.id },
      am.accessToken,
    );
    await eventually(
      async () => live.values.at(-1) === unread.unreadNotificationCount - 1,
      10000,
      'the count after reading one',
    );
    expect(live.errors).toEqual([]);
  });

  it('refuses a subscription without a valid token', async () => {
    const denied = watch(api.connect(null));
    await eventually(async () => denied.errors.length > 0, 10000, 'the refusal');
    expect(JSON.stringify(denied.errors)).toMatch(/UNAUTHENTICATED|Sign in first/);
    expect(denied.values).toEqual([]);
  });
});
