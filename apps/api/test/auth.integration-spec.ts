import { DEMO_USERS } from '@vigil/api/fixtures';
import { codes, LOGIN, startApi, TestApi } from './support/harness';

const ME = '{ me { id email role organization { name } } }';
const REFRESH = `mutation Refresh($input: RefreshInput!) {
  refreshToken(input: $input) { accessToken refreshToken user { id role } }
}`;

describe('signing in and sessions', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it.each(DEMO_USERS.map((u) => [u.role, u.email] as const))(
    '%s (%s) signs in, refreshes with rotation, and a reused refresh token ends the session',
    async (role, email) => {
      const first = await api.login(email);
      expect(first.user.role).toBe(role);
      const me = await api.ok<{ me: { email: string; role: string } }>(ME, {}, first.accessToken);
      expect(me.me).toMatchObject({ email, role });

      const rotated = await api.ok<{ refreshToken: { accessToken: string; refreshToken: string } }>(
        REFRESH,
        {
          input: { refreshToken: first.refreshToken },
        },
      );
      expect(rotated.refreshToken.refreshToken).not.toBe(first.refreshToken);
      await api.ok(ME, {}, rotated.refreshToken.accessToken);

      // The old refresh token was used once already: presenting it again is theft or a bug.
      const reused = await api.gql(REFRESH, { input: { refreshToken: first.refreshToken } });
      expect(codes(reused)).toEqual(['UNAUTHENTICATED']);
      expect(reused.errors?.[0]?.message).toMatch(/already used/);

      // The whole family is gone: the newest refresh token and its access token stop working too.
      const after = await api.gql(REFRESH, {
        input: { refreshToken: rotated.refreshToken.refreshToken },
      });
      expect(codes(after)).toEqual(['UNAUTHENTICATED']);
      expect(codes(await api.gql(ME, {}, rotated.refreshToken.accessToken))).toEqual([
        'UNAUTHENTICATED',
      ]);
    },
  );

  it('refuses a wrong password without saying whether the account exists', async () => {
    const wrong = await api.gql(LOGIN, {
      input: { email: 'admin@northwatch.test', password: 'not-the-password' },
    });
    const unknown = await api.gql(LOGIN, {
      input: { email: 'nobody@northwatch.test', password: 'not-the-password' },
    });
    expect(codes(wrong)).toEqual(['UNAUTHENTICATED']);
    expect(wrong.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message);
  });

  it('logout ends the session: the access and refresh tokens stop working', async () => {
    const session = await api.login('viewer@acme.test');
    await api.ok('mutation { logout }', {}, session.accessToken);
    expect(codes(await api.gql(ME, {}, session.accessToken))).toEqual(['UNAUTHENTICATED']);
    expect(
      codes(await api.gql(REFRESH, { input: { refreshToken: session.refreshToken } })),
    ).toEqual(['UNAUTHENTICATED']);
  });

  it('a browser keeps its refresh token in an HttpOnly cookie and refreshes without sending it in the body', async () => {
    const login = await api.gql(LOGIN, {
      input: { email: 'am@northwatch.test', password: 'Vigil-demo-2026!' },
    });
    const setCookie = login.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^vigil_refresh=[^;]+;.*HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Path=\/graphql/);
    const cookie = setCookie.split(';')[0] as string;
    const refreshed = await api.gql<{
      refreshToken: { accessToken: string; user: { role: string } };
    }>('mutation { refreshToken { accessToken user { role } } }', {}, undefined, { cookie });
    expect(refreshed.errors).toBeUndefined();
    expect(refreshed.data?.refreshToken.user.role).toBe('ACCOUNT_MANAGER');
    const rotatedCookie = (refreshed.headers.get('set-cookie') ?? '').split(';')[0] as string;
    expect(rotatedCookie).not.toBe(cookie);
    // Sign-out clears the cookie.
    const out = await api.gql('mutation { logout }', {}, refreshed.data?.refreshToken.accessToken);
    expect(out.headers.get('set-cookie')).toMatch(/^vigil_refresh=;.*Expires=Thu, 01 Jan 1970/);
    const none = await api.gql('mutation { refreshToken { accessToken } }');
    expect(codes(none)).toEqual(['UNAUTHENTICATED']);
  });

  it('an operation without a token is UNAUTHENTICATED, with a tampered token too', async () => {
    expect(codes(await api.gql(ME))).toEqual(['UNAUTHENTICATED']);
    const session = await api.login('viewer@acme.test');
    const tampered =
      session.accessToken.slice(0, -2) + (session.accessToken.endsWith('A') ? 'BB' : 'AA');
    expect(codes(await api.gql(ME, {}, tampered))).toEqual(['UNAUTHENTICATED']);
  });
});

describe('sign-in rate limits', () => {
  it('locks an account after repeated failures, even for the right password, and says for how long', async () => {
    const api = await startApi({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '3' });
    try {
      for (let i = 0; i < 3; i += 1) {
        const r = await api.gql(LOGIN, {
          input: { email: 'admin@kestrel.test', password: 'wrong-password-1' },
        });
        expect(codes(r)).toEqual(['UNAUTHENTICATED']);
      }
      const locked = await api.gql(LOGIN, {
        input: { email: 'admin@kestrel.test', password: 'Vigil-demo-2026!' },
      });
      expect(codes(locked)).toEqual(['RATE_LIMITED']);
      expect(locked.errors?.[0]?.message).toMatch(
        /Too many failed sign-in attempts for this account\. Try again in \d+ minutes?/,
      );
      expect(locked.errors?.[0]?.extensions['retryAfterSeconds']).toBeGreaterThan(0);
      // Another account from the same address is not affected by this account's lock.
      await api.login('admin@helios.test');
    } finally {
      await api.close();
    }
  });

  it('limits failures per address across accounts', async () => {
    const api = await startApi({
      LOGIN_MAX_FAILURES_PER_ADDRESS: '4',
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '100',
    });
    try {
      for (let i = 0; i < 4; i += 1) {
        await api.gql(LOGIN, {
          input: { email: `guess${i}@example.com`, password: 'wrong-password-1' },
        });
      }
      const r = await api.gql(LOGIN, {
        input: { email: 'admin@helios.test', password: 'Vigil-demo-2026!' },
      });
      expect(codes(r)).toEqual(['RATE_LIMITED']);
      expect(r.errors?.[0]?.message).toMatch(/from your address/);
    } finally {
      await api.close();
    }
  });
});
