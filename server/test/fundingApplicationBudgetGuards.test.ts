import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ApplicationView, errorCodes, resultOf } from './support/fundingOperations.ts';
import {
  accept,
  budget,
  newApplication,
  readApplication,
  setBudgetLines,
  standardLines,
} from './support/fundingSteps.ts';
import {
  euros,
  type FundingWorld,
  fundingData,
  line,
  seedFundingWorld,
} from './support/fundingWorld.ts';
import { createTestApp, type TestApp } from './support/testApp.ts';

describe('budget lines and the funding statement', () => {
  let app: TestApp;
  let w: FundingWorld;
  let application: ApplicationView;
  beforeEach(async () => {
    app = await createTestApp();
    w = await seedFundingWorld(app);
    application = await newApplication(w, { partners: ['ludwigsburg', 'waiblingen'] });
    await accept(w, application.id, 'ludwigsburg');
  });
  afterEach(() => app.close());

  const linesOf = (a: ApplicationView | null | undefined, city: string) =>
    a?.partners.find((p) => p.city.slug === city)?.lines;

  it('may not be edited by another partner or for another partner, and nothing changes', async () => {
    await budget(w, application.id, 'esslingen', standardLines.esslingen);
    await budget(w, application.id, 'ludwigsburg', standardLines.ludwigsburg);
    const before = await fundingData(app);
    const attempts = [
      { as: 'lena', city: 'esslingen' },
      { as: 'elke', city: 'ludwigsburg' },
      { as: 'lars', city: 'ludwigsburg' },
      { as: 'emil', city: 'esslingen' },
    ] as const;
    for (const { as, city } of attempts) {
      const res = await setBudgetLines(w, application.id, city, [line('PERSONNEL', 'Fremd', 1)], {
        as,
        expectedBudgetVersion: 2,
      });
      expect({ as, city, codes: errorCodes(res), data: res.data }).toEqual({
        as,
        city,
        codes: ['FORBIDDEN'],
        data: null,
      });
    }
    expect(await fundingData(app)).toEqual(before);
  });

  it('may not be set by a city that has not accepted yet', async () => {
    const before = await fundingData(app);
    const res = await setBudgetLines(w, application.id, 'waiblingen', standardLines.ludwigsburg, {
      expectedBudgetVersion: 1,
    });
    // Refused one way or the other (FORBIDDEN or a typed error), but never stored.
    expect(resultOf(res)?.__typename ?? errorCodes(res)[0]).not.toMatch(/Success$/);
    expect(await fundingData(app)).toEqual(before);
  });

  it('refuses a stale budget version and keeps what the other writer saved', async () => {
    const first = await setBudgetLines(w, application.id, 'esslingen', standardLines.esslingen, {
      expectedBudgetVersion: 1,
    });
    expect(resultOf(first)?.__typename).toBe('MutationSetBudgetLinesSuccess');
    const before = await fundingData(app);
    const stale = await setBudgetLines(
      w,
      application.id,
      'esslingen',
      [line('PERSONNEL', 'Überschreibt alles', 1_000)],
      { expectedBudgetVersion: 1 },
    );
    expect(resultOf(stale)).toMatchObject({
      __typename: 'VersionConflictError',
      currentVersion: 2,
    });
    expect(await fundingData(app)).toEqual(before);
    const read = await readApplication(w, application.id);
    expect(linesOf(read, 'esslingen')?.map((l) => l.description)).toEqual([
      'Projektleitung',
      'Schnittstelle zum Fachverfahren',
    ]);
  });

  it('lets exactly one of two officers saving at once win, never a mix of both', async () => {
    await app.seed.user('ella@esslingen.test', [
      { cityId: w.cities.esslingen.id, role: 'FUNDING_OFFICER' },
    ]);
    const ella = await app.login('ella@esslingen.test');
    const mine = [
      line('PERSONNEL', 'Elkes Zeile A', 1_000),
      line('PERSONNEL', 'Elkes Zeile B', 2_000),
    ];
    const hers = [line('TRAINING', 'Ellas Zeile', 3_000, false)];
    const input = (lines: typeof mine) => ({
      input: {
        applicationId: application.id,
        cityId: w.cityId('esslingen'),
        expectedBudgetVersion: 1,
        lines,
      },
    });
    const results = await Promise.all([
      w.as('elke', SET_LINES_RAW, input(mine)),
      app.gql(SET_LINES_RAW, input(hers), { cookie: ella }),
    ]);
    const typenames = results.map((r) => resultOf(r)?.__typename).sort();
    expect(typenames).toEqual(['MutationSetBudgetLinesSuccess', 'VersionConflictError']);
    const winner =
      resultOf(results[0])?.__typename === 'MutationSetBudgetLinesSuccess' ? mine : hers;
    const read = await readApplication(w, application.id);
    expect(linesOf(read, 'esslingen')?.map((l) => l.description)).toEqual(
      winner.map((l) => l.description),
    );
    expect(read?.partners.find((p) => p.city.slug === 'esslingen')?.budgetVersion).toBe(2);
  });

  it('rejects invalid lines with field errors and keeps the stored lines (all or nothing)', async () => {
    await budget(w, application.id, 'esslingen', standardLines.esslingen);
    const before = await fundingData(app);
    const valid = line('PERSONNEL', 'Gültig', 100);
    const cases: [unknown[], string][] = [
      [[valid, { ...valid, description: '' }], 'input.lines.1.description'],
      [[valid, { ...valid, description: '   ' }], 'input.lines.1.description'],
      [[{ ...valid, description: 'x'.repeat(501) }], 'input.lines.0.description'],
      [[valid, { ...valid, amount: '0' }], 'input.lines.1.amount'],
      [
        Array.from({ length: 201 }, (_, i) => ({ ...valid, description: `Zeile ${i}` })),
        'input.lines',
      ],
    ];
    for (const [lines, path] of cases) {
      const res = await w.as('elke', SET_LINES_RAW, {
        input: {
          applicationId: application.id,
          cityId: w.cityId('esslingen'),
          expectedBudgetVersion: 2,
          lines,
        },
      });
      expect(resultOf(res), path).toMatchObject({
        __typename: 'ValidationError',
        fieldErrors: [{ path, message: expect.any(String) }],
      });
    }
    // Amounts and categories the API's types cannot even read are refused before any change.
    const unreadable: Record<string, unknown>[] = [
      { amount: '-100' },
      { amount: '1000000000000000' },
      { amount: '12.50' },
      { category: 'CATERING' },
    ];
    for (const change of unreadable) {
      const res = await w.as('elke', SET_LINES_RAW, {
        input: {
          applicationId: application.id,
          cityId: w.cityId('esslingen'),
          expectedBudgetVersion: 2,
          lines: [valid, { ...valid, ...change }],
        },
      });
      expect(res.data, JSON.stringify(change)).toBeUndefined();
      expect(res.errors?.[0]?.message, JSON.stringify(change)).toMatch(
        /Cents must be|FundingCostCategory/,
      );
    }
    expect(await fundingData(app)).toEqual(before);
    const read = await readApplication(w, application.id);
    expect(read?.statement.partners[0]?.figures.totalCosts).toBe(euros(60_000));
  });
});

const SET_LINES_RAW = `mutation($input: SetBudgetLinesInput!) {
  setBudgetLines(input: $input) {
    __typename
    ... on ValidationError { fieldErrors { path message } }
    ... on ConflictError { reason }
    ... on VersionConflictError { currentVersion }
  }
}`;
