import type { StatementFlag } from '../statementTypes.ts';
import { formatDate, formatEuro, formatPercent } from './format.ts';
import { COST_CATEGORY_LABELS } from './labels.ts';

const UNKNOWN = '–';

function days(count: number): string {
  return count === 1 ? '1 Tag' : `${count} Tagen`;
}

function daysLeft(count: number): string {
  return count === 1 ? 'noch 1 Tag' : `noch ${count} Tage`;
}

/**
 * A flag as one German sentence for the PDF. Flags come from stored snapshots too, so a field
 * that should be there but is not degrades to "–" instead of failing the whole export.
 */
export function flagSentence(flag: StatementFlag): string {
  const city = flag.cityName ?? UNKNOWN;
  const percent = (value: number | null) => (value === null ? UNKNOWN : formatPercent(value));
  const date = (value: string | null) => (value === null ? UNKNOWN : formatDate(value));
  switch (flag.code) {
    case 'OWN_SHARE_BELOW_MINIMUM':
      return `Eigenanteil von ${city} unter dem Mindestanteil: ${percent(flag.ownShareBasisPoints)} statt ${percent(flag.minimumBasisPoints)}`;
    case 'INELIGIBLE_CATEGORY': {
      const position = flag.lineIndex === null ? UNKNOWN : String(flag.lineIndex + 1);
      const category = flag.category === null ? UNKNOWN : COST_CATEGORY_LABELS[flag.category];
      const amount = flag.amountCents === null ? UNKNOWN : formatEuro(flag.amountCents);
      return `${city}, Position ${position}: Die Kostenart „${category}“ ist in diesem Programm nicht förderfähig (${amount}).`;
    }
    case 'PARTNER_WITHOUT_BUDGET':
      return `${city} hat noch keine Kosten erfasst.`;
    case 'DEADLINE_PASSED':
      return flag.daysOverdue === null
        ? `Die Einreichungsfrist (${date(flag.deadline)}) ist abgelaufen.`
        : `Die Einreichungsfrist (${date(flag.deadline)}) ist seit ${days(flag.daysOverdue)} abgelaufen.`;
    case 'DEADLINE_WITHIN_14_DAYS':
      if (flag.daysLeft === 0) return `Die Einreichungsfrist endet heute (${date(flag.deadline)}).`;
      return flag.daysLeft === null
        ? `Die Einreichungsfrist endet am ${date(flag.deadline)}.`
        : `Die Einreichungsfrist endet am ${date(flag.deadline)} (${daysLeft(flag.daysLeft)}).`;
    default:
      // A snapshot stored by a newer version may know a flag this one does not.
      return `Hinweis: ${(flag as { code: string }).code}`;
  }
}
