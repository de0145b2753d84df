import type { FundingStatement } from './statementTypes.ts';

/**
 * A statement as stored in a snapshot's JSON column. JSON has no bigint: every money field (named
 * `…Cents`) becomes a decimal string and is read back as bigint by its name, so a snapshot keeps
 * every cent exactly however large the amounts are.
 */
export function statementToJson(statement: FundingStatement): unknown {
  return JSON.parse(
    JSON.stringify(statement, (_key, value) =>
      typeof value === 'bigint' ? value.toString() : value,
    ),
  );
}

export function statementFromJson(json: unknown): FundingStatement {
  return JSON.parse(JSON.stringify(json), (key, value) =>
    key.endsWith('Cents') && typeof value === 'string' ? BigInt(value) : value,
  ) as FundingStatement;
}
