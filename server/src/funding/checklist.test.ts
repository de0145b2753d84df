import { expect, test } from 'vitest';
import { checklistOf } from './checklist.ts';

const base = {
  leadCityId: 'lead',
  programme: { requiredDocuments: ['Projektskizze', 'Ratsbeschluss'] },
  documents: [],
};

test("the lead provides the programme's documents, each other accepted partner a letter", () => {
  const items = checklistOf({
    ...base,
    partners: [
      { cityId: 'lead', status: 'ACCEPTED' },
      { cityId: 'b', status: 'ACCEPTED' },
      { cityId: 'c', status: 'INVITED' },
      { cityId: 'd', status: 'DECLINED' },
    ],
  });
  expect(items.map((i) => [i.cityId, i.requirement, i.isLetterOfIntent])).toEqual([
    ['lead', 'Projektskizze', false],
    ['lead', 'Ratsbeschluss', false],
    ['b', '', true],
  ]);
});
