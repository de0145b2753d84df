import { type MaybeRefOrGetter, onBeforeUnmount, onMounted, toValue } from 'vue';
import { useI18n } from 'vue-i18n';
import { onBeforeRouteLeave } from 'vue-router';

export interface UnsavedChangesGuardOptions {
  /** Asks the user; defaults to `window.confirm`. Tests and custom dialogs replace it. */
  confirm?: (message: string) => boolean;
}

/**
 * Warns before unsaved changes are lost: a confirmation when navigating inside the app, and the
 * browser's own prompt when the tab is closed or reloaded (its text cannot be customised).
 * Call it in the setup of a page component (or a component inside one).
 */
export function useUnsavedChangesGuard(
  hasUnsavedChanges: MaybeRefOrGetter<boolean>,
  options: UnsavedChangesGuardOptions = {},
): void {
  const { t } = useI18n();
  const confirm = options.confirm ?? ((message: string) => window.confirm(message));

  onBeforeRouteLeave(() => {
    if (!toValue(hasUnsavedChanges)) return true;
    return confirm(t('process.unsavedChanges.confirmLeave'));
  });

  function onBeforeUnload(event: BeforeUnloadEvent): void {
    if (!toValue(hasUnsavedChanges)) return;
    event.preventDefault();
    // Older browsers show the prompt only when returnValue is set.
    event.returnValue = '';
  }

  onMounted(() => window.addEventListener('beforeunload', onBeforeUnload));
  onBeforeUnmount(() => window.removeEventListener('beforeunload', onBeforeUnload));
}
