// German formatting for the exports. Money stays a bigint count of cents up to the string, so no
// amount is ever rounded by a double on its way into a PDF or CSV.

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function splitCents(cents: bigint): { sign: string; euros: string; rest: string } {
  const negative = cents < 0n;
  const magnitude = negative ? -cents : cents;
  return {
    sign: negative ? '-' : '',
    euros: (magnitude / 100n).toString(),
    rest: (magnitude % 100n).toString().padStart(2, '0'),
  };
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, '.');
}

/** 123456789n → "1.234.567,89 €". */
export function formatEuro(cents: bigint): string {
  const { sign, euros, rest } = splitCents(cents);
  return `${sign}${groupThousands(euros)},${rest} €`;
}

/**
 * 1234567n → "12345,67": no grouping and no currency sign, because spreadsheet programs set to
 * German read exactly this as a number when they open a CSV.
 */
export function formatDecimalComma(cents: bigint): string {
  const { sign, euros, rest } = splitCents(cents);
  return `${sign}${euros},${rest}`;
}

/** Basis points with two decimals, as programmes state them: 8000 → "80,00 %", 1050 → "10,50 %". */
export function formatPercent(basisPoints: number): string {
  if (!Number.isSafeInteger(basisPoints)) throw new Error(`not whole basis points: ${basisPoints}`);
  const { sign, euros, rest } = splitCents(BigInt(basisPoints));
  return `${sign}${groupThousands(euros)},${rest} %`;
}

/** "2026-11-21" → "21.11.2026". */
export function formatDate(isoDate: string): string {
  const match = DATE_PATTERN.exec(isoDate);
  if (!match) throw new Error(`not a YYYY-MM-DD date: ${isoDate}`);
  const [, year, month, day] = match;
  return `${day}.${month}.${year}`;
}
