import SchemaBuilder from '@pothos/core';
import ErrorsPlugin from '@pothos/plugin-errors';
import PrismaPlugin from '@pothos/plugin-prisma';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { forbidden, unauthenticated } from '../auth/authz.ts';
import type PrismaTypes from '../generated/pothos-types.ts';
import { getDatamodel } from '../generated/pothos-types.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { isUploadedFile } from '../http/uploadedFile.ts';
import type { Context } from './context.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const builder = new SchemaBuilder<{
  PrismaTypes: PrismaTypes;
  Context: Context;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    /** A calendar date as UTC midnight, how a `@db.Date` column arrives. */
    Date: { Input: Date; Output: Date };
    Cents: { Input: bigint; Output: bigint };
    /** An uploaded file (GraphQL multipart request); graphql-yoga hands it over as a WHATWG File. */
    File: { Input: File; Output: never };
  };
  AuthScopes: { signedIn: boolean; globalAdmin: boolean };
  DefaultFieldNullability: false;
}>({
  // Plugin order matters: scope-auth wraps resolvers before errors turns exceptions into results.
  plugins: [ScopeAuthPlugin, ErrorsPlugin, ValidationPlugin, PrismaPlugin, RelayPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (ctx) => ({
      signedIn: ctx.auth.user !== null,
      globalAdmin: ctx.auth.user?.isGlobalAdmin === true,
    }),
    // A refused check means "not signed in" or "not allowed": raise the matching typed GraphQLError.
    unauthorizedError: (_parent, ctx) => (ctx.auth.user ? forbidden() : unauthenticated()),
  },
  errors: { defaultTypes: [], unsafelyHandleInputErrors: true },
  prisma: {
    client: (ctx) => ctx.prisma as PrismaClient,
    dmmf: getDatamodel(),
    exposeDescriptions: false,
    filterConnectionTotalCount: true,
    onUnusedQuery: process.env.NODE_ENV === 'production' ? null : 'error',
  },
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeQueryOptions: {
      // A stale or mistyped link asks for an object that does not exist: answer null, not an error.
      resolve: async (_root, { id }, _ctx, _info, resolveNode) => {
        if (!UUID.test(id.id)) return null;
        try {
          return await resolveNode(id);
        } catch (error) {
          if ((error as { code?: string }).code === 'P2025') return null;
          throw error;
        }
      },
    },
    nodesQueryOptions: false,
  },
});

builder.scalarType('DateTime', {
  serialize: (value) => value.toISOString(),
  parseValue: (value) => {
    const date = new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new TypeError('DateTime must be an ISO 8601 string.');
    return date;
  },
});

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

builder.scalarType('Date', {
  description: 'A calendar date, YYYY-MM-DD.',
  serialize: serializeDate,
  parseValue: (value) => {
    const text = String(value);
    const date = new Date(`${text}T00:00:00Z`);
    // The round trip rejects dates JavaScript would roll over, such as 2026-02-30.
    if (!CALENDAR_DATE.test(text) || Number.isNaN(date.getTime()) || serializeDate(date) !== text) {
      throw new TypeError('Date must be a calendar date as YYYY-MM-DD, e.g. 2026-11-21.');
    }
    return date;
  },
});

function serializeDate(date: Date) {
  return date.toISOString().slice(0, 10);
}

// 15 digits (up to 10 trillion euros) is far beyond any budget and keeps every amount below 2^53,
// so a client that reads one as a JavaScript number still gets it exactly. Inside, amounts are
// bigint (rate × amount exceeds 2^53; see shared/src/funding/types.ts).
const CENTS = /^\d{1,15}$/;

builder.scalarType('Cents', {
  description:
    'An amount of money in integer euro cents, serialized as a decimal string (e.g. "4000000" = 40.000,00 €).',
  serialize: (value) => value.toString(),
  parseValue: (value) => {
    const text = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
    if (!CENTS.test(text)) {
      throw new TypeError(
        'Cents must be a whole, non-negative number of euro cents with at most 15 digits, as a string such as "4000000".',
      );
    }
    return BigInt(text);
  },
});

builder.scalarType('File', {
  description: 'A file sent with the GraphQL multipart request specification.',
  serialize: () => {
    throw new TypeError('File is an input-only scalar.');
  },
  parseValue: (value) => {
    if (!isUploadedFile(value)) throw new TypeError('Expected a file upload.');
    return value;
  },
});

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});
