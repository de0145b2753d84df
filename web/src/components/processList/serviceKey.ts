/**
 * Leistungsschlüssel of the federal service catalogue (LeiKa/FIM): exactly 14 digits. Catalogue
 * print-outs group the digits, so spaces people paste along are dropped.
 */
export function normaliseServiceKey(value: string): string {
  return value.replace(/\s+/g, '');
}

export function isServiceKey(value: string): boolean {
  return /^\d{14}$/.test(normaliseServiceKey(value));
}

/** An optional Leistungsschlüssel field is fine when empty or a valid key. */
export function isOptionalServiceKey(value: string): boolean {
  return normaliseServiceKey(value) === '' || isServiceKey(value);
}
