import type { Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.ts';
import { signIn } from '../support/session.ts';

// The demo programmes stay as they are; this spec adds one programme of its own.

const FUNDING_OFFICER_EMAIL = 'funding@esslingen.demo';
const NEW_PROGRAMME = 'Verwaltung digital – Schulungsoffensive';

function programmeCard(page: Page, name: string) {
  return page.getByRole('article', { name, exact: true });
}

/** The value next to a label in a programme card. */
function fact(card: ReturnType<typeof programmeCard>, label: string) {
  return card
    .locator('dl > div')
    .filter({ has: card.page().getByText(label, { exact: true }) })
    .locator('dd');
}

test.describe('funding programmes', () => {
  test('lists the demo programmes with rate, cap and deadline', async ({ page, a11y }) => {
    await signIn(page, FUNDING_OFFICER_EMAIL);
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Förderprogramme' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Förderprogramme' })).toBeVisible();
    await expect(page).toHaveTitle(/Förderprogramme/);

    const card = programmeCard(page, 'Digitale Zukunftskommune@bw');
    await expect(fact(card, 'Förderquote')).toHaveText('80 %');
    await expect(fact(card, 'Förderhöchstbetrag je Kommune')).toHaveText('40.000,00 €');
    await expect(fact(card, 'Einreichungsfrist')).toContainText(/noch \d+ Tage/);
    await a11y.check('funding programme list');
  });

  test('a funding officer adds a programme and finds it in the list', async ({ page, a11y }) => {
    await signIn(page, FUNDING_OFFICER_EMAIL);
    await page.goto('/foerderprogramme');
    await page.getByRole('link', { name: 'Förderprogramm erfassen' }).click();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Förderprogramm erfassen' }),
    ).toBeVisible();

    // Sent empty first: each problem is explained next to its field.
    await page.getByRole('button', { name: 'Förderprogramm speichern' }).click();
    await expect(page.getByLabel('Name des Förderprogramms')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
    await expect(page.getByText('Wählen Sie mindestens eine Kostenart.')).toBeVisible();
    await a11y.check('form with errors');

    await page.getByLabel('Name des Förderprogramms').fill(NEW_PROGRAMME);
    await page.getByLabel('Fördergeber').fill('Landkreis Esslingen');
    await page.getByLabel('Förderquote in %').fill('75,5');
    await page.getByLabel('Förderhöchstbetrag je Kommune in € (optional)').fill('12.500');
    await page
      .getByRole('group', { name: 'Förderfähige Kostenarten' })
      .getByLabel('Schulungen')
      .check();
    await page
      .getByLabel('Erforderliche Unterlagen (optional)')
      .fill('Schulungskonzept\nKostenplan');
    await page.getByRole('button', { name: 'Förderprogramm speichern' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Förderprogramme' })).toBeVisible();
    await expect(page.getByRole('status')).toHaveText(
      `Das Förderprogramm „${NEW_PROGRAMME}“ wurde erfasst.`,
    );
    const card = programmeCard(page, NEW_PROGRAMME);
    await expect(card.getByRole('heading', { name: NEW_PROGRAMME })).toBeFocused();
    await expect(fact(card, 'Förderquote')).toHaveText('75,5 %');
    await expect(fact(card, 'Förderhöchstbetrag je Kommune')).toHaveText('12.500,00 €');
    await expect(fact(card, 'Förderfähige Kostenarten')).toHaveText('Schulungen');
  });
});
