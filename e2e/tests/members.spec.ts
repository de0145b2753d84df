import { AccessibilityAudit, expect, test } from '../support/fixtures.ts';
import { CITY_ADMIN_EMAIL, signIn } from '../support/session.ts';

// Only the coordinator, the funding officer and new people are changed here: the other specs
// sign in as Esslingen's process owner and must find them unchanged.
test.describe('Mitgliederverwaltung', () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, CITY_ADMIN_EMAIL);
    const cities = page.getByRole('region', { name: 'Meine Kommunen' });
    await expect(cities).toContainText('Kommunale Administration');
    await cities.getByRole('link', { name: 'Mitglieder verwalten: Esslingen am Neckar' }).click();
    await expect(page).toHaveURL(/\/kommunen\/esslingen\/mitglieder$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Mitglieder von Esslingen am Neckar',
    );
    await expect(page).toHaveTitle('Mitglieder – Amtsweg');
  });

  test('a city admin changes a role and sees the typed error for the last admin', async ({
    page,
  }) => {
    const coordinator = 'Koordination Esslingen am Neckar';
    await page
      .getByLabel(`Rolle von ${coordinator}`)
      .selectOption({ label: 'Fördermittelmanagement' });
    await page.getByRole('button', { name: `Speichern: ${coordinator}` }).click();

    await expect(page.getByRole('status')).toHaveText(
      `Die Rolle von ${coordinator} wurde geändert.`,
    );
    await expect(page.getByLabel(`Rolle von ${coordinator}`)).toHaveValue('FUNDING_OFFICER');

    const admin = 'Administration Esslingen am Neckar';
    await page.getByLabel(`Rolle von ${admin}`).selectOption({ label: 'Koordination' });
    await page.getByRole('button', { name: `Speichern: ${admin}` }).click();

    await expect(page.getByRole('alert')).toContainText(
      'Die letzte kommunale Administration kann weder entfernt noch geändert werden.',
    );
    await expect(page.getByLabel(`Rolle von ${admin}`)).toHaveValue('CITY_ADMIN');
  });

  test('a city admin invites by e-mail; the invitee accepts via the link', async ({
    page,
    browser,
  }) => {
    const email = 'neue.kollegin@esslingen.demo';
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByLabel('Rolle', { exact: true }).selectOption({ label: 'Koordination' });
    await page.getByRole('button', { name: 'Einladen' }).click();

    await expect(page.getByRole('status')).toContainText(
      `Die Einladung für ${email} wurde angelegt.`,
    );
    const linkField = page.getByLabel('Einladungslink');
    await expect(linkField).toHaveValue(/^http:\/\/127\.0\.0\.1:\d+\/einladung\/.+/);
    const link = await linkField.inputValue();
    const invitations = page.getByRole('region', { name: 'Offene Einladungen' });
    await expect(invitations.getByRole('row', { name: new RegExp(email) })).toContainText(
      'Koordination',
    );

    // Inviting the same address again is a typed conflict, shown in German.
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByRole('button', { name: 'Einladen' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'Für diese E-Mail-Adresse gibt es bereits eine offene Einladung.',
    );

    // The invitee, in a browser of their own, opens the link and creates the account.
    const inviteeContext = await browser.newContext();
    const invitee = await inviteeContext.newPage();
    const inviteeAudit = new AccessibilityAudit(invitee, test.info());
    inviteeAudit.watchNavigations();
    await invitee.goto(link);
    await expect(invitee.getByRole('heading', { level: 1 })).toHaveText(
      'Einladung nach Esslingen am Neckar',
    );
    await expect(invitee.getByRole('main')).toContainText('„Koordination“');
    await invitee.getByLabel('Ihr Name').fill('Nora Neu');
    await invitee.getByLabel('Passwort', { exact: true }).fill('ein-sicheres-passwort');
    await invitee.getByRole('button', { name: 'Konto anlegen' }).click();
    await expect(invitee.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
    await expect(invitee.getByRole('banner')).toContainText('Nora Neu');
    await expect(invitee.getByRole('region', { name: 'Meine Kommunen' })).toContainText(
      'Koordination',
    );
    await inviteeAudit.finish();
    await inviteeContext.close();

    await page.reload();
    await expect(page.getByRole('row', { name: /Nora Neu/ })).toContainText(email);
    await expect(invitations).toContainText('Es gibt keine offenen Einladungen.');
  });

  test('a city admin revokes an invitation and removes a member', async ({ page }) => {
    const email = 'zurueckgezogen@esslingen.demo';
    await page.getByLabel('E-Mail-Adresse').fill(email);
    await page.getByRole('button', { name: 'Einladen' }).click();
    const invitations = page.getByRole('region', { name: 'Offene Einladungen' });
    await expect(invitations.getByRole('row', { name: new RegExp(email) })).toBeVisible();

    page.once('dialog', (dialog) => void dialog.accept());
    await invitations.getByRole('button', { name: `Zurückziehen: ${email}` }).click();
    await expect(page.getByRole('status')).toHaveText(
      `Die Einladung an ${email} wurde zurückgezogen.`,
    );
    await expect(invitations.getByRole('row', { name: new RegExp(email) })).toHaveCount(0);

    const funding = 'Fördermittelmanagement Esslingen am Neckar';
    // Cancelling the confirmation keeps the member.
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.getByRole('button', { name: `Entfernen: ${funding}` }).click();
    await expect(page.getByRole('row', { name: new RegExp(funding) })).toHaveCount(1);

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: `Entfernen: ${funding}` }).click();
    await expect(page.getByRole('status')).toHaveText(`${funding} wurde entfernt.`);
    await expect(page.getByRole('row', { name: new RegExp(funding) })).toHaveCount(0);
  });
});
