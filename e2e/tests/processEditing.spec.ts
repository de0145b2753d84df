import { readFileSync } from 'node:fs';
import type { APIRequestContext, Browser, Locator, Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.ts';
import { OWNER_EMAIL, signIn } from '../support/session.ts';

// The demo "Gewerbeanmeldung" stays as it is (other specs read it): each test imports its own
// private copy of the same diagram into Esslingen and edits that.
const GEWERBEANMELDUNG_XML = readFileSync(
  new URL('../../server/src/seed/bpmn/gewerbeanmeldung.bpmn', import.meta.url),
  'utf8',
);

// bpmn-js is heavy: loading the modeler and the viewers takes a while on a CI machine.
test.setTimeout(120_000);
test.use({ viewport: { width: 1440, height: 1000 } });

/** Calls the API directly, for setup and checks the UI is not under test for. */
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

/** Imports a private copy of the Gewerbeanmeldung into the signed-in owner's city. */
async function importCopy(page: Page, title: string): Promise<string> {
  const { me } = await graphql<{
    me: { memberships: { role: string; city: { id: string; name: string } }[] };
  }>(page.request, '{ me { memberships { role city { id name } } } }');
  const esslingen = me.memberships.find(
    (membership) => membership.city.name === 'Esslingen am Neckar',
  );
  if (!esslingen) throw new Error('owner@esslingen.demo is no member of Esslingen');
  const { importProcessModel } = await graphql<{
    importProcessModel: { __typename: string; data?: { id: string } };
  }>(
    page.request,
    `mutation($cityId: ID!, $xml: String!, $title: String!) {
      importProcessModel(cityId: $cityId, xml: $xml, title: $title, message: "Import") {
        __typename
        ... on MutationImportProcessModelSuccess { data { id } }
      }
    }`,
    { cityId: esslingen.city.id, xml: GEWERBEANMELDUNG_XML, title },
  );
  expect(importProcessModel.__typename).toBe('MutationImportProcessModelSuccess');
  return importProcessModel.data?.id ?? '';
}

interface StoredVersion {
  number: number;
  message: string;
  xml: string;
}

async function storedVersions(request: APIRequestContext, id: string): Promise<StoredVersion[]> {
  const { processModel } = await graphql<{
    processModel: { versions: { edges: { node: StoredVersion }[] } };
  }>(
    request,
    'query($id: ID!) { processModel(id: $id) { versions { edges { node { number message xml } } } } }',
    { id },
  );
  return processModel.versions.edges.map((edge) => edge.node);
}

/** Opens the model page and waits until the modeler shows the diagram. */
async function openModel(page: Page, id: string, title: string): Promise<Locator> {
  await page.goto(`/prozesse/${id}`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const editor = page.getByRole('region', { name: `Prozessmodell „${title}“ bearbeiten` });
  await expect(editor.locator('.djs-container')).toBeVisible({ timeout: 30_000 });
  await expect(shape(editor, 'Task_AntragErfassen')).toBeVisible();
  return editor;
}

function shape(scope: Locator, elementId: string): Locator {
  return scope.locator(`.djs-element[data-element-id="${elementId}"]`);
}

async function taskIds(editor: Locator): Promise<string[]> {
  return editor
    .locator('.djs-shape[data-element-id^="Activity_"]')
    .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-element-id') ?? ''));
}

/**
 * Appends a task after `afterId` through the context pad ("Aufgabe anhängen") and names it in the
 * label editor that opens. Returns the new task's id.
 */
async function appendTask(editor: Locator, afterId: string, name: string): Promise<string> {
  const page = editor.page();
  const before = await taskIds(editor);
  await shape(editor, afterId).click();
  await editor.locator('.djs-context-pad [title="Aufgabe anhängen"]').click();
  await expect(editor.locator('.djs-direct-editing-content')).toBeVisible();
  await page.keyboard.type(name);
  await page.keyboard.press('Enter');
  await expect.poll(() => taskIds(editor)).toHaveLength(before.length + 1);
  const id = (await taskIds(editor)).find((candidate) => !before.includes(candidate)) ?? '';
  await expect(shape(editor, id)).toContainText(name);
  return id;
}

/** The page's confirmation, e.g. "Version 2 gespeichert." */
function savedMessage(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: /^Version \d+ gespeichert\.$/ });
}

/** The editor's own "unsaved changes" indicator. */
function unsavedState(editor: Locator): Locator {
  return editor.locator('.process-editor__status');
}

async function save(page: Page, number: number): Promise<void> {
  await page.getByRole('button', { name: 'Speichern', exact: true }).click();
  await expect(savedMessage(page)).toHaveText(`Version ${number} gespeichert.`);
}

async function ownerPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    locale: 'de-DE',
    viewport: { width: 1440, height: 1000 },
  });
  const page = await context.newPage();
  await signIn(page, OWNER_EMAIL);
  return page;
}

test.describe('Prozessmodell bearbeiten', () => {
  test('a process owner adds a task, saves version 2 and compares it with version 1', async ({
    page,
    a11y,
  }) => {
    const title = `Gewerbeanmeldung – Bearbeitungstest ${Date.now()}`;
    await signIn(page, OWNER_EMAIL);
    const id = await importCopy(page, title);

    const editor = await openModel(page, id, title);
    const facts = page.locator('dl');
    await expect(facts).toContainText('Esslingen am Neckar');
    await expect(facts).toContainText('Entwurf');
    await expect(facts).toContainText('Version 1 vom');
    await expect(page.getByRole('button', { name: 'Speichern', exact: true })).toBeDisabled();

    // Append a task, then rename it in the properties panel.
    const taskId = await appendTask(editor, 'Task_AntragErfassen', 'Neue Aufgabe');
    await editor.getByLabel('Name', { exact: true }).fill('Gewerbeanzeige elektronisch prüfen');
    await expect(shape(editor, taskId)).toContainText('Gewerbeanzeige elektronisch prüfen');
    await expect(unsavedState(editor)).toHaveText('Ungespeicherte Änderungen');

    await page.getByLabel('Änderungsnotiz (optional)').fill('Elektronische Prüfung ergänzt');
    await save(page, 2);
    await expect(unsavedState(editor)).toHaveText('Keine ungespeicherten Änderungen');
    await expect(page.locator('dl')).toContainText('Version 2 vom');
    const versions = page.getByRole('region', { name: 'Versionen' });
    await expect(versions.getByRole('row')).toHaveCount(3);
    await expect(versions.getByRole('row').nth(1)).toContainText('Elektronische Prüfung ergänzt');

    // Compare version 1 with version 2 (preselected).
    await expect(versions.getByLabel('Ältere Version')).toHaveValue(/.+/);
    await versions.getByRole('button', { name: 'Vergleichen' }).click();
    const comparison = page.getByRole('region', {
      name: 'Vergleich von Version 1 mit Version 2',
    });
    await expect(comparison.getByRole('heading', { level: 2 })).toBeFocused();
    const added = comparison.getByRole('list', { name: /^Hinzugefügt/ });
    await expect(added).toContainText('Gewerbeanzeige elektronisch prüfen');
    await expect(added).toContainText(taskId);
    await expect(comparison.getByRole('list', { name: /^Entfernt/ })).toHaveCount(0);

    const after = comparison.getByRole('region', { name: /Version 2 \(nachher\)/ });
    await expect(shape(after, taskId)).toHaveClass(/amtsweg-change-added/);
    const before = comparison.getByRole('region', { name: /Version 1 \(vorher\)/ });
    await expect(shape(before, 'Task_AntragErfassen')).toBeVisible();
    await expect(shape(before, taskId)).toHaveCount(0);
    await a11y.check('comparison of version 1 and 2');

    const stored = await storedVersions(page.request, id);
    expect(stored.map((version) => version.number)).toEqual([2, 1]);
    expect(stored[0]?.xml).toContain('name="Gewerbeanzeige elektronisch prüfen"');
    expect(stored[0]?.message).toBe('Elektronische Prüfung ergänzt');
  });

  test('two owners save at the same time: the second sees the conflict and keeps both', async ({
    page,
    browser,
    a11y,
  }) => {
    const title = `Gewerbeanmeldung – Konflikttest ${Date.now()}`;
    await signIn(page, OWNER_EMAIL);
    const id = await importCopy(page, title);

    // Both open version 1.
    const first = await openModel(page, id, title);
    const otherPage = await ownerPage(browser);
    const second = await openModel(otherPage, id, title);

    // The first saves version 2.
    await appendTask(first, 'Task_AntragErfassen', 'Erste Änderung');
    await save(page, 2);

    // The second, still on version 1, saves its own change: a conflict.
    await appendTask(second, 'Task_Bescheinigung', 'Zweite Änderung');
    await otherPage.getByRole('button', { name: 'Speichern', exact: true }).click();
    const alert = otherPage.getByRole('alert');
    await expect(alert).toContainText('Inzwischen hat jemand Version 2 gespeichert');
    await expect(alert).toBeFocused();
    // The own diagram stays in the editor, unsaved.
    await expect(unsavedState(second)).toHaveText('Ungespeicherte Änderungen');
    await expect(second).toContainText('Zweite Änderung');

    // Below: version 2 read-only, with what changed since version 1, listed and marked.
    await expect(otherPage.getByRole('heading', { name: 'Neuere Version 2' })).toBeVisible();
    const newer = otherPage.getByRole('region', { name: `Prozessdiagramm „${title} – Version 2“` });
    await expect(newer.locator('.djs-container')).toBeVisible({ timeout: 30_000 });
    const added = otherPage.getByRole('list', { name: /^Hinzugefügt/ });
    await expect(added).toContainText('Erste Änderung');
    await expect(newer.locator('.amtsweg-change-added').first()).toBeVisible();

    // The second takes the first's task over into their diagram and saves it as version 3.
    await appendTask(second, 'Task_AntragErfassen', 'Erste Änderung');
    await otherPage.getByLabel('Änderungsnotiz (optional)').fill('Beide Änderungen');
    await alert.getByRole('button', { name: 'Meine Fassung als Version 3 speichern' }).click();
    await expect(savedMessage(otherPage)).toHaveText('Version 3 gespeichert.');
    await expect(otherPage.getByRole('alert')).toHaveCount(0);
    await expect(otherPage.getByRole('heading', { name: 'Neuere Version 2' })).toHaveCount(0);
    await expect(unsavedState(second)).toHaveText('Keine ungespeicherten Änderungen');
    await otherPage.context().close();
    await a11y.check('after saving');

    // Both edits survive: version 2 as the first saved it, version 3 with both tasks.
    const [latest, middle, original] = await storedVersions(page.request, id);
    expect([latest?.number, middle?.number, original?.number]).toEqual([3, 2, 1]);
    expect(middle?.xml).toContain('name="Erste Änderung"');
    expect(middle?.xml).not.toContain('Zweite Änderung');
    expect(latest?.xml).toContain('name="Zweite Änderung"');
    expect(latest?.xml).toContain('name="Erste Änderung"');
    expect(latest?.message).toBe('Beide Änderungen');
  });
});
