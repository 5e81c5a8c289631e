import { expect, test } from '@playwright/test';
import { ACCOUNTS, signIn } from '../support/app';

test('an account manager opens a retainer, a consultant logs time, the manager approves it, and the client sees the balance', async ({
  browser,
}) => {
  const year = new Date().getUTCFullYear();
  // The account manager creates and activates a 10-hour retainer for Acme.
  const am = await (await browser.newContext()).newPage();
  await signIn(am, ACCOUNTS.accountManager);
  await am.goto('/provider/retainers');
  await am.getByTestId('new-retainer').click();
  const dialog = am.getByRole('dialog');
  await dialog.getByTestId('retainer-client').fill('Acme');
  await am.getByRole('option', { name: /Acme Manufacturing/ }).click();
  await dialog.getByTestId('retainer-reference').fill('ACME-E2E');
  await dialog.getByTestId('retainer-tier').fill('Gold');
  await dialog.getByTestId('retainer-term-start').fill(`${year}-01-01`);
  await dialog.getByTestId('retainer-term-end').fill(`${year}-12-31`);
  await dialog.getByTestId('retainer-hours').fill('10');
  await dialog.getByTestId('retainer-currency').fill('EUR');
  await dialog.getByTestId('retainer-hourly-rate').fill('250');
  await dialog.getByTestId('retainer-overage-rate').fill('300');
  await dialog.getByTestId('save-retainer').click();
  await expect(am).toHaveURL(/\/provider\/retainers\/[0-9a-f-]{36}$/);
  await am.getByTestId('activate-retainer').click();
  await am.getByRole('dialog').getByTestId('confirm-activate').click();
  await expect(am.getByTestId('balance')).toContainText('10 h');

  // The consultant logs 1.5 hours today and submits the week.
  const consultant = await (await browser.newContext()).newPage();
  await signIn(consultant, ACCOUNTS.consultant);
  await consultant.goto('/provider/time');
  await consultant.getByTestId('log-time').click();
  await consultant.getByTestId('time-retainer').click();
  await consultant.getByRole('option', { name: /ACME-E2E/ }).click();
  await consultant.getByTestId('time-hours').click();
  await consultant.getByRole('option', { name: /^1\.5 h/ }).click();
  await consultant.getByTestId('time-description').fill('Scoping call with the IT lead');
  await consultant.getByTestId('time-save').click();
  await expect(
    consultant.getByTestId('time-entry').filter({ hasText: 'Scoping call with the IT lead' }),
  ).toBeVisible();
  await consultant.getByTestId('submit-week').click();
  await expect(
    consultant.getByTestId('time-entry').filter({ hasText: 'Scoping call with the IT lead' }),
  ).toContainText(/Submitted/i);

  // The account manager approves it.
  await am.goto('/provider/approvals');
  const row = am.getByTestId('approval-row').filter({ hasText: 'Scoping call with the IT lead' });
  await expect(row).toBeVisible();
  await row.getByRole('checkbox').check();
  await am.getByTestId('approve-selected').click();
  await expect(
    am.getByTestId('approval-row').filter({ hasText: 'Scoping call with the IT lead' }),
  ).toHaveCount(0);

  // The client viewer sees the new balance and the approved work.
  const viewer = await (await browser.newContext()).newPage();
  await signIn(viewer, ACCOUNTS.acmeViewer);
  await viewer.goto('/portal/retainer');
  await expect(viewer.getByTestId('client-balance')).toContainText('8.5 h');
  await expect(
    viewer.getByTestId('client-entry').filter({ hasText: 'Scoping call with the IT lead' }),
  ).toContainText('1.5 h');
});
