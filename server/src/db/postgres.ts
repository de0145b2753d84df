import type { MigrationConnection } from '@amtsweg/prisma/migrate';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { PrismaClient } from '../generated/prisma/client.ts';
import type { Database } from './database.ts';

/** A PostgreSQL server: a pool for Prisma, plus a dedicated client for migrations. */
export function openPostgresDatabase(
  connectionString: string,
  poolSize = 10,
  onIdleError: (error: Error) => void = () => undefined,
): Database {
  const pool = new pg.Pool({
    connectionString,
    max: poolSize,
    // While the server is away, a request must fail within a couple of seconds (503) rather than
    // wait for the OS to give up on the socket; a healthy local connect takes milliseconds.
    connectionTimeoutMillis: 2_000,
    // Idle connections are closed after 30 s, so after an outage stale sockets do not linger;
    // keep-alive notices a server that vanished without closing the connection.
    idleTimeoutMillis: 30_000,
    keepAlive: true,
  });
  // An idle connection dropped by the server (restart, failover) must not crash the process; the
  // pool replaces it and /readyz reports while the server is away.
  pool.on('error', onIdleError);
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return {
    kind: 'postgres',
    prisma,
    withMigrationConnection: async (fn) => {
      const client = await pool.connect();
      const conn: MigrationConnection = {
        // Without parameters pg uses the simple-query protocol: the whole script is one
        // implicit transaction, so a failing migration leaves nothing behind.
        exec: async (sql) => {
          await client.query(sql);
        },
        query: async <Row>(sql: string, params?: unknown[]) =>
          (await client.query(sql, params)).rows as Row[],
      };
      try {
        return await fn(conn);
      } finally {
        client.release();
      }
    },
    ping: async () => {
      await pool.query('SELECT 1');
    },
    close: async () => {
      await prisma.$disconnect();
      if (!pool.ended) await pool.end();
    },
  };
}
