import type { Browser, Locator, Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.ts';
import { signIn } from '../support/session.ts';

// The demo projects stay as they are (other specs and people read them): this spec records a
// project of its own, led by Waiblingen with Ludwigsburg as partner, and follows it from the
// register to the detail page and into Ludwigsburg's open dashboard. (Not Esslingen: the members
// spec turns Esslingen's coordinator into a funding officer earlier in the same run.)

const LEAD_COORDINATOR = 'coordinator@waiblingen.demo';
const LUDWIGSBURG_COORDINATOR = 'coordinator@ludwigsburg.demo';
// Unique within the run's database, even if a step is repeated by hand.
const TITLE = `Parkraum-App im Verbund ${Date.now().toString(36)}`;

// The register's words for the traffic light: IDEA red, IN_PROGRESS yellow, DONE green.
const IN_PROGRESS = 'In Umsetzung';
const IDEA_LIGHT = 'Idee (Ampel rot)';
const IN_PROGRESS_LIGHT = `${IN_PROGRESS} (Ampel gelb)`;

/** The project's page, found by the first step and opened by the others. */
let projectPath = '';

// Generous: the automatic axe audits wait for network idle, which an open live connection delays.
test.describe.configure({ mode: 'serial', timeout: 120_000 });

function registerRow(page: Page, title: string): Locator {
  return page
    .getByRole('table', { name: 'Projekte, zuletzt geänderte zuerst' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: title }) });
}

/** The number in the dashboard's status table for one status, e.g. "In Umsetzung (Ampel gelb)". */
function statusCount(page: Page, label: string): Locator {
  return page
    .getByRole('table', { name: 'Anzahl der Projekte je Status' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) })
    .getByRole('cell')
    .first();
}

function recentRow(page: Page, title: string): Locator {
  return page
    .getByRole('table', { name: 'Zuletzt geänderte Projekte, das jüngste zuerst' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: title }) });
}

/** The value next to a label in the project's key facts. */
function fact(page: Page, label: string): Locator {
  return page
    .locator('dl.project-facts > div')
    .filter({ has: page.getByText(label, { exact: true }) })
    .locator('dd');
}

async function countOf(locator: Locator): Promise<number> {
  await expect(locator).toHaveText(/^\d+$/);
  return Number(await locator.textContent());
}

/** A second browser of its own, signed in as `email`. */
async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    locale: 'de-DE',
  });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

test.describe('projects register', () => {
  test('a coordinator records a joint project, shown with its traffic light in words', async ({
    page,
    a11y,
  }) => {
    await signIn(page, LEAD_COORDINATOR);
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Projekte' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Projekte' })).toBeVisible();
    // The demo projects are there, each status in words (the coloured dot only repeats it).
    const register = page.getByRole('table', { name: 'Projekte, zuletzt geänderte zuerst' });
    await expect(register.getByRole('row').nth(1)).toBeVisible();
    await expect(register).toContainText(/Idee|In Umsetzung|Umgesetzt/);
    await a11y.check('project register');

    await page.getByRole('link', { name: 'Neues Projekt' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Neues Projekt' })).toBeVisible();
    await page.getByLabel('Titel', { exact: true }).fill(TITLE);
    await page
      .getByLabel('Beschreibung (optional)')
      .fill('Freie Parkplätze in beiden Innenstädten live in einer App anzeigen.');
    await page.getByLabel('Themenfeld').selectOption({ label: 'Digitale Bürgerdienste (OZG)' });
    await expect(page.getByLabel('Federführende Kommune')).toHaveValue(/.+/);
    await page
      .getByRole('group', { name: 'Partnerkommunen (optional)' })
      .getByLabel('Ludwigsburg', { exact: true })
      .check();
    await expect(page.getByLabel('Status', { exact: true })).toHaveValue('IDEA');
    await page.getByRole('button', { name: 'Projekt anlegen' }).click();

    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await expect(page.getByText(`Das Projekt „${TITLE}“ wurde angelegt.`)).toBeVisible();
    await expect(fact(page, 'Status')).toHaveText('Idee');
    await expect(fact(page, 'Federführende Kommune')).toHaveText('Waiblingen');
    await expect(fact(page, 'Partnerkommunen')).toHaveText('Ludwigsburg');
    projectPath = new URL(page.url()).pathname;
    expect(projectPath).toMatch(/^\/projekte\/[^/]+$/);
    await a11y.check('project detail');

    await page.getByRole('link', { name: 'Zurück zu den Projekten' }).click();
    const row = registerRow(page, TITLE);
    await expect(row.getByRole('cell').nth(1)).toContainText(
      'Waiblingen (federführend), Ludwigsburg',
    );
    await expect(row.getByRole('cell').nth(2)).toHaveText('Idee');
  });

  test('the partner city’s open dashboard follows a status change without reload', async ({
    page,
    browser,
    a11y,
  }) => {
    expect(projectPath, 'the first step recorded the project').not.toBe('');
    // Ludwigsburg's coordinator keeps the dashboard open.
    await signIn(page, LUDWIGSBURG_COORDINATOR);
    await page.goto('/projekte/uebersicht');
    await expect(page.getByRole('heading', { level: 1, name: 'Projektübersicht' })).toBeVisible();
    await expect(recentRow(page, TITLE)).toContainText('Idee');
    const ideas = await countOf(statusCount(page, IDEA_LIGHT));
    const inProgress = await countOf(statusCount(page, IN_PROGRESS_LIGHT));
    await a11y.check('project dashboard');
    // A full navigation would reset this marker: it proves the page was never reloaded.
    await page.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
    });

    // The lead's coordinator, in a browser of their own, moves the project on.
    const lead = await signedInPage(browser, LEAD_COORDINATOR);
    try {
      await lead.goto(projectPath);
      await expect(lead.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
      await lead.getByLabel('Neuer Status').selectOption({ label: IN_PROGRESS });
      await lead.getByLabel('Fortschritt in Prozent').fill('40');
      await lead
        .getByLabel('Kurze Erläuterung (optional)')
        .fill('Sensoren in beiden Parkhäusern montiert.');
      await lead.getByRole('button', { name: 'Status ändern' }).click();
      await expect(
        lead.getByText(`Der Status ist jetzt „${IN_PROGRESS}“, der Fortschritt 40 %.`),
      ).toBeVisible();
    } finally {
      await lead.context().close();
    }

    // Ludwigsburg's dashboard shows it, announced politely, without a reload.
    await expect(recentRow(page, TITLE)).toContainText(IN_PROGRESS);
    await expect(statusCount(page, IDEA_LIGHT)).toHaveText(String(ideas - 1));
    await expect(statusCount(page, IN_PROGRESS_LIGHT)).toHaveText(String(inProgress + 1));
    await expect(page.getByText(/^Übersicht aktualisiert um \d{2}:\d{2} Uhr\.$/)).toBeAttached();
    expect(
      await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
    ).toBe(true);
    await a11y.check('project dashboard after the live update');

    // The partner sees the change and its note in the project's log.
    await page.getByRole('link', { name: TITLE }).click();
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Verlauf' })).toContainText(
      'Sensoren in beiden Parkhäusern montiert.',
    );
  });

  test('the partner city’s open project page shows a new comment without reload', async ({
    page,
    browser,
  }) => {
    expect(projectPath, 'the first step recorded the project').not.toBe('');
    await signIn(page, LUDWIGSBURG_COORDINATOR);
    await page.goto(projectPath);
    await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
    const log = page.getByRole('region', { name: 'Verlauf' });
    await expect(log).toContainText('Sensoren in beiden Parkhäusern montiert.');
    await page.evaluate(() => {
      (window as unknown as { notReloaded: boolean }).notReloaded = true;
    });

    const lead = await signedInPage(browser, LEAD_COORDINATOR);
    try {
      await lead.goto(projectPath);
      await lead.getByLabel('Ihr Kommentar').fill('Ausschreibung der Sensoren veröffentlicht.');
      await lead.getByRole('button', { name: 'Kommentar veröffentlichen' }).click();
      await expect(lead.getByText('Ihr Kommentar wurde veröffentlicht.')).toBeVisible();
    } finally {
      await lead.context().close();
    }

    await expect(log).toContainText('Ausschreibung der Sensoren veröffentlicht.');
    expect(
      await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded),
    ).toBe(true);
  });
});
