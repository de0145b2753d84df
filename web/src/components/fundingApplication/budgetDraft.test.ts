import { describe, expect, it } from 'vitest';
import {
  type BudgetRowDraft,
  centsToEuroText,
  emptyRow,
  rowsDiffer,
  rowsFromLines,
  rowsToInput,
  serverRowErrors,
} from './budgetDraft.ts';

const stored = [
  {
    category: 'PERSONNEL' as const,
    description: 'Projektleitung',
    amount: '1250050',
    eligible: true,
  },
  { category: 'TRAINING' as const, description: 'Schulung', amount: '99', eligible: false },
];

function row(values: Partial<BudgetRowDraft>): BudgetRowDraft {
  return { ...emptyRow('PERSONNEL'), ...values };
}

describe('budget draft', () => {
  it('shows stored amounts as the user would type them, without floating point', () => {
    expect(centsToEuroText('1250050', 'de')).toBe('12.500,50');
    expect(centsToEuroText('99', 'de')).toBe('0,99');
    expect(centsToEuroText('900719925474099312', 'de')).toBe('9.007.199.254.740.993,12');
    expect(centsToEuroText('1250050', 'en')).toBe('12,500.50');
    const rows = rowsFromLines(stored, 'de');
    expect(rows.map(({ key: _key, ...rest }) => rest)).toEqual([
      { category: 'PERSONNEL', description: 'Projektleitung', amount: '12.500,50', eligible: true },
      { category: 'TRAINING', description: 'Schulung', amount: '0,99', eligible: false },
    ]);
    expect(new Set(rows.map((r) => r.key)).size).toBe(2);
  });

  it('builds the lines in cents and round-trips what it shows', () => {
    const rows = rowsFromLines(stored, 'de');
    expect(rowsDiffer(rows, stored)).toBe(false);
    expect(rowsToInput(rows)).toEqual({
      ok: true,
      lines: [
        { category: 'PERSONNEL', description: 'Projektleitung', amount: '1250050', eligible: true },
        { category: 'TRAINING', description: 'Schulung', amount: '99', eligible: false },
      ],
    });
    expect(
      rowsToInput([
        row({ description: ' Lizenz ', amount: '40.000', category: 'HARDWARE_SOFTWARE' }),
      ]),
    ).toEqual({
      ok: true,
      lines: [
        { category: 'HARDWARE_SOFTWARE', description: 'Lizenz', amount: '4000000', eligible: true },
      ],
    });
  });

  it('names each row whose amount or description cannot be saved', () => {
    expect(
      rowsToInput([
        row({ description: 'ok', amount: '10' }),
        row({ description: '', amount: '1,234' }),
        row({ description: 'x', amount: '-5' }),
      ]),
    ).toEqual({
      ok: false,
      errors: [
        { row: 1, field: 'description' },
        { row: 1, field: 'amount' },
        { row: 2, field: 'amount' },
      ],
    });
  });

  it('maps server paths onto rows and fields', () => {
    expect(
      serverRowErrors([
        { path: 'input.lines.2.amount' },
        { path: 'lines.0.description' },
        { path: 'input.lines' },
        { path: 'input.lines.1.unknown' },
        { path: 'input.cityId' },
      ]),
    ).toEqual([
      { row: 2, field: 'amount' },
      { row: 0, field: 'description' },
      { row: null, field: null },
      { row: 1, field: null },
      { row: null, field: null },
    ]);
  });

  it('notices edits, added and removed rows', () => {
    const [first, second] = rowsFromLines(stored, 'de');
    if (!first || !second) throw new Error('two rows expected');
    expect(rowsDiffer([first], stored)).toBe(true);
    expect(rowsDiffer([first, second, emptyRow('TRAINING')], stored)).toBe(true);
    expect(rowsDiffer([{ ...first, amount: '12500,5' }, second], stored)).toBe(false);
    expect(rowsDiffer([{ ...first, amount: '12500,51' }, second], stored)).toBe(true);
    expect(rowsDiffer([first, { ...second, eligible: true }], stored)).toBe(true);
  });
});
