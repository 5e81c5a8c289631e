import { randomBytes } from 'node:crypto';
import { dbCli, withDatabase } from './spawn-db-cli';

const DEFAULT_APP_URL = 'postgres://vigil_app:vigil_app@127.0.0.1:5432/vigil';
const DEFAULT_OWNER_URL = 'postgres://vigil_owner:vigil_owner@127.0.0.1:5432/vigil';

/** One fresh database for the whole run, seeded with the demo; its name travels in the environment. */
export default function globalSetup(): void {
  const name = `vigil_test_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`;
  dbCli('create', name, '--seed');
  process.env['VIGIL_TEST_DATABASE'] = name;
  process.env['DATABASE_URL'] = withDatabase(process.env['DATABASE_URL'] || DEFAULT_APP_URL, name);
  process.env['DATABASE_OWNER_URL'] = withDatabase(
    process.env['DATABASE_OWNER_URL'] || DEFAULT_OWNER_URL,
    name,
  );
  process.env['QUEUE_PREFIX'] = name.replace(/_/g, '-');
  process.env['LOG_LEVEL'] = process.env['LOG_LEVEL'] ?? 'silent';
  process.env['NODE_ENV'] = 'test';
}
