import { GraphQLError } from 'graphql';
import { afterAll, describe, expect, it } from 'vitest';
import { Prisma } from '../generated/prisma/client.ts';
import { openPostgresDatabase } from './postgres.ts';
import { isDatabaseUnavailable } from './unavailable.ts';

function socketError(code: string) {
  return Object.assign(new Error(`connect ${code} 127.0.0.1:5432`), {
    code,
    errno: -111,
    syscall: 'connect',
  });
}

function pgServerError(code: string, message: string) {
  return Object.assign(new Error(message), { code, severity: 'FATAL' });
}

// Shaped as @prisma/adapter-pg reports them (seen against a stopped server).
function prismaKnown(code: string, kind: string, message = "Can't reach database server") {
  return new Prisma.PrismaClientKnownRequestError(message, {
    code,
    clientVersion: '7',
    meta: { driverAdapterError: { name: 'DriverAdapterError', cause: { kind } } },
  });
}

describe('isDatabaseUnavailable', () => {
  it.each([
    ['pg socket error', socketError('ECONNREFUSED')],
    ['connection reset', socketError('ECONNRESET')],
    ['pool connect timeout', new Error('timeout exceeded when trying to connect')],
    ['client connect timeout', new Error('Connection terminated due to connection timeout')],
    ['lost mid-query', new Error('Connection terminated unexpectedly')],
    [
      'admin shutdown',
      pgServerError('57P01', 'terminating connection due to administrator command'),
    ],
    ['crash shutdown', pgServerError('57P02', 'terminating connection because of crash')],
    ['starting up', pgServerError('57P03', 'the database system is starting up')],
    ['connection failure class 08', pgServerError('08006', 'connection failure')],
    ['Prisma P1001', prismaKnown('P1001', 'DatabaseNotReachable')],
    ['Prisma raw query P2010 via the adapter error', prismaKnown('P2010', 'DatabaseNotReachable')],
    ['Prisma P1017', prismaKnown('P1017', 'ConnectionClosed')],
    [
      'adapter error of an ended server session',
      { name: 'DriverAdapterError', cause: { kind: 'postgres', originalCode: '57P01' } },
    ],
    [
      'wrapped by graphql-yoga',
      new GraphQLError('x', { originalError: new Error('', { cause: socketError('ETIMEDOUT') }) }),
    ],
    ['inside an AggregateError', new AggregateError([new Error('a'), socketError('ECONNREFUSED')])],
  ])('%s: unavailable', (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  const cyclic: Error & { cause?: unknown } = new Error('loop');
  cyclic.cause = cyclic;

  it.each([
    ['a plain bug', new TypeError('Cannot read properties of undefined')],
    [
      'a unique violation',
      prismaKnown('P2002', 'UniqueConstraintViolation', 'Unique constraint failed'),
    ],
    ['a syntax error from the server', pgServerError('42601', 'syntax error at or near "x"')],
    ['a GraphQL error we raise', new GraphQLError('Sign in first.')],
    ['a cyclic cause chain', cyclic],
    ['null', null],
    ['a string', 'ECONNREFUSED'],
  ])('%s: not unavailable', (_label, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  // The real thing: nothing listens on port 1, so every path fails to connect.
  const db = openPostgresDatabase('postgresql://postgres@127.0.0.1:1/none');
  afterAll(() => db.close());

  it('recognises what Prisma and pg throw when no server listens', async () => {
    const errors = await Promise.all([
      db.prisma.city.count().catch((e: unknown) => e),
      db.prisma.$queryRaw`SELECT 1`.catch((e: unknown) => e),
      db.prisma.$transaction(async (tx) => tx.city.count()).catch((e: unknown) => e),
      db.ping().catch((e: unknown) => e),
    ]);
    for (const error of errors) expect(isDatabaseUnavailable(error)).toBe(true);
  });
});
