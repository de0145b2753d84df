/** A share in [0, 1] as a whole percentage in the locale's style ("73 %", "73%"). */
export function formatPercent(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(
    Math.min(1, Math.max(0, share)),
  );
}
