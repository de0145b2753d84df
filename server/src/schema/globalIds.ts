import { decodeGlobalID } from '@pothos/plugin-relay';
import { isUuid } from '../comparison/ids.ts';
import { NotFoundError } from '../errors.ts';

/**
 * The row id inside a global ID of the expected type. Input objects carry IDs as plain strings
 * (so their zod checks run on the raw input); anything malformed or of another type is simply
 * "not found" — the same answer as for an id the viewer may not see.
 */
export function rawId(typename: string, globalId: string): string {
  try {
    const { typename: actual, id } = decodeGlobalID(globalId);
    if (actual === typename && isUuid(id)) return id;
  } catch {
    // fall through: not a global ID at all
  }
  throw new NotFoundError(typename);
}
