import type { ResultError } from '../composables/useErrorMessage.ts';

/**
 * The inputs a failed mutation rejected, by their top-level argument name (`name`,
 * `invitedCityIds.3` → `invitedCityIds`). Forms show their own wording next to each field: the
 * server's messages are English.
 */
export function invalidFields(error: ResultError | null | undefined): Set<string> {
  if (error?.__typename !== 'ValidationError') return new Set();
  return new Set(
    (error.fieldErrors ?? []).map((fieldError) => fieldError.path.split('.')[0] ?? ''),
  );
}
