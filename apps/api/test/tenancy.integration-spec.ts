import { Client } from 'pg';
import { codes, Session, startApi, TestApi } from './support/harness';

interface Org {
  id: string;
  name: string;
}

const ORGS = '{ organizations(first: 100) { totalCount edges { node { id name userCount } } } }';

describe('tenancy through the GraphQL API', () => {
  let api: TestApi;
  let admin: Session;
  let acmeAdmin: Session;
  let consultant: Session;
  let accountManager: Session;
  let byName: Record<string, Org>;
  let heliosAdminId: string;
  let heliosInvitationId: string;

  beforeAll(async () => {
    api = await startApi();
    admin = await api.login('admin@northwatch.test');
    acmeAdmin = await api.login('admin@acme.test');
    consultant = await api.login('consultant@northwatch.test');
    accountManager = await api.login('am@northwatch.test');
    const all = await api.ok<{ organizations: { edges: { node: Org }[] } }>(
      ORGS,
      {},
      admin.accessToken,
    );
    byName = Object.fromEntries(all.organizations.edges.map((e) => [e.node.name, e.node]));
    const heliosAdmin = await api.login('admin@helios.test');
    heliosAdminId = heliosAdmin.user.id;
    const invited = await api.ok<{ inviteUser: { invitation: { id: string } } }>(
      `mutation($input: InviteUserInput!) { inviteUser(input: $input) { invitation { id } } }`,
      {
        input: {
          organizationId: heliosAdmin.user.organizationId,
          email: 'new.person@helios.test',
          role: 'CLIENT_VIEWER',
        },
      },
      heliosAdmin.accessToken,
    );
    heliosInvitationId = invited.inviteUser.invitation.id;
  });
  afterAll(() => api.close());

  const helios = (): Org => byName['Helios Health'] as Org;

  it('a provider admin sees every client organisation', () => {
    expect(Object.keys(byName)).toEqual(
      expect.arrayContaining(['Acme Manufacturing', 'Helios Health', 'Kestrel Bank']),
    );
  });

  it('a client user sees only their own organisation in lists', async () => {
    const mine = await api.ok<{ organizations: { totalCount: number; edges: { node: Org }[] } }>(
      ORGS,
      {},
      acmeAdmin.accessToken,
    );
    expect(mine.organizations.edges.map((e) => e.node.name)).toEqual(['Acme Manufacturing']);
    expect(mine.organizations.totalCount).toBe(1);
  });

  it.each([
    [
      'organization by id',
      `query($id: ID!) { organization(id: $id) { id name } }`,
      () => ({ id: helios().id }),
    ],
    ['user by id', `query($id: ID!) { user(id: $id) { id email } }`, () => ({ id: heliosAdminId })],
    [
      'users of the organisation',
      `query($org: ID!) { users(filter: { organizationId: $org }) { totalCount } }`,
      () => ({ org: helios().id }),
    ],
    [
      'invitations of the organisation',
      `query($org: ID!) { invitations(organizationId: $org) { totalCount } }`,
      () => ({ org: helios().id }),
    ],
    [
      'inviting into it',
      `mutation($org: ID!) { inviteUser(input: { organizationId: $org, email: "spy@acme.test", role: CLIENT_VIEWER }) { link } }`,
      () => ({ org: helios().id }),
    ],
    [
      'revoking its invitation',
      `mutation($id: ID!) { revokeInvitation(id: $id) { id } }`,
      () => ({ id: heliosInvitationId }),
    ],
    [
      'deactivating its user',
      `mutation($id: ID!) { deactivateUser(userId: $id) { id } }`,
      () => ({ id: heliosAdminId }),
    ],
    [
      'changing its user’s role',
      `mutation($id: ID!) { changeUserRole(input: { userId: $id, role: CLIENT_VIEWER }) { id } }`,
      () => ({ id: heliosAdminId }),
    ],
  ])('a client admin of Acme gets NOT_FOUND for Helios: %s', async (_what, query, vars) => {
    const result = await api.gql(query, vars(), acmeAdmin.accessToken);
    expect(codes(result)).toEqual(['NOT_FOUND']);
    expect(JSON.stringify(result)).not.toContain('Helios');
  });

  it('Helios’ records were not changed by those attempts', async () => {
    const users = await api.ok<{ user: { id: string; status: string; role: string } }>(
      `query($id: ID!) { user(id: $id) { id status role } }`,
      { id: heliosAdminId },
      admin.accessToken,
    );
    expect(users.user).toMatchObject({ status: 'ACTIVE', role: 'CLIENT_ADMIN' });
  });

  it('a client admin’s audit log holds only their own organisation’s entries', async () => {
    const log = await api.ok<{ auditLog: { edges: { node: { organizationId: string } }[] } }>(
      '{ auditLog(first: 100) { edges { node { organizationId } } } }',
      {},
      acmeAdmin.accessToken,
    );
    const orgs = new Set(log.auditLog.edges.map((e) => e.node.organizationId));
    expect([...orgs]).toEqual([acmeAdmin.user.organizationId]);
  });

  it('a consultant sees only the clients they are assigned to', async () => {
    const list = await api.ok<{ organizations: { edges: { node: Org }[] } }>(
      ORGS,
      {},
      consultant.accessToken,
    );
    expect(list.organizations.edges.map((e) => e.node.name)).toEqual(['Acme Manufacturing']);
    const kestrel = byName['Kestrel Bank'] as Org;
    for (const query of [
      `query($id: ID!) { organization(id: $id) { name } }`,
      `query($id: ID!) { users(filter: { organizationId: $id }) { totalCount } }`,
    ]) {
      expect(codes(await api.gql(query, { id: kestrel.id }, consultant.accessToken))).toEqual([
        'NOT_FOUND',
      ]);
    }
  });

  it('assigning a consultant opens a client to them; unassigning closes it again', async () => {
    const kestrel = byName['Kestrel Bank'] as Org;
    const assign = `mutation($u: ID!, $o: ID!) { assignUserToOrganization(userId: $u, organizationId: $o) { id } }`;
    const unassign = `mutation($u: ID!, $o: ID!) { unassignUserFromOrganization(userId: $u, organizationId: $o) { id } }`;
    await api.ok(assign, { u: consultant.user.id, o: kestrel.id }, admin.accessToken);
    const open = await api.ok<{ organization: Org }>(
      `query($id: ID!) { organization(id: $id) { id name } }`,
      { id: kestrel.id },
      consultant.accessToken,
    );
    expect(open.organization.name).toBe('Kestrel Bank');
    await api.ok(unassign, { u: consultant.user.id, o: kestrel.id }, admin.accessToken);
    expect(
      codes(
        await api.gql(
          `query($id: ID!) { organization(id: $id) { id } }`,
          { id: kestrel.id },
          consultant.accessToken,
        ),
      ),
    ).toEqual(['NOT_FOUND']);
  });

  it('an account manager sees their assigned clients only, and cannot create organisations', async () => {
    const list = await api.ok<{ organizations: { edges: { node: Org }[] } }>(
      ORGS,
      {},
      accountManager.accessToken,
    );
    // Other test files assign this account manager to organisations of their own; Kestrel Bank
    // is never assigned, so it must never show.
    const names = list.organizations.edges.map((e) => e.node.name);
    expect(names).toEqual(expect.arrayContaining(['Acme Manufacturing', 'Helios Health']));
    expect(names).not.toContain('Kestrel Bank');
    const create = await api.gql(
      `mutation { createClientOrganization(input: { name: "Sneaky", timeZone: "UTC", country: "DE", sector: "x" }) { id } }`,
      {},
      accountManager.accessToken,
    );
    expect(codes(create)).toEqual(['FORBIDDEN']);
  });
});

describe('row-level security in the database itself', () => {
  const tables = [
    'organizations',
    'users',
    'organization_assignments',
    'invitations',
    'refresh_tokens',
    'audit_log',
  ];

  async function withClient<T>(url: string, work: (c: Client) => Promise<T>): Promise<T> {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  }

  it('the application role with no tenant setting reads zero rows from every tenant table', async () => {
    await withClient(process.env['DATABASE_URL'] as string, async (c) => {
      for (const table of tables) {
        const r = await c.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`);
        expect({ table, rows: Number(r.rows[0]?.n) }).toEqual({ table, rows: 0 });
      }
      // With every organisation visible, the same role does see the seeded rows.
      await c.query('BEGIN');
      await c.query(`SELECT set_config('app.all_orgs', 'on', true)`);
      const r = await c.query<{ n: string }>('SELECT count(*) AS n FROM organizations');
      expect(Number(r.rows[0]?.n)).toBeGreaterThanOrEqual(4);
      await c.query('COMMIT');
      // The setting was transaction-local: it is gone now.
      const after = await c.query<{ n: string }>('SELECT count(*) AS n FROM users');
      expect(Number(after.rows[0]?.n)).toBe(0);
    });
  });

  it('the application role owns no table and cannot bypass row-level security', async () => {
    await withClient(process.env['DATABASE_URL'] as string, async (c) => {
      const role = await c.query<{ rolbypassrls: boolean; rolsuper: boolean }>(
        'SELECT rolbypassrls, rolsuper FROM pg_roles WHERE rolname = current_user',
      );
      expect(role.rows[0]).toEqual({ rolbypassrls: false, rolsuper: false });
      const owned = await c.query(
        `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user`,
      );
      expect(owned.rows).toEqual([]);
      const rls = await c.query<{
        relname: string;
        relrowsecurity: boolean;
        relforcerowsecurity: boolean;
      }>(
        `SELECT relname, relrowsecurity, relforcerowsecurity FROM pg_class WHERE relname = ANY($1) ORDER BY relname`,
        [tables],
      );
      expect(rls.rows).toHaveLength(tables.length);
      for (const row of rls.rows)
        expect(row).toMatchObject({ relrowsecurity: true, relforcerowsecurity: true });
    });
  });

  it('scoped to one organisation, the application role sees only that organisation’s users', async () => {
    await withClient(process.env['DATABASE_URL'] as string, async (c) => {
      await c.query('BEGIN');
      await c.query(`SELECT set_config('app.all_orgs', 'on', true)`);
      const acme = await c.query<{ id: string }>(
        `SELECT id FROM organizations WHERE slug = 'acme-manufacturing'`,
      );
      await c.query('COMMIT');
      const acmeId = acme.rows[0]?.id as string;
      await c.query('BEGIN');
      await c.query(`SELECT set_config('app.org_ids', $1, true)`, [acmeId]);
      const orgs = await c.query<{ organization_id: string }>(
        'SELECT DISTINCT organization_id FROM users',
      );
      expect(orgs.rows.map((r) => r.organization_id)).toEqual([acmeId]);
      // Writing a row into another organisation is refused by the policy's check.
      const other = await c
        .query(
          `INSERT INTO audit_log (organization_id, actor_kind, action, target_type) VALUES (gen_random_uuid(), 'user', 'x', 'y')`,
        )
        .catch((e: Error) => e);
      expect(other).toBeInstanceOf(Error);
      expect((other as Error).message).toMatch(/row-level security/);
      await c.query('ROLLBACK');
    });
  });

  it('audit rows cannot be changed or deleted, not even by the owner', async () => {
    await withClient(process.env['DATABASE_URL'] as string, async (c) => {
      await c.query('BEGIN');
      await c.query(`SELECT set_config('app.all_orgs', 'on', true)`);
      const n = await c.query<{ n: string }>('SELECT count(*) AS n FROM audit_log');
      expect(Number(n.rows[0]?.n)).toBeGreaterThan(0);
      const update = await c
        .query(`UPDATE audit_log SET action = 'tampered'`)
        .catch((e: Error) => e);
      expect((update as Error).message).toMatch(/permission denied/);
      await c.query('ROLLBACK');
      await c.query('BEGIN');
      await c.query(`SELECT set_config('app.all_orgs', 'on', true)`);
      const del = await c.query('DELETE FROM audit_log').catch((e: Error) => e);
      expect((del as Error).message).toMatch(/permission denied/);
      await c.query('ROLLBACK');
    });
    await withClient(process.env['DATABASE_OWNER_URL'] as string, async (c) => {
      await c.query('BEGIN');
      await c.query(`SELECT set_config('app.all_orgs', 'on', true)`);
      const update = await c
        .query(`UPDATE audit_log SET action = 'tampered'`)
        .catch((e: Error) => e);
      expect((update as Error).message).toMatch(/cannot be changed or deleted/);
      await c.query('ROLLBACK');
    });
  });
});
