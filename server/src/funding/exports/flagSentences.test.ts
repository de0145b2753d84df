import { describe, expect, it } from 'vitest';
import { statementFlag } from '../statement.ts';
import type { StatementFlag } from '../statementTypes.ts';
import { flagSentence } from './flagSentences.ts';

const EMPTY = statementFlag({ code: 'PARTNER_WITHOUT_BUDGET' });

describe('flagSentence', () => {
  it('says which city is below the minimum own share, and by how much', () => {
    const flag: StatementFlag = {
      ...EMPTY,
      code: 'OWN_SHARE_BELOW_MINIMUM',
      cityId: 'l',
      cityName: 'Ludwigsburg',
      ownShareBasisPoints: 800,
      minimumBasisPoints: 1000,
    };
    expect(flagSentence(flag)).toBe(
      'Eigenanteil von Ludwigsburg unter dem Mindestanteil: 8,00 % statt 10,00 %',
    );
  });

  it('names the line (counted from 1), its category and amount', () => {
    const flag: StatementFlag = {
      ...EMPTY,
      code: 'INELIGIBLE_CATEGORY',
      cityName: 'Waiblingen',
      lineIndex: 0,
      category: 'TRAINING',
      amountCents: 123_456n,
    };
    expect(flagSentence(flag)).toBe(
      'Waiblingen, Position 1: Die Kostenart „Schulungen“ ist in diesem Programm nicht förderfähig (1.234,56 €).',
    );
  });

  it.each([
    [
      { code: 'PARTNER_WITHOUT_BUDGET', cityName: 'Waiblingen' },
      'Waiblingen hat noch keine Kosten erfasst.',
    ],
    [
      { code: 'DEADLINE_PASSED', deadline: '2026-11-01', daysOverdue: 20 },
      'Die Einreichungsfrist (01.11.2026) ist seit 20 Tagen abgelaufen.',
    ],
    [
      { code: 'DEADLINE_PASSED', deadline: '2026-11-20', daysOverdue: 1 },
      'Die Einreichungsfrist (20.11.2026) ist seit 1 Tag abgelaufen.',
    ],
    [
      { code: 'DEADLINE_WITHIN_14_DAYS', deadline: '2026-12-01', daysLeft: 10 },
      'Die Einreichungsfrist endet am 01.12.2026 (noch 10 Tage).',
    ],
    [
      { code: 'DEADLINE_WITHIN_14_DAYS', deadline: '2026-11-22', daysLeft: 1 },
      'Die Einreichungsfrist endet am 22.11.2026 (noch 1 Tag).',
    ],
    [
      { code: 'DEADLINE_WITHIN_14_DAYS', deadline: '2026-11-21', daysLeft: 0 },
      'Die Einreichungsfrist endet heute (21.11.2026).',
    ],
  ] as const)('%o', (fields, sentence) => {
    expect(flagSentence({ ...EMPTY, ...fields })).toBe(sentence);
  });

  it('survives a snapshot with missing fields or an unknown code', () => {
    expect(flagSentence({ ...EMPTY, code: 'OWN_SHARE_BELOW_MINIMUM' })).toBe(
      'Eigenanteil von – unter dem Mindestanteil: – statt –',
    );
    const future = { ...EMPTY, code: 'SOMETHING_NEW' } as unknown as StatementFlag;
    expect(flagSentence(future)).toBe('Hinweis: SOMETHING_NEW');
  });
});
