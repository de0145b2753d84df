import type { TenancyWorld } from './fixtures.ts';

// The table of tenancyById.test.ts: for each root field that takes an id, how to aim it at
// alpha's private data. Its parts sit beside this file, one per domain.

export type Ids = TenancyWorld['ids'];
export type BetaIds = TenancyWorld['betaIds'];

export interface Attempt {
  name: string;
  /** The id argument paths (as `fieldsTakingIds` names them) this attempt points at alpha's. */
  aims: string[];
  query: string;
  variables: (ids: Ids, beta: BetaIds) => Record<string, unknown>;
  /** Sends the world's upload file as `variables.input.file` (a multipart request). */
  upload?: boolean;
  /** For answers that are not "nothing" by shape: when the field's value reveals nothing. */
  empty?: (value: unknown) => boolean;
  /**
   * The id of alpha's is a side reference in a request on beta's own object, which the API
   * refuses as invalid input; still the answer must equal the one for an unknown id.
   */
  invalid?: true;
  /** Why the answer may tell alpha's id from an unknown one (it then reveals only existence). */
  revealsExistence?: string;
  /** Who may see what the attempt aims at, for the control (default: the global admin). */
  controlAs?: string;
}

export interface Entry {
  attempts: Attempt[];
  /** Id arguments that cannot point at a city's private data, and why. */
  publicIds?: Record<string, string>;
}

/** `Root.field` → how to aim it at alpha's data. */
export type TablePart = Record<string, Entry>;

// Decided in tenancy.test.ts: node(id:) of another city's object is FORBIDDEN, of no object null.
export const NODE_FORBIDDEN = 'node(id:) answers FORBIDDEN for an object the viewer may not see';
export const CITIES_ARE_PUBLIC = 'cities are public master data; naming one reveals nothing';
export const TOPICS_ARE_PUBLIC = 'project topics are the same for every city';
export const PROGRAMMES_ARE_PUBLIC = 'funding programmes are public information';

/** An attempt of the table: `aims` names the id argument path(s) it points at alpha's data. */
export function attempt(
  name: string,
  aims: string | string[],
  query: string,
  variables: Attempt['variables'],
  options: Partial<
    Pick<Attempt, 'upload' | 'empty' | 'invalid' | 'revealsExistence' | 'controlAs'>
  > = {},
): Attempt {
  return { name, aims: typeof aims === 'string' ? [aims] : aims, query, variables, ...options };
}

/**
 * The parts (by name) as one table. A field in two parts would let one silently replace the
 * other's attempts, so that throws.
 */
export function mergeTableParts(parts: Record<string, TablePart>): TablePart {
  const table: TablePart = {};
  const partOf = new Map<string, string>();
  for (const [partName, part] of Object.entries(parts)) {
    for (const [key, entry] of Object.entries(part)) {
      const earlier = partOf.get(key);
      if (earlier) throw new Error(`${key} is in both ${earlier} and ${partName}`);
      partOf.set(key, partName);
      table[key] = entry;
    }
  }
  return table;
}
