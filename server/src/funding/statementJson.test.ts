import { expect, test } from 'vitest';
import { threeCityStatement } from './exports/statementFixture.ts';
import { statementFromJson, statementToJson } from './statementJson.ts';

test('a statement survives the JSON column to the cent, beyond 2^53', () => {
  const statement = threeCityStatement();
  const huge = 123_456_789_012_345_678n;
  statement.total.grantCents = huge;
  const stored = JSON.parse(JSON.stringify(statementToJson(statement)));
  expect(stored.total.grantCents).toBe('123456789012345678');
  const back = statementFromJson(stored);
  expect(back).toEqual(statement);
  expect(back.total.grantCents).toBe(huge);
});
