import type { BudgetLineInput, FundingCostCategory } from '../../graphql/generated/graphql.ts';
import { formatCents, parseEuroToCents } from '../funding/money.ts';

/** One row of the budget editor as typed; the amount stays text until it is saved. */
export interface BudgetRowDraft {
  /** Stable across edits, for Vue's list keys and the inputs' ids. */
  key: number;
  category: FundingCostCategory;
  description: string;
  amount: string;
  eligible: boolean;
}

export type BudgetRowField = 'category' | 'description' | 'amount' | 'eligible';

/** A problem with one row (by its index in the list), or with the lines as a whole (row null). */
export interface BudgetRowError {
  row: number | null;
  field: BudgetRowField | null;
}

interface StoredLine {
  category: FundingCostCategory;
  description: string;
  amount: string;
  eligible: boolean;
}

export const MAX_BUDGET_LINES = 200;
export const MAX_DESCRIPTION_LENGTH = 500;

let nextKey = 1;

/** "123456" → "1.234,56" (de): the amount as the user would type it, without the currency. */
export function centsToEuroText(cents: string, locale: string): string {
  return formatCents(cents, locale)
    .replace(/\s*€\s*/u, '')
    .trim();
}

export function emptyRow(category: FundingCostCategory): BudgetRowDraft {
  return { key: nextKey++, category, description: '', amount: '', eligible: true };
}

export function rowsFromLines(lines: readonly StoredLine[], locale: string): BudgetRowDraft[] {
  return lines.map((line) => ({
    key: nextKey++,
    category: line.category,
    description: line.description,
    amount: centsToEuroText(line.amount, locale),
    eligible: line.eligible,
  }));
}

export type BudgetDraftResult =
  | { ok: true; lines: BudgetLineInput[] }
  | { ok: false; errors: BudgetRowError[] };

/** Checks what the browser can check and builds the lines; the server validates again. */
export function rowsToInput(rows: readonly BudgetRowDraft[]): BudgetDraftResult {
  const errors: BudgetRowError[] = [];
  if (rows.length > MAX_BUDGET_LINES) errors.push({ row: null, field: null });
  const lines = rows.map((row, index): BudgetLineInput => {
    const description = row.description.trim();
    if (description === '' || description.length > MAX_DESCRIPTION_LENGTH) {
      errors.push({ row: index, field: 'description' });
    }
    const amount = parseEuroToCents(row.amount);
    if (!amount.ok) errors.push({ row: index, field: 'amount' });
    return {
      category: row.category,
      description,
      amount: amount.ok ? amount.cents : '0',
      eligible: row.eligible,
    };
  });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, lines };
}

const ROW_FIELDS: readonly string[] = ['category', 'description', 'amount', 'eligible'];

/**
 * The rows a server ValidationError names: `input.lines.2.amount` is the third row's amount;
 * `input.lines` (too many lines) and anything else concern the budget as a whole.
 */
export function serverRowErrors(
  fieldErrors: readonly { path: string }[] | undefined,
): BudgetRowError[] {
  return (fieldErrors ?? []).map(({ path }) => {
    const parts = path.split('.');
    if (parts[0] === 'input') parts.shift();
    if (parts[0] !== 'lines' || parts[1] === undefined || !/^\d+$/.test(parts[1])) {
      return { row: null, field: null };
    }
    const field = parts[2] ?? '';
    return {
      row: Number(parts[1]),
      field: ROW_FIELDS.includes(field) ? (field as BudgetRowField) : null,
    };
  });
}

/** Whether the rows differ from the stored lines (an amount counts by its value, not its spelling). */
export function rowsDiffer(rows: readonly BudgetRowDraft[], lines: readonly StoredLine[]): boolean {
  if (rows.length !== lines.length) return true;
  return rows.some((row, index) => {
    const line = lines[index];
    if (!line) return true;
    const amount = parseEuroToCents(row.amount);
    return (
      row.category !== line.category ||
      row.description.trim() !== line.description ||
      row.eligible !== line.eligible ||
      !amount.ok ||
      amount.cents !== line.amount
    );
  });
}
