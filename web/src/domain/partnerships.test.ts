import { describe, expect, it } from 'vitest';
import { canFoundPartnership, canLeave, invitableCities, leadCityOptions } from './partnerships.ts';

const esslingen = { id: 'c1', name: 'Esslingen am Neckar', viewerCanManageMembers: true };
const erkelenz = { id: 'c2', name: 'Erkelenz', viewerCanManageMembers: false };
const boeblingen = { id: 'c3', name: 'Böblingen', viewerCanManageMembers: true };
const ettlingen = { id: 'c4', name: 'Ettlingen', viewerCanManageMembers: false };

describe('invitableCities', () => {
  it('offers cities not yet in the partnership, declined ones again, sorted by German name', () => {
    const cities = invitableCities(
      [esslingen, erkelenz, boeblingen, ettlingen],
      [
        { status: 'ACCEPTED', city: esslingen },
        { status: 'INVITED', city: erkelenz },
        { status: 'DECLINED', city: ettlingen },
      ],
    );
    expect(cities.map((city) => city.name)).toEqual(['Böblingen', 'Ettlingen']);
  });
});

describe('leadCityOptions', () => {
  it('offers only the cities the viewer administers', () => {
    expect(leadCityOptions([esslingen, erkelenz, boeblingen]).map((city) => city.name)).toEqual([
      'Böblingen',
      'Esslingen am Neckar',
    ]);
  });
});

describe('canLeave', () => {
  const partnership = { viewerCanManage: false, leadCity: erkelenz };

  it('lets the administration of a partner city leave', () => {
    expect(canLeave(partnership, { status: 'ACCEPTED', city: esslingen })).toBe(true);
  });

  it('never offers it to the lead city, other cities or a city that has not joined', () => {
    const asLead = { viewerCanManage: false, leadCity: esslingen };
    expect(canLeave(asLead, { status: 'ACCEPTED', city: esslingen })).toBe(false);
    expect(canLeave(partnership, { status: 'ACCEPTED', city: ettlingen })).toBe(false);
    expect(canLeave(partnership, { status: 'INVITED', city: esslingen })).toBe(false);
  });

  it('leaves removing to whoever manages the partnership', () => {
    const managed = { viewerCanManage: true, leadCity: erkelenz };
    expect(canLeave(managed, { status: 'ACCEPTED', city: esslingen })).toBe(false);
  });
});

describe('canFoundPartnership', () => {
  it('is for city administrations and global admins', () => {
    expect(
      canFoundPartnership({ isGlobalAdmin: false, memberships: [{ role: 'CITY_ADMIN' }] }),
    ).toBe(true);
    expect(
      canFoundPartnership({ isGlobalAdmin: false, memberships: [{ role: 'PROCESS_OWNER' }] }),
    ).toBe(false);
    expect(canFoundPartnership({ isGlobalAdmin: true, memberships: [] })).toBe(true);
  });
});
