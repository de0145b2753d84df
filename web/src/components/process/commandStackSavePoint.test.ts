import { describe, expect, it } from 'vitest';
import { createCommandStackSavePoint } from './commandStackSavePoint.ts';

describe('command stack save point', () => {
  it('is clean after import and dirty after a command', () => {
    const savePoint = createCommandStackSavePoint();
    expect(savePoint.dirty).toBe(false);
    expect(savePoint.update({ index: 0, trigger: 'execute' })).toBe(true);
    expect(savePoint.dirty).toBe(true);
    expect(savePoint.update({ index: 1, trigger: 'execute' })).toBe(false);
  });

  it('becomes clean again when undo returns to the saved position', () => {
    const savePoint = createCommandStackSavePoint();
    savePoint.update({ index: 0, trigger: 'execute' });
    savePoint.update({ index: 1, trigger: 'execute' });
    savePoint.markSaved(1);
    expect(savePoint.dirty).toBe(false);
    savePoint.update({ index: 0, trigger: 'undo' });
    expect(savePoint.dirty).toBe(true);
    savePoint.update({ index: 1, trigger: 'redo' });
    expect(savePoint.dirty).toBe(false);
  });

  it('stays dirty when a new command replaces the redo branch holding the saved state', () => {
    const savePoint = createCommandStackSavePoint();
    savePoint.update({ index: 0, trigger: 'execute' });
    savePoint.update({ index: 1, trigger: 'execute' });
    savePoint.markSaved(1);
    savePoint.update({ index: 0, trigger: 'undo' });
    // Same position as saved, different content.
    savePoint.update({ index: 1, trigger: 'execute' });
    expect(savePoint.dirty).toBe(true);
    savePoint.update({ index: 0, trigger: 'undo' });
    expect(savePoint.dirty).toBe(true);
  });

  it('stays clean when commands are undone and redone above the saved position', () => {
    const savePoint = createCommandStackSavePoint();
    savePoint.update({ index: 0, trigger: 'execute' });
    savePoint.markSaved(0);
    savePoint.update({ index: 1, trigger: 'execute' });
    savePoint.update({ index: 0, trigger: 'undo' });
    expect(savePoint.dirty).toBe(false);
    savePoint.update({ index: 1, trigger: 'execute' });
    expect(savePoint.dirty).toBe(true);
  });

  it('treats clearing the history as keeping the content', () => {
    const clean = createCommandStackSavePoint();
    clean.update({ index: 0, trigger: 'execute' });
    clean.markSaved(0);
    clean.update({ index: -1, trigger: 'clear' });
    expect(clean.dirty).toBe(false);

    const unsaved = createCommandStackSavePoint();
    unsaved.update({ index: 0, trigger: 'execute' });
    unsaved.update({ index: -1, trigger: 'clear' });
    expect(unsaved.dirty).toBe(true);
  });

  it('can be marked unsaved when the history is lost (editor re-created)', () => {
    const savePoint = createCommandStackSavePoint();
    savePoint.markUnsaved();
    expect(savePoint.dirty).toBe(true);
    savePoint.markSaved(-1);
    expect(savePoint.dirty).toBe(false);
  });
});
