import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  GraphQLIncludeDirective,
  type GraphQLInputType,
  type GraphQLSchema,
  GraphQLSkipDirective,
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getNullableType,
  isCompositeType,
  isInputObjectType,
  isScalarType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  visit,
} from 'graphql';

/** One root field of a mutation operation, as graphql-js will execute it. */
export interface RootMutationField {
  /** Response key: the alias, else the field name. */
  key: string;
  /** Schema field name, e.g. `inviteMember`. */
  name: string;
  node: FieldNode;
  definition: GraphQLField<unknown, unknown>;
}

type Variables = Record<string, unknown>;

function included(node: FieldNode | { directives?: FieldNode['directives'] }, vars: Variables) {
  const skip = getDirectiveValues(GraphQLSkipDirective, node, vars);
  const include = getDirectiveValues(GraphQLIncludeDirective, node, vars);
  return skip?.if !== true && include?.if !== false;
}

/**
 * The root fields of `operation` in execution order, one per response key, following fragments
 * and honouring @skip/@include the way graphql-js collects them.
 */
export function rootMutationFields(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables,
): RootMutationField[] {
  const mutationType = schema.getMutationType();
  if (!mutationType) return [];
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION)
      fragments.set(definition.name.value, definition);
  }
  const fields = new Map<string, RootMutationField>();
  const visited = new Set<string>();
  const collect = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (!included(selection, variables)) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        const definition = mutationType.getFields()[selection.name.value];
        if (definition && !fields.has(key)) {
          fields.set(key, { key, name: selection.name.value, node: selection, definition });
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        collect(selection.selectionSet);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (fragment && !visited.has(fragment.name.value)) {
          visited.add(fragment.name.value);
          collect(fragment.selectionSet);
        }
      }
    }
  };
  collect(operation.selectionSet);
  return [...fields.values()];
}

/** Response key under which each root field's result also carries its `__typename`. */
export const TYPENAME_ALIAS = '__auditTypename';

const typenameField: FieldNode = {
  kind: Kind.FIELD,
  alias: { kind: Kind.NAME, value: TYPENAME_ALIAS },
  name: { kind: Kind.NAME, value: '__typename' },
};

/**
 * The document with `__auditTypename: __typename` added to every root field that returns an
 * object or union. The typename tells a success from a typed error (`ValidationError` …) whatever
 * the client selected; the plugin removes it from the response again.
 */
export function withRootTypenames(document: DocumentNode, fields: RootMutationField[]) {
  const targets = new Set(
    fields.filter((f) => isCompositeType(getNamedType(f.definition.type))).map((f) => f.node),
  );
  if (targets.size === 0) return document;
  return visit(document, {
    Field(node) {
      if (!targets.has(node) || !node.selectionSet) return undefined;
      const selections = [...node.selectionSet.selections, typenameField];
      return { ...node, selectionSet: { ...node.selectionSet, selections } };
    },
  });
}

/** An `ID` argument of a root field (or of its input object): its name and value. */
export interface IdArgument {
  name: string;
  value: string;
}

function isIdType(type: GraphQLInputType) {
  const nullable = getNullableType(type);
  return isScalarType(nullable) && nullable.name === 'ID';
}

/**
 * The single `ID` arguments of a root field, top-level first, then one level inside input
 * objects (`input: { projectId }`), in schema order. Lists of ids are left out: they name
 * related objects, not the one the mutation acts on.
 */
export function idArguments(field: RootMutationField, variables: Variables): IdArgument[] {
  let values: Record<string, unknown>;
  try {
    values = getArgumentValues(field.definition, field.node, variables);
  } catch {
    // Arguments that do not coerce fail the field itself; there is no target to name.
    return [];
  }
  const top: IdArgument[] = [];
  const nested: IdArgument[] = [];
  for (const arg of field.definition.args) {
    const value = values[arg.name];
    if (isIdType(arg.type) && typeof value === 'string') top.push({ name: arg.name, value });
    const type = getNullableType(arg.type);
    if (isInputObjectType(type) && value && typeof value === 'object') {
      for (const inner of Object.values(type.getFields())) {
        const innerValue = (value as Record<string, unknown>)[inner.name];
        if (isIdType(inner.type) && typeof innerValue === 'string') {
          nested.push({ name: inner.name, value: innerValue });
        }
      }
    }
  }
  return [...top, ...nested];
}
