import { useI18n } from 'vue-i18n';
import { type ResultError, useErrorMessage } from '../../composables/useErrorMessage.ts';

/** The message groups of the collaboration panels (keys under `processCollab`). */
export type CollabScope = 'commentsPanel' | 'review' | 'metadata' | 'adoption';

/**
 * Wording for the failures of one collaboration panel. The app-wide texts (i18n/de.ts) know
 * neither the process reasons nor these inputs, and some reasons (INVALID_STATUS_CHANGE) mean
 * something else in each panel: so the panel's own wording comes first, then the wording shared
 * by the panels, and only then the app's.
 */
export function useCollabFailure(scope: CollabScope) {
  const { t, te } = useI18n();
  const errors = useErrorMessage();

  function fieldLabel(path: string): string {
    const name = path.split('.')[0] ?? '';
    const key = `processCollab.fields.${name}`;
    return te(key) ? t(key) : name;
  }

  function fromResult(error: ResultError): string {
    if (error.reason) {
      for (const key of [
        `processCollab.${scope}.errors.${error.reason}`,
        `processCollab.errors.${error.reason}`,
      ]) {
        if (te(key)) return t(key);
      }
    }
    if (error.__typename === 'ValidationError' && error.fieldErrors?.length) {
      const fields = [...new Set(error.fieldErrors.map((field) => fieldLabel(field.path)))];
      return t('processCollab.invalidFields', { fields: fields.join(', ') });
    }
    return errors.fromResult(error);
  }

  return { fromResult, fromError: errors.fromError };
}
