import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, globalId, type TestApp } from './support/testApp.ts';

const NODE = 'query($id: ID!) { node(id: $id) { id ... on City { slug } } }';

describe('node(id:) with ids that lead nowhere', () => {
  let app: TestApp;
  let cookie: string;
  beforeEach(async () => {
    app = await createTestApp();
    await app.seed.twoCities();
    cookie = await app.login('owner@alpha.test');
  });
  afterEach(() => app.close());

  it('finds a city by its global id', async () => {
    const city = await app.prisma.city.findUniqueOrThrow({ where: { slug: 'beta' } });
    const res = await app.gql(NODE, { id: globalId('City', city.id) }, { cookie });
    expect(res.data.node.slug).toBe('beta');
  });

  it('answers null for a deleted object and for a malformed id, without an error', async () => {
    for (const id of [
      globalId('City', '7d0c7a3e-3f5e-4a53-9d5b-1f0e6c2b9a11'),
      globalId('City', 'not-a-uuid'),
      globalId('Partnership', '1'),
    ]) {
      const res = await app.gql(NODE, { id }, { cookie });
      expect(res.errors).toBeUndefined();
      expect(res.data.node).toBeNull();
    }
  });
});
