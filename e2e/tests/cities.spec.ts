import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.ts';
import { OWNER_EMAIL, signIn } from '../support/session.ts';

// Adds "Bad Urach" to the shared demo database; no other spec counts the cities.

const GLOBAL_ADMIN_EMAIL = 'admin@amtsweg.demo';

async function openCitiesFromNav(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link', { name: 'Kommunen' })
    .click();
  await expect(page).toHaveURL(/\/kommunen$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kommunen');
  await expect(page).toHaveTitle('Kommunen – Amtsweg');
}

function cityTable(page: Page) {
  return page.getByRole('table', { name: 'Kommunen mit AGS, Bundesland und Einwohnerzahl' });
}

function cityRow(page: Page, name: string) {
  return cityTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name, exact: true }) });
}

test.describe('Kommunen', () => {
  test('the global admin adds a city, sees it listed and is told about a duplicate AGS', async ({
    page,
    a11y,
  }) => {
    await signIn(page, GLOBAL_ADMIN_EMAIL);

    // No memberships of their own: the dashboard points them to all cities.
    const myCities = page.getByRole('region', { name: 'Meine Kommunen' });
    await expect(myCities).toContainText('Als globale Administration legen Sie Kommunen an');
    await expect(myCities.getByRole('link', { name: 'Alle Kommunen anzeigen' })).toBeVisible();

    await openCitiesFromNav(page);
    await expect(cityRow(page, 'Esslingen am Neckar')).toContainText('08116019');
    await expect(cityRow(page, 'Esslingen am Neckar')).toContainText('Baden-Württemberg');
    await expect(cityRow(page, 'Esslingen am Neckar')).toContainText('95.000');
    await expect(cityRow(page, 'Gütersloh')).toContainText('Nordrhein-Westfalen');
    await expect(
      cityRow(page, 'Gütersloh').getByRole('link', { name: 'Mitglieder von Gütersloh' }),
    ).toBeVisible();

    const form = page.getByRole('region', { name: 'Kommune anlegen' });
    await form.getByLabel('Name', { exact: true }).fill('Bad Urach');
    await expect(form.getByLabel('Adresskürzel')).toHaveValue('bad-urach');
    await form.getByLabel('Amtlicher Gemeindeschlüssel (AGS)').fill('08415009');
    const state = form.getByLabel('Bundesland');
    await expect(state).toHaveValue('BADEN_WUERTTEMBERG');
    await expect(state.locator('option:checked')).toHaveText('Baden-Württemberg');
    await form.getByLabel('Einwohnerzahl').fill('12.500');
    await form.getByRole('button', { name: 'Kommune anlegen' }).click();

    await expect(page.getByRole('status')).toHaveText(
      'Die Kommune „Bad Urach“ wurde angelegt. Über „Mitglieder“ laden Sie ihre kommunale Administration ein.',
    );
    const badUrach = cityRow(page, 'Bad Urach');
    await expect(badUrach.getByRole('cell')).toHaveText([
      '08415009',
      'Baden-Württemberg',
      '12.500',
      'Mitglieder',
    ]);
    await expect(badUrach.getByRole('rowheader')).toBeFocused();
    await expect(form.getByLabel('Name', { exact: true })).toHaveValue('');
    await a11y.check('city created');

    // The same AGS again: the server refuses, the form says so in German and marks the field.
    await form.getByLabel('Name', { exact: true }).fill('Urach');
    await form.getByLabel('Amtlicher Gemeindeschlüssel (AGS)').fill('08415009');
    await form.getByLabel('Einwohnerzahl').fill('12500');
    await form.getByRole('button', { name: 'Kommune anlegen' }).click();

    const alert = page.getByRole('alert');
    await expect(alert).toHaveText(
      'Eine Kommune mit diesem AGS oder diesem Adresskürzel gibt es bereits.',
    );
    await expect(alert).toBeFocused();
    const ags = form.getByLabel('Amtlicher Gemeindeschlüssel (AGS)');
    await expect(ags).toHaveAttribute('aria-invalid', 'true');
    await expect(ags).toHaveAccessibleDescription(
      '8 Ziffern, z. B. 08116019 für Esslingen am Neckar. Diesen AGS hat bereits Bad Urach.',
    );
    await expect(cityRow(page, 'Urach')).toHaveCount(0);
    await a11y.check('duplicate AGS');

    // The new city's member list is one click away.
    await badUrach.getByRole('link', { name: 'Mitglieder von Bad Urach' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mitglieder von Bad Urach');
  });

  test('a process owner sees the list, with members only of their city, but no create form', async ({
    page,
  }) => {
    await signIn(page, OWNER_EMAIL);
    await openCitiesFromNav(page);

    await expect(cityRow(page, 'Ludwigsburg')).toContainText('08118048');
    await expect(cityRow(page, 'Ludwigsburg').getByRole('link')).toHaveCount(0);
    await cityRow(page, 'Esslingen am Neckar')
      .getByRole('link', { name: 'Mitglieder von Esslingen am Neckar' })
      .click();
    await expect(page).toHaveURL(/\/kommunen\/esslingen\/mitglieder$/);
    await page.goBack();

    await expect(cityTable(page)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Kommune anlegen' })).toHaveCount(0);
    await expect(page.getByRole('main').getByRole('textbox')).toHaveCount(0);
    await expect(page.getByRole('main').getByRole('button')).toHaveCount(0);
  });
});
