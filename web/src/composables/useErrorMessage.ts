import { useI18n } from 'vue-i18n';
import { GraphqlRequestError } from './useGraphql.ts';

/** A typed failure from a union result (`... on Error`), as the API reports it. */
export interface ResultError {
  __typename: string;
  message: string;
  reason?: string;
  fieldErrors?: readonly { path: string; message: string }[];
}

/**
 * Turns API failures into text for the user in the current language. The server's own messages
 * are English and technical, so known error types, conflict reasons and codes get our wording;
 * only an unknown result type falls back to the server's message.
 */
export function useErrorMessage() {
  const { t, te } = useI18n();

  function fromError(error: unknown): string {
    if (error instanceof GraphqlRequestError) {
      const key = `errors.${error.code}`;
      if (te(key)) return t(key);
    }
    return t('errors.unexpected');
  }

  function fieldLabel(path: string): string {
    const key = `fields.${path}`;
    return te(key) ? t(key) : path;
  }

  function fromResult(result: ResultError): string {
    if (result.reason && te(`errors.conflict.${result.reason}`)) {
      return t(`errors.conflict.${result.reason}`);
    }
    if (result.__typename === 'ValidationError' && result.fieldErrors?.length) {
      const fields = [...new Set(result.fieldErrors.map((error) => fieldLabel(error.path)))];
      return t('errors.invalidFields', { fields: fields.join(', ') });
    }
    const key = `errors.${result.__typename}`;
    return te(key) ? t(key) : result.message || t('errors.unexpected');
  }

  return { fromError, fromResult };
}
