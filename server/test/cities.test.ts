import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureGlobalAdmin } from '../src/accounts/globalAdmin.ts';
import { createTestApp, TEST_PASSWORD, type TestApp } from './support/testApp.ts';

const CREATE_CITY = `mutation($name: String!, $slug: String!, $ags: String!, $population: Int!) {
  createCity(name: $name, slug: $slug, ags: $ags, federalState: BAYERN, population: $population) {
    __typename
    ... on MutationCreateCitySuccess { data { name slug ags federalState population } }
    ... on ConflictError { reason }
    ... on ValidationError { fieldErrors { path message } }
  }
}`;
const urach = { name: 'Bad Urach', slug: 'bad-urach', ags: '08415009', population: 12_500 };

describe('adding municipalities', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await createTestApp();
    await app.seed.twoCities();
    await app.seed.user('root@amtsweg.test', [], true);
  });
  afterEach(() => app.close());

  it('lets a global admin add a city that everyone then sees', async () => {
    const admin = await app.login('root@amtsweg.test');
    const res = await app.gql(CREATE_CITY, urach, { cookie: admin });
    expect(res.data.createCity).toEqual({
      __typename: 'MutationCreateCitySuccess',
      data: { ...urach, federalState: 'BAYERN' },
    });
    const owner = await app.login('owner@beta.test');
    const list = await app.gql(
      '{ cities(first: 10) { edges { node { slug } } } }',
      {},
      { cookie: owner },
    );
    expect(list.data.cities.edges.map((e: { node: { slug: string } }) => e.node.slug)).toEqual([
      'alpha',
      'bad-urach',
      'beta',
    ]);
  });

  it('refuses city admins and keeps the list unchanged', async () => {
    const cityAdmin = await app.login('admin@alpha.test');
    const res = await app.gql(CREATE_CITY, urach, { cookie: cityAdmin });
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await app.prisma.city.count()).toBe(2);
  });

  it('rejects a bad slug, AGS and population with field errors, and a duplicate with a conflict', async () => {
    const admin = await app.login('root@amtsweg.test');
    const bad = await app.gql(
      CREATE_CITY,
      { name: 'X', slug: 'Bad Urach', ags: '99123456', population: -1 },
      { cookie: admin },
    );
    expect(bad.data.createCity.__typename).toBe('ValidationError');
    expect(bad.data.createCity.fieldErrors.map((e: { path: string }) => e.path).sort()).toEqual([
      'ags',
      'name',
      'population',
      'slug',
    ]);
    await app.gql(CREATE_CITY, urach, { cookie: admin });
    const again = await app.gql(CREATE_CITY, { ...urach, slug: 'urach' }, { cookie: admin });
    expect(again.data.createCity).toEqual({
      __typename: 'ConflictError',
      reason: 'DUPLICATE_CITY',
    });
    expect(await app.prisma.city.count()).toBe(3);
  });
});

describe('the first global admin of an installation', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await createTestApp();
  });
  afterEach(() => app.close());

  it('is created with a password that then signs in, and an existing user is promoted', async () => {
    const { created } = await ensureGlobalAdmin(app.prisma, {
      email: 'IT@Stadt.example',
      displayName: 'IT-Amt',
      password: TEST_PASSWORD,
    });
    expect(created).toBe(true);
    const cookie = await app.login('it@stadt.example');
    expect((await app.gql('{ me { isGlobalAdmin } }', {}, { cookie })).data.me.isGlobalAdmin).toBe(
      true,
    );

    await app.seed.user('colleague@stadt.example');
    const promoted = await ensureGlobalAdmin(app.prisma, {
      email: 'colleague@stadt.example',
      displayName: '',
      password: '',
    });
    expect(promoted.created).toBe(false);
    expect(promoted.user.isGlobalAdmin).toBe(true);
  });

  it('refuses a short password', async () => {
    await expect(
      ensureGlobalAdmin(app.prisma, {
        email: 'it@stadt.example',
        displayName: '',
        password: 'short',
      }),
    ).rejects.toThrow(/at least 12/);
    expect(await app.prisma.user.count()).toBe(0);
  });
});
