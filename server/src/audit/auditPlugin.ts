import { type ExecutionResult, getOperationAST, getVariableValues } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Auth } from '../auth/authz.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import type { Logger } from '../logger.ts';
import type { Context } from '../schema/context.ts';
import {
  type AuditEntryData,
  auditCityIds,
  fieldOutcomes,
  namedCityIds,
  removeRootTypenames,
  targetOf,
} from './auditEntries.ts';
import {
  idArguments,
  type RootMutationField,
  rootMutationFields,
  withRootTypenames,
} from './rootMutationFields.ts';

function isExecutionResult(result: unknown): result is ExecutionResult {
  return typeof result === 'object' && result !== null && !(Symbol.asyncIterator in result);
}

/**
 * Records one audit entry per executed root mutation field: who (user id and display name),
 * under which city, which field, its main id argument and how it ended. Arguments' text is never
 * read into the log — no passwords, tokens, files or free text.
 *
 * Written after the mutation, outside its transaction: the resolvers stay unaware of auditing, and
 * a typed error or a refusal (which roll the mutation back) is logged all the same. The write is
 * awaited, so an entry exists before the client sees the answer; if it fails, the user's request
 * still succeeds and the failure is logged.
 */
export function auditMutations(deps: { prisma: PrismaClient; log: Logger }): Plugin<Context> {
  const { prisma, log } = deps;
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const operation = getOperationAST(args.document, args.operationName);
      if (operation?.operation !== 'mutation') return undefined;
      let fields: RootMutationField[];
      let variables: Record<string, unknown>;
      try {
        const coerced = getVariableValues(
          args.schema,
          operation.variableDefinitions ?? [],
          args.variableValues ?? {},
        );
        // Variables that do not coerce stop the request before any resolver runs.
        if (!coerced.coerced) return undefined;
        variables = coerced.coerced;
        fields = rootMutationFields(args.schema, args.document, operation, variables);
        if (fields.length === 0) return undefined;
        const document = withRootTypenames(args.document, fields);
        setExecuteFn((executeArgs) => executeFn({ ...executeArgs, document }));
      } catch (error) {
        log.error({ err: error }, 'audit log: cannot prepare the mutation; it runs unaudited');
        return undefined;
      }
      // login, logout and acceptInvitation replace ctx.auth: the actor is whoever is signed in
      // after the mutation, else whoever was before (logout).
      const authBefore: Auth = args.contextValue.auth;
      return {
        async onExecuteDone({ result }) {
          if (!isExecutionResult(result)) return;
          try {
            const outcomes = fieldOutcomes(args.schema, fields, result);
            removeRootTypenames(fields, result);
            if (outcomes.size === 0) return;
            const authAfter = args.contextValue.auth;
            const auth = authAfter.user ? authAfter : authBefore;
            const actorCityIds = (await auth.memberships()).map((m) => m.cityId);
            const rows: AuditEntryData[] = [];
            for (const [field, outcome] of outcomes) {
              const ids = idArguments(field, variables);
              for (const cityId of auditCityIds(namedCityIds(ids), actorCityIds)) {
                rows.push({
                  userId: auth.user?.id ?? null,
                  userDisplayName: auth.user?.displayName ?? null,
                  cityId,
                  operation: field.name,
                  outcome,
                  targetId: targetOf(ids),
                });
              }
            }
            await prisma.auditLogEntry.createMany({ data: rows });
          } catch (error) {
            log.error(
              { err: error, operations: fields.map((f) => f.name) },
              'audit log: cannot record the mutation',
            );
          }
        },
      };
    },
  };
}
