// Money travels as integer euro cents in a decimal string (the `Cents` scalar). It goes through
// BigInt so that amounts beyond Number.MAX_SAFE_INTEGER keep every digit.

const CENTS_PATTERN = /^-?\d+$/;

/** "4000000" → "40.000,00 €" (de) / "€40,000.00" (en); an unreadable value stays as it is. */
export function formatCents(cents: string, locale: string): string {
  const text = cents.trim();
  if (!CENTS_PATTERN.test(text)) return cents;
  const value = BigInt(text);
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  const euros = magnitude / 100n;
  const rest = magnitude % 100n;
  const format = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  // Intl formats BigInt euros exactly; the cent digits replace its (zero) fraction part. -0
  // keeps the sign of amounts between -1 € and 0 €.
  const parts = format.formatToParts(negative ? (euros === 0n ? -0 : -euros) : euros);
  return parts
    .map((part) => (part.type === 'fraction' ? rest.toString().padStart(2, '0') : part.value))
    .join('');
}

export type EuroParseResult = { ok: true; cents: string } | { ok: false };

/**
 * Reads an amount in euros as staff type it, German first: "40.000", "40000,00", "40.000,5",
 * also "40000.50" and "40,000.00". Rules, so that no input is read two ways:
 * - a comma followed by 1–2 digits at the end is the decimal separator (German);
 * - a dot followed by exactly 1–2 digits at the end, with no comma anywhere, is a decimal point;
 * - otherwise dots (or commas, in English notation) must group digits in threes.
 * "1,234" is rejected: it would be 1,23 € in German and 1.234 € in English.
 * Negative amounts, letters and more than two decimals are rejected too.
 */
export function parseEuroToCents(input: string): EuroParseResult {
  const text = input
    .trim()
    .replace(/\s*€$/, '')
    .replace(/^€\s*/, '')
    .replace(/[\s\u00a0]/g, '');
  if (text === '') return { ok: false };

  const patterns: { pattern: RegExp; group: string }[] = [
    // German: 40.000,00 or 40000,5 or 40.000
    { pattern: /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d{1,2}))?$/, group: '.' },
    // English: 40,000.00 or 40000.50
    { pattern: /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/, group: ',' },
  ];
  for (const { pattern, group } of patterns) {
    const match = pattern.exec(text);
    if (!match) continue;
    const whole = match[1] ?? '';
    const fraction = match[2] ?? '';
    // "1,234" matches English grouping, but would be 1,23 € read as German (three decimals
    // cannot be German cents, yet a user typing a German comma meant decimals): ambiguous.
    if (group === ',' && whole.includes(',') && fraction === '' && /^\d{1,3},\d{3}$/.test(whole)) {
      return { ok: false };
    }
    const digits = whole.split(group).join('');
    const cents = BigInt(digits) * 100n + BigInt(fraction.padEnd(2, '0') || '0');
    return { ok: true, cents: cents.toString() };
  }
  return { ok: false };
}
