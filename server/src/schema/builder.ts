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
import type { Context } from './context.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const builder = new SchemaBuilder<{
  PrismaTypes: PrismaTypes;
  Context: Context;
  Scalars: { DateTime: { Input: Date; Output: Date } };
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

builder.queryType({});
builder.mutationType({});
