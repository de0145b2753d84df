import { expect, test } from 'vitest';
import { checklistOf } from './checklist.ts';

const base = {
  leadCityId: 'lead',
  programme: { requiredDocuments: ['Projektskizze', 'Ratsbeschluss'] },
  documents: [],
};

test("the lead provides the programme's documents, each other partner a letter, by city name", () => {
  const items = checklistOf({
    ...base,
    partners: [
      { cityId: 'lead', status: 'ACCEPTED' },
      { cityId: 'b', status: 'ACCEPTED', city: { name: 'Waiblingen' } },
      { cityId: 'c', status: 'INVITED', city: { name: 'Böblingen' } },
      { cityId: 'd', status: 'DECLINED', city: { name: 'Aalen' } },
    ],
  });
  expect(items.map((i) => [i.cityId, i.requirement, i.isLetterOfIntent])).toEqual([
    ['lead', 'Projektskizze', false],
    ['lead', 'Ratsbeschluss', false],
    ['c', '', true],
    ['b', '', true],
  ]);
});
