import { expect, Page, test } from '@playwright/test';
import { ACCOUNTS, acmeUnderGdpr, gql, signIn, tokenOf } from '../support/app';

/** "1 h 59 min left", "45 min left", "2 d 3 h left": a countdown still running. */
const LEFT = /^(\d+ d \d+ h|\d+ h \d\d min|\d+ min|\d+ s) left$/;

function cycleRow(page: Page, goal: string) {
  return page.getByTestId('sla-cycle').filter({ has: page.getByRole('rowheader', { name: goal }) });
}

test('a consultant follows an engagement’s commitments, pauses them while waiting on the client, records the first responder and confirms a regulator’s deadline, which the client then sees with the commitments', async ({
  browser,
  request,
}) => {
  const organizationId = await acmeUnderGdpr(request);
  const title = `Payroll database copied out ${Date.now().toString(36)}`;
  const consultantToken = await tokenOf(request, ACCOUNTS.consultant);
  await gql(
    request,
    consultantToken,
    'mutation ($input: DeclareEngagementInput!) { declareEngagement(input: $input) { id } }',
    { input: { organizationId, title, incidentType: 'DATA_THEFT', severity: 'SEV1' } },
  );

  // The workspace list shows the commitment to watch first, counting down.
  const consultant = await (await browser.newContext()).newPage();
  await signIn(consultant, ACCOUNTS.consultant);
  await consultant.goto('/provider/engagements');
  const row = consultant.getByTestId('engagements-table').getByRole('row').filter({
    hasText: title,
  });
  // (The demo's standard policy: a responder within 2 h, then client updates every 4 h.)
  await expect(row.getByTestId('engagement-commitment')).toContainText(
    /First responder engaged \(SEV1\):\s*(1 h \d\d|2 h 00) min left/,
  );

  // The engagement page says it in its header too, and the SLA tab lists every cycle.
  await row.getByRole('link').first().click();
  await expect(consultant).toHaveURL(/\/provider\/engagements\/[0-9a-f-]{36}$/);
  const engagementId = consultant.url().split('/').at(-1) as string;
  await expect(consultant.getByTestId('header-sla')).toContainText(
    'First responder engaged (SEV1):',
  );
  await consultant.getByRole('tab', { name: 'SLA' }).click();
  const respond = cycleRow(consultant, 'First responder engaged (SEV1)');
  const update = cycleRow(consultant, 'Client update (SEV1)');
  await expect(respond.getByTestId('sla-badge')).toHaveText(/^(1 h \d\d|2 h 00) min left$/);
  await expect(respond.getByRole('cell').first()).toContainText('2 h');
  await expect(respond).toContainText('Around the clock');
  await expect(update.getByTestId('sla-badge')).toHaveText(/^(3 h \d\d|4 h 00) min left$/);
  // Taken on at once (declared by the provider): kept with the whole hour to spare.
  await expect(cycleRow(consultant, 'Acknowledge (SEV1)')).toContainText('1 h 00 min to spare');
  // Screen readers hear the goal and the due time, in the consultant's zone.
  await expect(
    consultant.getByTestId('sla-cycles').getByRole('timer', {
      name: /^First responder engaged \(SEV1\): .+ left, due .+\(Europe\/London\)$/,
    }),
  ).toBeVisible();

  // Waiting on the client stops the clocks, with the reason on record.
  await consultant.getByTestId('waiting-reason').fill('Firewall logs from their IT team');
  await consultant.getByRole('switch', { name: 'The team is waiting on the client' }).click();
  await expect(consultant.getByTestId('waiting-status')).toContainText(
    'paused: Firewall logs from their IT team',
  );
  await expect(respond.getByTestId('sla-badge')).toHaveText(
    /^Paused · (1 h \d\d|2 h 00) min left$/,
  );
  await expect(update.getByTestId('sla-badge')).toContainText('Paused');
  await expect(respond).toContainText('Waiting on the client: Firewall logs from their IT team');
  await expect(consultant.getByTestId('header-sla')).toContainText('Paused');

  // The logs arrived: the clocks run again.
  await consultant.getByRole('switch', { name: 'The team is waiting on the client' }).click();
  await expect(respond.getByTestId('sla-badge')).toHaveText(LEFT);
  await expect(respond).toContainText(/ – .+: Waiting on the client/);

  // The first responder engaged just now (the default): that promise is kept.
  await expect(consultant.getByTestId('responder-at')).not.toHaveValue('');
  await consultant.getByTestId('record-responder').click();
  await expect(respond.getByTestId('sla-badge')).toHaveText('Met');
  await expect(respond.getByTestId('sla-outcome')).toContainText('to spare');
  await expect(consultant.getByTestId('responder-engaged-at')).toContainText('(Europe/London)');

  // The regulatory tab: the client's regimes, read-only, and the facts.
  await consultant.getByRole('tab', { name: 'Regulatory' }).click();
  await expect(consultant.getByTestId('regulatory-regimes')).toContainText('EU GDPR');
  await expect(consultant.getByTestId('regulatory-regimes')).toContainText(
    'client’s regulatory profile',
  );
  await expect(consultant.getByTestId('regulatory-profile-link')).toHaveAttribute(
    'href',
    `/provider/clients/${organizationId}/regulatory`,
  );
  await expect(consultant.getByTestId('no-deadlines')).toContainText('Record the facts');
  const facts = consultant.getByTestId('regulatory-facts');
  await expect(facts).toContainText('Europe/London');

  // A time in the future is refused, next to its field.
  await consultant.getByTestId('facts-aware-at').fill('2099-01-01T09:00');
  await consultant.getByRole('checkbox', { name: 'Personal data affected' }).check();
  await consultant.getByTestId('facts-records').fill('many');
  await consultant.getByTestId('save-facts').click();
  await expect(facts).toContainText('A whole number, 0 or more.');
  await consultant.getByTestId('facts-records').fill('1200');
  await consultant.getByTestId('save-facts').click();
  await expect(facts).toContainText('The time the client became aware must not be in the future.');

  // Aware now: Vigil proposes the GDPR notification, with its rule.
  await consultant.getByTestId('facts-aware-at').fill('');
  await consultant.getByTestId('facts-aware-now').click();
  await consultant.getByTestId('save-facts').click();
  await expect(consultant.getByTestId('facts-saved')).toBeVisible();
  const gdpr = consultant
    .getByTestId('regulatory-deadline')
    .filter({ hasText: 'Notify the supervisory authority (GDPR)' });
  await expect(gdpr.getByTestId('deadline-status')).toHaveText('Proposed');
  await expect(gdpr.getByTestId('deadline-rule')).toContainText('GDPR Art. 33(1)');
  await expect(gdpr).toContainText('72 hours');
  await expect(gdpr.getByTestId('sla-badge')).toHaveText(/^(2 d 23 h|3 d 0 h) left$/);

  // Until the team confirms it, the client is not told of it (nor of the facts or regimes).
  const clientToken = await tokenOf(request, ACCOUNTS.acmeAdmin);
  expect(
    await gql(
      request,
      clientToken,
      'query ($id: ID!) { engagementRegulatory(engagementId: $id) { facts { version } regimes deadlines { status } } }',
      { id: engagementId },
    ),
  ).toEqual({ engagementRegulatory: { facts: null, regimes: [], deadlines: [] } });

  // Dismissing needs a reason; the consultant thinks again and confirms it.
  await gdpr.getByTestId('dismiss-deadline').click();
  await gdpr.getByTestId('dismiss-confirm').click();
  await expect(gdpr).toContainText('Say why this deadline does not apply.');
  await gdpr.getByRole('button', { name: 'Cancel' }).click();
  await gdpr.getByTestId('confirm-deadline').click();
  await expect(gdpr.getByTestId('deadline-status')).toHaveText('Confirmed');
  await expect(gdpr.getByTestId('record-submission')).toBeVisible();

  // A confirmed deadline runs as one of the engagement's commitments.
  await consultant.getByRole('tab', { name: 'SLA' }).click();
  await expect(
    cycleRow(consultant, 'Notify the supervisory authority (GDPR)').getByTestId('sla-badge'),
  ).toHaveText(LEFT);

  // The client admin sees the commitments and the confirmed deadline on the incident.
  const client = await (await browser.newContext()).newPage();
  await signIn(client, ACCOUNTS.acmeAdmin);
  await client.goto('/portal/incidents');
  await expect(
    client.getByTestId('incidents').getByRole('listitem').filter({ hasText: title }),
  ).toContainText(/Client update \(SEV1\):\s*\d h \d\d min left/);
  await client.goto(`/portal/incidents/${engagementId}`);
  await expect(client.getByTestId('header-sla')).toContainText('left');
  const commitments = client.getByTestId('portal-commitment');
  await expect(
    commitments.filter({ hasText: 'A responder starts hands-on work within 2 h (SEV1)' }),
  ).toContainText('Met');
  await expect(
    commitments.filter({ hasText: 'You hear from us with an update within 4 h (SEV1)' }),
  ).toContainText(/min left\s*due .+\(America\/Chicago\)/);
  await expect(
    commitments.filter({ hasText: 'We take on your incident within 1 h (SEV1)' }),
  ).toContainText('Met');
  const deadlines = client.getByTestId('portal-deadlines');
  const clientGdpr = deadlines
    .getByTestId('regulatory-deadline')
    .filter({ hasText: 'Notify the supervisory authority (GDPR)' });
  await expect(clientGdpr.getByTestId('deadline-status')).toHaveText('Confirmed');
  await expect(clientGdpr.getByTestId('deadline-rule')).toContainText('GDPR Art. 33(1)');
  await expect(clientGdpr.getByTestId('deadline-due')).toContainText('(America/Chicago)');
  await expect(clientGdpr.getByTestId('sla-badge')).toHaveText(LEFT);
  // Read-only: nothing to confirm, dismiss or record.
  await expect(deadlines.getByRole('button')).toHaveCount(0);
});
