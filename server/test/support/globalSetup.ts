import pg from 'pg';
import { adminUrl, TEST_DB_PREFIX } from './testDatabase.ts';

// Used only by the PostgreSQL test project (see vitest.config.ts).

/** Drops every database a test run created (also leftovers from an aborted earlier run). */
async function dropTestDatabases() {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ datname: string }>(
      'SELECT datname FROM pg_database WHERE datname LIKE $1',
      [`${TEST_DB_PREFIX}%`],
    );
    for (const { datname } of rows) {
      await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  } finally {
    await client.end();
  }
}

export async function setup() {
  try {
    await dropTestDatabases();
  } catch (error) {
    throw new Error(
      `The PostgreSQL tests need a server at ${adminUrl} (set TEST_DATABASE_URL). ${String(error)}`,
    );
  }
}

export async function teardown() {
  await dropTestDatabases();
}
