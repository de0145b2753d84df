import type { ElementChange } from '../process/diffMarkers.ts';

interface DiffLists {
  added: readonly { elementId: string }[];
  removed: readonly { elementId: string }[];
  changed: readonly { elementId: string }[];
  moved: readonly { elementId: string }[];
}

export interface VersionDiffMarkers {
  /** For the older diagram: what is gone or different afterwards. */
  before: Record<string, ElementChange>;
  /** For the newer diagram: what is new, different or elsewhere. */
  after: Record<string, ElementChange>;
}

/**
 * Which elements to mark in the two diagrams of a comparison. An element both changed and moved
 * shows as changed: an element carries one marker, and the content change matters more.
 */
export function versionDiffMarkers(diff: DiffLists): VersionDiffMarkers {
  const before: Record<string, ElementChange> = {};
  const after: Record<string, ElementChange> = {};
  for (const { elementId } of diff.moved) after[elementId] = 'moved';
  for (const { elementId } of diff.changed) {
    before[elementId] = 'changed';
    after[elementId] = 'changed';
  }
  for (const { elementId } of diff.removed) before[elementId] = 'removed';
  for (const { elementId } of diff.added) after[elementId] = 'added';
  return { before, after };
}

/** Whether the two versions differ at all. */
export function isEmptyDiff(diff: DiffLists): boolean {
  return diff.added.length + diff.removed.length + diff.changed.length + diff.moved.length === 0;
}
