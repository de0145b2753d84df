import { decodeGlobalID } from '@pothos/plugin-relay';
import {
  type ExecutionResult,
  type GraphQLError,
  type GraphQLSchema,
  isInterfaceType,
} from 'graphql';
import { isUuid } from '../comparison/ids.ts';
import { type IdArgument, type RootMutationField, TYPENAME_ALIAS } from './rootMutationFields.ts';

/** An audit row before it is stored; `cityId` null files it under no city. */
export interface AuditEntryData {
  userId: string | null;
  userDisplayName: string | null;
  cityId: string | null;
  operation: string;
  outcome: string;
  targetId: string | null;
}

const CITY_ARGUMENTS = new Set(['cityId', 'leadCityId']);

// Ids naming something the mutation refers to (who is assigned, which topic, which reply
// thread …) rather than the object it acts on: the target only when nothing else is named.
const REFERENCE_ARGUMENTS = new Set([
  ...CITY_ARGUMENTS,
  'assigneeId',
  'topicId',
  'programmeId',
  'parentId',
  'versionId',
]);

/** The row id inside an id argument: a global id (`Type:uuid`) or a bare uuid, else null. */
function rowIdOf(value: string): { typename: string | null; id: string } | null {
  if (isUuid(value)) return { typename: null, id: value };
  try {
    const { typename, id } = decodeGlobalID(value);
    return isUuid(id) ? { typename, id } : null;
  } catch {
    return null;
  }
}

/**
 * The main id argument, as the client sent it. Only well-formed ids are kept: an `ID` argument
 * can hold any string, and the log must not become a place for free text.
 */
export function targetOf(ids: IdArgument[]): string | null {
  const wellFormed = ids.filter((arg) => arg.value.length <= 200 && rowIdOf(arg.value) !== null);
  const main = wellFormed.find((arg) => !REFERENCE_ARGUMENTS.has(arg.name)) ?? wellFormed[0];
  return main?.value ?? null;
}

/** Cities an operation names explicitly (`cityId`, `leadCityId`), as row ids. */
export function namedCityIds(ids: IdArgument[]): string[] {
  const cities = ids
    .filter((arg) => CITY_ARGUMENTS.has(arg.name))
    .map((arg) => rowIdOf(arg.value))
    .filter((row) => row?.typename === 'City')
    .map((row) => row?.id as string);
  return [...new Set(cities)];
}

/**
 * The cities an entry is filed under. Acting for a city the operation names (an admin inviting
 * into their own city): that city only, so a person in two cities does not show up in the other
 * one's log. Acting on a city from outside (inviting another city into a partnership, a refused
 * attempt on a foreign city): the named cities and the actor's own. Naming none: the actor's
 * cities. Neither (a global admin adding a city, an anonymous sign-in): no city.
 */
export function auditCityIds(named: string[], actorCityIds: string[]): (string | null)[] {
  if (named.some((id) => actorCityIds.includes(id))) return named;
  const all = [...new Set([...named, ...actorCityIds])];
  return all.length > 0 ? all : [null];
}

// Codes we raise on purpose and that say why a mutation was refused; anything else is FAILED.
const REFUSAL_CODES = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
]);

function errorOutcome(error: GraphQLError): string {
  const code = error.extensions?.code;
  return typeof code === 'string' && REFUSAL_CODES.has(code) ? code : 'FAILED';
}

const errorTypeNames = new WeakMap<GraphQLSchema, Set<string>>();

/** Object types implementing the `Error` interface: the typed errors of union results. */
function errorTypes(schema: GraphQLSchema): Set<string> {
  let names = errorTypeNames.get(schema);
  if (!names) {
    const errorInterface = schema.getType('Error');
    const types = isInterfaceType(errorInterface) ? schema.getPossibleTypes(errorInterface) : [];
    names = new Set(types.map((type) => type.name));
    errorTypeNames.set(schema, names);
  }
  return names;
}

/**
 * How each executed root field ended: `OK`, a typed error's typename, a refusal code, `FAILED`,
 * or `UNKNOWN` when a later field's error nulled the whole response (graphql-js then stops, so
 * fields after the failing one never ran and get no entry).
 */
export function fieldOutcomes(
  schema: GraphQLSchema,
  fields: RootMutationField[],
  result: ExecutionResult,
): Map<RootMutationField, string> {
  const outcomes = new Map<RootMutationField, string>();
  const errorByKey = new Map<string, GraphQLError>();
  for (const error of result.errors ?? []) {
    const key = error.path?.[0];
    if (typeof key === 'string' && !errorByKey.has(key)) errorByKey.set(key, error);
  }
  const data = result.data as Record<string, unknown> | null | undefined;
  if (data === undefined) return outcomes; // refused before execution: nothing ran
  if (data === null) {
    const failed = fields.findIndex((field) => errorByKey.has(field.key));
    for (const field of fields.slice(0, Math.max(failed, 0))) outcomes.set(field, 'UNKNOWN');
    const failedField = fields[failed];
    const error = failedField && errorByKey.get(failedField.key);
    if (failedField && error) outcomes.set(failedField, errorOutcome(error));
    return outcomes;
  }
  const typedErrors = errorTypes(schema);
  for (const field of fields) {
    if (!(field.key in data)) continue;
    const value = data[field.key];
    const typename = (value as Record<string, unknown> | null)?.[TYPENAME_ALIAS];
    const error = errorByKey.get(field.key);
    if (typeof typename === 'string') {
      outcomes.set(field, typedErrors.has(typename) ? typename : 'OK');
    } else if (error) {
      outcomes.set(field, errorOutcome(error));
    } else {
      outcomes.set(field, 'OK');
    }
  }
  return outcomes;
}

/** Takes the added typenames out of the response again, so the client gets what it asked for. */
export function removeRootTypenames(fields: RootMutationField[], result: ExecutionResult): void {
  const data = result.data as Record<string, unknown> | null | undefined;
  for (const field of fields) {
    const value = data?.[field.key];
    if (value && typeof value === 'object')
      delete (value as Record<string, unknown>)[TYPENAME_ALIAS];
  }
}
