import type { FundingStatement } from '../statementTypes.ts';
import { formatDecimalComma } from './format.ts';
import { asText, germanCsv } from './germanCsv.ts';
import { COST_CATEGORY_LABELS, yesNo } from './labels.ts';

export const BUDGET_CSV_HEADER = [
  'Kommune',
  'Kostenart',
  'Beschreibung',
  'Betrag (EUR)',
  'förderfähig',
];

/** One row per budget line, decimal comma, amounts exact from bigint cents. */
export async function renderBudgetCsv(statement: FundingStatement): Promise<string> {
  const rows = statement.partners.flatMap((partner) =>
    partner.lines.map((line) => [
      asText(partner.cityName),
      COST_CATEGORY_LABELS[line.category] ?? line.category,
      asText(line.description),
      formatDecimalComma(line.amountCents),
      yesNo(line.countsAsEligible),
    ]),
  );
  return germanCsv('Budget', [BUDGET_CSV_HEADER, ...rows]);
}
