import { isValidAgs } from '@amtsweg/shared';
import type { ResultError } from '../composables/useErrorMessage.ts';
import type { FederalState } from '../graphql/generated/graphql.ts';
import { invalidFields } from './fieldErrors.ts';

/**
 * The federal states by the code the AGS starts with (01 Schleswig-Holstein … 16 Thüringen).
 * The order is also the one of the official register.
 */
const STATE_BY_AGS_CODE: Readonly<Record<string, FederalState>> = {
  '01': 'SCHLESWIG_HOLSTEIN',
  '02': 'HAMBURG',
  '03': 'NIEDERSACHSEN',
  '04': 'BREMEN',
  '05': 'NORDRHEIN_WESTFALEN',
  '06': 'HESSEN',
  '07': 'RHEINLAND_PFALZ',
  '08': 'BADEN_WUERTTEMBERG',
  '09': 'BAYERN',
  '10': 'SAARLAND',
  '11': 'BERLIN',
  '12': 'BRANDENBURG',
  '13': 'MECKLENBURG_VORPOMMERN',
  '14': 'SACHSEN',
  '15': 'SACHSEN_ANHALT',
  '16': 'THUERINGEN',
};

export const FEDERAL_STATES: readonly FederalState[] = Object.values(STATE_BY_AGS_CODE);

/** The state an AGS belongs to, known as soon as its first two digits are typed. */
export function federalStateOfAgs(ags: string): FederalState | undefined {
  return STATE_BY_AGS_CODE[ags.trim().slice(0, 2)];
}

export const SLUG_MAX_LENGTH = 60;
const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

// German transliteration, as in addresses and e-mail domains: Böblingen → boeblingen.
const TRANSLITERATION: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** The address slug for a city name: "Bad Urach" → "bad-urach", "Böblingen" → "boeblingen". */
export function suggestSlug(name: string): string {
  const slug = name
    .normalize('NFC')
    .toLocaleLowerCase('de')
    .replace(/[äöüß]/g, (letter) => TRANSLITERATION[letter] ?? letter)
    // Other accents are dropped (é → e); what is left besides letters and digits joins words.
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, SLUG_MAX_LENGTH).replace(/-+$/, '');
}

export function isValidSlug(slug: string): boolean {
  return slug.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(slug);
}

export const POPULATION_MAX = 10_000_000;

/**
 * A population as people type it: `12500`, `12.500` (German) or `12,500` (English) and with
 * spaces between the groups. Anything else, decimals included, is not a head count.
 */
export function parsePopulation(text: string): number | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  const grouped = /^\d{1,3}(\.\d{3})+$/.test(compact) || /^\d{1,3}(,\d{3})+$/.test(compact);
  if (!grouped && !/^\d+$/.test(compact)) return undefined;
  const value = Number(compact.replace(/[.,]/g, ''));
  return value <= POPULATION_MAX ? value : undefined;
}

export type CityField = 'name' | 'slug' | 'ags' | 'federalState' | 'population';

/** The create form's inputs as typed; nothing is checked yet. */
export interface CityDraft {
  name: string;
  slug: string;
  ags: string;
  federalState: FederalState | '';
  population: string;
}

export interface NewCity {
  name: string;
  slug: string;
  ags: string;
  federalState: FederalState;
  population: number;
}

export type CityDraftCheck = { ok: true; city: NewCity } | { ok: false; fields: CityField[] };

/**
 * The checks the server makes too (it stays the authority), plus one it does not: the state has
 * to be the one the AGS names.
 */
export function checkCityDraft(draft: CityDraft): CityDraftCheck {
  const name = draft.name.trim();
  const slug = draft.slug.trim();
  const ags = draft.ags.trim();
  const population = parsePopulation(draft.population);
  const fields: CityField[] = [];
  if (name.length < 2 || name.length > 120) fields.push('name');
  if (!isValidSlug(slug)) fields.push('slug');
  if (!isValidAgs(ags)) fields.push('ags');
  const { federalState } = draft;
  if (federalState === '' || (isValidAgs(ags) && federalStateOfAgs(ags) !== federalState)) {
    fields.push('federalState');
  }
  if (population === undefined) fields.push('population');
  // With `fields` empty the last two cannot be true; they only narrow the types.
  if (fields.length > 0 || federalState === '' || population === undefined) {
    return { ok: false, fields };
  }
  return { ok: true, city: { name, slug, ags, federalState, population } };
}

interface CityLike {
  name: string;
  slug: string;
  ags: string;
}

/** Which of the new city's unique keys an existing city holds, and which city that is. */
export function takenKeys(
  city: Pick<CityDraft, 'slug' | 'ags'>,
  existing: readonly CityLike[],
): Partial<Record<'slug' | 'ags', string>> {
  const taken: Partial<Record<'slug' | 'ags', string>> = {};
  const byAgs = existing.find((other) => other.ags === city.ags.trim());
  const bySlug = existing.find((other) => other.slug === city.slug.trim());
  if (byAgs) taken.ags = byAgs.name;
  if (bySlug) taken.slug = bySlug.name;
  return taken;
}

export type CityFieldProblem = { kind: 'invalid' } | { kind: 'taken'; by: string };

const CITY_FIELDS: readonly CityField[] = ['name', 'slug', 'ags', 'federalState', 'population'];

/**
 * What to say next to each field after a failed create: the inputs found invalid, or, for a
 * duplicate, the key that a city in the list already has (the server does not say which one).
 */
export function cityFieldProblems(
  error: ResultError,
  draft: Pick<CityDraft, 'slug' | 'ags'>,
  existing: readonly CityLike[],
): Map<CityField, CityFieldProblem> {
  const problems = new Map<CityField, CityFieldProblem>();
  if (error.reason === 'DUPLICATE_CITY') {
    const taken = takenKeys(draft, existing);
    if (taken.slug) problems.set('slug', { kind: 'taken', by: taken.slug });
    if (taken.ags) problems.set('ags', { kind: 'taken', by: taken.ags });
    return problems;
  }
  const invalid = invalidFields(error);
  for (const field of CITY_FIELDS) {
    if (invalid.has(field)) problems.set(field, { kind: 'invalid' });
  }
  return problems;
}

/** Who has a role in a city, and global admins, open its member list. */
export function canOpenMembers(city: {
  viewerRole: string | null;
  viewerCanManageMembers: boolean;
}): boolean {
  return city.viewerCanManageMembers || city.viewerRole !== null;
}

export function byGermanName<T extends { name: string }>(cities: readonly T[]): T[] {
  return [...cities].sort((a, b) => a.name.localeCompare(b.name, 'de'));
}
