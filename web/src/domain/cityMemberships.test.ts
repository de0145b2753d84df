import { describe, expect, it } from 'vitest';
import { citiesOfUser } from './cityMemberships.ts';

const esslingen = { id: 'c1', name: 'Esslingen am Neckar', slug: 'esslingen' };
const boeblingen = { id: 'c2', name: 'Böblingen', slug: 'boeblingen' };

describe('citiesOfUser', () => {
  it('lists each city once with its roles in display order, sorted by German name', () => {
    const cities = citiesOfUser(
      [
        { role: 'CITY_ADMIN', city: esslingen },
        { role: 'PROCESS_OWNER', city: esslingen },
        { role: 'COORDINATOR', city: boeblingen },
      ],
      false,
    );

    expect(cities.map((city) => [city.name, city.roles, city.canManageMembers])).toEqual([
      ['Böblingen', ['COORDINATOR'], false],
      ['Esslingen am Neckar', ['PROCESS_OWNER', 'CITY_ADMIN'], true],
    ]);
  });

  it('lets a global admin manage every listed city', () => {
    const [city] = citiesOfUser([{ role: 'FUNDING_OFFICER', city: boeblingen }], true);
    expect(city?.canManageMembers).toBe(true);
  });
});
