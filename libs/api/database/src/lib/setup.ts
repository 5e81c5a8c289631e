import { Client, escapeIdentifier, escapeLiteral } from 'pg';
import { DataSource } from 'typeorm';

interface RoleSpec {
  name: string;
  password: string;
}

function roleFrom(url: string): RoleSpec {
  const u = new URL(url);
  return { name: decodeURIComponent(u.username), password: decodeURIComponent(u.password) };
}

/**
 * Creates the two database roles and the database, idempotently. Runs as a superuser
 * (DATABASE_ADMIN_URL). The owner role owns the schema and runs migrations; the application role
 * owns nothing and cannot bypass row-level security.
 */
export async function ensureRolesAndDatabase(
  adminUrl: string,
  ownerUrl: string,
  appUrl: string,
  database: string,
): Promise<void> {
  const owner = roleFrom(ownerUrl);
  const app = roleFrom(appUrl);
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    for (const [role, extra] of [
      [owner, 'NOSUPERUSER NOCREATEROLE NOBYPASSRLS'],
      [app, 'NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT'],
    ] as const) {
      const exists = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role.name]);
      const verb = exists.rowCount ? 'ALTER' : 'CREATE';
      const password = role.password ? `PASSWORD ${escapeLiteral(role.password)}` : '';
      await admin.query(`${verb} ROLE ${escapeIdentifier(role.name)} LOGIN ${extra} ${password}`);
    }
    // The look-up functions the owner defines (see the initial migration) set this for themselves.
    await admin.query(`GRANT SET ON PARAMETER app.all_orgs TO ${escapeIdentifier(owner.name)}`);
    const db = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!db.rowCount) {
      await admin.query(
        `CREATE DATABASE ${escapeIdentifier(database)} OWNER ${escapeIdentifier(owner.name)}`,
      );
    }
  } finally {
    await admin.end();
  }
  const dbUrl = new URL(adminUrl);
  dbUrl.pathname = `/${database}`;
  const inDb = new Client({ connectionString: dbUrl.toString() });
  await inDb.connect();
  try {
    await inDb.query(`ALTER SCHEMA public OWNER TO ${escapeIdentifier(owner.name)}`);
    await inDb.query('REVOKE ALL ON SCHEMA public FROM PUBLIC');
    await inDb.query(`GRANT USAGE ON SCHEMA public TO ${escapeIdentifier(app.name)}`);
  } finally {
    await inDb.end();
  }
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, ''));
}

/** The SQL that would make the schema match the entities: empty when entities and migrations agree. */
export async function schemaDiff(ds: DataSource): Promise<string[]> {
  const sql = await ds.driver.createSchemaBuilder().log();
  return sql.upQueries.map((q) => q.query);
}
