import { computeFunding, parseFundingApplication } from '@amtsweg/shared/funding';
import { describe, expect, it } from 'vitest';
import { threeCityStatement } from './statementFixture.ts';

// The export tests assert amounts from the fixture; this keeps them real computed figures.
describe('threeCityStatement', () => {
  it('carries the figures and flags computeFunding gives for its lines', () => {
    const statement = threeCityStatement();
    const { programme } = statement;
    const parsed = parseFundingApplication({
      programme: {
        rateBasisPoints: programme.rateBasisPoints,
        capPerMunicipalityCents: programme.capPerMunicipalityCents,
        capPerApplicationCents: programme.capPerApplicationCents,
        minOwnShareBasisPoints: programme.minOwnShareBasisPoints,
        eligibleCategories: programme.eligibleCategories,
        deadline: programme.deadline === null ? null : new Date(programme.deadline),
      },
      partners: statement.partners.map((partner) => ({
        cityId: partner.cityId,
        lines: partner.lines,
      })),
      today: new Date(statement.computedOn),
    });
    if (!parsed.ok) throw new Error('fixture lines do not parse');
    const result = computeFunding(parsed.application);

    expect(result.total).toEqual(statement.total);
    expect(result.applicationCapApplied).toBe(statement.applicationCapApplied);
    for (const [index, partner] of statement.partners.entries()) {
      const { cityId, ...figures } = result.partners[index] ?? { cityId: '' };
      expect(cityId).toBe(partner.cityId);
      expect(figures).toEqual(partner.figures);
    }
    expect(result.flags.map((flag) => flag.code)).toEqual(statement.flags.map((f) => f.code));
  });
});
