import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { createRateLimits, type RateLimits } from '../src/http/rateLimits.ts';
import { createLogger } from '../src/logger.ts';
import { linearProcess } from './support/bpmnSamples.ts';
import { IMPORT_MODEL } from './support/processModels.ts';
import { TEST_REDIS_URL } from './support/projectEventStreams.ts';
import { createTestApp, globalId, TEST_PASSWORD, type TestApp } from './support/testApp.ts';

const LOGIN = `mutation($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    __typename
    ... on TooManyAttemptsError { retryAfterSeconds message }
  }
}`;

describe('login attempts', () => {
  let app: TestApp;
  let email: string;
  let otherEmail: string;

  beforeEach(async () => {
    // The default of five wrong passwords per minute, as in production.
    app = await createTestApp({
      config: { rateLimits: { loginFailuresPerMinute: 5, mutationsPerMinute: 120 } },
    });
    const { adminA, adminB } = await app.seed.twoCities();
    email = adminA.email;
    otherEmail = adminB.email;
  });
  afterEach(() => app.close());

  async function login(address: string, password: string) {
    return (await app.gql(LOGIN, { email: address, password })).data.login;
  }

  it('holds back the 6th try within a minute, even with the right password', async () => {
    for (let attempt = 1; attempt <= 5; attempt++) {
      expect((await login(email, 'wrong')).__typename).toBe('InvalidCredentialsError');
    }
    const sixth = await login(email, TEST_PASSWORD);
    expect(sixth.__typename).toBe('TooManyAttemptsError');
    expect(sixth.retryAfterSeconds).toBeGreaterThan(0);
    expect(sixth.retryAfterSeconds).toBeLessThanOrEqual(60);
    // Another account is not affected.
    expect((await login(otherEmail, TEST_PASSWORD)).__typename).toBe('MutationLoginSuccess');
  });

  it('counts the same e-mail however it is written', async () => {
    for (let attempt = 1; attempt <= 5; attempt++) {
      const variant = attempt % 2 ? email.toUpperCase() : ` ${email} `;
      expect((await login(variant, 'wrong')).__typename).toBe('InvalidCredentialsError');
    }
    expect((await login(email, TEST_PASSWORD)).__typename).toBe('TooManyAttemptsError');
  });

  it('forgets earlier typos after a correct password', async () => {
    for (let attempt = 1; attempt <= 4; attempt++) await login(email, 'wrong');
    expect((await login(email, TEST_PASSWORD)).__typename).toBe('MutationLoginSuccess');
    for (let attempt = 1; attempt <= 4; attempt++) await login(email, 'wrong');
    expect((await login(email, TEST_PASSWORD)).__typename).toBe('MutationLoginSuccess');
  });
});

describe('mutations per user', () => {
  let app: TestApp;

  beforeEach(async () => {
    app = await createTestApp({
      config: { rateLimits: { loginFailuresPerMinute: 5, mutationsPerMinute: 3 } },
    });
  });
  afterEach(() => app.close());

  it('refuses the 4th change within a minute with HTTP 429, writing nothing', async () => {
    const { a, b, ownerA, ownerB } = await app.seed.twoCities();
    const cookieA = await app.login(ownerA.email);
    const cookieB = await app.login(ownerB.email);
    const create = (cityId: string, title: string, cookie: string) =>
      app.gql(
        IMPORT_MODEL,
        { cityId: globalId('City', cityId), title, xml: linearProcess(['Antrag prüfen']) },
        { cookie },
      );
    for (let i = 1; i <= 3; i++) {
      const res = await create(a.id, `Modell ${i}`, cookieA);
      expect(res.data.importProcessModel.__typename).toBe('MutationImportProcessModelSuccess');
    }
    const fourth = await create(a.id, 'Modell 4', cookieA);
    expect(fourth.status).toBe(429);
    expect(fourth.data).toBeUndefined();
    expect(fourth.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(await app.prisma.processModel.count({ where: { cityId: a.id } })).toBe(3);
    // Reading still works, and another user has an allowance of their own.
    const me = await app.gql('{ me { id } }', {}, { cookie: cookieA });
    expect(me.data.me.id).toBeTruthy();
    const other = await create(b.id, 'Modell B', cookieB);
    expect(other.data.importProcessModel.__typename).toBe('MutationImportProcessModelSuccess');
  });
});

describe('counters shared through Redis', () => {
  const log = createLogger('silent');
  const config = {
    ...loadConfig({ NODE_ENV: 'test' }),
    redisUrl: TEST_REDIS_URL,
    rateLimits: { loginFailuresPerMinute: 5, mutationsPerMinute: 4 },
  };
  const instances: RateLimits[] = [createRateLimits(config, log), createRateLimits(config, log)];
  afterAll(() => Promise.all(instances.map((instance) => instance.close())));

  it('two instances count one person’s wrong passwords and changes together', async () => {
    const [one, two] = instances as [RateLimits, RateLimits];
    // Unique keys: both test projects share this Redis.
    const email = `${randomUUID()}@alpha.test`;
    const address = `10.0.0.${Math.floor(Math.random() * 250)}-${randomUUID()}`;
    for (let i = 0; i < 3; i++) await one.loginFailed(email, address);
    expect(await two.loginRetryAfter(email, address)).toBe(0);
    for (let i = 0; i < 2; i++) await two.loginFailed(email, address);
    expect(await one.loginRetryAfter(email, address)).toBeGreaterThan(0);
    expect(await two.loginRetryAfter(email, address)).toBeGreaterThan(0);

    const caller = `user:${randomUUID()}`;
    expect(await one.consumeMutation(caller)).toBe(0);
    expect(await two.consumeMutation(caller)).toBe(0);
    expect(await one.consumeMutation(caller)).toBe(0);
    expect(await two.consumeMutation(caller)).toBe(0);
    expect(await one.consumeMutation(caller)).toBeGreaterThan(0);
  });
});
