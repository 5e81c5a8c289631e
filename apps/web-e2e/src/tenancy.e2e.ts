import { expect, test } from '@playwright/test';
import { ACCOUNTS, signIn } from '../support/app';

const OTHER_ORGANISATIONS = ['Helios Health', 'Kestrel Bank', 'Northwatch Incident Response'];

test('a client user of Acme never sees another organisation’s name on any page', async ({
  page,
}) => {
  const seen: string[] = [];
  page.on('response', async (response) => {
    if (response.url().endsWith('/graphql')) seen.push(await response.text().catch(() => ''));
  });
  await signIn(page, ACCOUNTS.acmeAdmin);
  for (const path of [
    '/portal',
    '/portal/organization',
    '/portal/retainer',
    '/portal/audit',
    '/profile',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    const text = await page.locator('body').innerText();
    for (const name of OTHER_ORGANISATIONS)
      expect(text, `${path} shows ${name}`).not.toContain(name);
    expect(text).toContain('Acme Manufacturing');
  }
  // Nor does any answer the browser received carry another organisation's name.
  for (const body of seen) for (const name of OTHER_ORGANISATIONS) expect(body).not.toContain(name);
});
