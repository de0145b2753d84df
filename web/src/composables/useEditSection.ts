import { nextTick, type Ref, ref, type UnwrapRef, useTemplateRef, watch } from 'vue';
import type { ActionOutcome } from './actionOutcome.ts';
import { useActionFeedback } from './useActionFeedback.ts';
import type { ResultError } from './useErrorMessage.ts';

/** A draft checked in the browser: the input to send, or the fields to mark. */
export type DraftCheck<Input> =
  | { ok: true; input: Input }
  | { ok: false; invalid: ReadonlySet<string> };

export interface EditSectionOptions<Draft, Input, Saved> {
  /** Whether the form shows; the caller's, so what the form offers can load only while open. */
  open: Ref<boolean>;
  /** A fresh draft from the object as it is now. */
  draftFrom: () => Draft;
  /** The object's version now; a save is based on the one the draft was opened (or reloaded) on. */
  version: () => number;
  check: (draft: UnwrapRef<Draft>, baseVersion: number) => DraftCheck<Input>;
  save: (input: Input) => Promise<ActionOutcome<Saved>>;
  /** Loads the object as it is now (after a conflict). */
  reload: () => Promise<void>;
  /** The field that takes focus when the form opens and after the current state was loaded. */
  firstFieldId: () => string;
  /** False while what the form offers is still loading, so its first field is not there yet. */
  ready?: () => boolean;
  saved: () => string;
  conflict: () => string;
  reloaded: () => string;
  /** Any other failure: the fields the server refused, and what to say. */
  failure: (
    failure: ResultError,
    draft: UnwrapRef<Draft>,
  ) => { invalid: ReadonlySet<string>; message: string };
}

/**
 * An object's data behind an "edit" button. The draft keeps the version it was opened on: a save
 * over someone else's newer change is refused (VersionConflictError), and the user's input stays
 * while they load the current state and send it again. The component renders the alert with
 * `ref="alertBox"`, the toggle button with `ref="toggle"` and the form's box with
 * `ref="formBox"`.
 */
export function useEditSection<Draft, Input, Saved>(
  options: EditSectionOptions<Draft, Input, Saved>,
) {
  const feedback = useActionFeedback();
  const toggle = useTemplateRef<HTMLButtonElement>('toggle');
  const formBox = useTemplateRef<HTMLElement>('formBox');
  const ready = options.ready ?? (() => true);

  const { open } = options;
  const draft = ref(options.draftFrom());
  const baseVersion = ref(options.version());
  const invalid = ref<ReadonlySet<string>>(new Set());
  const conflict = ref(false);
  const saving = ref(false);

  let focusFirstFieldWhenReady = false;
  async function focusFirstField(): Promise<void> {
    await nextTick();
    const field = document.getElementById(options.firstFieldId());
    if (!field) return;
    focusFirstFieldWhenReady = false;
    field.focus();
  }
  watch(ready, (isReady) => {
    if (isReady && focusFirstFieldWhenReady) void focusFirstField();
  });

  async function startEditing(): Promise<void> {
    feedback.clear();
    draft.value = options.draftFrom() as UnwrapRef<Draft>;
    baseVersion.value = options.version();
    invalid.value = new Set();
    conflict.value = false;
    open.value = true;
    focusFirstFieldWhenReady = true;
    await focusFirstField();
  }

  async function stopEditing(): Promise<void> {
    open.value = false;
    conflict.value = false;
    feedback.clear();
    await nextTick();
    toggle.value?.focus();
  }

  async function focusFirstInvalid(): Promise<void> {
    await nextTick();
    formBox.value?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }

  async function submit(): Promise<void> {
    feedback.clear();
    conflict.value = false;
    const checked = options.check(draft.value, baseVersion.value);
    if (!checked.ok) {
      invalid.value = checked.invalid;
      await focusFirstInvalid();
      return;
    }
    invalid.value = new Set();
    saving.value = true;
    try {
      const outcome = await feedback.report(() => options.save(checked.input), {
        success: options.saved,
        failure: (failure) => {
          if (failure.__typename === 'VersionConflictError') {
            conflict.value = true;
            return options.conflict();
          }
          const refused = options.failure(failure, draft.value);
          invalid.value = refused.invalid;
          return refused.message;
        },
      });
      if (outcome?.ok) {
        open.value = false;
        await nextTick();
        toggle.value?.focus();
      }
    } finally {
      saving.value = false;
    }
  }

  /** After a conflict: the current state shows on the page; the draft stays to check and send. */
  async function loadCurrent(): Promise<void> {
    await options.reload();
    baseVersion.value = options.version();
    conflict.value = false;
    feedback.clear();
    feedback.statusMessage.value = options.reloaded();
    await focusFirstField();
  }

  return {
    open,
    draft,
    invalid,
    conflict,
    saving,
    statusMessage: feedback.statusMessage,
    errorMessage: feedback.errorMessage,
    startEditing,
    stopEditing,
    submit,
    loadCurrent,
  };
}
