// `pnpm --filter @amtsweg/bench bench:similar`: latency of `similarProcesses` ("who already did
// this?", issue 4) over 10,000 stored models, through the GraphQL app, on a throw-away database
// on the PostgreSQL server (BENCH_DATABASE_URL). Target: p95 < 200 ms.
import { randomBytes, randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { applyMigrations } from '@amtsweg/prisma/migrate';
import { hashSecretToken, newSecretToken } from '@amtsweg/server/src/auth/secretToken.ts';
import { SESSION_COOKIE } from '@amtsweg/server/src/auth/session.ts';
import {
  MATCHING_DATA_VERSION,
  readStoredGraph,
  stepTermsOf,
} from '@amtsweg/server/src/comparison/processGraphs.ts';
import { loadConfig } from '@amtsweg/server/src/config.ts';
import { openPostgresDatabase } from '@amtsweg/server/src/db/postgres.ts';
import type { Prisma, PrismaClient } from '@amtsweg/server/src/generated/prisma/client.ts';
import { createLogger } from '@amtsweg/server/src/logger.ts';
import { createAmtswegYoga } from '@amtsweg/server/src/yoga.ts';
import pg from 'pg';
import {
  PROCEDURE_COUNT,
  randomSource,
  type VariantModel,
  variantModel,
} from './processVariants.ts';
import { measure } from './timing.ts';

const MODELS = Number(process.env.BENCH_MODELS ?? 10_000);
const QUERIES = 100;
const CITY_COUNT = Math.ceil(MODELS / PROCEDURE_COUNT);
/** Cities per partnership; every city is in one. */
const PARTNERSHIP_SIZE = 10;
const BATCH = 1_000;

const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

const SIMILAR = `query($id: ID!) {
  similarProcesses(processModelId: $id, first: 10) {
    __typename
    ... on QuerySimilarProcessesSuccess {
      data { model { id title serviceKey city { name } } version { number } similarity
        sameService matchedSteps }
    }
  }
}`;

const VARIANTS = `query($serviceKey: String!) {
  serviceVariants(serviceKey: $serviceKey) {
    __typename
    ... on QueryServiceVariantsSuccess {
      data { models { model { title } outliers { label } } steps { label cityCount } }
    }
  }
}`;

interface Seeded {
  /** Model ids with the session cookie of a process owner of the model's city. */
  askers: { modelId: string; cookie: string }[];
}

async function inBatches<T>(rows: T[], write: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await write(rows.slice(i, i + BATCH));
}

/** Cities, one process owner each with a session, partnerships, and the variant models. */
async function seedCatalogue(prisma: PrismaClient): Promise<Seeded> {
  const random = randomSource(4);
  const cities = Array.from({ length: CITY_COUNT }, (_, i) => ({
    id: randomUUID(),
    name: `Stadt ${i + 1}`,
    slug: `stadt-${i + 1}`,
    ags: String(10_000_000 + i),
    federalState: 'BAYERN' as const,
    population: 20_000 + i * 37,
  }));
  const users = cities.map((city) => ({
    id: randomUUID(),
    email: `owner@${city.slug}.bench`,
    displayName: `Owner ${city.name}`,
    passwordHash: 'not used: sessions are created directly',
  }));
  const tokens = cities.map(() => newSecretToken());
  const partnerships = Array.from({ length: Math.ceil(CITY_COUNT / PARTNERSHIP_SIZE) }, (_, i) => ({
    id: randomUUID(),
    name: `Verbund ${i + 1}`,
    leadCityId: (cities[i * PARTNERSHIP_SIZE] as { id: string }).id,
  }));
  await prisma.city.createMany({ data: cities });
  await prisma.user.createMany({ data: users });
  await prisma.membership.createMany({
    data: users.map((user, i) => ({
      userId: user.id,
      cityId: (cities[i] as { id: string }).id,
      role: 'PROCESS_OWNER' as const,
    })),
  });
  await prisma.session.createMany({
    data: users.map((user, i) => ({
      userId: user.id,
      tokenHash: hashSecretToken(tokens[i] as string),
      expiresAt: new Date(Date.now() + 86_400_000),
    })),
  });
  await prisma.partnership.createMany({ data: partnerships });
  await prisma.partnershipMember.createMany({
    data: cities.map((city, i) => ({
      partnershipId: (partnerships[Math.floor(i / PARTNERSHIP_SIZE)] as { id: string }).id,
      cityId: city.id,
      status: 'ACCEPTED' as const,
    })),
  });

  const started = performance.now();
  const models: Prisma.ProcessModelCreateManyInput[] = [];
  const versions: Prisma.ProcessVersionCreateManyInput[] = [];
  const shares: Prisma.ProcessModelPartnershipCreateManyInput[] = [];
  const samples: VariantModel[] = [];
  const askers: Seeded['askers'] = [];
  for (let i = 0; i < MODELS; i++) {
    const cityIndex = i % CITY_COUNT;
    const city = cities[cityIndex] as { id: string; name: string };
    const user = users[cityIndex] as { id: string };
    const variant = variantModel(Math.floor(i / CITY_COUNT), city.name, random);
    if (i < 20) samples.push(variant);
    const id = randomUUID();
    // A mixed catalogue: half public, a fifth shared with the city's partnership, rest private.
    const roll = random.next();
    const visibility = roll < 0.5 ? 'PUBLIC' : roll < 0.7 ? 'PARTNERS' : 'PRIVATE';
    const activities = variant.graph.nodes.filter((n) => n.kind.endsWith('TASK'));
    models.push({
      id,
      cityId: city.id,
      title: variant.title,
      serviceKey: variant.serviceKey,
      licence: 'DL_DE_BY_2_0',
      visibility,
      latestVersionNumber: 1,
      searchText: variant.title,
      stepTerms: stepTermsOf(variant.graph),
      stepTermsVersion: MATCHING_DATA_VERSION,
      createdById: user.id,
    });
    versions.push({
      modelId: id,
      number: 1,
      authorId: user.id,
      xml: variant.xml,
      activityCount: activities.length,
      eventCount: 2,
      gatewayCount: variant.graph.nodes.length - activities.length - 2,
      laneCount: variant.graph.lanes.length,
      elementCount: variant.graph.nodes.length + variant.graph.flows.length,
      activityLabels: activities.map((n) => n.label),
      graph: variant.graph as unknown as Prisma.InputJsonValue,
      graphVersion: MATCHING_DATA_VERSION,
    });
    if (visibility === 'PARTNERS') {
      const partnership = partnerships[Math.floor(cityIndex / PARTNERSHIP_SIZE)] as { id: string };
      shares.push({ modelId: id, partnershipId: partnership.id });
    }
  }
  // Each random model is asked about by a process owner of its own city.
  for (let q = 0; q < QUERIES; q++) {
    const i = Math.floor(random.next() * MODELS);
    askers.push({
      modelId: models[i]?.id as string,
      cookie: `${SESSION_COOKIE}=${tokens[i % CITY_COUNT]}`,
    });
  }
  const generated = performance.now();
  // The generator builds graphs directly; they must equal what reading the stored XML yields.
  for (const sample of samples) {
    if (!isDeepStrictEqual(await readStoredGraph(sample.xml), sample.graph)) {
      throw new Error(`generated graph differs from its XML: ${sample.title}`);
    }
  }
  await inBatches(models, (data) => prisma.processModel.createMany({ data }));
  await inBatches(versions, (data) => prisma.processVersion.createMany({ data }));
  await inBatches(shares, (data) => prisma.processModelPartnership.createMany({ data }));
  await prisma.$executeRawUnsafe('ANALYZE');
  console.log(
    `seeded ${MODELS} models in ${CITY_COUNT} cities: generated in ` +
      `${((generated - started) / 1000).toFixed(1)} s, stored in ` +
      `${((performance.now() - generated) / 1000).toFixed(1)} s`,
  );
  return { askers };
}

async function run() {
  const name = `amtsweg_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = openPostgresDatabase(url.toString());
  try {
    await db.withMigrationConnection((c) => applyMigrations(c));
    const { askers } = await seedCatalogue(db.prisma);
    const config = loadConfig({ NODE_ENV: 'bench' });
    const yoga = createAmtswegYoga({ prisma: db.prisma, config, log: createLogger('silent') });
    const ask = async (asker: Seeded['askers'][number]) => {
      const response = await yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: asker.cookie },
        body: JSON.stringify({
          query: SIMILAR,
          variables: { id: Buffer.from(`ProcessModel:${asker.modelId}`).toString('base64') },
        }),
      });
      const body = (await response.json()) as {
        data?: { similarProcesses: { __typename: string; data?: unknown[] } };
        errors?: unknown;
      };
      const result = body.data?.similarProcesses;
      if (result?.__typename !== 'QuerySimilarProcessesSuccess') {
        throw new Error(`similarProcesses failed: ${JSON.stringify(body)}`);
      }
      return result.data?.length ?? 0;
    };
    // Warm up: the lexicon loads, the backfill check runs once, plans and JIT settle.
    for (const asker of askers.slice(0, 5)) await ask(asker);
    let next = 0;
    let rows = 0;
    const timing = await measure(askers.length, async () => {
      rows += await ask(askers[next++ % askers.length] as Seeded['askers'][number]);
    });
    console.log(['database', 'request', 'models', 'runs', 'p50 ms', 'p95 ms'].join('\t'));
    console.log(
      ['postgres', 'similarProcesses(first: 10)', MODELS, timing.runs, timing.p50, timing.p95].join(
        '\t',
      ),
    );
    console.log(`average rows per answer: ${(rows / timing.runs).toFixed(1)}`);

    // The variant map compares every pair of its (at most 30) models: slower by design.
    const keys = await db.prisma.processModel.findMany({
      where: { serviceKey: { not: null } },
      distinct: ['serviceKey'],
      select: { serviceKey: true },
    });
    let k = 0;
    const variants = await measure(10, async () => {
      const asker = askers[k] as Seeded['askers'][number];
      const serviceKey = keys[k++ % keys.length]?.serviceKey;
      const response = await yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: asker.cookie },
        body: JSON.stringify({ query: VARIANTS, variables: { serviceKey } }),
      });
      const body = (await response.json()) as {
        data?: { serviceVariants: { __typename: string } };
      };
      if (body.data?.serviceVariants.__typename !== 'QueryServiceVariantsSuccess') {
        throw new Error(`serviceVariants failed: ${JSON.stringify(body)}`);
      }
    });
    console.log(
      [
        'postgres',
        'serviceVariants (30 models)',
        MODELS,
        variants.runs,
        variants.p50,
        variants.p95,
      ].join('\t'),
    );
  } finally {
    await db.close();
    // BENCH_KEEP=1 leaves the database for EXPLAIN ANALYZE and the like.
    if (process.env.BENCH_KEEP === '1') console.log(`kept database ${name}`);
    else await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.end();
  }
}

await run();
