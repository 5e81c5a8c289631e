import { expect, test } from '@playwright/test';
import { ACCOUNTS, expectAccessible, signIn } from '../support/app';

test('the sign-in and invitation pages have no serious accessibility violations', async ({
  page,
}) => {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectAccessible(page, '/sign-in');
  await page.goto('/accept-invitation?token=not-a-real-token-but-long-enough');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expectAccessible(page, '/accept-invitation');
});

const PAGES: [string, string[]][] = [
  [
    ACCOUNTS.providerAdmin,
    [
      '/provider/engagements',
      '/provider/clients',
      '/provider/retainers',
      '/provider/time',
      '/provider/approvals',
      '/provider/people',
      '/provider/audit',
      '/profile',
      '/no-such-page',
    ],
  ],
  [
    ACCOUNTS.acmeAdmin,
    [
      '/portal',
      '/portal/incidents',
      '/portal/incidents/report',
      '/portal/organization',
      '/portal/retainer',
      '/portal/audit',
      '/profile',
    ],
  ],
];

for (const [email, paths] of PAGES) {
  test(`every page ${email} can open has no serious accessibility violations`, async ({ page }) => {
    await signIn(page, email);
    for (const path of paths) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await page.waitForLoadState('networkidle');
      await expectAccessible(page, path);
    }
  });
}

test('the dark theme has no serious accessibility violations either', async ({ page }) => {
  await signIn(page, ACCOUNTS.providerAdmin);
  await page.getByTestId('theme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.waitForLoadState('networkidle');
  await expectAccessible(page, '/provider/clients (dark)');
});
