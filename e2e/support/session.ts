import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'amtsweg-demo';
export const OWNER_EMAIL = 'owner@esslingen.demo';
export const CITY_ADMIN_EMAIL = 'admin@esslingen.demo';

/** Signs in through the login page, as a user would, and waits for the dashboard. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/anmelden');
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
}
