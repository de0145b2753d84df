/**
 * Amtlicher Gemeindeschlüssel: 8 digits — state (2), district region (1), district (2),
 * municipality (3). State codes run from 01 (Schleswig-Holstein) to 16 (Thüringen).
 */
export function isValidAgs(value: string): boolean {
  if (!/^\d{8}$/.test(value)) return false;
  const state = Number(value.slice(0, 2));
  return state >= 1 && state <= 16;
}
