import { type DocumentNode, GraphQLError, getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../schema/context.ts';

/** Login and logout have their own guard (wrong passwords), see the login mutation. */
const UNCOUNTED = new Set(['login', 'logout']);

/**
 * Each mutation operation takes one unit of the caller's per-minute allowance (by user, or by
 * address when signed out); past it the request is refused with HTTP 429 before anything runs.
 */
export function mutationRateLimit(): Plugin<Context> {
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const operation = getOperationAST(args.document as DocumentNode, args.operationName);
      if (operation?.operation !== 'mutation') return;
      const fields = operation.selectionSet.selections.flatMap((selection) =>
        selection.kind === 'Field' ? [selection.name.value] : [],
      );
      if (fields.length > 0 && fields.every((field) => UNCOUNTED.has(field))) return;
      const context = args.contextValue;
      const caller = context.auth.user
        ? `user:${context.auth.user.id}`
        : `address:${context.clientAddress}`;
      const retryAfterSeconds = await context.rateLimits.consumeMutation(caller);
      if (retryAfterSeconds === 0) return;
      setResultAndStopExecution({
        errors: [
          new GraphQLError(
            `Too many changes in a short time. Try again in ${retryAfterSeconds} seconds.`,
            {
              extensions: {
                code: 'RATE_LIMITED',
                retryAfterSeconds,
                http: { status: 429, headers: { 'retry-after': String(retryAfterSeconds) } },
              },
            },
          ),
        ],
      });
    },
  };
}
