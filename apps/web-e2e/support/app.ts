import AxeBuilder from '@axe-core/playwright';
import { expect, Page } from '@playwright/test';

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
