/**
 * Loads the demo: one provider, three client organisations in different time zones, and one user
 * per role (passwords in the README). Safe to run again: existing rows are left as they are.
 *
 *   node -r @swc-node/register tools/db/seed.ts
 */
import { DataSource, EntityManager } from 'typeorm';
import { SYSTEM_ACTOR, loadConfigOrExit } from '@vigil/api/core';
import {
  applyActor,
  dataSourceOptions,
  OrganizationAssignmentEntity,
  OrganizationEntity,
  UserEntity,
} from '@vigil/api/database';
import { hashPassword } from '@vigil/api/identity';
import { OrganizationKind, OrganizationStatus, Role } from '@vigil/shared/domain';

export const DEMO_PASSWORD = 'Vigil-demo-2026!';

interface OrgSeed {
  slug: string;
  kind: OrganizationKind;
  name: string;
  timeZone: string;
  country: string;
  sector: string;
}

export const DEMO_ORGS: OrgSeed[] = [
  { slug: 'northwatch', kind: OrganizationKind.PROVIDER, name: 'Northwatch Incident Response', timeZone: 'Europe/London', country: 'GB', sector: 'Managed security services' },
  { slug: 'acme-manufacturing', kind: OrganizationKind.CLIENT, name: 'Acme Manufacturing', timeZone: 'America/Chicago', country: 'US', sector: 'Manufacturing' },
  { slug: 'helios-health', kind: OrganizationKind.CLIENT, name: 'Helios Health', timeZone: 'Europe/Berlin', country: 'DE', sector: 'Healthcare' },
  { slug: 'kestrel-bank', kind: OrganizationKind.CLIENT, name: 'Kestrel Bank', timeZone: 'Asia/Singapore', country: 'SG', sector: 'Financial services' },
];

export const DEMO_USERS: { email: string; name: string; role: Role; org: string; assigned?: string[] }[] = [
  { email: 'admin@northwatch.test', name: 'Ada Admin', role: Role.PROVIDER_ADMIN, org: 'northwatch' },
  { email: 'am@northwatch.test', name: 'Max Account', role: Role.ACCOUNT_MANAGER, org: 'northwatch', assigned: ['acme-manufacturing', 'helios-health'] },
  { email: 'consultant@northwatch.test', name: 'Cora Consultant', role: Role.CONSULTANT, org: 'northwatch', assigned: ['acme-manufacturing'] },
  { email: 'admin@acme.test', name: 'Alex Acme', role: Role.CLIENT_ADMIN, org: 'acme-manufacturing' },
  { email: 'viewer@acme.test', name: 'Vic Viewer', role: Role.CLIENT_VIEWER, org: 'acme-manufacturing' },
  { email: 'admin@helios.test', name: 'Hana Helios', role: Role.CLIENT_ADMIN, org: 'helios-health' },
  { email: 'admin@kestrel.test', name: 'Kai Kestrel', role: Role.CLIENT_ADMIN, org: 'kestrel-bank' },
];

export async function seedDemo(em: EntityManager): Promise<void> {
  await applyActor(em, SYSTEM_ACTOR);
  const orgs = new Map<string, OrganizationEntity>();
  for (const seed of DEMO_ORGS) {
    let org = await em.findOneBy(OrganizationEntity, { slug: seed.slug });
    org ??= await em.save(em.create(OrganizationEntity, { ...seed, status: OrganizationStatus.ACTIVE }));
    orgs.set(seed.slug, org);
  }
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const seed of DEMO_USERS) {
    const org = orgs.get(seed.org);
    if (!org) throw new Error(`unknown organisation ${seed.org}`);
    let user = await em.findOneBy(UserEntity, { email: seed.email });
    user ??= await em.save(
      em.create(UserEntity, { email: seed.email, name: seed.name, role: seed.role, organizationId: org.id, timeZone: org.timeZone, passwordHash }),
    );
    for (const slug of seed.assigned ?? []) {
      const client = orgs.get(slug);
      if (!client) continue;
      const exists = await em.findOneBy(OrganizationAssignmentEntity, { userId: user.id, organizationId: client.id });
      if (!exists) await em.insert(OrganizationAssignmentEntity, { userId: user.id, organizationId: client.id, assignedById: null });
    }
  }
}

if (require.main === module) {
  const config = loadConfigOrExit();
  const ds = new DataSource(dataSourceOptions(config.databaseUrl));
  ds.initialize()
    .then(() => ds.transaction(seedDemo))
    .then(() => {
      process.stdout.write(`Demo data loaded: ${DEMO_ORGS.length} organisations, ${DEMO_USERS.length} users (password ${DEMO_PASSWORD}).\n`);
      return ds.destroy();
    })
    .catch((e: unknown) => {
      process.stderr.write(`db:seed failed: ${e instanceof Error ? e.message : String(e)}\n`);
      process.exit(1);
    });
}
