import { expect, test } from '@playwright/test';
import { ACCOUNTS, signIn } from '../support/app';

test('a client admin invites a colleague, who accepts in a fresh browser and signs in', async ({
  page,
  browser,
}) => {
  const email = `colleague-${Date.now().toString(36)}@acme.test`;
  await signIn(page, ACCOUNTS.acmeAdmin);
  await page.goto('/portal/organization');
  await page.getByTestId('invite-open').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByTestId('invite-email').fill(email);
  await dialog.getByTestId('invite-role').click();
  await page.getByRole('option', { name: 'Client viewer' }).click();
  await dialog.getByTestId('invite-submit').click();
  const link = (await dialog.getByTestId('invite-link').textContent())?.trim() ?? '';
  expect(link).toMatch(/\/accept-invitation\?token=/);

  // The invitee opens the link in a browser of their own.
  const context = await browser.newContext();
  const invitee = await context.newPage();
  await invitee.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  await expect(invitee.getByText(`You are invited to Acme Manufacturing`)).toBeVisible();
  await invitee.getByTestId('accept-name').fill('Casey Colleague');
  await invitee.getByTestId('accept-password').fill('a-long-enough-password');
  await invitee.getByTestId('accept-password-confirm').fill('a-long-enough-password');
  await invitee.getByTestId('accept-submit').click();
  await expect(invitee).toHaveURL(/\/portal$/);
  await expect(invitee.getByTestId('portal-greeting')).toHaveText('Welcome, Casey Colleague');

  // Signed out, they can sign in with the password they chose.
  await invitee.getByTestId('account-menu').click();
  await invitee.getByRole('menuitem', { name: 'Sign out', exact: true }).click();
  await signIn(invitee, email, 'a-long-enough-password');
  await expect(invitee.getByTestId('org-in-focus')).toHaveText('Acme Manufacturing');
  await context.close();
});
