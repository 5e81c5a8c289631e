import { randomBytes } from 'node:crypto';
import { Client, escapeIdentifier } from 'pg';
import { DataSource } from 'typeorm';
import { applyActor, dataSourceOptions, ensureRolesAndDatabase } from '@vigil/api/database';
import { loadConfig, SYSTEM_ACTOR } from '@vigil/api/core';
import { seedDemo } from '@vigil/api/fixtures';
import { withDatabase } from './spawn-db-cli';

export function newDatabaseName(prefix = 'vigil_test'): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
}

/** Creates a database with both roles, runs every migration as the owner, and optionally seeds the demo. */
export async function createTestDatabase(
  name: string,
  options: { seed: boolean },
): Promise<{ appUrl: string; ownerUrl: string }> {
  const config = loadConfig();
  const appUrl = withDatabase(config.databaseUrl, name);
  const ownerUrl = withDatabase(config.databaseOwnerUrl, name);
  await ensureRolesAndDatabase(
    config.databaseAdminUrl,
    config.databaseOwnerUrl,
    config.databaseUrl,
    name,
  );
  const owner = new DataSource(dataSourceOptions(ownerUrl));
  await owner.initialize();
  try {
    await owner.runMigrations({ transaction: 'each' });
  } finally {
    await owner.destroy();
  }
  if (options.seed) {
    const app = new DataSource(dataSourceOptions(appUrl));
    await app.initialize();
    try {
      await app.transaction(async (em) => {
        await applyActor(em, SYSTEM_ACTOR);
        await seedDemo(em);
      });
    } finally {
      await app.destroy();
    }
  }
  return { appUrl, ownerUrl };
}

export async function dropTestDatabase(name: string): Promise<void> {
  const admin = new Client({ connectionString: loadConfig().databaseAdminUrl });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${escapeIdentifier(name)} WITH (FORCE)`);
  } finally {
    await admin.end();
  }
}
