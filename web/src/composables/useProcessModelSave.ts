import { computed, type MaybeRefOrGetter, ref, shallowRef, toValue } from 'vue';
import {
  ProcessPageSaveVersionDocument,
  type ProcessPageSaveVersionMutation,
} from '../graphql/generated/graphql.ts';
import { requestGraphql } from './useGraphql.ts';
import type { ProcessVersionDetails } from './useProcessModel.ts';

/** What saving needs of the editor (ProcessEditor's exposed methods). */
export interface SavableEditor {
  getXml(): Promise<string>;
  markSaved(xml?: string): void;
}

/** Why a save stored nothing, as the API typed it (a version conflict among others). */
export type SaveFailure = Exclude<
  ProcessPageSaveVersionMutation['saveProcessVersion'],
  { __typename: 'MutationSaveProcessVersionSuccess' }
>;

export type SaveOutcome =
  | { ok: true; value: ProcessVersionDetails }
  | { ok: false; error: SaveFailure };

/** Someone saved a newer version than the one the editor was loaded from. */
export interface VersionConflict {
  /** Number of the newest version; saving over the conflict builds on it. */
  currentVersion: number;
  latestVersion: ProcessVersionDetails;
}

/**
 * Saving the editor's diagram as a new version, and the version conflict that can come of it.
 *
 * `base` is the version the diagram in the editor was loaded from (or last saved as): a save
 * builds on it. When someone saved in between, nothing is stored and `conflict` names the newer
 * version, while `base` stays, so the page can show what changed from `base` to it. The user then
 * either saves their diagram on top of the newer version (`saveOverConflict`: both diagrams
 * survive as versions) or loads the newer one instead (`startFrom`).
 */
export function useProcessModelSave(modelId: MaybeRefOrGetter<string | undefined>) {
  const base = shallowRef<ProcessVersionDetails | null>(null);
  const conflict = shallowRef<VersionConflict | null>(null);
  const saving = ref(false);

  /** The editor now shows `version`, unchanged: later saves build on it. */
  function startFrom(version: ProcessVersionDetails): void {
    base.value = version;
    conflict.value = null;
  }

  async function saveOnto(
    editor: SavableEditor,
    baseVersion: number,
    message: string,
  ): Promise<SaveOutcome> {
    const id = toValue(modelId);
    if (!id || !base.value) throw new Error('Process model not loaded');
    if (saving.value) throw new Error('A save is already under way');
    saving.value = true;
    try {
      const xml = await editor.getXml();
      const { saveProcessVersion: result } = await requestGraphql(ProcessPageSaveVersionDocument, {
        modelId: id,
        baseVersion,
        xml,
        message: message.trim() || null,
      });
      if (result.__typename === 'MutationSaveProcessVersionSuccess') {
        // Exactly the stored state counts as saved: edits made meanwhile stay unsaved.
        editor.markSaved(xml);
        startFrom(result.data);
        return { ok: true, value: result.data };
      }
      if (result.__typename === 'ProcessVersionConflict') {
        conflict.value = {
          currentVersion: result.currentVersion,
          latestVersion: result.latestVersion,
        };
      }
      return { ok: false, error: result };
    } finally {
      saving.value = false;
    }
  }

  return {
    base: computed(() => base.value),
    conflict: computed(() => conflict.value),
    saving: computed(() => saving.value),
    startFrom,
    /** Saves the diagram as the version after `base`. */
    save: (editor: SavableEditor, message = '') => {
      if (!base.value) throw new Error('Process model not loaded');
      return saveOnto(editor, base.value.number, message);
    },
    /** After a conflict: saves the diagram as the version after the newer one. */
    saveOverConflict: (editor: SavableEditor, message = '') => {
      if (!conflict.value) throw new Error('No version conflict to resolve');
      return saveOnto(editor, conflict.value.currentVersion, message);
    },
  };
}
