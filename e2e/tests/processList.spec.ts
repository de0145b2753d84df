import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.ts';
import { DEMO_PASSWORD, OWNER_EMAIL, signIn } from '../support/session.ts';

// The demo models stay as they are (other specs read them). These tests only add: the model
// "Hundesteuer Esslingen" (private to Esslingen) and two comments on it that mention Esslingen's
// coordinator account (members.spec changes its role, but it stays in Esslingen; the funding
// officer it removes could no longer see the model).

const HUNDESTEUER_BPMN = fileURLToPath(
  new URL('../../server/src/seed/bpmn/hundesteuer-anmeldung.bpmn', import.meta.url),
);
const IMPORTED_TITLE = 'Hundesteuer Esslingen';
const MENTIONED_EMAIL = 'coordinator@esslingen.demo';
const OWNER_NAME = 'Prozessverantwortung Esslingen am Neckar';

function modelCard(page: Page, title: string) {
  return page
    .getByRole('region', { name: 'Ergebnisse' })
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { level: 3, name: title, exact: true }) });
}

/** Calls the API directly, for setup the UI is not under test for. */
async function graphql<T>(
  request: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await request.post('/graphql', { data: { query, variables } });
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { data?: T; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

/** The id of Esslingen's "Hundesteuer Esslingen", imported through the API when this runs alone. */
async function importedModelId(request: APIRequestContext): Promise<string> {
  await graphql(
    request,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { __typename } }',
    { e: OWNER_EMAIL, p: DEMO_PASSWORD },
  );
  const { processModels } = await graphql<{
    processModels: { edges: { node: { id: string; title: string; city: { slug: string } } }[] };
  }>(
    request,
    `query($search: String) {
      processModels(first: 50, search: $search) { edges { node { id title city { slug } } } }
    }`,
    { search: IMPORTED_TITLE },
  );
  const existing = processModels.edges.find(
    ({ node }) => node.title === IMPORTED_TITLE && node.city.slug === 'esslingen',
  );
  if (existing) return existing.node.id;

  const { me } = await graphql<{
    me: { memberships: { role: string; city: { id: string; slug: string } }[] };
  }>(request, '{ me { memberships { role city { id slug } } } }');
  const esslingen = me.memberships.find((m) => m.city.slug === 'esslingen');
  if (!esslingen) throw new Error('The demo owner is no member of Esslingen');
  const { importProcessModel } = await graphql<{
    importProcessModel: { __typename: string; data?: { id: string } };
  }>(
    request,
    `mutation($cityId: ID!, $xml: String!, $title: String!) {
      importProcessModel(cityId: $cityId, xml: $xml, title: $title) {
        __typename
        ... on MutationImportProcessModelSuccess { data { id } }
      }
    }`,
    {
      cityId: esslingen.city.id,
      xml: await readFile(HUNDESTEUER_BPMN, 'utf8'),
      title: IMPORTED_TITLE,
    },
  );
  expect(importProcessModel.__typename).toBe('MutationImportProcessModelSuccess');
  return importProcessModel.data?.id ?? '';
}

test.describe('Prozessmodelle', () => {
  test('the list shows the models a city may see, and search and filters narrow it', async ({
    page,
  }) => {
    await signIn(page, OWNER_EMAIL);
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Prozessmodelle' })
      .click();
    await expect(page).toHaveURL(/\/prozesse$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prozessmodelle');
    await expect(page).toHaveTitle('Prozessmodelle – Amtsweg');

    // Esslingen's own model, shared with its partnership and adopted by Ludwigsburg.
    const gewerbe = modelCard(page, 'Gewerbeanmeldung');
    await expect(gewerbe).toContainText('Esslingen am Neckar');
    await expect(gewerbe).toContainText('99050012104000');
    await expect(gewerbe).toContainText('dl-de/by-2.0');
    await expect(gewerbe).toContainText('Kooperationsverbünde');
    await expect(gewerbe).toContainText('nachgenutzt von 1 Kommune');
    await expect(gewerbe.getByRole('listitem')).toHaveText(['Gewerbe', 'Wirtschaft']);
    await expect(gewerbe.getByRole('link', { name: 'Gewerbeanmeldung' })).toHaveAttribute(
      'href',
      /^\/prozesse\/[^/]+$/,
    );
    // Waiblingen's public model; Böblingen's private one is not listed.
    const parken = modelCard(page, 'Anwohnerparkausweis');
    await expect(parken).toContainText('Waiblingen');
    await expect(parken).toContainText('Öffentlich');
    await expect(parken).toContainText('CC BY 4.0');
    await expect(modelCard(page, 'Hundesteuer-Anmeldung')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Prozessmodell importieren' })).toBeVisible();

    await page.getByRole('searchbox', { name: 'Suche' }).fill('Gewerbe');
    await page.getByRole('button', { name: 'Suchen' }).click();
    await expect(page).toHaveURL(/\/prozesse\?suche=Gewerbe$/);
    await expect(page.getByRole('heading', { name: 'Ergebnisse' })).toBeFocused();
    await expect(modelCard(page, 'Anwohnerparkausweis')).toHaveCount(0);
    await expect(gewerbe).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'gefunden' })).toHaveText(
      /Prozessmodell(e)? gefunden\.$/,
    );

    // The search is in the address: a bookmark or reload shows the same list.
    await page.reload();
    await expect(page.getByRole('searchbox', { name: 'Suche' })).toHaveValue('Gewerbe');
    await expect(gewerbe).toBeVisible();
    await expect(modelCard(page, 'Anwohnerparkausweis')).toHaveCount(0);

    await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
    await expect(page).toHaveURL(/\/prozesse$/);
    await expect(page.getByRole('searchbox', { name: 'Suche' })).toHaveValue('');
    await expect(parken).toBeVisible();

    await page.getByLabel('Kommune').selectOption({ label: 'Waiblingen' });
    await page.getByLabel('Lizenz').selectOption({ label: 'CC BY 4.0' });
    await page.getByRole('button', { name: 'Suchen' }).click();
    await expect(page).toHaveURL(/\/prozesse\?kommune=[^&]+&lizenz=CC_BY_4_0$/);
    await expect(parken).toBeVisible();
    await expect(gewerbe).toHaveCount(0);

    await page.getByLabel('Status').selectOption({ label: 'Archiviert' });
    await page.getByRole('button', { name: 'Suchen' }).click();
    await expect(page.getByText('Kein Prozessmodell passt zu Ihrer Suche.')).toBeVisible();

    // A Leistungsschlüssel has 14 digits; the form says so before asking the server.
    await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();
    const serviceKey = page.getByLabel('Leistungsschlüssel');
    await serviceKey.fill('9905');
    await page.getByRole('button', { name: 'Suchen' }).click();
    await expect(serviceKey).toBeFocused();
    await expect(serviceKey).toHaveAttribute('aria-invalid', 'true');
    await expect(serviceKey).toHaveAccessibleDescription(
      /^Geben Sie den Leistungsschlüssel mit genau 14 Ziffern ein/,
    );
    await serviceKey.fill('99034004000000');
    await page.getByRole('button', { name: 'Suchen' }).click();
    await expect(page).toHaveURL(/\/prozesse\?leistungsschluessel=99034004000000$/);
    await expect(parken).toBeVisible();
    await expect(gewerbe).toHaveCount(0);
  });

  test('a process owner imports a BPMN file and lands on the new model', async ({ page }) => {
    await signIn(page, OWNER_EMAIL);
    await page.goto('/prozesse');
    await page.getByRole('link', { name: 'Prozessmodell importieren' }).click();
    await expect(page).toHaveURL(/\/prozesse\/neu$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prozessmodell importieren');
    await expect(page).toHaveTitle('Prozessmodell importieren – Amtsweg');

    await page.getByLabel('BPMN-Datei').setInputFiles(HUNDESTEUER_BPMN);
    await expect(
      page.getByText(/^Ausgewählt: hundesteuer-anmeldung\.bpmn \([\d,]+ KB\)$/),
    ).toBeVisible();
    const title = page.getByLabel('Titel');
    // Suggested from the process name in the file.
    await expect(title).toHaveValue('Hundesteuer-Anmeldung');
    await title.fill(IMPORTED_TITLE);
    await expect(page.getByLabel('Kommune').locator('option')).toHaveText(['Esslingen am Neckar']);
    await page.getByLabel('Beschreibung (optional)').fill('Anmeldung eines Hundes in Esslingen.');
    const serviceKey = page.getByLabel('Leistungsschlüssel (optional)');
    await serviceKey.fill('12345');
    await page.getByLabel('Schlagwörter (optional)').fill('Steuern, Hund, steuern');
    const contact = page.getByRole('group', { name: 'Ansprechperson (optional)' });
    await contact.getByLabel('Name').fill('Steueramt Esslingen');
    await contact.getByLabel('E-Mail-Adresse').fill('steueramt@esslingen.example');
    await page.getByLabel('Lizenz').selectOption({ label: 'dl-de/zero-2.0' });

    const visibility = page.getByRole('group', { name: 'Sichtbarkeit' });
    await expect(visibility.getByRole('radio', { name: 'Privat' })).toBeChecked();
    await visibility.getByRole('radio', { name: 'Kooperationsverbünde' }).check();
    const partnerships = page.getByRole('group', { name: 'Kooperationsverbünde' });
    await expect(partnerships.getByLabel('Digitalisierungsverbund Neckar')).toBeVisible();
    // Only partnerships Esslingen has joined are offered.
    await expect(
      partnerships.getByLabel('Kooperation Ettlingen – Erkelenz – Gütersloh'),
    ).toHaveCount(0);

    // Without a partnership ticked and with a short Leistungsschlüssel, nothing is sent yet.
    await page.getByRole('button', { name: 'Importieren' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toHaveText('Bitte prüfen Sie: Leistungsschlüssel, Kooperationsverbünde.');
    await expect(alert).toBeFocused();
    await expect(serviceKey).toHaveAttribute('aria-invalid', 'true');
    await expect(serviceKey).toHaveAccessibleDescription(
      /^Geben Sie den Leistungsschlüssel mit genau 14 Ziffern ein/,
    );

    await serviceKey.fill('99 017 008 000 000');
    // Kept private: the partner cities' lists stay as the other specs expect them.
    await visibility.getByRole('radio', { name: 'Privat' }).check();
    await expect(partnerships).toHaveCount(0);
    await page.getByRole('button', { name: 'Importieren' }).click();

    await expect(page).toHaveURL(/\/prozesse\/(?!neu$)[^/]+$/);
    const modelPath = new URL(page.url()).pathname;
    // The model page belongs to another screen; its heading names the model once it is built.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      new RegExp(`${IMPORTED_TITLE}|Prozessmodell`),
    );

    await page.goto('/prozesse?suche=Hundesteuer');
    const imported = modelCard(page, IMPORTED_TITLE);
    await expect(imported).toContainText('Esslingen am Neckar');
    await expect(imported).toContainText('Entwurf');
    await expect(imported).toContainText('Privat');
    await expect(imported).toContainText('dl-de/zero-2.0');
    await expect(imported).toContainText('99017008000000');
    await expect(imported).toContainText('Version 1');
    await expect(imported.getByRole('listitem')).toHaveText(['Steuern', 'Hund']);
    await expect(imported.getByRole('link', { name: IMPORTED_TITLE })).toHaveAttribute(
      'href',
      modelPath,
    );
    await expect(modelCard(page, 'Hundesteuer-Anmeldung')).toHaveCount(0);
  });

  test('a file that is no BPMN model is refused in German, and the inputs stay', async ({
    page,
  }) => {
    await signIn(page, OWNER_EMAIL);
    await page.goto('/prozesse/neu');

    const file = page.getByLabel('BPMN-Datei');
    await file.setInputFiles({
      name: 'notiz.xml',
      mimeType: 'application/xml',
      buffer: Buffer.from('<?xml version="1.0" encoding="UTF-8"?>\n<notiz>Kein Prozess</notiz>\n'),
    });
    const title = page.getByLabel('Titel');
    await expect(title).toHaveValue('notiz');
    await title.fill('Notiz statt Prozess');
    await page.getByLabel('Schlagwörter (optional)').fill('Test');
    await page.getByRole('button', { name: 'Importieren' }).click();

    const notBpmn =
      'Die Datei ist kein BPMN-2.0-Modell. Exportieren Sie das Prozessmodell in Ihrem Modellierungswerkzeug im Format BPMN 2.0 (.bpmn) und wählen Sie diese Datei aus.';
    const alert = page.getByRole('alert');
    await expect(alert).toHaveText(notBpmn);
    await expect(alert).toBeFocused();
    await expect(page).toHaveURL(/\/prozesse\/neu$/);
    await expect(title).toHaveValue('Notiz statt Prozess');
    await expect(page.getByLabel('Schlagwörter (optional)')).toHaveValue('Test');
    await expect(file).toHaveAttribute('aria-invalid', 'true');
    await expect(file).toHaveAccessibleDescription(new RegExp(`${notBpmn.slice(0, 40)}`));

    // Text that is not XML at all: the server names the line.
    await file.setInputFiles({
      name: 'notiz.bpmn',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from('Das ist kein XML'),
    });
    await expect(file).not.toHaveAttribute('aria-invalid', 'true');
    // A title the user typed is not replaced by a suggestion.
    await expect(title).toHaveValue('Notiz statt Prozess');
    await page.getByRole('button', { name: 'Importieren' }).click();
    await expect(alert).toHaveText(
      /^Die Datei ist keine gültige XML-Datei \(Fehler in Zeile 1\)\. Exportieren Sie/,
    );
  });

  test('mentions arrive as notifications, with an unread count in the header', async ({
    page,
    request,
  }) => {
    const modelId = await importedModelId(request);
    await signIn(page, MENTIONED_EMAIL);
    await page.waitForLoadState('networkidle');
    const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
    const notificationsLink = nav.getByRole('link', { name: /^Benachrichtigungen/ });
    const unreadBefore = Number(
      /\((\d+) ungelesen\)/.exec((await notificationsLink.textContent()) ?? '')?.[1] ?? 0,
    );

    for (const body of [
      `Bitte prüfen Sie die Gebührenstufen, @${MENTIONED_EMAIL}.`,
      `@${MENTIONED_EMAIL} Gibt es dafür Fördermittel?`,
    ]) {
      const { addComment } = await graphql<{ addComment: { __typename: string } }>(
        request,
        `mutation($modelId: ID!, $body: String!) {
          addComment(modelId: $modelId, body: $body) { __typename }
        }`,
        { modelId, body },
      );
      expect(addComment.__typename).toBe('MutationAddCommentSuccess');
    }

    // The header asks again on every page change.
    await nav.getByRole('link', { name: 'Prozessmodelle' }).click();
    await expect(notificationsLink).toHaveAccessibleName(
      `Benachrichtigungen (${unreadBefore + 2} ungelesen)`,
    );
    await notificationsLink.click();
    await expect(page).toHaveURL(/\/benachrichtigungen$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Benachrichtigungen');
    await expect(page.getByText(`Sie haben ${unreadBefore + 2} ungelesene`)).toBeVisible();

    const sentence = `${OWNER_NAME} hat Sie in „${IMPORTED_TITLE}“ erwähnt.`;
    const mentions = page.getByRole('listitem').filter({ hasText: sentence });
    await expect(mentions).toHaveCount(2);
    const newest = mentions.first();
    await expect(newest).toContainText('Ungelesen');
    await expect(newest.getByRole('link', { name: sentence })).toHaveAttribute(
      'href',
      `/prozesse/${modelId}`,
    );
    await expect(newest.locator('time')).toHaveText(/^\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}$/);

    await newest.getByRole('button', { name: 'Als gelesen markieren' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'markiert' })).toHaveText(
      'Die Benachrichtigung ist als gelesen markiert.',
    );
    await expect(newest).not.toContainText('Ungelesen');
    await expect(newest).toBeFocused();
    await expect(mentions.last()).toContainText('Ungelesen');
    await expect(notificationsLink).toHaveAccessibleName(
      `Benachrichtigungen (${unreadBefore + 1} ungelesen)`,
    );

    await page.getByRole('button', { name: 'Alle als gelesen markieren' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'markiert' })).toHaveText(
      'Alle Benachrichtigungen sind als gelesen markiert.',
    );
    await expect(mentions.last()).not.toContainText('Ungelesen');
    await expect(notificationsLink).toHaveAccessibleName('Benachrichtigungen');
    await expect(page.getByText('Sie haben keine ungelesenen Benachrichtigungen.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Alle als gelesen markieren' })).toHaveCount(0);
  });
});
