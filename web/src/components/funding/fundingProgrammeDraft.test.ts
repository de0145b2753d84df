import { describe, expect, it } from 'vitest';
import { draftToInput, emptyDraft, serverInvalidFields } from './fundingProgrammeDraft.ts';

const complete = {
  ...emptyDraft(),
  name: ' Digitale Zukunftskommune@bw ',
  funder: 'Land Baden-Württemberg',
  callUrl: 'https://example.org/aufruf',
  rate: '80',
  capPerMunicipality: '40.000',
  capPerApplication: '',
  minOwnShare: '20',
  eligibleCategories: ['TRAINING', 'PERSONNEL'] as const,
  deadline: '2026-12-31',
  requiredDocuments: 'Projektskizze\n\n  Finanzierungsplan  \n',
  notes: '',
};

describe('draftToInput', () => {
  it('builds the API input from the typed fields', () => {
    expect(
      draftToInput({ ...complete, eligibleCategories: [...complete.eligibleCategories] }),
    ).toEqual({
      ok: true,
      input: {
        name: 'Digitale Zukunftskommune@bw',
        funder: 'Land Baden-Württemberg',
        callUrl: 'https://example.org/aufruf',
        rateBasisPoints: 8000,
        capPerMunicipality: '4000000',
        capPerApplication: null,
        minOwnShareBasisPoints: 2000,
        eligibleCategories: ['PERSONNEL', 'TRAINING'],
        deadline: '2026-12-31',
        requiredDocuments: ['Projektskizze', 'Finanzierungsplan'],
        notes: null,
      },
    });
  });

  it('names every field it cannot accept', () => {
    const result = draftToInput({
      ...emptyDraft(),
      callUrl: 'javascript:alert(1)',
      rate: '0',
      capPerMunicipality: '1,234',
      minOwnShare: '120',
      requiredDocuments: 'Skizze\nSkizze',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect([...result.invalid].sort()).toEqual([
      'callUrl',
      'capPerMunicipality',
      'eligibleCategories',
      'funder',
      'minOwnShareBasisPoints',
      'name',
      'rateBasisPoints',
      'requiredDocuments',
    ]);
  });

  it('accepts a rate of exactly 100 % but not more', () => {
    const categories: ['PERSONNEL'] = ['PERSONNEL'];
    expect(draftToInput({ ...complete, eligibleCategories: categories, rate: '100' }).ok).toBe(
      true,
    );
    expect(draftToInput({ ...complete, eligibleCategories: categories, rate: '100,5' }).ok).toBe(
      false,
    );
  });
});

describe('serverInvalidFields', () => {
  it('maps server paths onto the input fields', () => {
    expect(serverInvalidFields([{ path: 'input.name' }, { path: 'requiredDocuments.2' }])).toEqual(
      new Set(['name', 'requiredDocuments']),
    );
  });
});
