import { describe, expect, it } from 'vitest';
import { isEmptyDiff, versionDiffMarkers } from './versionDiffMarkers.ts';

const ids = (...elementIds: string[]) => elementIds.map((elementId) => ({ elementId }));

describe('versionDiffMarkers', () => {
  it('marks removed and changed elements on the old diagram, the rest on the new one', () => {
    const markers = versionDiffMarkers({
      added: ids('Task_Neu', 'Flow_Neu'),
      removed: ids('Task_Alt'),
      changed: ids('Task_Umbenannt'),
      moved: ids('EndEvent_1'),
    });

    expect(markers.before).toEqual({ Task_Alt: 'removed', Task_Umbenannt: 'changed' });
    expect(markers.after).toEqual({
      Task_Neu: 'added',
      Flow_Neu: 'added',
      Task_Umbenannt: 'changed',
      EndEvent_1: 'moved',
    });
  });

  it('shows an element that was both changed and moved as changed', () => {
    const markers = versionDiffMarkers({
      added: [],
      removed: [],
      changed: ids('Task_1'),
      moved: ids('Task_1'),
    });
    expect(markers.after).toEqual({ Task_1: 'changed' });
  });

  it('knows when two versions do not differ', () => {
    expect(isEmptyDiff({ added: [], removed: [], changed: [], moved: [] })).toBe(true);
    expect(isEmptyDiff({ added: [], removed: [], changed: [], moved: ids('Lane_1') })).toBe(false);
  });
});
