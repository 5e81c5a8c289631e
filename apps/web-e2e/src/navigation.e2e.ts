import { expect, test } from '@playwright/test';
import { ACCOUNTS, navLabels, signIn } from '../support/app';

const EXPECTED: [string, string, string[], RegExp][] = [
  [
    ACCOUNTS.providerAdmin,
    'Northwatch Incident Response',
    [
      'Engagements',
      'Client organisations',
      'Retainers',
      'My time',
      'Time approvals',
      'SLA reports',
      'SLA policies',
      'People',
      'Audit log',
      'Queue dashboard',
    ],
    /\/provider\/clients$/,
  ],
  [
    ACCOUNTS.accountManager,
    'Northwatch Incident Response',
    [
      'Engagements',
      'Client organisations',
      'Retainers',
      'My time',
      'Time approvals',
      'SLA reports',
      'SLA policies',
    ],
    /\/provider\/clients$/,
  ],
  [
    ACCOUNTS.consultant,
    'Northwatch Incident Response',
    ['Engagements', 'Client organisations', 'My time', 'SLA policies'],
    /\/provider\/clients$/,
  ],
  [
    ACCOUNTS.acmeAdmin,
    'Acme Manufacturing',
    ['Home', 'Our incidents', 'Our organisation', 'Our retainer', 'Audit log'],
    /\/portal$/,
  ],
  [
    ACCOUNTS.acmeViewer,
    'Acme Manufacturing',
    ['Home', 'Our incidents', 'Our organisation', 'Our retainer'],
    /\/portal$/,
  ],
];

for (const [email, organisation, nav, home] of EXPECTED) {
  test(`${email} signs in, lands on their home page and sees only their navigation`, async ({
    page,
  }) => {
    await signIn(page, email);
    await expect(page).toHaveURL(home);
    await expect(page.getByTestId('org-in-focus')).toHaveText(organisation);
    expect(await navLabels(page)).toEqual(nav);
  });
}

test('a wrong password is refused with a clear message', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(ACCOUNTS.acmeViewer);
  await page.getByLabel('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('sign-in-error')).toHaveText('Email or password is wrong.');
  await expect(page).toHaveURL(/\/sign-in/);
});

test('a client viewer typing a provider address is sent home with a message', async ({ page }) => {
  await signIn(page, ACCOUNTS.acmeViewer);
  for (const path of ['/provider/clients', '/provider/people', '/provider/audit']) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/portal$/);
    await expect(page.getByRole('alert')).toContainText(`You do not have access to ${path}`);
  }
});

test('a page opened while signed out returns there after signing in, and a reload keeps the session', async ({
  page,
}) => {
  await page.goto('/profile');
  await expect(page).toHaveURL(/\/sign-in\?returnUrl=%2Fprofile/);
  await page.getByLabel('Email').fill(ACCOUNTS.consultant);
  await page.getByLabel('Password').fill('Vigil-demo-2026!');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/profile$/);
  await page.reload();
  await expect(page).toHaveURL(/\/profile$/);
  await expect(page.getByTestId('org-in-focus')).toHaveText('Northwatch Incident Response');
});

test('signing out ends the session', async ({ page }) => {
  await signIn(page, ACCOUNTS.acmeAdmin);
  await page.getByTestId('account-menu').click();
  await page.getByRole('menuitem', { name: 'Sign out', exact: true }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await page.goto('/portal');
  await expect(page).toHaveURL(/\/sign-in/);
});
