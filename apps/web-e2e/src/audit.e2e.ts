import { expect, test } from '@playwright/test';
import { ACCOUNTS, PASSWORD, signIn } from '../support/app';

test('a provider admin pages through the audit log and back, and the page survives a reload', async ({
  page,
  request,
}) => {
  // Enough sign-ins for more than one page of 20.
  for (let i = 0; i < 21; i += 1) {
    const res = await request.post('/graphql', {
      data: {
        query: 'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
        variables: { input: { email: ACCOUNTS.providerAdmin, password: PASSWORD } },
      },
    });
    expect(res.ok()).toBe(true);
  }
  await signIn(page, ACCOUNTS.providerAdmin);
  await page.goto('/provider/audit?action=auth.signed_in');
  const pager = page.getByRole('navigation', { name: 'Pages of the audit log' });
  await expect(pager).toContainText(/^1–20 of \d+/);
  await expect(pager.getByRole('button', { name: 'Previous' })).toBeDisabled();

  await pager.getByRole('button', { name: 'Next' }).click();
  await expect(page).toHaveURL(/[?&]cursors=/);
  await expect(pager).toContainText(/^21–\d+ of \d+/);
  await page.reload();
  await expect(pager).toContainText(/^21–\d+ of \d+/);

  await pager.getByRole('button', { name: 'Previous' }).click();
  await expect(pager).toContainText(/^1–20 of \d+/);
  await expect(page).not.toHaveURL(/cursors=/);
});

test('a page link whose cursor the API refuses starts again at page 1', async ({ page }) => {
  await signIn(page, ACCOUNTS.providerAdmin);
  await page.goto('/provider/clients?cursors=not-a-cursor');
  await expect(page).not.toHaveURL(/cursors=/);
  await expect(page.getByTestId('client-row').first()).toBeVisible();
});
