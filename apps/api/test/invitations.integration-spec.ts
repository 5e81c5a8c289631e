import { randomBytes } from 'node:crypto';
import { INestApplicationContext } from '@nestjs/common';
import {
  codes,
  eventually,
  LOGIN,
  Session,
  startApi,
  startWorker,
  TestApi,
} from './support/harness';

const INVITE = `mutation($input: InviteUserInput!) {
  inviteUser(input: $input) { link invitation { id email role status expiresAt } }
}`;
const ACCEPT = `mutation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) { accessToken user { id email name role timeZone organizationId } }
}`;
const INVITATIONS = `query($org: ID!, $status: InvitationStatus) {
  invitations(organizationId: $org, status: $status) { totalCount edges { node { id status } } }
}`;

function tokenOf(link: string): string {
  return new URL(link).searchParams.get('token') ?? '';
}

describe('invitations', () => {
  let api: TestApi;
  let acmeAdmin: Session;
  let admin: Session;

  beforeAll(async () => {
    api = await startApi();
    acmeAdmin = await api.login('admin@acme.test');
    admin = await api.login('admin@northwatch.test');
  });
  afterAll(() => api.close());

  it('a client admin invites a colleague, who accepts with a name and password and can then sign in', async () => {
    const invited = await api.ok<{
      inviteUser: { link: string; invitation: { status: string; role: string } };
    }>(
      INVITE,
      {
        input: {
          organizationId: acmeAdmin.user.organizationId,
          email: 'New.Colleague@Acme.test',
          role: 'CLIENT_VIEWER',
        },
      },
      acmeAdmin.accessToken,
    );
    expect(invited.inviteUser.invitation).toMatchObject({
      status: 'PENDING',
      role: 'CLIENT_VIEWER',
    });
    expect(invited.inviteUser.link).toMatch(/\/accept-invitation\?token=/);
    const logged = await api.ok<{
      auditLog: { edges: { node: { actorName: string; changes: Record<string, unknown> } }[] };
    }>(
      `{ auditLog(first: 1, filter: { action: "invitation.created" }) { edges { node { actorName changes } } } }`,
      {},
      acmeAdmin.accessToken,
    );
    expect(logged.auditLog.edges[0]?.node).toEqual({
      actorName: 'Alex Acme',
      changes: { email: 'new.colleague@acme.test', role: 'CLIENT_VIEWER' },
    });
    const token = tokenOf(invited.inviteUser.link);

    const preview = await api.ok<{
      invitationPreview: { organizationName: string; email: string };
    }>(
      `query($t: String!) { invitationPreview(token: $t) { organizationName email role status } }`,
      { t: token },
    );
    expect(preview.invitationPreview).toMatchObject({
      organizationName: 'Acme Manufacturing',
      email: 'new.colleague@acme.test',
    });

    const accepted = await api.ok<{
      acceptInvitation: { user: { name: string; role: string; timeZone: string } };
    }>(ACCEPT, {
      input: { token, name: 'Nia New', password: 'a-long-enough-password' },
    });
    expect(accepted.acceptInvitation.user).toMatchObject({
      name: 'Nia New',
      role: 'CLIENT_VIEWER',
      timeZone: 'America/Chicago',
    });

    const again = await api.gql(ACCEPT, {
      input: { token, name: 'Someone', password: 'a-long-enough-password' },
    });
    expect(codes(again)).toEqual(['BAD_USER_INPUT']);
    expect(again.errors?.[0]?.message).toMatch(/already accepted/);

    const session = await api.login('new.colleague@acme.test', 'a-long-enough-password');
    expect(session.user.role).toBe('CLIENT_VIEWER');
  });

  it('a changed role or a deactivated account stops the old token at once', async () => {
    const nia = await api.login('new.colleague@acme.test', 'a-long-enough-password');
    const ME = '{ me { id role } }';
    expect((await api.ok<{ me: { role: string } }>(ME, {}, nia.accessToken)).me.role).toBe(
      'CLIENT_VIEWER',
    );
    await api.ok(
      `mutation($id: ID!) { changeUserRole(input: { userId: $id, role: CLIENT_ADMIN }) { id } }`,
      { id: nia.user.id },
      acmeAdmin.accessToken,
    );
    const changed = await api.gql(ME, {}, nia.accessToken);
    expect(codes(changed)).toEqual(['UNAUTHENTICATED']);
    expect(changed.errors?.[0]?.message).toBe(
      'Your access has changed. Sign in again to continue.',
    );

    const again = await api.login('new.colleague@acme.test', 'a-long-enough-password');
    expect(again.user.role).toBe('CLIENT_ADMIN');
    await api.ok(
      `mutation($id: ID!) { deactivateUser(userId: $id) { id } }`,
      { id: nia.user.id },
      acmeAdmin.accessToken,
    );
    const gone = await api.gql(ME, {}, again.accessToken);
    expect(codes(gone)).toEqual(['UNAUTHENTICATED']);
    expect(gone.errors?.[0]?.message).toBe('Your session has ended. Sign in again.');
  });

  it('a client admin cannot hand out provider roles', async () => {
    const r = await api.gql(
      INVITE,
      {
        input: {
          organizationId: acmeAdmin.user.organizationId,
          email: 'x@acme.test',
          role: 'CONSULTANT',
        },
      },
      acmeAdmin.accessToken,
    );
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors?.[0]?.extensions.field).toBe('input.role');
  });

  it('a revoked invitation cannot be accepted', async () => {
    const invited = await api.ok<{ inviteUser: { link: string; invitation: { id: string } } }>(
      INVITE,
      {
        input: {
          organizationId: acmeAdmin.user.organizationId,
          email: 'revoked@acme.test',
          role: 'CLIENT_VIEWER',
        },
      },
      admin.accessToken,
    );
    await api.ok(
      `mutation($id: ID!) { revokeInvitation(id: $id) { status } }`,
      { id: invited.inviteUser.invitation.id },
      acmeAdmin.accessToken,
    );
    const r = await api.gql(ACCEPT, {
      input: {
        token: tokenOf(invited.inviteUser.link),
        name: 'R',
        password: 'a-long-enough-password',
      },
    });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors?.[0]?.message).toMatch(/revoked/);
  });

  it('an email that already has an account cannot be invited again', async () => {
    const r = await api.gql(
      INVITE,
      {
        input: {
          organizationId: acmeAdmin.user.organizationId,
          email: 'viewer@acme.test',
          role: 'CLIENT_VIEWER',
        },
      },
      acmeAdmin.accessToken,
    );
    expect(codes(r)).toEqual(['CONFLICT']);
    expect(r.errors?.[0]?.extensions.field).toBe('input.email');
  });

  it('an unknown token is not found', async () => {
    const r = await api.gql(ACCEPT, {
      input: { token: 'x'.repeat(43), name: 'N', password: 'a-long-enough-password' },
    });
    expect(codes(r)).toEqual(['NOT_FOUND']);
  });
});

describe('invitation expiry by the worker', () => {
  let api: TestApi;
  let worker: INestApplicationContext | null = null;
  const prefix = `${process.env['QUEUE_PREFIX'] ?? 'vigil-test'}-expiry-${randomBytes(3).toString('hex')}`;

  beforeAll(async () => {
    api = await startApi({ INVITATION_TTL_SECONDS: '2', QUEUE_PREFIX: prefix });
  });
  afterAll(async () => {
    await worker?.close();
    await api.close();
  });

  it('the worker marks an invitation expired when its time is up, and it can no longer be accepted', async () => {
    worker = await startWorker({ QUEUE_PREFIX: prefix });
    const admin = await api.login('admin@northwatch.test');
    const helios = await api.login('admin@helios.test');
    const invited = await api.ok<{ inviteUser: { link: string; invitation: { id: string } } }>(
      INVITE,
      {
        input: {
          organizationId: helios.user.organizationId,
          email: 'late@helios.test',
          role: 'CLIENT_VIEWER',
        },
      },
      admin.accessToken,
    );
    const id = invited.inviteUser.invitation.id;
    await eventually(
      async () => {
        const r = await api.ok<{ invitations: { edges: { node: { id: string } }[] } }>(
          INVITATIONS,
          { org: helios.user.organizationId, status: 'EXPIRED' },
          admin.accessToken,
        );
        return r.invitations.edges.some((e) => e.node.id === id);
      },
      20000,
      'the worker to expire the invitation',
    );
    const r = await api.gql(ACCEPT, {
      input: {
        token: tokenOf(invited.inviteUser.link),
        name: 'Late',
        password: 'a-long-enough-password',
      },
    });
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors?.[0]?.message).toMatch(/expired/);
    const audit = await api.ok<{
      auditLog: { edges: { node: { actorKind: string; actorName: string; targetId: string } }[] };
    }>(
      `{ auditLog(filter: { action: "invitation.expired" }) { edges { node { actorKind actorName targetId } } } }`,
      {},
      admin.accessToken,
    );
    expect(audit.auditLog.edges.map((e) => e.node)).toContainEqual({
      actorKind: 'system',
      actorName: 'Vigil',
      targetId: id,
    });
  });

  it('an invitation whose alarm Redis lost is expired by the sweep when the worker starts', async () => {
    await worker?.close();
    worker = null;
    const admin = await api.login('admin@northwatch.test');
    const kestrel = await api.login('admin@kestrel.test');
    const invited = await api.ok<{ inviteUser: { invitation: { id: string } } }>(
      INVITE,
      {
        input: {
          organizationId: kestrel.user.organizationId,
          email: 'lost@kestrel.test',
          role: 'CLIENT_VIEWER',
        },
      },
      admin.accessToken,
    );
    // Simulate Redis losing its data: remove every key of this queue prefix.
    const { default: Redis } = await import('ioredis');
    const redis = new Redis(process.env['REDIS_URL'] || 'redis://127.0.0.1:6379');
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
    await new Promise((r) => setTimeout(r, 2500));
    worker = await startWorker({ QUEUE_PREFIX: prefix });
    const expired = await api.ok<{ invitations: { edges: { node: { id: string } }[] } }>(
      INVITATIONS,
      { org: kestrel.user.organizationId, status: 'EXPIRED' },
      admin.accessToken,
    );
    expect(expired.invitations.edges.map((e) => e.node.id)).toContain(
      invited.inviteUser.invitation.id,
    );
    expect(
      codes(
        await api.gql(LOGIN, {
          input: { email: 'lost@kestrel.test', password: 'a-long-enough-password' },
        }),
      ),
    ).toEqual(['UNAUTHENTICATED']);
  });
});
