import type { IncomingMessage } from 'node:http';
import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { createFetch } from '@whatwg-node/fetch';
import { GraphQLError } from 'graphql';
import { createYoga, type Plugin } from 'graphql-yoga';
import { auditMutations } from './audit/auditPlugin.ts';
import { Auth } from './auth/authz.ts';
import { readCookie, SESSION_COOKIE, sessionAuth } from './auth/session.ts';
import type { Config } from './config.ts';
import { isDatabaseUnavailable } from './db/unavailable.ts';
import { createInMemoryProjectEventBus, type ProjectEventBus } from './events/projectEvents.ts';
import { MAX_DOCUMENT_BYTES } from './funding/documentType.ts';
import type { PrismaClient } from './generated/prisma/client.ts';
import { clientAddress } from './http/clientAddress.ts';
import { fundingDownloads } from './http/fundingDownloads.ts';
import { armorPlugins, pageSizeLimit } from './http/graphqlLimits.ts';
import { mutationRateLimit } from './http/mutationRateLimit.ts';
import { loadPersistedOperations, persistedOperations } from './http/persistedOperations.ts';
import { projectReportDownloads } from './http/projectReportDownloads.ts';
import { createRateLimits, type RateLimits } from './http/rateLimits.ts';
import type { Logger } from './logger.ts';
import type { Context } from './schema/context.ts';
import { schema } from './schema/index.ts';

// graphql ships CJS and ESM builds; a class check can see two GraphQLError classes.
function isGraphQLError(error: unknown): error is GraphQLError {
  return error instanceof Error && error.name === 'GraphQLError';
}

/**
 * Failures that mean the request itself was malformed, found only while executing it: Pothos
 * refusing an `ID` that is not a global id, or `variables`/`extensions` in a GET that are not JSON.
 */
function describeClientMistake(cause: unknown): string | undefined {
  if (!(cause instanceof Error)) return undefined;
  // Pothos checks ids while reading arguments: not a global id, or one of another type.
  if (cause.name === 'PothosValidationError' && /global ID|is not of type/i.test(cause.message)) {
    return cause.message;
  }
  if (cause instanceof SyntaxError && /JSON/.test(cause.message)) {
    return 'Malformed request: variables and extensions must be JSON.';
  }
  return undefined;
}

/** yoga logs `(message, ...details)`; pino serialises an error only under `err`. */
function yogaLogFields(args: unknown[]): Record<string, unknown> {
  const err = args.find((arg) => arg instanceof Error);
  const rest = args.filter((arg) => arg !== err);
  return { ...(err ? { err } : {}), ...(rest.length > 0 ? { yoga: rest } : {}) };
}

// Cookies set by resolvers, keyed by request, so the response hook can attach them.
const pendingCookies = new WeakMap<Request, string[]>();

const attachCookies: Plugin = {
  onResponse({ request, response }) {
    for (const cookie of pendingCookies.get(request) ?? []) {
      response.headers.append('set-cookie', cookie);
    }
  },
};

function isSecure(request: Request, config: Config): boolean {
  if (config.trustProxy) {
    const proto = request.headers.get('x-forwarded-proto');
    if (proto) return proto.split(',')[0]?.trim() === 'https';
  }
  return new URL(request.url).protocol === 'https:';
}

export function createAmtswegYoga(deps: {
  prisma: PrismaClient;
  config: Config;
  log: Logger;
  projectEvents?: ProjectEventBus;
  rateLimits?: RateLimits;
}) {
  const { prisma, config, log } = deps;
  const projectEvents = deps.projectEvents ?? createInMemoryProjectEventBus();
  const rateLimits = deps.rateLimits ?? createRateLimits(config, log);
  const operations = loadPersistedOperations(
    config.persistedOperationsFile,
    config.production,
    log,
  );
  return createYoga<{ req?: IncomingMessage }, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    graphiql: !config.production,
    // One operation per request: a batch would multiply every limit below by its length.
    batching: false,
    landingPage: false,
    logging: {
      debug: (...args) => log.debug(yogaLogFields(args)),
      info: (...args) => log.info(yogaLogFields(args)),
      warn: (...args) => log.warn(yogaLogFields(args)),
      error: (...args) => log.error(yogaLogFields(args)),
    },
    maskedErrors: {
      // Unexpected failures reach the client as "Unexpected error."; the cause goes to the log.
      maskError(error, message) {
        const cause = isGraphQLError(error) ? error.originalError : error;
        // GraphQLErrors we raise on purpose (UNAUTHENTICATED, FORBIDDEN, bad queries) pass through.
        if (isGraphQLError(error) && (!cause || isGraphQLError(cause))) return error;
        // The client's mistake, not ours: an id that is no global id, unparsable variables.
        const clientMistake = describeClientMistake(cause);
        if (clientMistake) {
          return new GraphQLError(clientMistake, {
            extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } },
          });
        }
        // An outage, not a bug: say so with 503, so that load balancers and the SPA retry.
        if (isDatabaseUnavailable(cause)) {
          log.warn({ err: cause }, 'database unavailable');
          return new GraphQLError(
            'Service temporarily unavailable: the database cannot be reached.',
            {
              extensions: {
                code: 'SERVICE_UNAVAILABLE',
                http: { status: 503, headers: { 'retry-after': '5' } },
              },
            },
          );
        }
        log.error({ err: cause }, 'unexpected error in GraphQL request');
        return new GraphQLError(message, { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      },
    },
    // Uploads: a little above the 20 MB a document may have, so that a file just over it gets
    // the typed FILE_TOO_LARGE answer; far larger bodies are cut off while parsing.
    fetchAPI: createFetch({
      formDataLimits: {
        fileSize: MAX_DOCUMENT_BYTES + 1024 * 1024,
        files: 1,
        fieldSize: 1024 * 1024,
      },
    }),
    plugins: [
      persistedOperations(operations, config.production),
      // JSON bodies need a CORS preflight cross-site; everything else (forms, multipart, GET)
      // must carry a header a foreign page cannot set.
      useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf'] }),
      ...(config.production ? [useDisableIntrospection()] : []),
      ...armorPlugins(config.production),
      pageSizeLimit(),
      mutationRateLimit(),
      auditMutations({ prisma, log }),
      attachCookies,
      projectReportDownloads({ prisma, log }),
      fundingDownloads({ prisma, config, log }),
    ],
    context: async ({ request, req }) => {
      const responseCookies: string[] = [];
      pendingCookies.set(request, responseCookies);
      const sessionToken = readCookie(request.headers.get('cookie'), SESSION_COOKIE);
      return {
        prisma,
        auth: (await sessionAuth(prisma, sessionToken)) ?? new Auth(prisma, null),
        config,
        log,
        projectEvents,
        secure: isSecure(request, config),
        rateLimits,
        clientAddress: clientAddress(request, req, config),
        responseCookies,
        sessionToken,
      };
    },
  });
}

export type AmtswegYoga = ReturnType<typeof createAmtswegYoga>;
