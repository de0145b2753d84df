import { nextTick, ref, useTemplateRef } from 'vue';
import type { ActionOutcome } from './actionOutcome.ts';
import { type ResultError, useErrorMessage } from './useErrorMessage.ts';

interface ReportOptions<T> {
  /** The confirmation for the status region; empty for none. */
  success: (value: T) => string;
  /** Wording for a typed failure (default: by error type and reason). */
  failure?: (error: ResultError) => string;
}

/**
 * The outcome of user actions on a page: a confirmation in a status region, or an error in an
 * alert that takes focus, so keyboard and screen-reader users land on it. The page renders the
 * alert with `ref="alertBox"` and `tabindex="-1"`.
 */
export function useActionFeedback() {
  const errors = useErrorMessage();
  const statusMessage = ref('');
  const errorMessage = ref('');
  const alertBox = useTemplateRef<HTMLElement>('alertBox');

  function clear(): void {
    statusMessage.value = '';
    errorMessage.value = '';
  }

  async function fail(message: string): Promise<void> {
    statusMessage.value = '';
    errorMessage.value = message;
    await nextTick();
    alertBox.value?.focus();
  }

  /** Runs the action and reports it; hands back its outcome, or undefined when it threw. */
  async function report<T>(
    action: () => Promise<ActionOutcome<T>>,
    options: ReportOptions<T>,
  ): Promise<ActionOutcome<T> | undefined> {
    clear();
    try {
      const outcome = await action();
      if (outcome.ok) {
        statusMessage.value = options.success(outcome.value);
      } else {
        await fail((options.failure ?? errors.fromResult)(outcome.error));
      }
      return outcome;
    } catch (caught) {
      await fail(errors.fromError(caught));
      return undefined;
    }
  }

  return { statusMessage, errorMessage, clear, report };
}
