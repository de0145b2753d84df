import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { City } from '../src/generated/prisma/client.ts';
import { seedPartnership } from './support/fixtures.ts';
import { createTestApp, type PrismaOperation, type TestApp } from './support/testApp.ts';

// Style item 5: the number of Prisma operations per request must not grow with the data. Each
// test measures a request with N rows per list and again with 3×N; the operations must be equal.
const N = 3;

const PARTNERSHIPS = `{
  partnerships(first: 50) {
    edges { node { name leadCity { name } members { status city { name } } } }
  }
}`;

const MY_CITIES_WITH_MEMBERS = `{
  me {
    memberships {
      city { name members(first: 50) { edges { node { role user { displayName } } } } }
    }
  }
}`;

describe('Prisma operations per request stay constant as lists grow', () => {
  let app: TestApp;
  let operations: PrismaOperation[];
  let alpha: City;
  let beta: City;
  let gamma: City;

  beforeEach(async () => {
    operations = [];
    app = await createTestApp({ onQuery: (operation) => operations.push(operation) });
    ({ a: alpha, b: beta } = await app.seed.twoCities());
    gamma = await app.seed.city('gamma', 'Gammaheim');
    // admin@alpha also serves beta, so both list queries span two cities.
    const adminA = await app.prisma.user.findUniqueOrThrow({
      where: { email: 'admin@alpha.test' },
    });
    await app.prisma.membership.create({
      data: { userId: adminA.id, cityId: beta.id, role: 'COORDINATOR' },
    });
  });
  afterEach(() => app.close());

  /** `count` partnerships led by alpha, each with beta accepted and gamma invited. */
  async function addPartnerships(count: number, from: number) {
    for (let i = from; i < from + count; i++) {
      await seedPartnership(app, {
        name: `Verbund ${String(i).padStart(3, '0')}`,
        lead: alpha,
        partners: [
          [gamma, 'INVITED'],
          [beta, 'ACCEPTED'],
        ],
      });
    }
  }

  /** `count` more users, each a member of both alpha and beta. */
  async function addMembers(count: number, from: number) {
    for (let i = from; i < from + count; i++) {
      await app.seed.user(`member${i}@both.test`, [
        { cityId: alpha.id, role: 'PROCESS_OWNER' },
        { cityId: beta.id, role: 'FUNDING_OFFICER' },
      ]);
    }
  }

  /** Runs `query` as `cookie`, returning the data and the operations it issued. */
  async function measure(query: string, cookie: string) {
    operations.length = 0;
    const res = await app.gql(query, {}, { cookie });
    expect(res.errors).toBeUndefined();
    return { data: res.data, operations: operations.map((o) => `${o.model}.${o.operation}`) };
  }

  it('lists partnerships with lead and member cities in a constant number of operations', async () => {
    const cookie = await app.login('admin@alpha.test');
    await addPartnerships(N, 0);
    const small = await measure(PARTNERSHIPS, cookie);
    expect(small.data.partnerships.edges).toHaveLength(N);

    await addPartnerships(2 * N, N);
    const large = await measure(PARTNERSHIPS, cookie);
    expect(large.data.partnerships.edges).toHaveLength(3 * N);
    // Members come sorted by city name, whatever order they were added in.
    expect(large.data.partnerships.edges[3 * N - 1].node).toEqual({
      name: `Verbund 00${3 * N - 1}`,
      leadCity: { name: 'Alphastadt' },
      members: [
        { status: 'ACCEPTED', city: { name: 'Alphastadt' } },
        { status: 'ACCEPTED', city: { name: 'Betadorf' } },
        { status: 'INVITED', city: { name: 'Gammaheim' } },
      ],
    });
    expect(large.operations).toEqual(small.operations);
  });

  it("lists the viewer's cities with their members in a constant number of operations", async () => {
    const cookie = await app.login('admin@alpha.test');
    await addMembers(N, 0);
    const small = await measure(MY_CITIES_WITH_MEMBERS, cookie);
    const memberCounts = (data: typeof small.data) =>
      data.me.memberships.map((m: { city: { name: string; members: { edges: unknown[] } } }) => [
        m.city.name,
        m.city.members.edges.length,
      ]);
    // Alpha: its admin and owner; beta: its admin and owner, and admin@alpha.
    expect(memberCounts(small.data)).toEqual([
      ['Alphastadt', 2 + N],
      ['Betadorf', 3 + N],
    ]);

    await addMembers(2 * N, N);
    const large = await measure(MY_CITIES_WITH_MEMBERS, cookie);
    expect(memberCounts(large.data)).toEqual([
      ['Alphastadt', 2 + 3 * N],
      ['Betadorf', 3 + 3 * N],
    ]);
    expect(large.data.me.memberships[1].city.members.edges).toContainEqual({
      node: { role: 'FUNDING_OFFICER', user: { displayName: `member${3 * N - 1}` } },
    });
    expect(large.operations).toEqual(small.operations);
  });
});
