import { expect, test } from '@playwright/test';
import { ACCOUNTS, acmeUnderGdpr, expectAccessible, gql, signIn, tokenOf } from '../support/app';

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

test('the SLA and regulatory panels, their countdown badges in every band, and the client’s view of them have no serious accessibility violations', async ({
  browser,
  request,
}) => {
  // Eleven pages and panels scanned in two browsers: more than the default minute.
  test.setTimeout(180_000);
  // Acme under EU GDPR, so that facts bring a deadline.
  const organizationId = await acmeUnderGdpr(request);
  const consultantToken = await tokenOf(request, ACCOUNTS.consultant);

  // Three engagements whose GDPR deadline (72 h after awareness) is due in 45 min, in 10 min,
  // and was due an hour ago: every colour band of the badge shows somewhere.
  const HOUR = 3_600_000;
  const declare = async (title: string, awareHoursAgo: number): Promise<string> => {
    const { declareEngagement } = await gql<{ declareEngagement: { id: string; version: number } }>(
      request,
      consultantToken,
      'mutation ($input: DeclareEngagementInput!) { declareEngagement(input: $input) { id version } }',
      { input: { organizationId, title, incidentType: 'DATA_THEFT', severity: 'SEV2' } },
    );
    const engagementId = declareEngagement.id;
    const { recordRegulatoryFacts } = await gql<{
      recordRegulatoryFacts: { deadlines: { id: string; version: number }[] };
    }>(
      request,
      consultantToken,
      'mutation ($input: RecordRegulatoryFactsInput!) { recordRegulatoryFacts(input: $input) { deadlines { id version } } }',
      {
        input: {
          engagementId,
          awareAt: new Date(Date.now() - awareHoursAgo * HOUR).toISOString(),
          personalDataAffected: true,
          healthDataAffected: false,
          cardDataAffected: false,
          significantIncident: false,
          expectedVersion: 0,
        },
      },
    );
    for (const d of recordRegulatoryFacts.deadlines)
      await gql(
        request,
        consultantToken,
        'mutation ($input: DecideRegulatoryDeadlineInput!) { decideRegulatoryDeadline(input: $input) { id } }',
        { input: { deadlineId: d.id, confirm: true, expectedVersion: d.version } },
      );
    return engagementId;
  };
  const soon = await declare('Accessibility check: deadline within the hour', 72 - 0.75);
  const sooner = await declare('Accessibility check: deadline in minutes', 72 - 1 / 6);
  const late = await declare('Accessibility check: deadline passed', 73);
  // The team waits on the client on one of them: its own clocks show "Paused".
  const { engagement } = await gql<{ engagement: { version: number } }>(
    request,
    consultantToken,
    'query ($id: ID!) { engagement(id: $id) { version } }',
    { id: sooner },
  );
  await gql(
    request,
    consultantToken,
    'mutation ($input: SetWaitingOnClientInput!) { setWaitingOnClient(input: $input) { id } }',
    {
      input: {
        engagementId: sooner,
        waiting: true,
        reason: 'Access to the mail gateway',
        expectedVersion: engagement.version,
      },
    },
  );

  const consultant = await (await browser.newContext()).newPage();
  await signIn(consultant, ACCOUNTS.consultant);
  await consultant.goto('/provider/engagements');
  await expect(consultant.getByTestId('engagements-table')).toContainText('deadline passed');
  await expect(consultant.locator('[data-band="UNDER_HOUR"]').first()).toBeVisible();
  await expect(consultant.locator('[data-band="UNDER_HALF_HOUR"]').first()).toBeVisible();
  await expect(consultant.locator('[data-band="BREACHED"]').first()).toBeVisible();
  await expectAccessible(consultant, '/provider/engagements (countdown badges)');

  await consultant.goto(`/provider/engagements/${sooner}`);
  await consultant.getByRole('tab', { name: 'SLA' }).click();
  await expect(consultant.getByTestId('sla-cycles')).toBeVisible();
  await expect(consultant.locator('[data-band="PAUSED"]').first()).toBeVisible();
  await expectAccessible(consultant, '/provider/engagements/:id (SLA)');

  await consultant.goto(`/provider/engagements/${late}`);
  await consultant.getByRole('tab', { name: 'Regulatory' }).click();
  await expect(consultant.getByTestId('regulatory-deadline')).toBeVisible();
  await expect(consultant.getByTestId('regulatory-facts')).toBeVisible();
  await expectAccessible(consultant, '/provider/engagements/:id (Regulatory)');

  // The same in the dark theme.
  await consultant.getByTestId('theme-toggle').click();
  await expect(consultant.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectAccessible(consultant, '/provider/engagements/:id (Regulatory, dark)');
  await consultant.goto('/provider/engagements');
  await expect(consultant.locator('[data-band="UNDER_HALF_HOUR"]').first()).toBeVisible();
  await expectAccessible(consultant, '/provider/engagements (countdown badges, dark)');

  const client = await (await browser.newContext()).newPage();
  await signIn(client, ACCOUNTS.acmeAdmin);
  await client.goto('/portal/incidents');
  await expect(client.getByTestId('incidents')).toContainText('deadline within the hour');
  await expect(client.getByTestId('sla-badge').first()).toBeVisible();
  await expectAccessible(client, '/portal/incidents (countdown badges)');
  for (const id of [soon, late]) {
    await client.goto(`/portal/incidents/${id}`);
    await expect(client.getByTestId('portal-commitment').first()).toBeVisible();
    await expect(
      client.getByTestId('portal-deadlines').getByTestId('regulatory-deadline'),
    ).toBeVisible();
    await expectAccessible(client, '/portal/incidents/:id (commitments)');
  }
});

// The SLA reports, policies and their editors, a client's regulatory profile, the queue dashboard.
test('the SLA reports, policies with their editors, regulatory profile and queue dashboard pages have no serious accessibility violations', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, ACCOUNTS.providerAdmin);
  for (const path of ['/provider/queues', '/provider/sla/reports', '/provider/sla/policies']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page, path);
  }

  const dialog = page.getByRole('dialog');
  await page.getByTestId('edit-policy').first().click();
  await expect(dialog.getByTestId('goal-input-ACKNOWLEDGE_SEV1')).toBeVisible();
  await expectAccessible(page, '/provider/sla/policies (policy editor)');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page
    .getByRole('button', { name: /^Edit calendar / })
    .first()
    .click();
  await expect(dialog.getByTestId('calendar-name')).toBeVisible();
  await expectAccessible(page, '/provider/sla/policies (calendar editor)');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.getByTestId('regulatory-client').fill('Acme');
  await page.getByRole('option', { name: /Acme Manufacturing/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Acme Manufacturing');
  await expect(page.getByRole('checkbox', { name: 'EU GDPR' })).toBeVisible();
  await expectAccessible(page, '/provider/clients/:id/regulatory');

  // The reports in the dark theme too (a breached cell is marked in colour and in words).
  await page.goto('/provider/sla/reports');
  await expect(page.getByRole('heading', { level: 2, name: 'Compliance' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await page.getByTestId('theme-toggle').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expectAccessible(page, '/provider/sla/reports (dark)');
});
