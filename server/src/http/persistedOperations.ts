import { readFileSync } from 'node:fs';
import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import type { Plugin } from 'graphql-yoga';
import type { Logger } from '../logger.ts';

/** sha256 (hex) of an operation's text → the text, as the SPA's build writes it. */
export type PersistedOperations = ReadonlyMap<string, string>;

/**
 * Reads the allow-list the SPA build generates (web/scripts/codegen.ts). In production a missing
 * list is fatal: without it no request could run. Elsewhere an empty list only means clients must
 * send the query text.
 */
export function loadPersistedOperations(
  path: string,
  production: boolean,
  log: Logger,
): PersistedOperations {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if (production) {
      throw new Error(
        `Persisted operations missing at ${path}: build the SPA first (pnpm --filter @amtsweg/web build).`,
        { cause: error },
      );
    }
    log.warn({ path }, 'no persisted operations: clients must send query text');
    return new Map();
  }
  const parsed = JSON.parse(text) as Record<string, string>;
  return new Map(Object.entries(parsed));
}

/**
 * Known operations by hash always; arbitrary query text only outside production, so a production
 * server runs nothing but what the SPA was built with.
 */
export function persistedOperations(operations: PersistedOperations, production: boolean): Plugin {
  return usePersistedOperations({
    allowArbitraryOperations: !production,
    getPersistedOperation: (hash) => operations.get(hash) ?? null,
    customErrors: {
      notFound: {
        message: 'Unknown operation: only the operations of the Amtsweg web app are accepted.',
        extensions: { code: 'PERSISTED_QUERY_NOT_FOUND', http: { status: 400 } },
      },
      keyNotFound: {
        message: 'Send the hash of a known operation (extensions.persistedQuery.sha256Hash).',
        extensions: { code: 'PERSISTED_QUERY_REQUIRED', http: { status: 400 } },
      },
      persistedQueryOnly: {
        message: 'Query text is not accepted here: send only the hash of a known operation.',
        extensions: { code: 'PERSISTED_QUERY_ONLY', http: { status: 400 } },
      },
    },
  }) as Plugin;
}
