import { describe, expect, it } from 'vitest';
import {
  queryFromSelection,
  reportYears,
  scopeFromValue,
  scopeValue,
  selectionFromQuery,
} from './reportSelection.ts';

describe('report selection in the address', () => {
  it('reads a city or a partnership and the year', () => {
    expect(selectionFromQuery({ kommune: 'c-es', jahr: '2025' }, 2026)).toEqual({
      kind: 'city',
      id: 'c-es',
      year: 2025,
    });
    expect(selectionFromQuery({ verbund: 'p-nv' }, 2026)).toEqual({
      kind: 'partnership',
      id: 'p-nv',
      year: 2026,
    });
  });

  it('falls back to the current year and to no choice for what it cannot use', () => {
    expect(selectionFromQuery({ jahr: '1999' }, 2026)).toEqual({
      kind: 'city',
      id: '',
      year: 2026,
    });
    expect(selectionFromQuery({ jahr: 'letztes' }, 2026).year).toBe(2026);
    expect(selectionFromQuery({ jahr: '2027' }, 2026).year).toBe(2026);
  });

  it('writes what it reads', () => {
    for (const selection of [
      { kind: 'city' as const, id: 'c-es', year: 2024 },
      { kind: 'partnership' as const, id: 'p-nv', year: 2026 },
    ]) {
      const query = queryFromSelection(selection);
      expect(selectionFromQuery(query as Record<string, string>, 2026)).toEqual(selection);
    }
    expect(queryFromSelection({ kind: 'partnership', id: 'p-nv', year: 2025 })).toEqual({
      verbund: 'p-nv',
      jahr: '2025',
    });
  });

  it('offers the current year and the ten before it', () => {
    const years = reportYears(2026);
    expect(years[0]).toBe(2026);
    expect(years.at(-1)).toBe(2016);
    expect(years).toHaveLength(11);
  });

  it('keeps kind and id apart in one select value, even when the id holds a colon', () => {
    expect(scopeValue({ kind: 'partnership', id: 'UGFydG5lcnNoaXA6MQ==' })).toBe(
      'partnership:UGFydG5lcnNoaXA6MQ==',
    );
    expect(scopeFromValue('partnership:a:b')).toEqual({ kind: 'partnership', id: 'a:b' });
    expect(scopeFromValue('city:c-es')).toEqual({ kind: 'city', id: 'c-es' });
    expect(scopeFromValue('')).toEqual({ kind: 'city', id: '' });
  });
});
