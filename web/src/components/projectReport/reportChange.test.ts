import { describe, expect, it } from 'vitest';
import { reportChange } from './reportChange.ts';

const entry = {
  isNew: false,
  status: 'IN_PROGRESS' as const,
  previousStatus: 'IN_PROGRESS' as const,
  progressPercent: 40,
  previousProgressPercent: 40,
};

describe('reportChange', () => {
  it('tells new projects, unchanged ones, and what moved', () => {
    expect(reportChange({ ...entry, isNew: true, previousStatus: null })).toEqual({ kind: 'new' });
    expect(reportChange(entry)).toEqual({ kind: 'unchanged' });
    expect(reportChange({ ...entry, previousStatus: 'IDEA', previousProgressPercent: 0 })).toEqual({
      kind: 'changed',
      status: { from: 'IDEA', to: 'IN_PROGRESS' },
      progress: { from: 0, to: 40 },
    });
    expect(reportChange({ ...entry, previousProgressPercent: 20 })).toEqual({
      kind: 'changed',
      status: null,
      progress: { from: 20, to: 40 },
    });
  });
});
