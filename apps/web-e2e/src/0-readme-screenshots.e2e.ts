import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { ACCOUNTS, signIn } from '../support/app';

const DIR = join(__dirname, '..', '..', '..', 'docs', 'screenshots');

// Runs first (files run in name order), so the pictures show the demo data only.
test.use({ viewport: { width: 1280, height: 800 } });

test('screenshots of the provider console and the client portal for the README', async ({
  page,
}) => {
  mkdirSync(DIR, { recursive: true });
  await signIn(page, ACCOUNTS.providerAdmin);
  await page.goto('/provider/clients');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: join(DIR, 'provider-console.png') });

  await page.getByTestId('account-menu').click();
  await page.getByRole('menuitem', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await signIn(page, ACCOUNTS.acmeAdmin);
  await page.goto('/portal');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: join(DIR, 'client-portal.png') });
});
