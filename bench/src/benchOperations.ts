// The SPA's own GraphQL operations for the benches: the exact texts of the persisted-operations
// manifest when codegen has written it (sent as hash, as the production SPA does), otherwise the
// operation from web/src/graphql/*.graphql with the fragments it uses (sent as query text).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const graphqlDir = fileURLToPath(new URL('../../web/src/graphql/', import.meta.url));
const manifestPath = `${graphqlDir}generated/persisted-operations.json`;

const OPERATION_NAME = /^\s*(?:query|mutation|subscription)\s+(\w+)/;

/** Top-level definitions of a .graphql text, split by brace depth (comments removed). */
function definitions(source: string): string[] {
  const text = source.replace(/#[^\n]*/g, '');
  const result: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) {
      result.push(text.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  return result;
}

function fromGraphqlFiles(): Map<string, string> {
  const operations = new Map<string, string>();
  const fragments = new Map<string, string>();
  for (const file of readdirSync(graphqlDir).filter((f) => f.endsWith('.graphql'))) {
    for (const definition of definitions(readFileSync(graphqlDir + file, 'utf8'))) {
      const fragment = /^fragment\s+(\w+)/.exec(definition)?.[1];
      const operation = OPERATION_NAME.exec(definition)?.[1];
      if (fragment) fragments.set(fragment, definition);
      else if (operation) operations.set(operation, definition);
    }
  }
  const documents = new Map<string, string>();
  for (const [name, text] of operations) {
    const used = new Set<string>();
    const pending = [text];
    while (pending.length > 0) {
      for (const [, spread] of (pending.pop() ?? '').matchAll(/\.\.\.\s*(\w+)/g)) {
        if (spread === 'on' || !spread || used.has(spread)) continue;
        used.add(spread);
        pending.push(fragments.get(spread) ?? '');
      }
    }
    documents.set(name, [text, ...[...used].map((f) => fragments.get(f))].join('\n\n'));
  }
  return documents;
}

function fromManifest(): Map<string, string> {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, string>;
  const documents = new Map<string, string>();
  for (const text of Object.values(manifest)) {
    const name = OPERATION_NAME.exec(text)?.[1];
    if (name) documents.set(name, text);
  }
  return documents;
}

/** Whether the persisted-operations manifest exists (then requests carry the hash). */
export const PERSISTED = existsSync(manifestPath);
const documents = PERSISTED ? fromManifest() : fromGraphqlFiles();

/** The request body of an SPA operation: hash only when persisted, else the query text. */
export function operationBody(name: string, variables: Record<string, unknown> = {}): string {
  const text = documents.get(name);
  if (!text) throw new Error(`No operation ${name} in web/src/graphql`);
  if (!PERSISTED) return JSON.stringify({ operationName: name, query: text, variables });
  const sha256Hash = createHash('sha256').update(text).digest('hex');
  return JSON.stringify({
    operationName: name,
    variables,
    extensions: { persistedQuery: { version: 1, sha256Hash } },
  });
}

export interface GraphqlAnswer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: benches read whatever the operation returns
  data?: any;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** One SPA operation over HTTP, as the browser sends it. */
export async function callOperation(
  url: string,
  name: string,
  variables: Record<string, unknown>,
  cookie?: string,
): Promise<GraphqlAnswer & { setCookie: string | null }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/json',
      'x-graphql-yoga-csrf': '1',
      ...(cookie ? { cookie } : {}),
    },
    body: operationBody(name, variables),
  });
  const body = (await response.json().catch(() => ({}))) as GraphqlAnswer;
  return { ...body, status: response.status, setCookie: response.headers.get('set-cookie') };
}

export const DEMO_CITIES = [
  'esslingen',
  'ludwigsburg',
  'waiblingen',
  'boeblingen',
  'ettlingen',
  'erkelenz',
  'guetersloh',
] as const;
export const DEMO_ROLES = ['owner', 'coordinator', 'funding'] as const;

/** Signs a demo account in; returns its session cookie (`name=value`). */
export async function signIn(url: string, email: string): Promise<string> {
  const answer = await callOperation(url, 'Login', { email, password: 'amtsweg-demo' });
  const cookie = answer.setCookie?.split(';')[0];
  if (answer.data?.login?.__typename !== 'MutationLoginSuccess' || !cookie) {
    throw new Error(`sign-in of ${email} failed: ${JSON.stringify(answer).slice(0, 300)}`);
  }
  return cookie;
}
