import { EnvelopArmor } from '@escape.tech/graphql-armor';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  GraphQLError,
  getOperationAST,
  Kind,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** The largest page a list field hands out at once (`first`/`last`). */
export const MAX_PAGE_SIZE = 100;

/**
 * Shape limits, checked while validating, i.e. before a resolver runs. Set with headroom above the
 * SPA's own operations (a test runs every one of them through these limits).
 */
export const GRAPHQL_LIMITS = {
  maxDepth: 12,
  maxCost: 25000,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 2000,
} as const;

/** Armor's refusals carry only a message; give them a code and make them a client error. */
const onReject = [
  (_context: unknown, error: GraphQLError) => {
    Object.assign(error.extensions, { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } });
  },
];

/**
 * GraphQL Armor's validation rules; field suggestions are masked in production only. Depth is
 * checked first: a deep query also costs too much, and "too deep" is the more useful answer.
 */
export function armorPlugins(production: boolean): Plugin[] {
  const off = { enabled: false };
  const depth = new EnvelopArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, flattenFragments: true, onReject },
    costLimit: off,
    maxAliases: off,
    maxDirectives: off,
    maxTokens: off,
    blockFieldSuggestion: off,
  });
  const rest = new EnvelopArmor({
    maxDepth: off,
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost, onReject },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases, onReject },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives, onReject },
    maxTokens: { n: GRAPHQL_LIMITS.maxTokens, onReject },
    blockFieldSuggestion: { enabled: production },
  });
  return [...depth.protect().plugins, ...rest.protect().plugins] as Plugin[];
}

function numericValue(node: ValueNode, variables: Record<string, unknown>): number | undefined {
  if (node.kind === Kind.INT) return Number(node.value);
  if (node.kind === Kind.VARIABLE) {
    const value = variables[node.name.value];
    return typeof value === 'number' ? value : undefined;
  }
  return undefined;
}

/** The largest `first`/`last` any field of the operation asks for (fragments included). */
function largestPageSize(
  selectionSet: SelectionSetNode,
  fragments: Map<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  seen = new Set<string>(),
): number {
  let largest = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      for (const argument of selection.arguments ?? []) {
        if (argument.name.value !== 'first' && argument.name.value !== 'last') continue;
        largest = Math.max(largest, numericValue(argument.value, variables) ?? 0);
      }
      if (selection.selectionSet) {
        largest = Math.max(
          largest,
          largestPageSize(selection.selectionSet, fragments, variables, seen),
        );
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      largest = Math.max(
        largest,
        largestPageSize(selection.selectionSet, fragments, variables, seen),
      );
    } else {
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || seen.has(name)) continue;
      seen.add(name);
      largest = Math.max(
        largest,
        largestPageSize(fragment.selectionSet, fragments, variables, seen),
      );
    }
  }
  return largest;
}

/**
 * Refuses a page larger than MAX_PAGE_SIZE before anything runs, for every list field present and
 * future, instead of silently returning fewer rows than asked for.
 */
export function pageSizeLimit(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const document = args.document as DocumentNode;
      const operation = getOperationAST(document, args.operationName);
      if (!operation) return;
      const fragments = new Map(
        document.definitions
          .filter(
            (definition): definition is FragmentDefinitionNode =>
              definition.kind === Kind.FRAGMENT_DEFINITION,
          )
          .map((fragment) => [fragment.name.value, fragment]),
      );
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      const largest = largestPageSize(operation.selectionSet, fragments, variables);
      if (largest <= MAX_PAGE_SIZE) return;
      setResultAndStopExecution({
        errors: [
          new GraphQLError(
            `A page may hold at most ${MAX_PAGE_SIZE} entries (asked for ${largest}).`,
            { extensions: { code: 'PAGE_SIZE_TOO_LARGE', limit: MAX_PAGE_SIZE } },
          ),
        ],
      });
    },
  };
}
