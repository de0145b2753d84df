import type { MigrationConnection } from '@amtsweg/prisma/migrate';
import type { PrismaClient } from '../generated/prisma/client.ts';

export type DatabaseKind = 'pglite' | 'postgres';

/** An open database: the Prisma client plus what start-up, health checks and shutdown need. */
export interface Database {
  kind: DatabaseKind;
  prisma: PrismaClient;
  /** A raw connection for the migration runner (one session, so advisory locks hold). */
  withMigrationConnection<T>(fn: (conn: MigrationConnection) => Promise<T>): Promise<T>;
  ping(): Promise<void>;
  close(): Promise<void>;
}
