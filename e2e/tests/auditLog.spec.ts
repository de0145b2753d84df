import { expect, test } from '../support/fixtures.ts';
import { signIn } from '../support/session.ts';

// Waiblingen's admin: the members spec changes Esslingen's accounts. Adds one open invitation to
// Waiblingen, which no other spec counts.
const ADMIN_EMAIL = 'admin@waiblingen.demo';
const ADMIN_NAME = 'Administration Waiblingen';

test.describe('Protokoll', () => {
  test('a city admin invites someone and finds it, with the sign-in, in the audit log', async ({
    page,
    a11y,
  }) => {
    await signIn(page, ADMIN_EMAIL);
    await page
      .getByRole('region', { name: 'Meine Kommunen' })
      .getByRole('link', { name: 'Mitglieder verwalten: Waiblingen' })
      .click();
    await expect(page).toHaveURL(/\/kommunen\/waiblingen\/mitglieder$/);

    const email = 'protokoll.test@waiblingen.demo';
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Koordination' });
    await page.getByRole('button', { name: 'Einladen' }).click();
    await expect(page.getByRole('status')).toContainText(`Die Einladung für ${email}`);

    await page.getByRole('link', { name: 'Protokoll der Änderungen ansehen' }).click();
    await expect(page).toHaveURL(/\/kommunen\/waiblingen\/protokoll$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Protokoll: Waiblingen');
    await expect(page).toHaveTitle('Protokoll – Amtsweg');

    const log = page.getByRole('table', { name: 'Protokollierte Aktionen, die neueste zuerst' });
    const rows = log.getByRole('row');
    // Newest first: the invitation, then the sign-in before it. Nothing of the e-mail address.
    await expect(rows.nth(1)).toContainText(ADMIN_NAME);
    await expect(rows.nth(1)).toContainText('Mitglied eingeladen');
    await expect(rows.nth(1)).toContainText('Ausgeführt');
    await expect(rows.nth(2)).toContainText('Anmeldung');
    await expect(log).not.toContainText(email);
    await a11y.check('audit log');
  });
});
