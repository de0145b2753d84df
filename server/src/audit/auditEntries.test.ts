import { encodeGlobalID } from '@pothos/plugin-relay';
import { describe, expect, it } from 'vitest';
import { auditCityIds, namedCityIds, targetOf } from './auditEntries.ts';

const A = '0b0f5a3e-8d6c-4a53-9a43-1d2f6c7a0001';
const B = '0b0f5a3e-8d6c-4a53-9a43-1d2f6c7a0002';
const P = '0b0f5a3e-8d6c-4a53-9a43-1d2f6c7a0003';
const city = (id: string) => encodeGlobalID('City', id);

describe('where an entry is filed', () => {
  it('acting for a named city of one’s own: that city only, not one’s other cities', () => {
    expect(auditCityIds([A], [A, B])).toEqual([A]);
  });

  it('acting on a foreign city: the named city and the actor’s own', () => {
    expect(auditCityIds([B], [A])).toEqual([B, A]);
  });

  it('naming no city: the actor’s cities; nobody and nothing: no city', () => {
    expect(auditCityIds([], [A, B])).toEqual([A, B]);
    expect(auditCityIds([], [])).toEqual([null]);
  });

  it('reads named cities from city global ids only', () => {
    const ids = [
      { name: 'cityId', value: city(A) },
      { name: 'leadCityId', value: encodeGlobalID('Partnership', B) },
      { name: 'partnershipId', value: encodeGlobalID('Partnership', P) },
    ];
    expect(namedCityIds(ids)).toEqual([A]);
  });
});

describe('the target of an entry', () => {
  it('prefers the object acted on over referenced cities, assignees and topics', () => {
    const partnership = encodeGlobalID('Partnership', P);
    expect(
      targetOf([
        { name: 'cityId', value: city(A) },
        { name: 'assigneeId', value: encodeGlobalID('User', B) },
        { name: 'partnershipId', value: partnership },
      ]),
    ).toBe(partnership);
    expect(targetOf([{ name: 'cityId', value: city(A) }])).toBe(city(A));
  });

  it('keeps no free text that was sent in an id argument', () => {
    expect(targetOf([{ name: 'modelId', value: 'Passwort ist geheim123' }])).toBeNull();
    expect(
      targetOf([{ name: 'modelId', value: encodeGlobalID('Model', 'not a uuid') }]),
    ).toBeNull();
    expect(targetOf([])).toBeNull();
  });
});
