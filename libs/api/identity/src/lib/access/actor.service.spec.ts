import { OrganizationKind, OrganizationStatus, Role } from '@vigil/shared/domain';
import { actorFromRow } from './actor.service';

const base = {
  id: 'u1',
  organization_id: 'provider',
  status: 'ACTIVE',
  organization_kind: OrganizationKind.PROVIDER,
  organization_status: OrganizationStatus.ACTIVE,
  assigned_organization_ids: ['client-a', 'client-b'],
  session_active: true,
};

describe('what an actor may see', () => {
  it('a provider admin sees every organisation', () => {
    expect(actorFromRow({ ...base, role: Role.PROVIDER_ADMIN }, 's1')).toMatchObject({
      allOrganizations: true,
    });
  });

  it('a consultant sees the provider and their assigned clients only', () => {
    const actor = actorFromRow({ ...base, role: Role.CONSULTANT }, 's1');
    expect(actor.allOrganizations).toBe(false);
    expect(actor.organizationIds).toEqual(['provider', 'client-a', 'client-b']);
  });

  it('a client user sees only their own organisation, whatever assignments say', () => {
    const actor = actorFromRow(
      {
        ...base,
        role: Role.CLIENT_ADMIN,
        organization_id: 'client-a',
        organization_kind: OrganizationKind.CLIENT,
      },
      's1',
    );
    expect(actor.organizationIds).toEqual(['client-a']);
    expect(actor.allOrganizations).toBe(false);
  });
});
