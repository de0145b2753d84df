import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.ts';
import { downloadedBytes, minimalPdf, pdfText, sheetRows } from '../support/fundingFiles.ts';
import { signIn } from '../support/session.ts';

// The demo application "Digitalisierungsstrategie Neckar-Verbund" stays as it is: this spec
// files an application of its own (Esslingen leading, Ludwigsburg and Böblingen invited) and
// follows it from the first draft to the frozen submitted version. The steps build on each other,
// each signed in as the funding officer of one city.

const TITLE = 'Gemeinsame E-Akte für Bauanträge';
const PROGRAMME = 'Digitale Zukunftskommune@bw';
const ESSLINGEN = 'Esslingen am Neckar';
const LUDWIGSBURG = 'Ludwigsburg';
const BOEBLINGEN = 'Böblingen';

const ESSLINGEN_LINE = 'Projektleitung E-Akte (1,0 VZÄ, 12 Monate)';
const LUDWIGSBURG_LINE = 'Prozessanalyse und Schnittstellen (externer Dienstleister)';
const BOEBLINGEN_LINE = 'Schulung der Sachbearbeitung Bauamt';
const LUDWIGSBURG_LETTER = 'Absichtserklaerung-Ludwigsburg.pdf';
const BOEBLINGEN_REASON = 'Die Zusage Böblingens steht im Gemeinderatsbeschluss vom 12.11.2026.';

/** The application's page, found by the first step and opened by the others. */
let applicationPath = '';
/** Its live PDF export, for the outsider to try. */
let pdfExportPath = '';

test.describe.configure({ mode: 'serial', timeout: 90_000 });

function statementTable(page: Page): Locator {
  return page.getByRole('table', { name: /^Finanzierungsübersicht nach Kommunen/ });
}

/** The figure cells of one city's row (or of "Summe") in the statement table. */
function figures(page: Page, rowHeader: string | RegExp): Locator {
  return statementTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: rowHeader }) })
    .getByRole('cell');
}

function budgetRegion(page: Page, city: string): Locator {
  return page.getByRole('region', { name: `Kosten von ${city}`, exact: true });
}

function checklistItem(page: Page, name: string): Locator {
  return page.getByRole('article', { name, exact: true });
}

/** Enters the first cost line of `city` in its budget editor and saves it. */
async function enterBudgetLine(
  page: Page,
  city: string,
  line: { category: string; description: string; amount: string },
): Promise<void> {
  const budget = budgetRegion(page, city);
  await expect(budget).toContainText(`${city} hat noch keine Kosten eingetragen.`);
  await budget.getByRole('button', { name: 'Zeile hinzufügen' }).click();
  // The new row's first field takes the focus.
  await expect(budget.getByLabel('Kostenart, Zeile 1')).toBeFocused();
  await budget.getByLabel('Kostenart, Zeile 1').selectOption({ label: line.category });
  await budget.getByLabel('Beschreibung, Zeile 1').fill(line.description);
  await budget.getByLabel('Betrag in €, Zeile 1').fill(line.amount);
  await expect(budget.getByLabel('förderfähig, Zeile 1')).toBeChecked();
  await expect(budget).toContainText('Ungespeicherte Änderungen');
  await budget.getByRole('button', { name: `Budget von ${city} speichern` }).click();
  await expect(budget.getByRole('status')).toHaveText(`Das Budget von ${city} wurde gespeichert.`);
  await expect(budget).not.toContainText('Ungespeicherte Änderungen');
}

/** Uploads a small PDF for one checklist item and waits until the item shows it. */
async function uploadDocument(page: Page, itemName: string, fileName: string): Promise<Buffer> {
  const item = checklistItem(page, itemName);
  await expect(item).toContainText('fehlt');
  const bytes = minimalPdf(`${itemName} - ${TITLE}`);
  await item
    .getByLabel(`Datei für „${itemName}“`)
    .setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: bytes });
  await item.getByRole('button', { name: 'Hochladen' }).click();
  await expect(item.getByRole('status')).toHaveText(`„${itemName}“ ist hochgeladen: ${fileName}.`);
  await expect(item).toContainText('hochgeladen');
  await expect(item.getByRole('link', { name: `${fileName} herunterladen` })).toBeVisible();
  return bytes;
}

/** Marks one checklist item as not applicable, with the reason. */
async function markNotApplicable(page: Page, itemName: string, reason: string): Promise<void> {
  const item = checklistItem(page, itemName);
  await expect(item).toContainText('fehlt');
  const toggle = item.getByRole('button', { name: 'Nicht zutreffend', exact: true });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  const field = item.getByLabel(`Begründung, warum „${itemName}“ nicht zutreffend ist`);
  await expect(field).toBeFocused();
  await field.fill(reason);
  await item.getByRole('button', { name: 'Als nicht zutreffend speichern' }).click();
  await expect(item.getByRole('status')).toHaveText(
    `„${itemName}“ ist als nicht zutreffend markiert.`,
  );
  await expect(item).toContainText('nicht zutreffend');
  await expect(item).toContainText(reason);
}

/** A partner city's funding officer finds the application in the list and accepts for the city. */
async function acceptInvitation(page: Page, city: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link', { name: 'Förderanträge' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Förderanträge' })).toBeVisible();
  await page.getByRole('link', { name: TITLE, exact: true }).click();
  await expect(page).toHaveURL((url) => url.pathname === applicationPath);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);

  await expect(
    page.getByText(
      `${city} ist zu diesem Förderantrag eingeladen. Sagen Sie für ${city} zu oder ab.`,
    ),
  ).toBeVisible();
  // Not the lead city: nothing to manage, no budget of its own yet.
  await expect(page.getByRole('button', { name: 'Partner einladen' })).toHaveCount(0);
  await expect(budgetRegion(page, city)).toHaveCount(0);

  await page.getByRole('button', { name: `Für ${city} zusagen` }).click();
  await expect(page.getByRole('status').filter({ hasText: `${city} hat zugesagt.` })).toBeVisible();
  const partners = page.getByRole('table', { name: 'Beteiligte Kommunen und ihr Stand' });
  await expect(partners.getByRole('row', { name: new RegExp(`^${city}`) })).toContainText(
    'Zugesagt',
  );
  await expect(page.getByRole('button', { name: `Für ${city} zusagen` })).toHaveCount(0);
}

test.describe('gemeinsame Förderanträge', () => {
  test('the lead funding officer files a joint application and enters the lead city’s part', async ({
    page,
    a11y,
  }) => {
    await signIn(page, 'funding@esslingen.demo');
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Förderanträge' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Förderanträge' })).toBeVisible();
    await page.getByRole('link', { name: 'Neuer Förderantrag' }).click();
    await expect(page).toHaveURL(/\/foerderantraege\/neu$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Neuer Förderantrag');
    await expect(page).toHaveTitle('Neuer Förderantrag – Amtsweg');

    const programme = page.getByLabel('Förderprogramm', { exact: true });
    const programmeOption = programme.locator('option', { hasText: PROGRAMME });
    await expect(programmeOption).toHaveText(new RegExp(`^${PROGRAMME} \\(Frist .+\\)$`));
    await programme.selectOption((await programmeOption.getAttribute('value')) ?? '');
    await page.getByLabel('Titel des Vorhabens').fill(TITLE);
    await page
      .getByLabel('Kurzbeschreibung (optional)')
      .fill(
        'Esslingen, Ludwigsburg und Böblingen führen gemeinsam die elektronische Bauakte ein; Esslingen leitet das Vorhaben.',
      );
    // A funding officer of Esslingen applies for Esslingen only.
    await expect(
      page.getByLabel('Federführende Kommune (Antragstellerin)').locator('option'),
    ).toHaveText([ESSLINGEN]);
    const partners = page.getByRole('group', { name: 'Partnerkommunen einladen (optional)' });
    await expect(partners.getByLabel(ESSLINGEN)).toHaveCount(0);
    await partners.getByLabel(LUDWIGSBURG).check();
    await partners.getByLabel(BOEBLINGEN).check();
    await a11y.check('create page, filled in');
    await page.getByRole('button', { name: 'Förderantrag anlegen' }).click();

    await expect(page).toHaveURL(/\/foerderantraege\/(?!neu)[^/]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
    await expect(page.getByRole('status').filter({ hasText: 'wurde angelegt' })).toHaveText(
      `Der Förderantrag „${TITLE}“ wurde angelegt.`,
    );
    applicationPath = new URL(page.url()).pathname;

    const facts = page.getByRole('main').locator('dl').first();
    await expect(facts).toContainText(/Status\s*Entwurf/);
    await expect(facts).toContainText(PROGRAMME);
    await expect(facts).toContainText(new RegExp(`Federführende Kommune\\s*${ESSLINGEN}`));
    const partnerTable = page.getByRole('table', { name: 'Beteiligte Kommunen und ihr Stand' });
    await expect(
      partnerTable.getByRole('row', { name: new RegExp(`^${ESSLINGEN}`) }),
    ).toContainText('federführend');
    for (const city of [LUDWIGSBURG, BOEBLINGEN]) {
      await expect(partnerTable.getByRole('row', { name: new RegExp(`^${city}`) })).toContainText(
        'Eingeladen',
      );
    }
    // Only Esslingen has accepted so far: only its budget, only its figures.
    await expect(budgetRegion(page, LUDWIGSBURG)).toHaveCount(0);

    await enterBudgetLine(page, ESSLINGEN, {
      category: 'Personal',
      description: ESSLINGEN_LINE,
      amount: '60.000',
    });
    // 80 % of 60.000 € would be 48.000 €: the programme caps each municipality at 40.000 €.
    await expect(figures(page, /^Esslingen am Neckar/)).toHaveText([
      '60.000,00 €',
      '60.000,00 €',
      '40.000,00 € auf den Höchstbetrag je Kommune begrenzt',
      '20.000,00 €',
      '33,33 %',
    ]);
    await expect(figures(page, LUDWIGSBURG)).toHaveCount(0);
    await a11y.check('application page with the budget editor');

    // The programme's documents are the lead city's; each partner brings its letter of intent.
    const checklist = page.getByRole('list', { name: 'Unterlagen des Förderantrags' });
    await expect(checklist.getByRole('article')).toHaveCount(6);
    await expect(page.getByText('0 von 6 Unterlagen erledigt')).toBeVisible();
    const ludwigsburgLetter = checklistItem(page, `Absichtserklärung ${LUDWIGSBURG}`);
    await expect(ludwigsburgLetter).toContainText('fehlt');
    await expect(ludwigsburgLetter.getByRole('button')).toHaveCount(0);
    const description = await uploadDocument(
      page,
      'Projektbeschreibung',
      'Projektbeschreibung.pdf',
    );
    await uploadDocument(page, 'Kosten- und Finanzierungsplan', 'Kosten-und-Finanzierungsplan.pdf');
    await uploadDocument(page, 'Gemeinderatsbeschluss', 'Gemeinderatsbeschluss-2026-11.pdf');
    await markNotApplicable(
      page,
      'Absichtserklärung je Partnerkommune',
      'Die Partnerkommunen laden ihre Absichtserklärungen selbst hoch.',
    );
    await expect(page.getByText('4 von 6 Unterlagen erledigt')).toBeVisible();

    // The stored file comes back as uploaded.
    const downloading = page.waitForEvent('download');
    await checklistItem(page, 'Projektbeschreibung')
      .getByRole('link', { name: 'Projektbeschreibung.pdf herunterladen' })
      .click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('Projektbeschreibung.pdf');
    expect((await downloadedBytes(download)).equals(description)).toBe(true);

    pdfExportPath =
      (await page
        .getByRole('region', { name: 'Export', exact: true })
        .getByRole('link', { name: 'Zusammenfassung als PDF herunterladen' })
        .getAttribute('href')) ?? '';
    expect(pdfExportPath).toMatch(/^\/exports\/funding-applications\/[0-9a-f-]{36}\/summary\.pdf$/);

    // A draft goes to internal review before it can be submitted.
    const workflow = page.getByRole('region', { name: 'Verfahrensstand' });
    await expect(workflow.getByRole('button', { name: 'Einreichen' })).toHaveCount(0);
    await expect(workflow.getByRole('button', { name: 'Zur internen Prüfung' })).toBeVisible();
  });

  test('the lead corrects the summary; the demo application lists the project that refers to it', async ({
    page,
    a11y,
  }) => {
    expect(applicationPath).not.toBe('');
    const summary =
      'Esslingen, Ludwigsburg und Böblingen führen gemeinsam die elektronische Bauakte ein; Esslingen leitet das Vorhaben und betreibt die Plattform.';
    await signIn(page, 'funding@esslingen.demo');
    await page.goto(applicationPath);
    const details = page.getByRole('region', { name: 'Antragsdaten' });
    await details
      .getByRole('button', { name: 'Titel, Kurzbeschreibung und Prozessmodelle bearbeiten' })
      .click();
    const title = details.getByLabel('Titel des Vorhabens');
    await expect(title).toBeFocused();
    await expect(title).toHaveValue(TITLE);
    await details.getByLabel('Kurzbeschreibung (optional)').fill(summary);
    await a11y.check('application details form');
    await details.getByRole('button', { name: 'Antragsdaten speichern' }).click();
    await expect(details.getByRole('status')).toHaveText('Die Antragsdaten wurden gespeichert.');
    await expect(page.getByRole('main').locator('dl').first()).toBeVisible();
    await expect(page.getByRole('main')).toContainText(summary);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);

    // The demo project "Digitalisierungsstrategie Neckar-Verbund" names the demo application.
    await page.getByRole('link', { name: 'Zurück zu den Förderanträgen' }).click();
    await page
      .getByRole('table', { name: 'Ihre Förderanträge' })
      .getByRole('link', { name: 'Digitalisierungsstrategie Neckar-Verbund' })
      .click();
    const projects = page.getByRole('region', { name: 'Zugehörige Projekte' });
    await expect(projects.getByRole('listitem')).toHaveCount(1);
    await expect(projects).toContainText('(Esslingen am Neckar)');
    await expect(
      projects.getByRole('link', { name: 'Digitalisierungsstrategie Neckar-Verbund' }),
    ).toHaveAttribute('href', /^\/projekte\/[^/]+$/);
  });

  test('Ludwigsburg accepts, enters its costs and uploads its letter of intent', async ({
    page,
  }) => {
    expect(applicationPath).not.toBe('');
    await signIn(page, 'funding@ludwigsburg.demo');
    await acceptInvitation(page, LUDWIGSBURG);

    // Esslingen's lines are shown, not editable.
    const esslingen = budgetRegion(page, ESSLINGEN);
    await expect(esslingen.getByRole('table')).toContainText(ESSLINGEN_LINE);
    await expect(esslingen.getByRole('table')).toContainText('60.000,00 €');
    await expect(esslingen.getByRole('textbox')).toHaveCount(0);

    await enterBudgetLine(page, LUDWIGSBURG, {
      category: 'Externe Dienstleistungen',
      description: LUDWIGSBURG_LINE,
      amount: '30.000',
    });
    await expect(figures(page, LUDWIGSBURG)).toHaveText([
      '30.000,00 €',
      '30.000,00 €',
      '24.000,00 €',
      '6.000,00 €',
      '20 %',
    ]);

    await expect(page.getByText('4 von 6 Unterlagen erledigt')).toBeVisible();
    await uploadDocument(page, `Absichtserklärung ${LUDWIGSBURG}`, LUDWIGSBURG_LETTER);
    // Esslingen's documents and the workflow are the lead city's business.
    await expect(checklistItem(page, 'Projektbeschreibung').getByRole('button')).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Verfahrensstand' })).toContainText(
      'Den Verfahrensstand ändert das Fördermittelmanagement der federführenden Kommune.',
    );
  });

  test('Böblingen accepts, enters its costs and marks its letter of intent not applicable', async ({
    page,
  }) => {
    expect(applicationPath).not.toBe('');
    await signIn(page, 'funding@boeblingen.demo');
    await acceptInvitation(page, BOEBLINGEN);

    await enterBudgetLine(page, BOEBLINGEN, {
      category: 'Schulungen',
      description: BOEBLINGEN_LINE,
      amount: '10.000',
    });
    await expect(figures(page, BOEBLINGEN)).toHaveText([
      '10.000,00 €',
      '10.000,00 €',
      '8.000,00 €',
      '2.000,00 €',
      '20 %',
    ]);
    await expect(page.getByText('5 von 6 Unterlagen erledigt')).toBeVisible();
    await markNotApplicable(page, `Absichtserklärung ${BOEBLINGEN}`, BOEBLINGEN_REASON);
  });

  test('the lead submits; the submitted version and its exports keep the figures of that day', async ({
    page,
    a11y,
  }) => {
    expect(applicationPath).not.toBe('');
    await signIn(page, 'funding@esslingen.demo');
    await page.goto(applicationPath);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TITLE);

    const partnerTable = page.getByRole('table', { name: 'Beteiligte Kommunen und ihr Stand' });
    for (const city of [LUDWIGSBURG, BOEBLINGEN]) {
      await expect(partnerTable.getByRole('row', { name: new RegExp(`^${city}`) })).toContainText(
        'Zugesagt',
      );
    }
    await expect(figures(page, 'Summe')).toHaveText([
      '100.000,00 €',
      '100.000,00 €',
      '72.000,00 €',
      '28.000,00 €',
      '28 %',
    ]);
    await expect(page.getByText('6 von 6 Unterlagen erledigt')).toBeVisible();

    const workflow = page.getByRole('region', { name: 'Verfahrensstand' });
    const steps = workflow.getByRole('group', { name: 'Nächster Schritt' });
    await steps.getByRole('button', { name: 'Zur internen Prüfung' }).click();
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: 'Der Antrag hat jetzt den Status „Interne Prüfung“.' }),
    ).toBeVisible();

    await workflow
      .getByLabel('Kommentar zum Schritt (optional)')
      .fill('Vom Fachbereich Digitalisierung geprüft.');
    let question = '';
    page.once('dialog', (dialog) => {
      question = dialog.message();
      void dialog.accept();
    });
    await steps.getByRole('button', { name: 'Einreichen' }).click();
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: 'Der Antrag hat jetzt den Status „Eingereicht“.' }),
    ).toBeVisible();
    expect(question).toBe(
      'Den Antrag jetzt einreichen? Die eingereichte Fassung wird eingefroren und bleibt unverändert.',
    );
    await expect(workflow).toContainText(/Aktueller Status:\s*Eingereicht/);
    await expect(workflow).toContainText('Vom Fachbereich Digitalisierung geprüft.');

    const snapshots = page.getByRole('region', { name: 'Eingereichte Fassungen' });
    const snapshotLink = snapshots.getByRole('link', { name: /^Eingereichte Fassung vom / });
    await expect(snapshotLink).toHaveCount(1);
    await expect(snapshots).toContainText('eingereicht von');

    // Afterwards Esslingen lowers its costs: the live figures follow…
    const budget = budgetRegion(page, ESSLINGEN);
    const amount = budget.getByLabel('Betrag in €, Zeile 1');
    await expect(amount).toHaveValue('60.000,00');
    await amount.fill('40.000');
    await budget.getByRole('button', { name: `Budget von ${ESSLINGEN} speichern` }).click();
    await expect(budget.getByRole('status')).toHaveText(
      `Das Budget von ${ESSLINGEN} wurde gespeichert.`,
    );
    await expect(figures(page, /^Esslingen am Neckar/)).toHaveText([
      '40.000,00 €',
      '40.000,00 €',
      '32.000,00 €',
      '8.000,00 €',
      '20 %',
    ]);
    await expect(figures(page, 'Summe')).toHaveText([
      '80.000,00 €',
      '80.000,00 €',
      '64.000,00 €',
      '16.000,00 €',
      '20 %',
    ]);

    // …the live export too…
    const liveExports = page.getByRole('region', { name: 'Export', exact: true });
    const liveXlsxDownload = page.waitForEvent('download');
    await liveExports
      .getByRole('link', { name: 'Finanzierungsplan als Excel-Datei (XLSX) herunterladen' })
      .click();
    const liveBudget = await sheetRows(await downloadedBytes(await liveXlsxDownload), 'Budget');
    expect(liveBudget.find((row) => row[0] === ESSLINGEN)?.[3]).toBe(40_000);

    // …but the submitted version still shows what was submitted.
    await snapshotLink.click();
    await expect(page).toHaveURL((url) => url.pathname.startsWith(`${applicationPath}/fassungen/`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      /^Eingereichte Fassung vom \d{2}\.\d{2}\.\d{4}$/,
    );
    await expect(page.getByRole('main')).toContainText(`${TITLE} – ${ESSLINGEN}`);
    await expect(page.getByRole('main')).toContainText(
      'Diese Fassung ist eingefroren; spätere Änderungen erscheinen hier nicht.',
    );
    await expect(figures(page, /^Esslingen am Neckar/)).toHaveText([
      '60.000,00 €',
      '60.000,00 €',
      '40.000,00 € auf den Höchstbetrag je Kommune begrenzt',
      '20.000,00 €',
      '33,33 %',
    ]);
    await expect(figures(page, 'Summe')).toHaveText([
      '100.000,00 €',
      '100.000,00 €',
      '72.000,00 €',
      '28.000,00 €',
      '28 %',
    ]);
    const frozenLines = budgetRegion(page, ESSLINGEN).getByRole('table');
    await expect(frozenLines).toContainText(ESSLINGEN_LINE);
    await expect(frozenLines).toContainText('60.000,00 €');
    await expect(budgetRegion(page, LUDWIGSBURG)).toContainText(LUDWIGSBURG_LINE);
    await expect(budgetRegion(page, BOEBLINGEN)).toContainText(BOEBLINGEN_LINE);
    const documents = page.getByRole('table', { name: 'Unterlagen zum Zeitpunkt der Einreichung' });
    const documentRow = (name: string) =>
      documents
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name, exact: true }) })
        .getByRole('cell');
    await expect(documentRow(`Absichtserklärung ${LUDWIGSBURG}`)).toHaveText([
      LUDWIGSBURG,
      'hochgeladen',
      LUDWIGSBURG_LETTER,
    ]);
    await expect(documentRow(`Absichtserklärung ${BOEBLINGEN}`)).toHaveText([
      BOEBLINGEN,
      'nicht zutreffend',
      BOEBLINGEN_REASON,
    ]);
    await expect(documentRow('Projektbeschreibung')).toHaveText([
      ESSLINGEN,
      'hochgeladen',
      'Projektbeschreibung.pdf',
    ]);
    await expect(page.getByRole('main').getByRole('textbox')).toHaveCount(0);
    await expect(page.getByRole('main').getByRole('button')).toHaveCount(0);
    await a11y.check('submitted version');

    // The exports of the submitted version: PDF summary and XLSX budget.
    const exports = page.getByRole('region', { name: 'Export dieser Fassung' });
    const pdfDownload = page.waitForEvent('download');
    await exports.getByRole('link', { name: 'Zusammenfassung als PDF herunterladen' }).click();
    const pdf = await pdfDownload;
    expect(pdf.suggestedFilename()).toMatch(
      /^gemeinsame-e-akte-fuer-bauantraege-eingereicht-\d{4}-\d{2}-\d{2}\.pdf$/,
    );
    const pdfBytes = await downloadedBytes(pdf);
    expect(pdfBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = await pdfText(pdfBytes);
    expect(text).toContain(TITLE);
    expect(text).toContain(`Programm: ${PROGRAMME}`);
    expect(text).toContain('Status: Eingereicht');
    for (const city of [`${ESSLINGEN} (Konsortialführung)`, LUDWIGSBURG, BOEBLINGEN]) {
      expect(text).toContain(`• ${city}`);
    }
    expect(text).toContain(ESSLINGEN_LINE);
    expect(text).toContain('60.000,00 €');
    expect(text).not.toContain('64.000,00 €');
    expect(text).toMatch(
      /Summe\s+100\.000,00 €\s+100\.000,00 €\s+72\.000,00 €\s+28\.000,00 €\s+\(28,00 %\)/,
    );

    const xlsxDownload = page.waitForEvent('download');
    await exports
      .getByRole('link', { name: 'Finanzierungsplan als Excel-Datei (XLSX) herunterladen' })
      .click();
    const xlsx = await xlsxDownload;
    expect(xlsx.suggestedFilename()).toMatch(
      /^gemeinsame-e-akte-fuer-bauantraege-eingereicht-\d{4}-\d{2}-\d{2}-budget\.xlsx$/,
    );
    const xlsxBytes = await downloadedBytes(xlsx);
    // Lead first, then the partners by name.
    expect(await sheetRows(xlsxBytes, 'Budget')).toEqual([
      ['Kommune', 'Kostenart', 'Beschreibung', 'Betrag (EUR)', 'förderfähig'],
      [ESSLINGEN, 'Personal', ESSLINGEN_LINE, 60_000, 'ja'],
      [BOEBLINGEN, 'Schulungen', BOEBLINGEN_LINE, 10_000, 'ja'],
      [LUDWIGSBURG, 'Externe Dienstleistungen', LUDWIGSBURG_LINE, 30_000, 'ja'],
    ]);
    const overview = await sheetRows(xlsxBytes, 'Übersicht');
    expect(overview.find((row) => row[0] === 'Summe')?.slice(0, 5)).toEqual([
      'Summe',
      100_000,
      100_000,
      72_000,
      28_000,
    ]);
  });

  test('a funding officer of a city that takes no part does not see the application', async ({
    page,
  }) => {
    expect(applicationPath).not.toBe('');
    await signIn(page, 'funding@ettlingen.demo');

    // Neither listed nor exported…
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Förderanträge' })
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Förderanträge' })).toBeVisible();
    // Loaded, with or without applications of Ettlingen's own.
    await expect(
      page
        .getByRole('table', { name: 'Ihre Förderanträge' })
        .or(
          page.getByText(
            'Es gibt noch keine Förderanträge, an denen Ihre Kommunen beteiligt sind.',
          ),
        ),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: TITLE })).toHaveCount(0);
    expect(pdfExportPath).not.toBe('');
    const response = await page.request.get(pdfExportPath);
    expect(response.status()).toBe(404);
    expect(await response.text()).not.toContain(TITLE);

    // …and its address leads to a not-found message, not to the application.
    await page.goto(applicationPath);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Förderantrag');
    await expect(page.getByRole('main')).toContainText(
      'Diesen Förderantrag gibt es nicht, oder Sie dürfen ihn nicht sehen.',
    );
    await expect(page.getByRole('main')).not.toContainText(TITLE);
    await expect(page.getByRole('table')).toHaveCount(0);
  });
});
