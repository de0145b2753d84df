// Tells "the database cannot be reached right now" apart from every other failure, so the API can
// answer 503 with Retry-After (a load balancer or the SPA retries) instead of a masked 500.
//
// The same outage surfaces in several shapes, depending on where it hits:
// - pg, while connecting: a socket error (`code` ECONNREFUSED …) or the pool's plain
//   "timeout exceeded when trying to connect";
// - pg, mid-query: a plain Error "Connection terminated unexpectedly" (Prisma passes it through
//   unwrapped), or a server error with a SQLSTATE of class 08 / 57P0x while it shuts down;
// - Prisma with @prisma/adapter-pg: PrismaClientKnownRequestError P1001/P1017/… or P2010 (raw
//   queries), with `meta.driverAdapterError.cause.kind` such as DatabaseNotReachable;
// - graphql-yoga: a GraphQLError whose `originalError` is one of the above.

/** Node socket errors of a connection that cannot be made or was lost. */
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
]);

/**
 * PostgreSQL SQLSTATEs: 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now
 * (starting up, shutting down, recovery), 53300 too many connections, class 08 connection
 * exceptions.
 */
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
const SQLSTATE_CONNECTION_CLASS = /^08[0-9A-Z]{3}$/;

/**
 * Prisma's connection codes: P1001 cannot reach, P1002 timed out reaching, P1008 operation timed
 * out, P1017 server closed the connection, P2024 timed out waiting for a pool connection.
 */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);

/** Driver adapter error kinds (`@prisma/driver-adapter-utils`) that mean the same. */
const ADAPTER_KINDS = new Set([
  'DatabaseNotReachable',
  'ConnectionClosed',
  'SocketTimeout',
  'TooManyConnections',
]);

const MESSAGES =
  /Connection terminated|Connection ended unexpectedly|timeout exceeded when trying to connect|Can't reach database server|Client has encountered a connection error|the database system is (starting up|shutting down|in recovery mode|not yet accepting connections)|terminating connection (due to (administrator command|immediate shutdown|unexpected postmaster exit)|because of crash)/i;

function matches(node: Record<string, unknown>): boolean {
  const code = typeof node.code === 'string' ? node.code : undefined;
  if (code && (SOCKET_CODES.has(code) || SQLSTATES.has(code) || PRISMA_CODES.has(code))) {
    return true;
  }
  if (code && SQLSTATE_CONNECTION_CLASS.test(code)) return true;
  if (typeof node.originalCode === 'string' && SQLSTATES.has(node.originalCode)) return true;
  if (typeof node.kind === 'string' && ADAPTER_KINDS.has(node.kind)) return true;
  return typeof node.message === 'string' && MESSAGES.test(node.message);
}

/** The errors an error wraps: causes, yoga's original error, Prisma's adapter error, aggregates. */
function wrapped(node: Record<string, unknown>): unknown[] {
  const meta = node.meta as Record<string, unknown> | undefined;
  const nested = [node.cause, node.originalError, meta?.driverAdapterError];
  if (Array.isArray(node.errors)) nested.push(...node.errors);
  return nested;
}

/** Whether `error` (or anything it wraps) says the database is unreachable right now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  const pending: unknown[] = [error];
  // Breadth-first with a visited set and a bound: cause chains can be cyclic or adversarial.
  while (pending.length > 0 && seen.size < 50) {
    const node = pending.shift();
    if (node === null || typeof node !== 'object' || seen.has(node)) continue;
    seen.add(node);
    const record = node as Record<string, unknown>;
    if (matches(record)) return true;
    pending.push(...wrapped(record));
  }
  return false;
}
