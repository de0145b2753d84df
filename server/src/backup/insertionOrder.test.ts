import { describe, expect, it } from 'vitest';
import { type ForeignKey, insertionOrder } from './insertionOrder.ts';

const fk = (table: string, refTable: string, nullable = false): ForeignKey => ({
  name: `${table}_${refTable}_fkey`,
  table,
  refTable,
  columns: [`${refTable}Id`],
  nullable,
});

describe('insertionOrder', () => {
  it('puts parents first and breaks ties by name', () => {
    const { order, deferred } = insertionOrder(
      ['Comment', 'Model', 'City', 'User'],
      [fk('Model', 'City'), fk('Comment', 'Model'), fk('Comment', 'User')],
    );
    expect(order).toEqual(['City', 'Model', 'User', 'Comment']);
    expect(deferred).toEqual([]);
  });

  it('defers self-references and one nullable edge of each cycle', () => {
    const adopted = fk('Model', 'Version', true);
    const self = fk('Comment', 'Comment', true);
    const { order, deferred } = insertionOrder(
      ['Comment', 'Model', 'Version'],
      [fk('Version', 'Model'), adopted, self, fk('Comment', 'Version')],
    );
    expect(order).toEqual(['Model', 'Version', 'Comment']);
    expect(deferred).toEqual([self, adopted]);
  });

  it('leaves edges outside a cycle alone when breaking it', () => {
    const { deferred } = insertionOrder(
      ['A', 'B', 'C'],
      [fk('C', 'A', true), fk('A', 'B', true), fk('B', 'A')],
    );
    expect(deferred.map((edge) => edge.name)).toEqual(['A_B_fkey']);
  });

  it('refuses cycles that only NOT NULL columns form', () => {
    expect(() => insertionOrder(['A', 'B'], [fk('A', 'B'), fk('B', 'A')])).toThrow(
      /reference each other only through NOT NULL columns/,
    );
    expect(() => insertionOrder(['A'], [fk('A', 'A')])).toThrow(/references itself/);
  });
});
