import { expect, test } from '../support/fixtures.ts';
import { OWNER_EMAIL } from '../support/session.ts';

test.describe('Tastaturbedienung', () => {
  test('Tab reaches the skip link first and it moves focus to the main content', async ({
    page,
  }) => {
    await page.goto('/anmelden');
    await page.keyboard.press('Tab');

    const skipLink = page.getByRole('link', { name: 'Zum Inhalt springen' });
    await expect(skipLink).toBeFocused();
    await expect(skipLink).toBeInViewport();

    await page.keyboard.press('Enter');
    await expect(page.locator('main#main')).toBeFocused();

    // The next Tab continues inside main, not back in the header.
    await page.keyboard.press('Tab');
    const focusedInMain = await page.evaluate(
      () => document.activeElement?.closest('main') !== null,
    );
    expect(focusedInMain).toBe(true);
  });

  test('signing in and out works with the keyboard alone', async ({ page }) => {
    await page.goto('/anmelden');
    await page.getByLabel('E-Mail-Adresse').focus();
    await page.keyboard.type(OWNER_EMAIL);
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Passwort', { exact: true })).toBeFocused();
    await page.keyboard.type('amtsweg-demo');
    await page.keyboard.press('Enter');

    await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
    // After the route change focus sits on main, so screen readers start at the new content.
    await expect(page.locator('main#main')).toBeFocused();

    const signOut = page.getByRole('button', { name: 'Abmelden' });
    for (let step = 0; step < 15; step += 1) {
      await page.keyboard.press('Shift+Tab');
      if (await signOut.evaluate((element) => element === document.activeElement)) break;
    }
    await expect(signOut).toBeFocused();
    const outline = await signOut.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/anmelden$/);
  });
});
