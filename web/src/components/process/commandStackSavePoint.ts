// Dirty tracking through the bpmn-js command stack: the diagram is unchanged exactly when the
// stack stands at the position it had at the last import or save. Undoing back to that position
// makes it clean again; executing a new command after undoing past it makes that position
// unreachable (the redo branch holding it is discarded), so it stays dirty until the next save.

/** What `commandStack.changed` tells: the new stack position and what moved it there. */
export interface CommandStackChange {
  index: number;
  trigger?: string | null;
}

const UNREACHABLE = Number.NaN;

export interface CommandStackSavePoint {
  readonly dirty: boolean;
  /** Records the current stack position as saved (after import or save). */
  markSaved(index: number): void;
  /** Records that the saved state cannot be reached by undo/redo (e.g. the history was lost). */
  markUnsaved(): void;
  /** Feeds one `commandStack.changed`; returns whether `dirty` changed. */
  update(change: CommandStackChange): boolean;
}

export function createCommandStackSavePoint(initialIndex = -1): CommandStackSavePoint {
  let savedIndex = initialIndex;
  let currentIndex = initialIndex;
  const isDirty = () => currentIndex !== savedIndex;

  return {
    get dirty() {
      return isDirty();
    },
    markSaved(index) {
      savedIndex = index;
      currentIndex = index;
    },
    markUnsaved() {
      savedIndex = UNREACHABLE;
    },
    update({ index, trigger }) {
      const before = isDirty();
      // A new command at or below the saved position overwrites the stack entries after it.
      if (trigger === 'execute' && index <= savedIndex) savedIndex = UNREACHABLE;
      // `clear` empties the history but keeps the diagram: clean stays clean at the new position,
      // unsaved changes can no longer be undone.
      if (trigger === 'clear') savedIndex = before ? UNREACHABLE : index;
      currentIndex = index;
      return isDirty() !== before;
    },
  };
}
