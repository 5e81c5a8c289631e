import { expect, test } from '@playwright/test';
import { ACCOUNTS, expectAccessible, signIn } from '../support/app';

test('a consultant declares an incident and writes to the client, who sees it live and answers a question the consultant sees live', async ({
  browser,
}) => {
  // The consultant declares a SEV1 for Acme and lands on its page.
  const consultant = await (await browser.newContext()).newPage();
  await signIn(consultant, ACCOUNTS.consultant);
  await consultant.goto('/provider/engagements');
  await consultant.getByTestId('declare-engagement').click();
  const dialog = consultant.getByRole('dialog');
  await dialog.getByTestId('incident-client').click();
  await consultant.getByRole('option', { name: 'Acme Manufacturing' }).click();
  await dialog.getByTestId('incident-title').fill('Ransomware on the design file server');
  await dialog.getByTestId('incident-severity').click();
  await consultant.getByRole('option', { name: /^SEV1/ }).click();
  await dialog.getByTestId('save-incident').click();
  await expect(consultant).toHaveURL(/\/provider\/engagements\/[0-9a-f-]{36}$/);
  const engagementId = consultant.url().split('/').at(-1) as string;
  await expect(consultant.getByTestId('engagement-severity')).toHaveText('SEV1');

  // Two timeline events from the keyboard: one for the team, one the client may see.
  await consultant.getByRole('tab', { name: 'Timeline' }).click();
  await expect(consultant.getByTestId('event-description')).toBeVisible();
  await consultant.keyboard.press('t');
  await expect(consultant.getByTestId('event-description')).toBeFocused();
  await consultant.keyboard.type('Encrypted shares found on FS02; attacker used a VPN account');
  await consultant.keyboard.press('Control+Enter');
  await expect(consultant.getByTestId('timeline')).toContainText('Encrypted shares found on FS02');
  await consultant.getByTestId('event-description').fill('File server isolated from the network');
  await consultant.getByTestId('event-visibility-client').click();
  await consultant.getByTestId('add-event').click();
  await expect(consultant.getByTestId('timeline')).toContainText('File server isolated');

  // The client viewer is already on the incident's page in another browser.
  const viewer = await (await browser.newContext()).newPage();
  await signIn(viewer, ACCOUNTS.acmeViewer);
  await viewer.goto(`/portal/incidents/${engagementId}`);
  await expect(viewer.getByTestId('no-update')).toBeVisible();
  await expect(viewer.getByTestId('portal-timeline')).toContainText('File server isolated');
  await expect(viewer.getByTestId('portal-timeline')).not.toContainText('VPN account');

  // The consultant (the incident commander) drafts and publishes a client update.
  await consultant.getByRole('tab', { name: 'Client updates' }).click();
  await consultant
    .getByTestId('update-whatWeKnow')
    .fill('One file server was encrypted; backups are intact.');
  await consultant.getByTestId('update-whatWeNeed').fill('Who can approve taking FS02 offline?');
  await consultant.getByTestId('save-draft').click();
  await consultant.getByTestId('publish-update').click();
  await expect(consultant.getByTestId('client-update').first()).not.toContainText('Draft');

  // It appears on the client's page without a reload.
  await expect(viewer.getByTestId('latest-update')).toContainText(
    'One file server was encrypted; backups are intact.',
  );

  // The consultant asks the viewer a question; the viewer answers in place.
  await consultant.getByRole('tab', { name: 'Tasks' }).click();
  await consultant.getByTestId('task-title').fill('When did you last restore from backup?');
  await consultant.getByTestId('task-owner').click();
  await consultant.getByRole('option', { name: /Vic Viewer \(client\)/ }).click();
  await consultant.getByTestId('add-task').click();
  const question = viewer.getByTestId('rfi').filter({ hasText: 'When did you last restore' });
  await expect(question).toBeVisible();
  await question.getByTestId('rfi-answer').fill('Last Tuesday, a full restore test of FS02');
  await question.getByTestId('rfi-send').click();
  await expect(viewer.getByTestId('rfi')).toHaveCount(0);

  // The answer reaches the consultant's open tasks tab live.
  await expect(consultant.getByTestId('task-answer')).toContainText(
    'Last Tuesday, a full restore test of FS02',
  );

  // Both pages, as they now stand, have no serious accessibility violations.
  await expectAccessible(consultant, '/provider/engagements/:id (tasks)');
  await expectAccessible(viewer, '/portal/incidents/:id');
});

test('the commander records the scope and releases the review, which the client then reads, and the account manager sees the engagement on the dashboard', async ({
  browser,
}) => {
  const consultant = await (await browser.newContext()).newPage();
  await signIn(consultant, ACCOUNTS.consultant);
  await consultant.goto('/provider/engagements');
  await consultant.getByTestId('declare-engagement').click();
  const dialog = consultant.getByRole('dialog');
  await dialog.getByTestId('incident-client').click();
  await consultant.getByRole('option', { name: 'Acme Manufacturing' }).click();
  await dialog.getByTestId('incident-title').fill('Mailbox rule exfiltrating invoices');
  await dialog.getByTestId('save-incident').click();
  await expect(consultant).toHaveURL(/\/provider\/engagements\/[0-9a-f-]{36}$/);
  const engagementId = consultant.url().split('/').at(-1) as string;

  // The summary the client reads, and notes the client never sees.
  await consultant.getByRole('button', { name: 'Edit details' }).click();
  await consultant
    .getByLabel('What happened (the client reads this)')
    .fill('Invoices were forwarded to an outside address.');
  await consultant
    .getByLabel('Internal notes (the team only)')
    .fill('Same actor as the Helios case?');
  await consultant.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(consultant.getByText('Same actor as the Helios case?')).toBeVisible();

  // The commander brings the account manager onto the team.
  await consultant.getByTestId('member-person').click();
  await consultant.getByRole('option', { name: 'Max Account (provider)' }).click();
  await consultant.getByTestId('member-role').click();
  await consultant.getByRole('option', { name: 'Communications lead' }).click();
  await consultant.getByTestId('add-member').click();
  await expect(consultant.locator('.team')).toContainText('Max Account · Communications lead');

  await consultant.getByRole('tab', { name: 'Scope' }).click();
  await consultant.getByTestId('asset-hostname').fill('mx01.acme.example');
  await consultant.getByTestId('add-asset').click();
  await expect(consultant.getByText('mx01.acme.example')).toBeVisible();

  await consultant.getByRole('tab', { name: 'Review' }).click();
  await consultant.getByLabel('Root cause').fill('A phished password without MFA on the mailbox.');
  await consultant.getByRole('button', { name: 'Save review' }).click();
  await expect(consultant.getByText('Not released')).toBeVisible();
  await consultant.getByRole('button', { name: 'Release to the client' }).click();
  await expect(consultant.getByText(/Released to the client/)).toBeVisible();

  const viewer = await (await browser.newContext()).newPage();
  await signIn(viewer, ACCOUNTS.acmeViewer);
  await viewer.goto(`/portal/incidents/${engagementId}`);
  await expect(viewer.getByTestId('portal-review')).toContainText(
    'A phished password without MFA on the mailbox.',
  );
  await expect(viewer.getByTestId('portal-summary')).toHaveText(
    'Invoices were forwarded to an outside address.',
  );
  await expect(viewer.getByText('Same actor as the Helios case?')).toHaveCount(0);

  const am = await (await browser.newContext()).newPage();
  await signIn(am, ACCOUNTS.accountManager);
  await am.goto('/provider/engagements');
  await expect(am.getByTestId('engagement-dashboard')).toBeVisible();
  await am.getByTestId('scope-all').click();
  await expect(am.getByTestId('engagements-table')).toContainText(
    'Mailbox rule exfiltrating invoices',
  );
});
