import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/fixtures.ts';
import { OWNER_EMAIL, signIn } from '../support/session.ts';

// Only reads the demo models: Esslingen's "Gewerbeanmeldung" and the same service in other cities.

// bpmn-js is heavy: loading two viewers takes a while on a CI machine.
test.setTimeout(120_000);
test.use({ viewport: { width: 1440, height: 1000 } });

const PANEL = 'Ähnliche Verfahren – wer hat das schon digitalisiert?';

/** Opens Esslingen's Gewerbeanmeldung from the process list, as a user would. */
async function openEsslingenGewerbeanmeldung(page: Page): Promise<void> {
  await page.goto('/prozesse');
  await page
    .getByRole('region', { name: 'Ergebnisse' })
    .getByRole('listitem')
    .filter({ hasText: 'Esslingen am Neckar' })
    .getByRole('link', { name: 'Gewerbeanmeldung', exact: true })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gewerbeanmeldung' })).toBeVisible();
}

/** Follows "Vergleichen" of the most similar model of another city offering the same service. */
async function compareWithSameServiceElsewhere(page: Page): Promise<string> {
  const panel = page.getByRole('region', { name: PANEL });
  const candidate = panel
    .getByRole('listitem')
    .filter({ hasText: 'gleiche Leistung' })
    .filter({ hasNotText: 'Esslingen am Neckar' })
    .first();
  await expect(candidate).toBeVisible({ timeout: 15_000 });
  const city = ((await candidate.locator('.similar-processes__city').textContent()) ?? '').trim();
  await candidate.getByRole('link', { name: /^Vergleichen/ }).click();
  await expect(page).toHaveURL(/\/prozesse\/vergleich\?links=.+&rechts=.+/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('im Vergleich mit');
  return city;
}

function diagramShape(viewer: Locator, elementId: string): Locator {
  return viewer.locator(`.djs-element[data-element-id="${elementId}"]`);
}

/** The element ids carrying the number badge `pair` in one viewer. */
async function elementsWithBadge(viewer: Locator, pair: string): Promise<string[]> {
  const ids = await viewer
    .locator('.amtsweg-diagram-badge')
    .evaluateAll(
      (badges, number) =>
        badges
          .filter((badge) => badge.textContent === number)
          .map((badge) => badge.closest('.djs-overlays')?.getAttribute('data-container-id') ?? ''),
      pair,
    );
  return ids.filter(Boolean);
}

const compact = (text: string) => text.replace(/\s+/g, '');

test.describe('Comparing processes across cities', () => {
  test('shows matched steps with the same colour and number in both diagrams', async ({
    page,
    a11y,
  }) => {
    await signIn(page, OWNER_EMAIL);
    await openEsslingenGewerbeanmeldung(page);
    const city = await compareWithSameServiceElsewhere(page);

    await expect(page.getByText(/^Ähnlichkeit\s*\d+\s%$/)).toBeVisible();
    const figures = page.getByRole('table', {
      name: 'Kennzahlen der beiden Prozesse nebeneinander',
    });
    await expect(figures.getByRole('rowheader', { name: 'Medienbrüche' })).toBeVisible();
    await expect(figures.getByRole('columnheader', { name: `Rechts: ${city}` })).toBeVisible();

    const left = page.locator('.comparison-diagrams__viewer--left');
    const right = page.locator('.comparison-diagrams__viewer--right');
    await expect(left.locator('.amtsweg-diagram-badge').first()).toBeVisible({ timeout: 30_000 });
    await expect(right.locator('.amtsweg-diagram-badge').first()).toBeVisible({ timeout: 30_000 });

    // A pair as the table lists it: its number, the step on the left and the one on the right.
    const table = page.getByRole('table', { name: /^Einander zugeordnete Schritte/ });
    const row = table
      .getByRole('row')
      .filter({ has: page.getByRole('button', { name: /^Paar \d+$/ }) })
      // A task: its label sits inside its shape (an event's label is an element of its own).
      .filter({ hasText: /aufgabe/i })
      .first();
    const pair = ((await row.getByRole('button').textContent()) ?? '').trim();
    const [leftId] = await elementsWithBadge(left, pair);
    const rightIds = await elementsWithBadge(right, pair);
    expect(leftId).toBeTruthy();
    expect(rightIds.length).toBeGreaterThan(0);
    const rightId = rightIds[0] as string;

    // Same colour on both sides, and the table names the same steps.
    const leftShape = diagramShape(left, leftId as string);
    const rightShape = diagramShape(right, rightId);
    const colourOf = async (shape: Locator) =>
      (await shape.getAttribute('class'))?.match(/amtsweg-pair--\d+/)?.[0];
    const colour = await colourOf(leftShape);
    expect(colour).toBeTruthy();
    expect(await colourOf(rightShape)).toBe(colour);
    const leftLabel = compact(
      await leftShape
        .locator('text')
        .allTextContents()
        .then((t) => t.join('')),
    );
    const cells = row.getByRole('cell');
    expect(compact((await cells.nth(0).locator('span').first().textContent()) ?? '')).toContain(
      leftLabel,
    );

    // Pointing at the left step highlights its counterpart on the right, and the table row.
    await leftShape.hover();
    await expect(rightShape).toHaveClass(/amtsweg-highlighted/);
    await expect(row).toHaveClass(/comparison-steps__row--active/);
    await page.mouse.move(5, 5);
    await expect(rightShape).not.toHaveClass(/amtsweg-highlighted/);

    // … and the other way round.
    await rightShape.hover();
    await expect(leftShape).toHaveClass(/amtsweg-highlighted/);
    await page.mouse.move(5, 5);
    await expect(leftShape).not.toHaveClass(/amtsweg-highlighted/);

    // Keyboard: the pair's number in the table highlights both steps.
    await row.getByRole('button').focus();
    await expect(leftShape).toHaveClass(/amtsweg-highlighted/);
    await expect(rightShape).toHaveClass(/amtsweg-highlighted/);
    await row.getByRole('button').blur();
    await expect(rightShape).not.toHaveClass(/amtsweg-highlighted/);

    // A click keeps the pair highlighted after the pointer left (touch screens have no hover).
    await leftShape.click();
    await page.mouse.move(5, 5);
    await expect(rightShape).toHaveClass(/amtsweg-highlighted/);

    await a11y.check('comparison with highlighted pair');
  });

  test('leads from the comparison to the variant map of the service', async ({ page, a11y }) => {
    await signIn(page, OWNER_EMAIL);
    await openEsslingenGewerbeanmeldung(page);
    await compareWithSameServiceElsewhere(page);

    await page.getByRole('link', { name: /^Variantenvergleich für Leistungsschlüssel/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Variantenvergleich' })).toBeVisible();
    const map = page.getByRole('table', { name: /^Schritte \(Zeilen\)/ });
    await expect(map.getByRole('columnheader', { name: /Esslingen am Neckar/ })).toBeVisible();
    await expect(map.getByRole('cell', { name: /vorhanden/ }).first()).toBeVisible();
    await expect(page).toHaveTitle('Variantenvergleich – Amtsweg');
    await a11y.check('variant map');

    await page.goto('/leistungen/1234/varianten');
    await expect(page.getByRole('alert')).toContainText(
      'Der Leistungsschlüssel „1234“ ist ungültig',
    );
  });
});
