import { expect, test } from '../support/fixtures.ts';
import { OWNER_EMAIL, signIn } from '../support/session.ts';

test.describe('Anmeldung und Übersicht', () => {
  test('process owner sees the German dashboard, switches to English, keeps it, signs out', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/anmelden$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page).toHaveTitle('Anmelden – Amtsweg');
    await expect(page.getByText('owner@esslingen.demo')).toBeVisible();

    await signIn(page, OWNER_EMAIL);

    await expect(page).toHaveTitle('Übersicht – Amtsweg');
    const banner = page.getByRole('banner');
    await expect(banner.getByText('Prozessverantwortung Esslingen am Neckar')).toBeVisible();
    await expect(banner.getByRole('button', { name: 'Abmelden' })).toBeVisible();

    const cities = page.getByRole('region', { name: 'Meine Kommunen' });
    await expect(cities.getByRole('heading', { name: 'Esslingen am Neckar' })).toBeVisible();
    await expect(cities).toContainText('Prozessverantwortliche(r)');
    const partnerships = page.getByRole('region', { name: 'Meine Kooperationsverbünde' });
    await expect(
      partnerships.getByRole('heading', { name: 'Digitalisierungsverbund Neckar' }),
    ).toBeVisible();
    await expect(partnerships).toContainText('Ludwigsburg');
    await expect(partnerships).toContainText('Beigetreten');

    await page.getByLabel('Sprache').selectOption('en');
    await expect(page.getByRole('heading', { level: 2, name: 'My municipalities' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'My municipalities' })).toContainText(
      'Process owner',
    );
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page).toHaveTitle('Overview – Amtsweg');

    await page.reload();
    await expect(page.getByRole('heading', { level: 2, name: 'My partnerships' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByLabel('Language')).toHaveValue('en');

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/anmelden$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();

    // Signed out for real: the dashboard is no longer reachable.
    await page.goto('/');
    await expect(page).toHaveURL(/\/anmelden$/);
  });

  test('a wrong password shows the German error in an alert', async ({ page }) => {
    await page.goto('/anmelden');
    await page.getByLabel('E-Mail-Adresse').fill(OWNER_EMAIL);
    await page.getByLabel('Passwort', { exact: true }).fill('falsches-passwort');
    await page.getByRole('button', { name: 'Anmelden' }).click();

    await expect(page.getByRole('alert')).toHaveText(
      'E-Mail-Adresse oder Passwort ist nicht korrekt.',
    );
    await expect(page).toHaveURL(/\/anmelden$/);
  });

  test('after signing in, the user lands on the page they asked for', async ({ page }) => {
    await page.goto('/kommunen/esslingen/mitglieder');
    await expect(page).toHaveURL(/\/anmelden\?redirect=/);
    await page.getByLabel('E-Mail-Adresse').fill(OWNER_EMAIL);
    await page.getByLabel('Passwort', { exact: true }).fill('amtsweg-demo');
    await page.getByRole('button', { name: 'Anmelden' }).click();

    await expect(page).toHaveURL(/\/kommunen\/esslingen\/mitglieder$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Mitglieder von Esslingen am Neckar',
    );
  });
});
