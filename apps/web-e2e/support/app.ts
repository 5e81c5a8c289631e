import AxeBuilder from '@axe-core/playwright';
import { APIRequestContext, expect, Page } from '@playwright/test';

export const PASSWORD = 'Vigil-demo-2026!';

export const ACCOUNTS = {
  providerAdmin: 'admin@northwatch.test',
  accountManager: 'am@northwatch.test',
  consultant: 'consultant@northwatch.test',
  acmeAdmin: 'admin@acme.test',
  acmeViewer: 'viewer@acme.test',
  heliosAdmin: 'admin@helios.test',
} as const;

/** Signs in through the sign-in page and waits to land on a signed-in page. */
export async function signIn(page: Page, email: string, password = PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
}

/** The labels of the main navigation, in order. */
export async function navLabels(page: Page): Promise<string[]> {
  const links = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
  return (await links.allTextContents()).map((t) => t.trim());
}

/** axe-core on the page as it is now: no serious or critical violations. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  // Scan what the user ends up seeing: colours mid-transition (a theme switch, a tab's ink)
  // would otherwise be measured half-way. Endless animations (spinners) are not waited for.
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join('; ')}`,
    );
  expect(bad, `accessibility violations on ${what}`).toEqual([]);
}

/** One GraphQL call as `token`'s user; fails the test on any error. */
export async function gql<T>(
  request: APIRequestContext,
  token: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const res = await request.post('/graphql', {
    data: { query, variables },
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  expect(res.ok()).toBe(true);
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  expect(body.errors ?? []).toEqual([]);
  return body.data as T;
}

export async function tokenOf(request: APIRequestContext, email: string): Promise<string> {
  const data = await gql<{ login: { accessToken: string } }>(
    request,
    null,
    'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { email, password: PASSWORD } },
  );
  return data.login.accessToken;
}

/** Acme's regulatory profile takes in EU GDPR (over whatever version it is at). */
export async function acmeUnderGdpr(request: APIRequestContext): Promise<string> {
  const admin = await tokenOf(request, ACCOUNTS.providerAdmin);
  const orgs = await gql<{ organizations: { edges: { node: { id: string; name: string } }[] } }>(
    request,
    admin,
    'query { organizations(filter: { search: "Acme" }, first: 5) { edges { node { id name } } } }',
  );
  const acme = orgs.organizations.edges.find((e) => e.node.name === 'Acme Manufacturing');
  expect(acme).toBeDefined();
  const organizationId = acme?.node.id as string;
  const { regulatoryProfile } = await gql<{
    regulatoryProfile: { regimes: string[]; version: number };
  }>(
    request,
    admin,
    'query ($id: ID!) { regulatoryProfile(organizationId: $id) { regimes version } }',
    { id: organizationId },
  );
  await gql(
    request,
    admin,
    'mutation ($input: SaveRegulatoryProfileInput!) { saveRegulatoryProfile(input: $input) { version } }',
    {
      input: {
        organizationId,
        regimes: [...new Set([...regulatoryProfile.regimes, 'EU_GDPR'])],
        expectedVersion: regulatoryProfile.version,
      },
    },
  );
  return organizationId;
}
