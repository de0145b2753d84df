import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '../src/db/database.ts';
import { openPostgresDatabase } from '../src/db/postgres.ts';
import { createProjectEventBus } from '../src/events/createProjectEventBus.ts';
import type { OwnedProjectEventBus } from '../src/events/projectEvents.ts';
import type { PrismaClient } from '../src/generated/prisma/client.ts';
import { createLogger } from '../src/logger.ts';
import { createMailer } from '../src/mail/mailer.ts';
import { mailProjectEvents } from '../src/mail/projectMails.ts';
import { type AmtswegYoga, createAmtswegYoga } from '../src/yoga.ts';
import { mailsIn } from './support/mailFiles.ts';
import {
  channelSubscribers,
  connectTestRedis,
  countingListeners,
  openProjectEvents,
  type ProjectEventStream,
  type StreamedResult,
  TEST_REDIS_URL,
} from './support/projectEventStreams.ts';
import type { ProjectView } from './support/projectsOperations.ts';
import { changeStatus, comment, newProject } from './support/projectsSteps.ts';
import { type ProjectWorld, seedProjectWorld } from './support/projectsWorld.ts';
import { createTestApp, type GraphqlResponse, type TestApp } from './support/testApp.ts';
import { databaseUrl, testDatabaseKind } from './support/testDatabase.ts';

// Two API instances — two yogas, each with its own Redis connections and mail directory — on one
// Redis and one database, as behind a load balancer: what one instance publishes reaches the
// subscribers of the other, mails go out once from the instance where the change happened, and
// tenancy holds across the hop. `.ci/run` starts the Redis this needs (REDIS_URL_TEST overrides).

function eventOf(result: StreamedResult | 'complete') {
  if (result === 'complete' || result.errors || !result.data) {
    throw new Error(`expected an event, got ${JSON.stringify(result)}`);
  }
  return result.data.projectEvents;
}

/** A request to `yoga` as the holder of `cookie`, answered like `app.gql`. */
async function gqlOn(
  yoga: AmtswegYoga,
  query: string,
  variables: Record<string, unknown>,
  cookie?: string,
): Promise<GraphqlResponse> {
  const response = await yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphqlResponse, 'status' | 'setCookie'>;
  return { ...body, status: response.status, setCookie: response.headers.get('set-cookie') };
}

/**
 * Instance B's own database client. On PostgreSQL a second connection pool to the same database,
 * as a second process would open; the embedded PGlite belongs to one process, so B shares A's.
 */
async function secondClient(app: TestApp): Promise<{ prisma: PrismaClient; db?: Database }> {
  if (testDatabaseKind === 'pglite') return { prisma: app.prisma };
  const [{ name }] = await app.prisma.$queryRaw<[{ name: string }]>`
    SELECT current_database() AS name`;
  const db = openPostgresDatabase(databaseUrl(name), 2);
  return { prisma: db.prisma, db };
}

describe('project events across two API instances through Redis', () => {
  let app: TestApp;
  let w: ProjectWorld;
  /** The same world, with every request going to instance B. */
  let onB: ProjectWorld;
  let busA: OwnedProjectEventBus;
  let busB: OwnedProjectEventBus;
  let dbB: Database | undefined;
  let listeningOnA: () => number;
  let dataDirB: string;
  let redis: Redis;
  let topic: string;
  const streams: ProjectEventStream[] = [];

  beforeAll(async () => {
    redis = await connectTestRedis();
  });
  afterAll(() => redis?.disconnect());

  beforeEach(async () => {
    // A channel of this test's own: the PGlite and PostgreSQL runs share the Redis server.
    topic = `amtsweg:test:${randomUUID()}`;
    const log = createLogger(process.env.TEST_LOG_LEVEL ?? 'silent');
    const redisConfig = { redisUrl: TEST_REDIS_URL };
    app = await createTestApp({
      projectEvents: ({ prisma, config }) => {
        const mailer = createMailer(config, log);
        busA = createProjectEventBus(redisConfig, log, {
          topic,
          onPublish: mailProjectEvents({ prisma, mailer, config, log }),
        });
        const counted = countingListeners(busA);
        listeningOnA = counted.listening;
        return counted.bus;
      },
    });
    dataDirB = mkdtempSync(join(tmpdir(), 'amtsweg-test-instance-b-'));
    const configB = { ...app.config, dataDir: dataDirB };
    const second = await secondClient(app);
    dbB = second.db;
    busB = createProjectEventBus(redisConfig, log, {
      topic,
      onPublish: mailProjectEvents({
        prisma: second.prisma,
        mailer: createMailer(configB, log),
        config: configB,
        log,
      }),
    });
    const yogaB = createAmtswegYoga({
      prisma: second.prisma,
      config: configB,
      log,
      projectEvents: busB,
    });
    w = await seedProjectWorld(app);
    onB = {
      ...w,
      as: async (person, query, variables = {}) =>
        gqlOn(yogaB, query, variables, person ? await w.cookie(person) : undefined),
    };
  });

  afterEach(async () => {
    await Promise.all(streams.splice(0).map((stream) => stream.close()));
    await Promise.all([busA.close(), busB.close()]);
    await dbB?.close();
    await app.close();
    rmSync(dataDirB, { recursive: true, force: true });
  });

  /** Instance A's subscribers on the channel, as Redis counts them (one connection per instance). */
  const redisSubscribers = () => channelSubscribers(redis, topic);

  /** Opens the subscription on instance A; resolves once A listens and Redis has subscribed it. */
  async function subscribeOnA(person: 'lars' | 'tina') {
    const before = listeningOnA();
    const stream = await openProjectEvents(app.yoga, { cookie: await w.cookie(person) });
    streams.push(stream);
    let pending: Promise<StreamedResult | 'complete'> | undefined = stream.next();
    await vi.waitFor(
      async () => {
        expect(listeningOnA()).toBe(before + 1);
        expect(await redisSubscribers()).toBe(1);
      },
      { timeout: 10_000 },
    );
    return {
      stream,
      next() {
        const result = pending ?? stream.next();
        pending = undefined;
        return result;
      },
    };
  }

  it('delivers a change made on instance B to a subscriber on instance A; B alone mails', async () => {
    const shared: ProjectView = await newProject(w, {
      title: 'E-Akte im Verbund',
      partners: ['ludwigsburg'],
    });
    const lars = await subscribeOnA('lars');
    await changeStatus(onB, shared.id, {
      status: 'IN_PROGRESS',
      progressPercent: 30,
      expectedVersion: shared.version,
    });
    expect(eventOf(await lars.next())).toMatchObject({
      kind: 'STATUS_CHANGED',
      actorName: 'emil',
      project: { id: shared.id, status: 'IN_PROGRESS', progressPercent: 30 },
    });
    // Both instances received the event; only B, where it happened, sent its mails.
    await Promise.all([busA.flush(), busB.flush()]);
    expect((await mailsIn(dataDirB)).map((m) => m.to).sort()).toEqual([
      'ella@esslingen.test',
      'lars@ludwigsburg.test',
    ]);
    expect(await mailsIn(app.config.dataDir)).toEqual([]);
    // A subscriber that leaves takes instance A off the channel.
    await lars.stream.close();
    await vi.waitFor(async () => expect(await redisSubscribers()).toBe(0), { timeout: 10_000 });
  });

  it('does not deliver a private project’s event to a user of another city', async () => {
    const shared = await newProject(w, { title: 'E-Akte im Verbund', partners: ['ludwigsburg'] });
    const open = await newProject(w, { title: 'Offene Daten', partners: [], visibility: 'PUBLIC' });
    const lars = await subscribeOnA('lars');
    const tina = await subscribeOnA('tina');
    await comment(onB, shared.id, 'Nur für Esslingen und Ludwigsburg');
    await comment(onB, open.id, 'Für alle');
    // Ludwigsburg takes part in `shared` and sees both, in order.
    expect(eventOf(await lars.next())).toMatchObject({
      kind: 'COMMENT_ADDED',
      project: { id: shared.id },
    });
    expect(eventOf(await lars.next())).toMatchObject({ project: { id: open.id } });
    // Tübingen takes part in nothing: the first event it receives is the public project's.
    expect(eventOf(await tina.next())).toMatchObject({
      kind: 'COMMENT_ADDED',
      project: { id: open.id, title: 'Offene Daten', viewerCanEdit: false },
    });
  });
});
