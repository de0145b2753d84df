const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `id` can be a row id at all: a malformed one is "not found", not a database error. */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}
