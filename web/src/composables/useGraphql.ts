import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

/** A generated operation: its text plus the result and variable types it carries. */
export type GraphqlDocument<TResult, TVariables> = DocumentTypeDecoration<TResult, TVariables> & {
  toString(): string;
};

/** Operations without variables may be called without a second argument. */
type VariablesArgument<TVariables> =
  Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

/**
 * A request that failed as a whole: `code` is the server's `extensions.code` (UNAUTHENTICATED,
 * FORBIDDEN …), `NETWORK` when the server was not reached, or `INTERNAL_SERVER_ERROR`.
 */
export class GraphqlRequestError extends Error {
  readonly code: string;

  constructor(message: string, code: string) {
    super(message);
    this.name = 'GraphqlRequestError';
    this.code = code;
  }
}

interface GraphqlResponse<TResult> {
  data?: TResult | null;
  errors?: { message: string; extensions?: { code?: unknown } }[];
}

type UnauthenticatedListener = () => void;
const unauthenticatedListeners = new Set<UnauthenticatedListener>();

/** Called whenever the server says the session is gone, so the app can return to the login. */
export function onUnauthenticated(listener: UnauthenticatedListener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

export async function requestGraphql<TResult, TVariables>(
  document: GraphqlDocument<TResult, TVariables>,
  ...[variables]: VariablesArgument<TVariables>
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    });
  } catch (cause) {
    throw new GraphqlRequestError(
      cause instanceof Error ? cause.message : 'Network request failed',
      'NETWORK',
    );
  }

  let body: GraphqlResponse<TResult> | undefined;
  try {
    body = (await response.json()) as GraphqlResponse<TResult>;
  } catch {
    body = undefined;
  }

  const firstError = body?.errors?.[0];
  if (firstError) {
    const code =
      typeof firstError.extensions?.code === 'string'
        ? firstError.extensions.code
        : 'INTERNAL_SERVER_ERROR';
    if (code === 'UNAUTHENTICATED') {
      for (const listener of unauthenticatedListeners) listener();
    }
    throw new GraphqlRequestError(firstError.message, code);
  }
  if (!response.ok || body?.data == null) {
    throw new GraphqlRequestError(
      `GraphQL request failed with HTTP ${response.status}`,
      response.status >= 500 || response.ok ? 'INTERNAL_SERVER_ERROR' : `HTTP_${response.status}`,
    );
  }
  return body.data;
}

export function useGraphql() {
  return { request: requestGraphql };
}
