import { Client } from 'pg';
import { formatHours } from '@vigil/shared/domain';
import { codes, Session, startApi, TestApi } from './support/harness';

const CREATE = `mutation($input: CreateRetainerInput!) { createRetainer(input: $input) { id status balanceMinutes notes } }`;
const ACTIVATE = `mutation($id: ID!) { activateRetainer(id: $id) { id status balanceMinutes } }`;
const LOG = `mutation($input: LogTimeInput!) { logTime(input: $input) { id status minutes } }`;
const SUBMIT = `mutation($id: ID!) { submitTimeEntry(id: $id) { id status } }`;
const APPROVE = `mutation($ids: [ID!]!) { approveTimeEntries(input: { ids: $ids }) { id status } }`;
const RETAINER = `query($id: ID!) { retainer(id: $id) { id balanceMinutes overageMinutes minutesPurchased notes status } }`;

interface Org {
  id: string;
  name: string;
}

describe('retainers and the hours ledger', () => {
  let api: TestApi;
  let admin: Session;
  let am: Session;
  let consultant: Session;
  let acmeViewer: Session;
  let heliosAdmin: Session;
  let orgs: Record<string, Org>;

  async function retainerFor(
    org: Org,
    overagePolicy: 'ALLOW' | 'BLOCK',
    minutesPurchased: number,
    reference: string,
  ): Promise<string> {
    const created = await api.ok<{ createRetainer: { id: string; status: string } }>(
      CREATE,
      {
        input: {
          organizationId: org.id,
          reference,
          termStart: '2026-01-01',
          termEnd: '2026-12-31',
          minutesPurchased,
          hourlyRateCents: 25000,
          overageRateCents: 30000,
          currency: 'EUR',
          overagePolicy,
          responseTier: 'Gold',
          accountManagerId: am.user.id,
          notes: 'Internal: renewal likely in Q4',
        },
      },
      admin.accessToken,
    );
    expect(created.createRetainer.status).toBe('DRAFT');
    const active = await api.ok<{ activateRetainer: { status: string; balanceMinutes: number } }>(
      ACTIVATE,
      { id: created.createRetainer.id },
      am.accessToken,
    );
    expect(active.activateRetainer).toEqual({
      id: created.createRetainer.id,
      status: 'ACTIVE',
      balanceMinutes: minutesPurchased,
    });
    return created.createRetainer.id;
  }

  async function submitted(
    session: Session,
    retainerId: string,
    count: number,
    minutes = 15,
  ): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < count; i += 1) {
      const day = `2026-11-${String(1 + (i % 25)).padStart(2, '0')}`;
      const logged = await api.ok<{ logTime: { id: string } }>(
        LOG,
        { input: { retainerId, workDate: day, minutes, description: `Forensic triage ${i}` } },
        session.accessToken,
      );
      await api.ok(SUBMIT, { id: logged.logTime.id }, session.accessToken);
      ids.push(logged.logTime.id);
    }
    return ids;
  }

  beforeAll(async () => {
    api = await startApi();
    admin = await api.login('admin@northwatch.test');
    am = await api.login('am@northwatch.test');
    consultant = await api.login('consultant@northwatch.test');
    acmeViewer = await api.login('viewer@acme.test');
    heliosAdmin = await api.login('admin@helios.test');
    const all = await api.ok<{ organizations: { edges: { node: Org }[] } }>(
      '{ organizations(first: 100) { edges { node { id name } } } }',
      {},
      admin.accessToken,
    );
    orgs = Object.fromEntries(all.organizations.edges.map((e) => [e.node.name, e.node]));
  });
  afterAll(() => api.close());

  let acmeRetainer: string;

  it('50 approvals racing on one BLOCK retainer leave an exact balance and never overdraw it', async () => {
    acmeRetainer = await retainerFor(orgs['Acme Manufacturing'] as Org, 'BLOCK', 600, 'ACME-2026');
    const ids = await submitted(consultant, acmeRetainer, 50);
    const results = await Promise.all(
      ids.map((id) => api.gql(APPROVE, { ids: [id] }, am.accessToken)),
    );
    const approved = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(approved).toHaveLength(40);
    expect(refused).toHaveLength(10);
    for (const r of refused) {
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors?.[0]?.message).toMatch(/below zero: only 0 minutes remain/);
    }
    const retainer = await api.ok<{ retainer: { balanceMinutes: number; overageMinutes: number } }>(
      RETAINER,
      { id: acmeRetainer },
      am.accessToken,
    );
    expect(retainer.retainer).toMatchObject({ balanceMinutes: 0, overageMinutes: 0 });
  });

  it('the balance equals the sum of the ledger, entry by entry', async () => {
    const ledger = await api.ok<{
      ledger: {
        totalCount: number;
        edges: { node: { kind: string; minutes: number; balanceAfter: number } }[];
      };
    }>(
      `query($id: ID!) { ledger(retainerId: $id, first: 100) { totalCount edges { node { kind minutes balanceAfter } } } }`,
      { id: acmeRetainer },
      am.accessToken,
    );
    expect(ledger.ledger.totalCount).toBe(41);
    let running = 0;
    for (const { node } of ledger.ledger.edges) {
      running += node.minutes;
      expect(node.balanceAfter).toBe(running);
    }
    expect(running).toBe(0);
    expect(ledger.ledger.edges[0]?.node).toEqual({
      kind: 'PURCHASE',
      minutes: 600,
      balanceAfter: 600,
    });
  });

  it('each alert threshold notifies the account manager and the client admin exactly once', async () => {
    const notes = `{ notifications(first: 50) { edges { node { kind title } } } }`;
    const forAm = await api.ok<{ notifications: { edges: { node: { title: string } }[] } }>(
      notes,
      {},
      am.accessToken,
    );
    const acmeAdmin = await api.login('admin@acme.test');
    const forClient = await api.ok<{ notifications: { edges: { node: { title: string } }[] } }>(
      notes,
      {},
      acmeAdmin.accessToken,
    );
    for (const list of [forAm, forClient]) {
      const titles = list.notifications.edges
        .map((e) => e.node.title)
        .filter((t) => t.startsWith('Retainer ACME-2026'))
        .sort();
      expect(titles).toEqual([
        'Retainer ACME-2026: 100% of hours used',
        'Retainer ACME-2026: 75% of hours used',
        'Retainer ACME-2026: 90% of hours used',
      ]);
    }
    // The bell counts what is unread: the three alerts (other test files, running against the
    // same database, may have told Acme's admin about other things meanwhile).
    const unread = await api.ok<{
      unreadNotificationCount: number;
      notifications: { totalCount: number; edges: { node: { title: string } }[] };
    }>(
      '{ unreadNotificationCount notifications(unreadOnly: true, first: 100) { totalCount edges { node { title } } } }',
      {},
      acmeAdmin.accessToken,
    );
    expect(unread.unreadNotificationCount).toBe(unread.notifications.totalCount);
    expect(
      unread.notifications.edges
        .map((e) => e.node.title)
        .filter((t) => t.startsWith('Retainer ACME-2026'))
        .sort(),
    ).toEqual([
      'Retainer ACME-2026: 100% of hours used',
      'Retainer ACME-2026: 75% of hours used',
      'Retainer ACME-2026: 90% of hours used',
    ]);
  });

  it('with an ALLOW policy approvals go past zero and the excess counts as overage', async () => {
    const helios = orgs['Helios Health'] as Org;
    const id = await retainerFor(helios, 'ALLOW', 120, 'HELIOS-2026');
    const ids = await submitted(am, id, 12);
    const results = await Promise.all(
      ids.map((entry) => api.gql(APPROVE, { ids: [entry] }, am.accessToken)),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    const retainer = await api.ok<{ retainer: { balanceMinutes: number; overageMinutes: number } }>(
      RETAINER,
      { id },
      am.accessToken,
    );
    expect(retainer.retainer).toMatchObject({ balanceMinutes: -60, overageMinutes: 60 });
  });

  it('refuses bad time entries with the field and the reason', async () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{ minutes: 20 }, 'input.minutes', /positive multiple of 15/],
      [{ minutes: 0 }, 'input.minutes', /positive multiple of 15/],
      [
        { workDate: '2027-01-01' },
        'input.workDate',
        /inside the retainer's term \(2026-01-01 to 2026-12-31\)/,
      ],
      [{ workDate: '2026-02-30' }, 'input.workDate', /YYYY-MM-DD/],
      [{ minutes: 1440, workDate: '2026-11-01' }, 'input.minutes', /limit is 24 h a day/],
    ];
    for (const [patch, field, message] of cases) {
      const r = await api.gql(
        LOG,
        {
          input: {
            retainerId: acmeRetainer,
            workDate: '2026-10-01',
            minutes: 60,
            description: 'x',
            ...patch,
          },
        },
        consultant.accessToken,
      );
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(r.errors?.[0]?.extensions.field).toBe(field);
      expect(r.errors?.[0]?.message).toMatch(message);
    }
  });

  it('only the account manager or an admin approves; a consultant is FORBIDDEN', async () => {
    const [id] = await submitted(consultant, acmeRetainer, 1);
    expect(codes(await api.gql(APPROVE, { ids: [id] }, consultant.accessToken))).toEqual([
      'FORBIDDEN',
    ]);
  });

  it('an adjustment needs a reason; a top-up raises hours purchased and balance', async () => {
    const adjust = await api.gql(
      `mutation($id: ID!) { adjustRetainer(input: { retainerId: $id, minutes: 30 }) { balanceMinutes } }`,
      { id: acmeRetainer },
      am.accessToken,
    );
    expect(codes(adjust)).toEqual(['BAD_USER_INPUT']);
    expect(adjust.errors?.[0]?.extensions.field).toBe('input.reason');
    const topUp = await api.ok<{
      topUpRetainer: { balanceMinutes: number; minutesPurchased: number };
    }>(
      `mutation($id: ID!) { topUpRetainer(input: { retainerId: $id, minutes: 240, reason: "PO 4711" }) { balanceMinutes minutesPurchased } }`,
      { id: acmeRetainer },
      am.accessToken,
    );
    expect(topUp.topUpRetainer).toEqual({ balanceMinutes: 240, minutesPurchased: 840 });
  });

  it('editing an approved entry reverses its debit and writes a new one', async () => {
    const [id] = await submitted(consultant, acmeRetainer, 1, 60);
    await api.ok(APPROVE, { ids: [id] }, am.accessToken);
    const before = await api.ok<{ retainer: { balanceMinutes: number } }>(
      RETAINER,
      { id: acmeRetainer },
      am.accessToken,
    );
    await api.ok(
      `mutation($id: ID!) { updateTimeEntry(input: { id: $id, minutes: 90 }) { minutes status } }`,
      { id },
      am.accessToken,
    );
    const after = await api.ok<{ retainer: { balanceMinutes: number } }>(
      RETAINER,
      { id: acmeRetainer },
      am.accessToken,
    );
    expect(after.retainer.balanceMinutes).toBe(before.retainer.balanceMinutes - 30);
    const ledger = await api.ok<{
      ledger: { edges: { node: { kind: string; minutes: number } }[] };
    }>(
      `query($id: ID!) { ledger(retainerId: $id, first: 100) { edges { node { kind minutes } } } }`,
      { id: acmeRetainer },
      am.accessToken,
    );
    expect(ledger.ledger.edges.slice(-2).map((e) => e.node)).toEqual([
      { kind: 'REVERSAL', minutes: 60 },
      { kind: 'TIME_DEBIT', minutes: -90 },
    ]);
  });

  it('a client viewer sees their balance and approved entries, never internal notes or the ledger', async () => {
    const mine = await api.ok<{ retainer: { notes: string | null; balanceMinutes: number } }>(
      RETAINER,
      { id: acmeRetainer },
      acmeViewer.accessToken,
    );
    expect(mine.retainer.notes).toBeNull();
    const entries = await api.ok<{ timeEntries: { edges: { node: { status: string } }[] } }>(
      `query($id: ID!) { timeEntries(filter: { retainerId: $id }, first: 100) { edges { node { status } } } }`,
      { id: acmeRetainer },
      acmeViewer.accessToken,
    );
    expect(new Set(entries.timeEntries.edges.map((e) => e.node.status))).toEqual(
      new Set(['APPROVED']),
    );
    expect(
      codes(
        await api.gql(
          `query($id: ID!) { ledger(retainerId: $id) { totalCount } }`,
          { id: acmeRetainer },
          acmeViewer.accessToken,
        ),
      ),
    ).toEqual(['FORBIDDEN']);
  });

  it('a client of another organisation gets NOT_FOUND for Acme’s retainer, its entries and its changes', async () => {
    expect(codes(await api.gql(RETAINER, { id: acmeRetainer }, heliosAdmin.accessToken))).toEqual([
      'NOT_FOUND',
    ]);
    const list = await api.ok<{ timeEntries: { totalCount: number } }>(
      `query($id: ID!) { timeEntries(filter: { retainerId: $id }) { totalCount } }`,
      { id: acmeRetainer },
      heliosAdmin.accessToken,
    );
    expect(list.timeEntries.totalCount).toBe(0);
    const retainers = await api.ok<{
      retainers: { edges: { node: { organizationId: string } }[] };
    }>('{ retainers { edges { node { organizationId } } } }', {}, heliosAdmin.accessToken);
    expect(
      retainers.retainers.edges.every(
        (e) => e.node.organizationId === heliosAdmin.user.organizationId,
      ),
    ).toBe(true);
  });

  it('a refused bulk approval names the entry and changes nothing', async () => {
    const [pending] = await submitted(consultant, acmeRetainer, 1, 30);
    const [done] = await submitted(consultant, acmeRetainer, 1, 30);
    await api.ok(APPROVE, { ids: [done] }, am.accessToken);
    const before = await api.ok<{ retainer: { balanceMinutes: number } }>(
      RETAINER,
      { id: acmeRetainer },
      am.accessToken,
    );
    const again = await api.gql(APPROVE, { ids: [pending, done] }, am.accessToken);
    expect(codes(again)).toEqual(['BAD_USER_INPUT']);
    expect(again.errors?.[0]?.extensions.field).toBe('input.ids');
    expect(again.errors?.[0]?.message).toBe(
      `input.ids: entry ${done} is APPROVED; only submitted entries can be approved`,
    );
    const entries = await api.ok<{
      timeEntries: { edges: { node: { id: string; status: string } }[] };
    }>(
      `query($id: ID!) { timeEntries(filter: { retainerId: $id, status: SUBMITTED }, first: 100) { edges { node { id status } } } }`,
      { id: acmeRetainer },
      am.accessToken,
    );
    expect(entries.timeEntries.edges.map((e) => e.node.id)).toContain(pending);
    const after = await api.ok<{ retainer: { balanceMinutes: number } }>(
      RETAINER,
      { id: acmeRetainer },
      am.accessToken,
    );
    expect(after.retainer.balanceMinutes).toBe(before.retainer.balanceMinutes);

    const unknown = await api.gql(
      APPROVE,
      { ids: ['00000000-0000-4000-8000-000000000000'] },
      am.accessToken,
    );
    expect(codes(unknown)).toEqual(['NOT_FOUND']);
    expect(unknown.errors?.[0]?.message).toBe('Time entry not found');
  });

  it('an approval with a signed-out session is refused before anything is written', async () => {
    const [id] = await submitted(consultant, acmeRetainer, 1, 15);
    const session = await api.login('am@northwatch.test');
    await api.ok('mutation { logout }', {}, session.accessToken);
    const r = await api.gql(APPROVE, { ids: [id] }, session.accessToken);
    expect(codes(r)).toEqual(['UNAUTHENTICATED']);
    const entries = await api.ok<{ timeEntries: { edges: { node: { id: string } }[] } }>(
      `query($id: ID!) { timeEntries(filter: { retainerId: $id, status: SUBMITTED }, first: 100) { edges { node { id } } } }`,
      { id: acmeRetainer },
      am.accessToken,
    );
    expect(entries.timeEntries.edges.map((e) => e.node.id)).toContain(id);
  });

  it('hours in messages written by the database read as the app writes them', async () => {
    const c = new Client({ connectionString: process.env['DATABASE_URL'] });
    await c.connect();
    try {
      const minutes = Array.from({ length: 2401 }, (_, i) => i - 400);
      const { rows } = await c.query<{ m: number; h: string }>(
        'SELECT m, vigil_format_hours(m) AS h FROM unnest($1::int[]) AS m',
        [minutes],
      );
      const differ = rows.filter((r) => r.h !== formatHours(r.m));
      expect(differ).toEqual([]);
      expect(rows).toHaveLength(minutes.length);
    } finally {
      await c.end();
    }
  });

  it('the ledger cannot be changed in the database, not even by its owner', async () => {
    for (const url of [process.env['DATABASE_URL'], process.env['DATABASE_OWNER_URL']]) {
      const c = new Client({ connectionString: url });
      await c.connect();
      await c.query('BEGIN');
      await c.query(`SELECT set_config('app.all_orgs', 'on', true)`);
      const e = await c.query('UPDATE ledger_entries SET minutes = 0').catch((err: Error) => err);
      expect((e as Error).message).toMatch(/permission denied|cannot be changed or deleted/);
      await c.query('ROLLBACK');
      await c.end();
    }
  });
});

describe('the account manager’s portfolio, usage and statements', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('lists the account manager’s retainers with hours left, burn rate, exhaustion and risk', async () => {
    const am = await api.login('am@northwatch.test');
    const page = await api.ok<{
      retainerPortfolio: {
        totalCount: number;
        edges: {
          node: {
            reference: string;
            organizationName: string;
            balanceMinutes: number;
            usedMinutes: number;
            burnedLast30Days: number;
            projectedExhaustion: string | null;
            atRisk: boolean;
          };
        }[];
      };
    }>(
      `{ retainerPortfolio(sort: CLIENT) { totalCount edges { node { reference organizationName balanceMinutes usedMinutes burnedLast30Days projectedExhaustion atRisk } } } }`,
      {},
      am.accessToken,
    );
    // Sorted by client; other test files may add retainers of their own for this manager.
    const names = page.retainerPortfolio.edges.map((e) => e.node.organizationName);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
    expect(names).toEqual(expect.arrayContaining(['Acme Manufacturing', 'Helios Health']));
    expect(names).not.toContain('Kestrel Bank');
    const helios = page.retainerPortfolio.edges.find(
      (e) => e.node.organizationName === 'Helios Health',
    )?.node;
    // 12 × 15 min approved today against 120 min: used 180, balance -60, out of hours now: at risk.
    expect(helios).toMatchObject({
      reference: 'HELIOS-2026',
      balanceMinutes: -60,
      usedMinutes: 180,
      burnedLast30Days: 180,
      atRisk: true,
    });
    expect(helios?.projectedExhaustion).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const risky = await api.ok<{ retainerPortfolio: { totalCount: number } }>(
      `{ retainerPortfolio(filter: { atRiskOnly: true }) { totalCount } }`,
      {},
      am.accessToken,
    );
    expect(risky.retainerPortfolio.totalCount).toBeGreaterThanOrEqual(1);
    const consultant = await api.login('consultant@northwatch.test');
    expect(
      codes(await api.gql(`{ retainerPortfolio { totalCount } }`, {}, consultant.accessToken)),
    ).toEqual(['FORBIDDEN']);
    // A draft has not started: not at risk, nothing used, no exhaustion date.
    const heliosOrg = (
      await api.ok<{ organizations: { edges: { node: { id: string } }[] } }>(
        `{ organizations(filter: { search: "Helios" }) { edges { node { id } } } }`,
        {},
        am.accessToken,
      )
    ).organizations.edges[0]?.node.id;
    await api.ok(
      `mutation($o: ID!) { createRetainer(input: { organizationId: $o, reference: "HELIOS-2027", termStart: "2027-01-01", termEnd: "2027-12-31", minutesPurchased: 600, hourlyRateCents: 1, overageRateCents: 1, currency: "EUR", overagePolicy: BLOCK, responseTier: "Gold" }) { id } }`,
      { o: heliosOrg },
      am.accessToken,
    );
    const withDraft = await api.ok<{
      retainerPortfolio: {
        edges: {
          node: {
            reference: string;
            atRisk: boolean;
            usedMinutes: number;
            projectedExhaustion: string | null;
          };
        }[];
      };
    }>(
      `{ retainerPortfolio(first: 100) { edges { node { reference atRisk usedMinutes projectedExhaustion } } } }`,
      {},
      am.accessToken,
    );
    expect(
      withDraft.retainerPortfolio.edges.find((e) => e.node.reference === 'HELIOS-2027')?.node,
    ).toEqual({
      reference: 'HELIOS-2027',
      atRisk: false,
      usedMinutes: 0,
      projectedExhaustion: null,
    });
  });

  it('gives the same figures whichever order or filter the portfolio is read with', async () => {
    const am = await api.login('am@northwatch.test');
    type Node = {
      reference: string;
      balanceMinutes: number;
      burnedLast30Days: number;
      projectedExhaustion: string | null;
      atRisk: boolean;
      termEnd: string;
    };
    const read = async (args: string): Promise<{ totalCount: number; nodes: Node[] }> => {
      const r = await api.ok<{
        retainerPortfolio: { totalCount: number; edges: { node: Node }[] };
      }>(
        `{ retainerPortfolio(${args}) { totalCount edges { node { reference balanceMinutes burnedLast30Days projectedExhaustion atRisk termEnd } } } }`,
        {},
        am.accessToken,
      );
      return {
        totalCount: r.retainerPortfolio.totalCount,
        nodes: r.retainerPortfolio.edges.map((e) => e.node),
      };
    };
    // By term end, the burn is worked out for the page only; by exhaustion, for every row first.
    const byTermEnd = await read('first: 100');
    const byExhaustion = await read('first: 100, sort: EXHAUSTION');
    const byRef = (a: Node, b: Node): number => a.reference.localeCompare(b.reference);
    expect(byTermEnd.nodes.length).toBe(byTermEnd.totalCount);
    expect([...byExhaustion.nodes].sort(byRef)).toEqual([...byTermEnd.nodes].sort(byRef));
    const termEnds = byTermEnd.nodes.map((n) => n.termEnd);
    expect(termEnds).toEqual([...termEnds].sort());
    const dates = byExhaustion.nodes.map((n) => n.projectedExhaustion);
    const known = dates.filter((d): d is string => d !== null);
    expect(dates).toEqual([...known.sort(), ...dates.filter((d) => d === null)]);
    // The at-risk filter keeps exactly the rows flagged at risk, and counts them.
    const risky = await read('first: 100, filter: { atRiskOnly: true }');
    expect(risky.nodes.map((n) => n.reference).sort()).toEqual(
      byTermEnd.nodes
        .filter((n) => n.atRisk)
        .map((n) => n.reference)
        .sort(),
    );
    expect(risky.totalCount).toBe(risky.nodes.length);
    // A page further on is the next rows of the same order.
    const second = await api.ok<{
      retainerPortfolio: { edges: { node: { reference: string } }[] };
    }>(
      `{ retainerPortfolio(first: 1, after: "${Buffer.from('offset:1').toString('base64url')}") { edges { node { reference } } } }`,
      {},
      am.accessToken,
    );
    expect(second.retainerPortfolio.edges.map((e) => e.node.reference)).toEqual(
      byTermEnd.nodes.slice(1, 2).map((n) => n.reference),
    );
    // Past the end: no rows, and still the total.
    const past = await api.ok<{
      retainerPortfolio: {
        totalCount: number;
        edges: unknown[];
        pageInfo: { hasNextPage: boolean };
      };
    }>(
      `{ retainerPortfolio(first: 5, after: "${Buffer.from(`offset:${byTermEnd.totalCount}`).toString('base64url')}") { totalCount edges { cursor } pageInfo { hasNextPage } } }`,
      {},
      am.accessToken,
    );
    expect(past.retainerPortfolio).toEqual({
      totalCount: byTermEnd.totalCount,
      edges: [],
      pageInfo: { hasNextPage: false },
    });
  });

  it('gives usage by month and a CSV statement a finance team can read', async () => {
    const am = await api.login('am@northwatch.test');
    const retainers = await api.ok<{
      retainers: { edges: { node: { id: string; reference: string } }[] };
    }>(`{ retainers(status: ACTIVE) { edges { node { id reference } } } }`, {}, am.accessToken);
    const helios = retainers.retainers.edges.find((e) => e.node.reference === 'HELIOS-2026')?.node
      .id as string;
    const usage = await api.ok<{ retainerUsage: { month: string; minutes: number }[] }>(
      `query($id: ID!) { retainerUsage(retainerId: $id) { month minutes } }`,
      { id: helios },
      am.accessToken,
    );
    expect(usage.retainerUsage).toHaveLength(1);
    expect(usage.retainerUsage[0]?.minutes).toBe(180);
    const csv = await api.ok<{ retainerStatement: string }>(
      `query($id: ID!) { retainerStatement(retainerId: $id, from: "2026-01-01", to: "2026-12-31") }`,
      { id: helios },
      am.accessToken,
    );
    const lines = csv.retainerStatement.trim().split('\r\n');
    expect(lines[0]).toBe(
      'Retainer,Posted on,Work date,Entry,Description,Consultant,Hours,Balance after (hours),Currency,Hourly rate,Amount',
    );
    expect(lines).toHaveLength(1 + 13);
    expect(lines[1]).toMatch(
      /^HELIOS-2026,\d{4}-\d{2}-\d{2},,PURCHASE,Hours purchased,,2\.00,2\.00,EUR,250\.00,$/,
    );
    expect(lines.at(-1)).toMatch(
      /,TIME_DEBIT,Forensic triage \d+,Max Account,-0\.25,-1\.00,EUR,250\.00,62\.50$/,
    );
  });

  it('refuses a statement period with a day that does not exist, naming the field', async () => {
    const am = await api.login('am@northwatch.test');
    const retainers = await api.ok<{ retainers: { edges: { node: { id: string } }[] } }>(
      `{ retainers(status: ACTIVE) { edges { node { id } } } }`,
      {},
      am.accessToken,
    );
    const r = await api.gql(
      `query($id: ID!) { retainerStatement(retainerId: $id, from: "2026-02-30", to: "2026-12-31") }`,
      { id: retainers.retainers.edges[0]?.node.id },
      am.accessToken,
    );
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors?.[0]?.extensions.field).toBe('from');
    expect(r.errors?.[0]?.message).toBe('from: must be a date as YYYY-MM-DD');
  });
});
