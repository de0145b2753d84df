import type { ResultError } from './useErrorMessage.ts';

/** What a mutation came to: done (with its payload), or a typed error from the API. */
export type ActionOutcome<T = undefined> =
  | { ok: true; value: T }
  | { ok: false; error: ResultError };

type UnionResult = { __typename: string };

export function isResultError(result: UnionResult): result is ResultError {
  return 'message' in result && typeof result.message === 'string';
}

/** The outcome of a union result whose success payload the caller does not need. */
export function outcomeOf(result: UnionResult): ActionOutcome {
  return isResultError(result) ? { ok: false, error: result } : { ok: true, value: undefined };
}
