import { expect, test } from '@playwright/test';
import { ACCOUNTS, signIn } from '../support/app';

test('a provider admin creates a client organisation, finds it through search, and offboards it', async ({
  page,
}) => {
  const name = `Zephyr Analytics ${Date.now().toString(36)}`;
  await signIn(page, ACCOUNTS.providerAdmin);
  await page.getByTestId('new-client').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: 'New client organisation' })).toBeVisible();
  await dialog.getByTestId('org-name').fill(name);
  await dialog.getByTestId('org-time-zone').fill('Europe/Lisbon');
  await page.keyboard.press('Escape'); // close the time zone suggestions, not the dialog
  await dialog.getByTestId('org-country').fill('PT');
  await dialog.getByTestId('org-sector').fill('Analytics');
  await dialog.getByTestId('save-org').click();
  await expect(dialog).toBeHidden();

  await page.getByTestId('clients-search').fill('Zephyr');
  await expect(page).toHaveURL(/[?&]q=Zephyr/);
  const row = page.getByTestId('client-row').filter({ hasText: name });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Europe/Lisbon');

  // The search survives a reload: it lives in the URL.
  await page.reload();
  await expect(page.getByTestId('client-row').filter({ hasText: name })).toHaveCount(1);

  await row.getByRole('button', { name: `Offboard ${name}` }).click();
  await page.getByRole('dialog').getByTestId('confirm').click();
  await expect(page.getByTestId('client-row').filter({ hasText: name })).toContainText(
    'Offboarded',
  );
});

test('an account manager sees only their clients, read-only', async ({ page }) => {
  await signIn(page, ACCOUNTS.accountManager);
  const rows = page.getByTestId('client-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('Acme Manufacturing');
  await expect(rows.nth(1)).toContainText('Helios Health');
  await expect(page.getByTestId('new-client')).toHaveCount(0);
});
