import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.ts';
import { CITY_ADMIN_EMAIL, DEMO_PASSWORD, OWNER_EMAIL, signIn } from '../support/session.ts';

// The demo "Digitalisierungsverbund Neckar" stays as it is (the session spec reads it): these
// tests found partnerships of their own. Only Gütersloh's open invitation to the demo
// "Kooperation Ettlingen – Erkelenz – Gütersloh" is answered.

const GUETERSLOH_ADMIN = 'admin@guetersloh.demo';
const ERKELENZ_ADMIN = 'admin@erkelenz.demo';

function partnershipsRegion(page: Page) {
  return page.getByRole('region', { name: 'Meine Kooperationsverbünde' });
}

function partnershipCard(page: Page, name: string) {
  return partnershipsRegion(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('heading', { name, exact: true }) });
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

/** Esslingen's admin founds a partnership inviting the named cities, through the API. */
async function foundThroughApi(request: APIRequestContext, name: string, invited: string[]) {
  await graphql(
    request,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { __typename } }',
    {
      e: CITY_ADMIN_EMAIL,
      p: DEMO_PASSWORD,
    },
  );
  const { cities } = await graphql<{
    cities: { edges: { node: { id: string; name: string } }[] };
  }>(request, '{ cities(first: 100) { edges { node { id name } } } }');
  const idOf = (cityName: string) => {
    const city = cities.edges.find((edge) => edge.node.name === cityName);
    if (!city) throw new Error(`No demo city ${cityName}`);
    return city.node.id;
  };
  const { createPartnership } = await graphql<{ createPartnership: { __typename: string } }>(
    request,
    `mutation($lead: ID!, $name: String!, $invited: [ID!]) {
      createPartnership(leadCityId: $lead, name: $name, invitedCityIds: $invited) { __typename }
    }`,
    { lead: idOf('Esslingen am Neckar'), name, invited: invited.map(idOf) },
  );
  expect(createPartnership.__typename).toBe('MutationCreatePartnershipSuccess');
}

test.describe('Kooperationsverbünde', () => {
  test('a city admin accepts the invitation of their city on the dashboard', async ({ page }) => {
    const name = 'Kooperation Ettlingen – Erkelenz – Gütersloh';
    await signIn(page, GUETERSLOH_ADMIN);

    const card = partnershipCard(page, name);
    const guetersloh = card.getByRole('listitem').filter({ hasText: 'Gütersloh' });
    await expect(guetersloh).toContainText('Eingeladen');
    await expect(card).toContainText('Gütersloh ist zu diesem Kooperationsverbund eingeladen.');
    await expect(card.getByRole('button', { name: 'Ablehnen' })).toBeVisible();

    await card.getByRole('button', { name: 'Einladung annehmen' }).click();

    await expect(partnershipsRegion(page).getByRole('status')).toHaveText(
      `Gütersloh ist dem Kooperationsverbund „${name}“ beigetreten.`,
    );
    await expect(guetersloh).toContainText('Beigetreten');
    await expect(card.getByRole('button')).toHaveCount(0);
    // Focus stays on the card rather than falling back to the page start.
    await expect(card.getByRole('link', { name })).toBeFocused();
  });

  test('a city admin founds a partnership, renames it and invites and withdraws a city', async ({
    page,
  }) => {
    const name = 'Bürgerservice Esslingen – Erkelenz';
    const renamed = 'Bürgerservice digital Esslingen – Erkelenz';
    await signIn(page, CITY_ADMIN_EMAIL);

    await partnershipsRegion(page)
      .getByRole('link', { name: 'Kooperationsverbund gründen' })
      .click();
    await expect(page).toHaveURL(/\/verbuende\/neu$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kooperationsverbund gründen');
    await expect(page).toHaveTitle('Kooperationsverbund gründen – Amtsweg');
    await expect(page.getByLabel('Federführende Kommune').locator('option')).toHaveText([
      'Esslingen am Neckar',
    ]);

    // Without a name the server refuses; the form says so next to the field.
    await page.getByRole('button', { name: 'Verbund gründen' }).click();
    await expect(page.getByRole('alert')).toHaveText('Bitte prüfen Sie: Name.');
    const nameField = page.getByLabel('Name', { exact: true });
    await expect(nameField).toHaveAttribute('aria-invalid', 'true');
    await expect(nameField).toHaveAccessibleDescription(
      'Geben Sie einen Namen mit 3 bis 200 Zeichen ein.',
    );

    await nameField.fill(name);
    await page
      .getByLabel('Beschreibung')
      .fill('Gemeinsame Online-Dienste für Bürgerinnen und Bürger.');
    const invited = page.getByRole('group', { name: 'Kommunen einladen (optional)' });
    await expect(invited.getByLabel('Esslingen am Neckar')).toHaveCount(0);
    await invited.getByLabel('Erkelenz').check();
    await page.getByRole('button', { name: 'Verbund gründen' }).click();

    await expect(page).toHaveURL(/\/verbuende\/(?!neu)[^/]+$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(page).toHaveTitle('Kooperationsverbund – Amtsweg');
    await expect(page.getByRole('status')).toHaveText(
      `Der Kooperationsverbund „${name}“ wurde gegründet.`,
    );
    await expect(page.getByRole('main')).toContainText(/Federführung\s*Esslingen am Neckar/);
    const members = page.getByRole('region', { name: 'Mitgliedskommunen' });
    await expect(members.getByRole('row', { name: /Erkelenz/ })).toContainText('Eingeladen');
    await expect(members.getByRole('row', { name: /Esslingen am Neckar/ })).toContainText(
      'Beigetreten',
    );
    // The lead city cannot leave; nothing offers it.
    await expect(members).toContainText('kann ihn nicht verlassen');
    await expect(page.getByRole('button', { name: /Verbund verlassen/ })).toHaveCount(0);

    const edit = page.getByRole('region', { name: 'Name und Beschreibung ändern' });
    await edit.getByLabel('Name', { exact: true }).fill(renamed);
    await edit.getByRole('button', { name: 'Speichern' }).click();
    await expect(page.getByRole('status')).toHaveText('Ihre Änderungen wurden gespeichert.');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(renamed);
    await expect(members.getByRole('row', { name: /Erkelenz/ })).toContainText('Eingeladen');

    const invite = page.getByRole('region', { name: 'Kommune einladen' });
    await invite.getByLabel('Kommune').selectOption({ label: 'Waiblingen' });
    await invite.getByRole('button', { name: 'Einladen' }).click();
    await expect(page.getByRole('status')).toHaveText('Waiblingen wurde eingeladen.');
    await expect(members.getByRole('row', { name: /Waiblingen/ })).toContainText('Eingeladen');
    await expect(invite.locator('option', { hasText: 'Waiblingen' })).toHaveCount(0);

    // Cancelling the confirmation keeps the invitation.
    const withdraw = members.getByRole('button', { name: 'Einladung zurückziehen: Waiblingen' });
    page.once('dialog', (dialog) => void dialog.dismiss());
    await withdraw.click();
    await expect(members.getByRole('row', { name: /Waiblingen/ })).toHaveCount(1);
    page.once('dialog', (dialog) => void dialog.accept());
    await withdraw.click();
    await expect(page.getByRole('status')).toHaveText(
      'Die Einladung an Waiblingen wurde zurückgezogen.',
    );
    await expect(members.getByRole('row', { name: /Waiblingen/ })).toHaveCount(0);

    // Back on the dashboard, the new partnership is listed with Erkelenz invited.
    await page.getByRole('link', { name: 'Zurück zur Übersicht' }).click();
    const card = partnershipCard(page, renamed);
    await expect(card.getByRole('listitem').filter({ hasText: 'Erkelenz' })).toContainText(
      'Eingeladen',
    );
  });

  test('a change by someone else meanwhile is reported, and the current version loads', async ({
    page,
    request,
  }) => {
    const name = 'Fördermittel Esslingen – Böblingen';
    await foundThroughApi(request, name, ['Böblingen']);
    await signIn(page, CITY_ADMIN_EMAIL);
    await partnershipCard(page, name).getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);

    // A colleague renames it in another tab.
    const colleague = await page.context().newPage();
    await colleague.goto(page.url());
    const colleagueEdit = colleague.getByRole('region', { name: 'Name und Beschreibung ändern' });
    await colleagueEdit.getByLabel('Name', { exact: true }).fill(`${name} 2027`);
    await colleagueEdit.getByRole('button', { name: 'Speichern' }).click();
    await expect(colleague.getByRole('status')).toHaveText('Ihre Änderungen wurden gespeichert.');
    await colleague.close();

    const edit = page.getByRole('region', { name: 'Name und Beschreibung ändern' });
    await edit.getByLabel('Beschreibung').fill('Gemeinsamer Förderantrag');
    await edit.getByRole('button', { name: 'Speichern' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(
      'Jemand anderes hat diesen Kooperationsverbund inzwischen geändert. Ihre Änderungen wurden nicht gespeichert.',
    );
    await expect(alert).toBeFocused();
    await expect(edit.getByLabel('Beschreibung')).toHaveValue('Gemeinsamer Förderantrag');

    await alert.getByRole('button', { name: 'Aktuelle Fassung laden' }).click();
    await expect(page.getByRole('status')).toHaveText('Die aktuelle Fassung wurde geladen.');
    await expect(edit.getByLabel('Name', { exact: true })).toHaveValue(`${name} 2027`);
    await expect(edit.getByLabel('Name', { exact: true })).toBeFocused();
    await expect(edit.getByLabel('Beschreibung')).toHaveValue('');
  });

  test('a partner city admin accepts on the partnership page and leaves again', async ({
    page,
    request,
  }) => {
    const name = 'Austausch Esslingen – Erkelenz';
    await foundThroughApi(request, name, ['Erkelenz']);
    await signIn(page, ERKELENZ_ADMIN);

    await partnershipCard(page, name).getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(page.getByRole('main')).toContainText(/Federführung\s*Esslingen am Neckar/);
    // Erkelenz does not manage it: no edit, invite or remove controls.
    await expect(page.getByRole('region', { name: 'Name und Beschreibung ändern' })).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Kommune einladen' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /Entfernen|zurückziehen/ })).toHaveCount(0);

    await page.getByRole('button', { name: 'Einladung annehmen' }).click();
    await expect(page.getByRole('status')).toHaveText(
      `Erkelenz ist dem Kooperationsverbund „${name}“ beigetreten.`,
    );
    const members = page.getByRole('region', { name: 'Mitgliedskommunen' });
    await expect(members.getByRole('row', { name: /Erkelenz/ })).toContainText('Beigetreten');
    // Only for its own city, and never for the lead city.
    await expect(members.getByRole('button')).toHaveText(['Verbund verlassen']);

    let question = '';
    page.once('dialog', (dialog) => {
      question = dialog.message();
      void dialog.accept();
    });
    await members.getByRole('button', { name: 'Verbund verlassen: Erkelenz' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Übersicht' })).toBeVisible();
    await expect(partnershipsRegion(page).getByRole('status')).toHaveText(
      `Erkelenz hat den Kooperationsverbund „${name}“ verlassen.`,
    );
    await expect(partnershipCard(page, name)).toHaveCount(0);
    expect(question).toBe(
      `Möchten Sie mit Erkelenz den Kooperationsverbund „${name}“ wirklich verlassen?`,
    );
  });

  test('a process owner sees partnerships without any management controls', async ({ page }) => {
    await signIn(page, OWNER_EMAIL);
    const region = partnershipsRegion(page);
    await expect(
      region.getByRole('heading', { name: 'Digitalisierungsverbund Neckar' }),
    ).toBeVisible();
    await expect(region.getByRole('link', { name: 'Kooperationsverbund gründen' })).toHaveCount(0);
    await expect(region.getByRole('button')).toHaveCount(0);

    await region.getByRole('link', { name: 'Digitalisierungsverbund Neckar' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Digitalisierungsverbund Neckar',
    );
    const members = page.getByRole('region', { name: 'Mitgliedskommunen' });
    await expect(members.getByRole('row', { name: /Ludwigsburg/ })).toContainText('Beigetreten');
    await expect(members).toContainText(
      'verwaltet die kommunale Administration der federführenden Kommune Esslingen am Neckar',
    );
    await expect(page.getByRole('main').getByRole('button')).toHaveCount(0);
    await expect(page.getByRole('main').getByRole('textbox')).toHaveCount(0);
    await expect(page.getByRole('main').getByRole('combobox')).toHaveCount(0);

    // The founding page explains instead of offering a form.
    await page.goto('/verbuende/neu');
    await expect(page.getByRole('main')).toContainText('Diese Rolle haben Sie in keiner Kommune.');
    await expect(page.getByRole('main').getByRole('button')).toHaveCount(0);
  });
});
