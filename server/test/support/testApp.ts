import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashPassword } from '../../src/auth/password.ts';
import { type Config, loadConfig } from '../../src/config.ts';
import type { Database } from '../../src/db/database.ts';
import type { ProjectEventBus } from '../../src/events/projectEvents.ts';
import type { PrismaClient } from '../../src/generated/prisma/client.ts';
import type { Role } from '../../src/generated/prisma/enums.ts';
import { createLogger, type Logger } from '../../src/logger.ts';
import { createAmtswegYoga } from '../../src/yoga.ts';
import { createTestDatabase } from './testDatabase.ts';

export const TEST_PASSWORD = 'correct horse battery';
let passwordHash: Promise<string> | undefined;

export interface GraphqlResponse {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: tests read arbitrary response shapes
  data: any;
  errors?: { message: string; extensions?: { code?: string } }[];
  setCookie: string | null;
}

/** A Prisma operation the API issued, as seen by `onQuery`. */
export interface PrismaOperation {
  model: string;
  operation: string;
}

export interface TestAppOptions {
  /** Called for every Prisma model operation the API issues (not for seeding via `app.prisma`). */
  onQuery?: (operation: PrismaOperation) => void;
  /** Settings that differ from the test defaults (e.g. production mode, tight rate limits). */
  config?: Partial<Config>;
  /** The API's project event bus (default: in memory), made once the database and dataDir exist. */
  projectEvents?: (deps: { prisma: PrismaClient; config: Config; log: Logger }) => ProjectEventBus;
}

/** The client the API sees: `prisma`, or `prisma` reporting every model operation to `onQuery`. */
function apiClient(prisma: PrismaClient, onQuery?: TestAppOptions['onQuery']): PrismaClient {
  if (!onQuery) return prisma;
  const observed = prisma.$extends({
    query: {
      $allModels: {
        $allOperations({ model, operation, args, query }) {
          onQuery({ model, operation });
          return query(args);
        },
      },
    },
  });
  // The extension only observes; the API keeps its plain PrismaClient type.
  return observed as unknown as PrismaClient;
}

/** The real API in-process (yoga.fetch) on a fresh database, plus fluent seeding. */
export async function createTestApp(options: TestAppOptions = {}) {
  const db: Database = await createTestDatabase();
  const logLevel = process.env.TEST_LOG_LEVEL ?? 'silent';
  // Uploaded documents go to a directory of this test app's own, removed on close.
  const dataDir = mkdtempSync(join(tmpdir(), 'amtsweg-test-data-'));
  const config: Config = {
    ...loadConfig({ NODE_ENV: 'test' }),
    logLevel,
    dataDir,
    // Suites that make many changes as one user must not trip the per-minute allowance; the
    // rate-limit tests set their own.
    rateLimits: { loginFailuresPerMinute: 5, mutationsPerMinute: 1_000_000 },
    ...options.config,
  };
  const log = createLogger(logLevel);
  const yoga = createAmtswegYoga({
    prisma: apiClient(db.prisma, options.onQuery),
    config,
    log,
    projectEvents: options.projectEvents?.({ prisma: db.prisma, config, log }),
  });

  async function gql(
    query: string,
    variables: Record<string, unknown> = {},
    options: { cookie?: string } = {},
  ): Promise<GraphqlResponse> {
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(options.cookie ? { cookie: options.cookie } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphqlResponse, 'status' | 'setCookie'>;
    return { ...body, status: response.status, setCookie: response.headers.get('set-cookie') };
  }

  async function login(email: string, password = TEST_PASSWORD): Promise<string> {
    const res = await gql(
      `mutation($email: String!, $password: String!) {
        login(email: $email, password: $password) { __typename ... on Error { message } }
      }`,
      { email, password },
    );
    if (res.data?.login?.__typename !== 'MutationLoginSuccess' || !res.setCookie) {
      throw new Error(`login as ${email} failed: ${JSON.stringify(res)}`);
    }
    return res.setCookie.split(';')[0] as string;
  }

  const seed = {
    async city(slug: string, name = slug[0]?.toUpperCase() + slug.slice(1)) {
      const ags = String(Math.floor(Math.random() * 1e8)).padStart(8, '0');
      return db.prisma.city.create({
        data: { slug, name, ags, federalState: 'BADEN_WUERTTEMBERG', population: 50_000 },
      });
    },
    async user(email: string, memberships: { cityId: string; role: Role }[] = [], admin = false) {
      passwordHash ??= hashPassword(TEST_PASSWORD);
      return db.prisma.user.create({
        data: {
          email,
          displayName: email.split('@')[0] as string,
          passwordHash: await passwordHash,
          isGlobalAdmin: admin,
          memberships: { create: memberships },
        },
        include: { memberships: true },
      });
    },
    /** Two cities, each with an admin and a process owner: the usual tenancy fixture. */
    async twoCities() {
      const a = await seed.city('alpha', 'Alphastadt');
      const b = await seed.city('beta', 'Betadorf');
      const adminA = await seed.user('admin@alpha.test', [{ cityId: a.id, role: 'CITY_ADMIN' }]);
      const ownerA = await seed.user('owner@alpha.test', [{ cityId: a.id, role: 'PROCESS_OWNER' }]);
      const adminB = await seed.user('admin@beta.test', [{ cityId: b.id, role: 'CITY_ADMIN' }]);
      const ownerB = await seed.user('owner@beta.test', [{ cityId: b.id, role: 'PROCESS_OWNER' }]);
      return { a, b, adminA, ownerA, adminB, ownerB };
    },
  };

  async function close() {
    await db.close();
    rmSync(dataDir, { recursive: true, force: true });
  }

  return { db, prisma: db.prisma, yoga, config, gql, login, seed, close };
}

export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

/** Relay global id as the API encodes it. */
export function globalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`).toString('base64');
}
