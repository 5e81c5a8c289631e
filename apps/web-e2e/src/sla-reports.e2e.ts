import { readFileSync } from 'node:fs';
import { expect, Page, test } from '@playwright/test';
import { ACCOUNTS, navLabels, signIn } from '../support/app';

const COMPLIANCE_HEADER = 'Client,Month,Goal,Severity,Finished,Met,Breached,Met %';

/** The SLA policies page, reached through the navigation. */
async function openPolicies(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'SLA policies' })
    .click();
  await expect(page).toHaveURL(/\/provider\/sla\/policies$/);
  await expect(page.getByRole('heading', { level: 1, name: 'SLA policies' })).toBeVisible();
}

/** Opens the default policy's editor and sets its SEV1 acknowledge goal. */
async function setSev1Acknowledge(page: Page, value: string): Promise<void> {
  const card = page.getByTestId('policy-card').filter({ hasText: 'Standard response' });
  await card.getByTestId('edit-policy').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('heading', { name: 'Edit Standard response' })).toBeVisible();
  await dialog.getByTestId('goal-input-ACKNOWLEDGE_SEV1').fill(value);
  await dialog.getByTestId('save-policy').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Saved Standard response.')).toBeVisible();
}

test('a provider admin edits the default policy’s SEV1 acknowledge goal, and a bad value is refused beside its field', async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.providerAdmin);
  await openPolicies(page);
  const card = page.getByTestId('policy-card').filter({ hasText: 'Standard response' });
  const cell = card.getByTestId('goal-ACKNOWLEDGE-SEV1');
  await expect(cell).toContainText('1 h');
  await expect(cell).toContainText('Around the clock');

  // A bad value: the field says what is wrong and nothing is saved.
  await card.getByTestId('edit-policy').click();
  const dialog = page.getByRole('dialog');
  const input = dialog.getByTestId('goal-input-ACKNOWLEDGE_SEV1');
  await expect(input).toHaveValue('1 h');
  const field = dialog
    .locator('mat-form-field')
    .filter({ has: page.getByTestId('goal-input-ACKNOWLEDGE_SEV1') });
  await input.fill('0');
  await dialog.getByTestId('save-policy').click();
  await expect(field).toContainText('At least 1 min, or leave empty.');
  await expect(input).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByTestId('dialog-error')).toContainText('Some fields need a look');
  await input.fill('soon');
  await expect(field).toContainText('Try 45 min, 2 h or 90.');
  // A good one is read back in words before saving.
  await input.fill('45');
  await expect(field).toContainText('= 45 min');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(cell).toContainText('1 h');

  await setSev1Acknowledge(page, '45 min');
  await expect(cell).toContainText('45 min');
  // Saved for good: it is still there after a reload.
  await page.reload();
  await expect(cell).toContainText('45 min');
  await expect(cell).toContainText('Around the clock');

  // Put it back so the engagement tests keep the demo's one-hour goal.
  await setSev1Acknowledge(page, '1 h');
  await expect(cell).toHaveText(/^\s*1 h\s*Around the clock\s*$/);
});

test('two admins edit the same policy: the later save is refused with the reason, and their version loads', async ({
  browser,
}) => {
  const first = await (await browser.newContext()).newPage();
  const second = await (await browser.newContext()).newPage();
  for (const page of [first, second]) {
    await signIn(page, ACCOUNTS.providerAdmin);
    await openPolicies(page);
    await page
      .getByTestId('policy-card')
      .filter({ hasText: 'Premier response' })
      .getByTestId('edit-policy')
      .click();
    await expect(page.getByRole('dialog').getByTestId('policy-warnings')).toHaveValue('75, 90');
  }

  await first.getByRole('dialog').getByTestId('policy-warnings').fill('50, 75, 90');
  await first.getByRole('dialog').getByTestId('save-policy').click();
  await expect(first.getByRole('dialog')).toBeHidden();

  const dialog = second.getByRole('dialog');
  await dialog.getByTestId('goal-input-ACKNOWLEDGE_SEV1').fill('20 min');
  await dialog.getByTestId('save-policy').click();
  await expect(dialog.getByTestId('dialog-error')).toContainText(
    'Someone else changed this policy since you opened it',
  );
  await dialog.getByTestId('load-latest').click();
  await expect(dialog.getByTestId('policy-warnings')).toHaveValue('50, 75, 90');
  await expect(dialog.getByTestId('goal-input-ACKNOWLEDGE_SEV1')).toHaveValue('30 min');
  await expect(dialog.getByTestId('dialog-error')).toHaveCount(0);

  // Saving over the version just loaded works (and puts the demo's warnings back).
  await dialog.getByTestId('policy-warnings').fill('75, 90');
  await dialog.getByTestId('save-policy').click();
  await expect(dialog).toBeHidden();
  await expect(
    second.getByTestId('policy-card').filter({ hasText: 'Premier response' }),
  ).toContainText('At 75% and 90% of the goal.');
  await first.context().close();
  await second.context().close();
});

test('a provider admin saves a client’s regulatory profile', async ({ page }) => {
  await signIn(page, ACCOUNTS.providerAdmin);
  await openPolicies(page);
  await page.getByTestId('regulatory-client').fill('Kestrel');
  await page.getByRole('option', { name: /Kestrel Bank/ }).click();
  await expect(page).toHaveURL(/\/provider\/clients\/[0-9a-f-]{36}\/regulatory$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(
    'Regulatory profile · Kestrel Bank',
  );

  const dora = page.getByRole('checkbox', { name: 'DORA (EU financial entity)' });
  const gdpr = page.getByRole('checkbox', { name: 'EU GDPR' });
  await expect(dora).not.toBeChecked();
  await dora.check();
  await gdpr.check();
  await page.getByTestId('regulatory-notes').fill('Lead authority: BaFin.');
  await page.getByTestId('save-regulatory-profile').click();
  await expect(page.getByTestId('profile-status')).toHaveText(
    'Saved: EU GDPR, DORA (EU financial entity).',
  );

  // It is kept, and a second save goes over the version just saved.
  await page.reload();
  await expect(dora).toBeChecked();
  await expect(gdpr).toBeChecked();
  await expect(page.getByTestId('regulatory-notes')).toHaveValue('Lead authority: BaFin.');
  await gdpr.uncheck();
  await page.getByTestId('save-regulatory-profile').click();
  await expect(page.getByTestId('profile-status')).toHaveText('Saved: DORA (EU financial entity).');
  await expect(page.getByTestId('profile-error')).toHaveCount(0);

  await page.goto('/provider/clients/not-a-client/regulatory');
  await expect(page.getByRole('alert')).toHaveText(
    'This client does not exist, or it is not one you may see.',
  );
});

test('an account manager opens the SLA reports and downloads the compliance CSV', async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.accountManager);
  expect(await navLabels(page)).toContain('SLA reports');
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'SLA reports' })
    .click();
  await expect(page).toHaveURL(/\/provider\/sla\/reports$/);
  await expect(page.getByRole('heading', { level: 1, name: 'SLA reports' })).toBeVisible();
  // The last six months by default, for the manager's own clients.
  await expect(page.getByTestId('report-range')).toHaveText(
    /^Your clients, [A-Z][a-z]{2} \d{4} – [A-Z][a-z]{2} \d{4}$/,
  );
  const from = await page.getByTestId('report-from').inputValue();
  const to = await page.getByTestId('report-to').inputValue();
  expect(monthsBetween(from, to)).toBe(5);
  await expect(page.getByRole('heading', { name: 'Compliance' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Response times' })).toBeVisible();
  await expect(page.getByText('Loading…')).toHaveCount(0);

  const download = page.waitForEvent('download');
  await page.getByTestId('download-compliance-csv').click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`sla-compliance-${from}-to-${to}.csv`);
  const csv = readFileSync(await file.path(), 'utf8');
  const lines = csv.trim().split(/\r\n/);
  expect(lines[0]).toBe(COMPLIANCE_HEADER);
  await expect(page.getByTestId('download-status')).toHaveText(
    `Downloaded sla-compliance-${from}-to-${to}.csv (${lines.length - 1} ${lines.length === 2 ? 'row' : 'rows'}).`,
  );

  // The page shows the same clients as the file, or says there is nothing yet.
  const clients = [
    ...new Set(lines.slice(1).map((line) => line.split(',')[0]?.replace(/^"|"$/g, ''))),
  ];
  if (clients.length === 0) {
    await expect(page.getByText(/^No commitments finished between /)).toBeVisible();
  } else {
    for (const client of clients)
      await expect(page.getByRole('heading', { level: 3, name: client ?? '' })).toBeVisible();
    await expect(page.getByTestId('compliance-table')).toHaveCount(clients.length);
  }
  for (const line of lines.slice(1)) expect(line).toMatch(/^"?(Acme|Helios)/);

  // The filters live in the URL: one month, one client.
  await page.getByTestId('report-from').fill(to);
  await expect(page).toHaveURL(new RegExp(`[?&]from=${to}`));
  await page.getByTestId('report-client').fill('Acme');
  await page.getByRole('option', { name: /Acme Manufacturing/ }).click();
  await expect(page).toHaveURL(/[?&]client=[0-9a-f-]{36}/);
  await expect(page.getByTestId('report-range')).toHaveText(
    /^Acme Manufacturing, [A-Z][a-z]+ \d{4}$/,
  );
  await page.reload();
  await expect(page.getByTestId('report-range')).toHaveText(
    /^Acme Manufacturing, [A-Z][a-z]+ \d{4}$/,
  );
  await expect(page.getByTestId('report-client')).toHaveValue('Acme Manufacturing');
  await expect(page.getByTestId('report-from')).toHaveValue(to);

  // A month that is not one is said beside its field, and nothing is asked.
  await page.goto('/provider/sla/reports?from=2026-13');
  await expect(
    page.locator('mat-form-field', { has: page.getByTestId('report-from') }),
  ).toContainText('Choose a month.');
  await page.goto('/provider/sla/reports?from=2026-05&to=2026-02');
  await expect(
    page.locator('mat-form-field', { has: page.getByTestId('report-to') }),
  ).toContainText('The last month cannot be before the first.');
  await expect(page.getByTestId('download-compliance-csv')).toBeDisabled();
});

test('a consultant sees the policies but not the SLA reports or the queue dashboard', async ({
  page,
}) => {
  await signIn(page, ACCOUNTS.consultant);
  const nav = await navLabels(page);
  expect(nav).toContain('SLA policies');
  expect(nav).not.toContain('SLA reports');
  expect(nav).not.toContain('Queue dashboard');
  await openPolicies(page);
  await expect(page.getByTestId('policy-card').first()).toBeVisible();
  await expect(page.getByTestId('edit-policy')).toHaveCount(0);
  await expect(page.getByTestId('new-policy')).toHaveCount(0);

  await page.goto('/provider/sla/reports');
  await expect(page).toHaveURL(/\/provider\/clients$/);
  await expect(page.getByRole('alert')).toContainText(
    'You do not have access to /provider/sla/reports',
  );
});

test('a provider admin opens the queue dashboard in a new tab', async ({ page }) => {
  await signIn(page, ACCOUNTS.providerAdmin);
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Queue dashboard' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Queue dashboard' })).toBeVisible();
  const opened = page.context().waitForEvent('page');
  await page.getByTestId('open-queue-dashboard').click();
  const tab = await opened;
  await tab.waitForLoadState();
  await expect(tab).toHaveURL(/\/admin\/queues\/?$/);
  await expect(tab.locator('body')).not.toContainText('expired');
  await expect(page.getByTestId('queue-status')).toHaveText(
    'The queue dashboard opened in a new tab.',
  );
});

function monthsBetween(from: string, to: string): number {
  const [fy = 0, fm = 0] = from.split('-').map(Number);
  const [ty = 0, tm = 0] = to.split('-').map(Number);
  return ty * 12 + tm - (fy * 12 + fm);
}
