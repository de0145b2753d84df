import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// Node resolves `graphql` to its CommonJS build for our dependencies (Pothos, yoga); Vite would
// give our own files the ESM build, and graphql refuses to mix types from two module instances.
const graphqlCjs = createRequire(new URL('./server/package.json', import.meta.url)).resolve(
  'graphql',
);
const serverResolve = { alias: [{ find: /^graphql$/, replacement: graphqlCjs }] };

const serverTests = ['server/src/**/*.test.ts', 'server/test/**/*.test.ts'];

// The server suite runs twice: on the embedded PGlite and on a PostgreSQL server.
export default defineConfig({
  test: {
    projects: [
      {
        resolve: serverResolve,
        test: {
          name: 'server:pglite',
          include: serverTests,
          env: { AMTSWEG_TEST_DB: 'pglite', NODE_ENV: 'test' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: serverResolve,
        test: {
          name: 'server:postgres',
          include: serverTests,
          env: { AMTSWEG_TEST_DB: 'postgres', NODE_ENV: 'test' },
          globalSetup: ['server/test/support/globalSetup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      { test: { name: 'shared', include: ['shared/src/**/*.test.ts'] } },
      {
        test: {
          name: 'prisma',
          include: ['prisma/src/**/*.test.ts'],
          testTimeout: 60_000,
        },
      },
      'web/vitest.config.ts',
      'web/vitest.browser.config.ts',
    ],
  },
});
