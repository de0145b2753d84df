import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
import { PERSISTED_OPERATION_HASHES } from '../graphql/generated/persistedHashes.ts';

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

/**
 * Sent with every request that is not plain JSON: the server refuses those without it (CSRF), and
 * a cross-site form or image cannot set a header.
 */
export const CSRF_HEADERS = { 'x-graphql-yoga-csrf': '1' } as const;

/**
 * The operation part of a request body. A production build sends only the SHA-256 of the
 * operation's text (the server accepts nothing else there); development sends the text itself, so
 * a changed `.graphql` file works before codegen has run again.
 */
export function operationParams(document: { toString(): string }): Record<string, unknown> {
  const query = document.toString();
  if (import.meta.env.DEV) return { query };
  const operationName = /^\s*(?:query|mutation|subscription)\s+(\w+)/.exec(query)?.[1];
  const sha256Hash = operationName ? PERSISTED_OPERATION_HASHES[operationName] : undefined;
  if (!operationName || !sha256Hash) return { query };
  return { operationName, extensions: { persistedQuery: { version: 1, sha256Hash } } };
}

export async function requestGraphql<TResult, TVariables>(
  document: GraphqlDocument<TResult, TVariables>,
  ...[variables]: VariablesArgument<TVariables>
): Promise<TResult> {
  return readGraphqlResponse<TResult>(
    await postGraphql({
      headers: { 'content-type': 'application/json', accept: 'application/json', ...CSRF_HEADERS },
      body: JSON.stringify({ ...operationParams(document), variables: variables ?? {} }),
    }),
  );
}

/** POSTs to /graphql; a server that cannot be reached becomes a NETWORK error. */
async function postGraphql(init: { headers: Record<string, string>; body: BodyInit }) {
  try {
    return await fetch('/graphql', { method: 'POST', credentials: 'same-origin', ...init });
  } catch (cause) {
    throw new GraphqlRequestError(
      cause instanceof Error ? cause.message : 'Network request failed',
      'NETWORK',
    );
  }
}

export function useGraphql() {
  return { request: requestGraphql };
}

/**
 * Reads a /graphql answer: the data, or a GraphqlRequestError with the first error's code
 * (telling the listeners when the session is gone).
 */
async function readGraphqlResponse<TResult>(response: Response): Promise<TResult> {
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

/** Where each file sits in the variables (`variables.input.file`), with the file taken out. */
function extractFiles(value: unknown, path: string, found: Map<string, Blob>): unknown {
  if (value instanceof Blob) {
    found.set(path, value);
    return null;
  }
  if (Array.isArray(value)) {
    return value.map((item, index) => extractFiles(item, `${path}.${index}`, found));
  }
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        extractFiles(item, `${path}.${key}`, found),
      ]),
    );
  }
  return value;
}

/**
 * Like requestGraphql, for operations with `File` variables: a GraphQL multipart request
 * (graphql-multipart-request-spec, built into graphql-yoga) with the parts `operations`, `map`
 * and one numbered part per file.
 */
export async function requestGraphqlUpload<TResult, TVariables>(
  document: GraphqlDocument<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const files = new Map<string, Blob>();
  const operations = {
    ...operationParams(document),
    variables: extractFiles(variables, 'variables', files),
  };
  const paths = [...files.keys()];
  const body = new FormData();
  // The spec wants this order: the server streams the files after it has read the map.
  body.append('operations', JSON.stringify(operations));
  body.append('map', JSON.stringify(Object.fromEntries(paths.map((path, i) => [i, [path]]))));
  paths.forEach((path, i) => {
    const file = files.get(path) as Blob;
    body.append(String(i), file, file instanceof File ? file.name : 'blob');
  });

  // No content-type header: fetch sets multipart/form-data with its boundary.
  return readGraphqlResponse<TResult>(
    await postGraphql({ headers: { accept: 'application/json', ...CSRF_HEADERS }, body }),
  );
}
