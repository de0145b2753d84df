// Rates (Förderquote, Eigenanteil) travel as integer basis points: 8000 = 80 %.

/** 8000 → "80 %" (de) / "80%" (en); 8050 → "80,5 %". */
export function formatBasisPoints(basisPoints: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(
    basisPoints / 10_000,
  );
}

/**
 * "80", "80,5", "80.25" or "80 %" → basis points (8000, 8050, 8025); null for anything else,
 * including more than two decimals. The range is for the caller to check.
 */
export function parsePercentToBasisPoints(input: string): number | null {
  const match = /^(\d{1,3})(?:[.,](\d{1,2}))?$/.exec(input.trim().replace(/\s*%$/, ''));
  if (!match) return null;
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}
