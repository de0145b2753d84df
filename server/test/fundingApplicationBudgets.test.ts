import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApplicationView } from './support/fundingOperations.ts';
import {
  accept,
  budget,
  budgetVersion,
  newApplication,
  readApplication,
  standardLines,
} from './support/fundingSteps.ts';
import {
  euros,
  type FundingWorld,
  line,
  seedFundingWorld,
  seedProgramme,
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

  it('replaces a city’s lines as a whole and counts its budget version up', async () => {
    await budget(w, application.id, 'esslingen', [
      line('PERSONNEL', 'Projektleitung', 45_000),
      line('TRAINING', 'Schulungen', 5_000, false),
    ]);
    expect(await budgetVersion(w, application.id, 'esslingen')).toBe(2);
    const replaced = await budget(w, application.id, 'esslingen', [
      line('EXTERNAL_SERVICES', 'Schnittstelle', 15_000),
    ]);
    expect(linesOf(replaced, 'esslingen')).toEqual([
      {
        id: expect.any(String),
        position: 0,
        category: 'EXTERNAL_SERVICES',
        description: 'Schnittstelle',
        amount: euros(15_000),
        eligible: true,
      },
    ]);
    expect(replaced.partners.find((p) => p.city.slug === 'esslingen')?.budgetVersion).toBe(3);
    expect(await app.prisma.budgetLine.count({ where: { cityId: w.cities.esslingen.id } })).toBe(1);
  });

  it('computes each partner’s grant with the municipality cap, and totals that add up', async () => {
    await budget(w, application.id, 'esslingen', standardLines.esslingen);
    const res = await budget(w, application.id, 'ludwigsburg', standardLines.ludwigsburg);
    const { statement } = res;
    expect(statement.partners.map((p) => [p.cityName, p.isLead, p.figures])).toEqual([
      [
        'Esslingen am Neckar',
        true,
        {
          totalCosts: euros(60_000),
          eligibleCosts: euros(60_000),
          rateGrant: euros(48_000),
          municipalityCappedGrant: euros(40_000),
          grant: euros(40_000),
          ownShare: euros(20_000),
          ownShareBasisPoints: 3333,
        },
      ],
      [
        'Ludwigsburg',
        false,
        {
          totalCosts: euros(30_000),
          eligibleCosts: euros(30_000),
          rateGrant: euros(24_000),
          municipalityCappedGrant: euros(24_000),
          grant: euros(24_000),
          ownShare: euros(6_000),
          ownShareBasisPoints: 2000,
        },
      ],
    ]);
    expect(statement.total).toEqual({
      totalCosts: euros(90_000),
      eligibleCosts: euros(90_000),
      rateGrant: euros(72_000),
      municipalityCappedGrant: euros(64_000),
      grant: euros(64_000),
      ownShare: euros(26_000),
      ownShareBasisPoints: 2888,
    });
    expect(statement.applicationCapApplied).toBe(false);
    // Waiblingen has not accepted: it has no figures.
    expect(statement.partners.map((p) => p.cityId)).not.toContain(w.cityId('waiblingen'));
    // Every reader computes the same.
    const forLars = await readApplication(w, application.id, 'lars');
    expect(forLars?.statement).toEqual(statement);
  });

  it('flags ineligible categories and accepted partners without a budget', async () => {
    await accept(w, application.id, 'waiblingen');
    await budget(w, application.id, 'esslingen', standardLines.esslingen);
    const res = await budget(w, application.id, 'ludwigsburg', [
      ...standardLines.ludwigsburg,
      line('TRAINING', 'Schulung der Sachbearbeitung', 4_000),
    ]);
    const ludwigsburg = res.statement.partners.find((p) => p.cityName === 'Ludwigsburg');
    expect(ludwigsburg?.lines.map((l) => l.countsAsEligible)).toEqual([true, false]);
    expect(ludwigsburg?.figures).toMatchObject({
      totalCosts: euros(34_000),
      eligibleCosts: euros(30_000),
      grant: euros(24_000),
      ownShare: euros(10_000),
    });
    expect(res.statement.flags).toEqual([
      expect.objectContaining({
        code: 'INELIGIBLE_CATEGORY',
        cityId: w.cityId('ludwigsburg'),
        cityName: 'Ludwigsburg',
        lineIndex: 1,
        category: 'TRAINING',
        amount: euros(4_000),
      }),
      expect.objectContaining({
        code: 'PARTNER_WITHOUT_BUDGET',
        cityId: w.cityId('waiblingen'),
        cityName: 'Waiblingen',
      }),
    ]);
  });

  it('flags an own share below the programme’s minimum', async () => {
    const strict = await seedProgramme(app, {
      name: 'Mit Eigenanteil',
      minOwnShareBasisPoints: 2500,
    });
    const other = await newApplication(w, { programme: strict, partners: ['ludwigsburg'] });
    await accept(w, other.id, 'ludwigsburg');
    await budget(w, other.id, 'esslingen', standardLines.esslingen);
    const res = await budget(w, other.id, 'ludwigsburg', standardLines.ludwigsburg);
    // Esslingen pays 33,33 % itself (the cap), Ludwigsburg only 20 %.
    expect(res.statement.flags).toEqual([
      expect.objectContaining({
        code: 'OWN_SHARE_BELOW_MINIMUM',
        cityId: w.cityId('ludwigsburg'),
        ownShareBasisPoints: 2000,
        minimumBasisPoints: 2500,
      }),
    ]);
    expect(res.statement.programme).toMatchObject({ minOwnShareBasisPoints: 2500 });
  });
});
