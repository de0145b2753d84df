import { useI18n } from 'vue-i18n';
import { type ResultError, useErrorMessage } from './useErrorMessage.ts';

/**
 * Wording for failed actions on funding applications: the conflict reasons of this domain
 * (open invitations, missing documents, passed deadline …) get their own explanation; everything
 * else reads as elsewhere in the app.
 */
export function useFundingApplicationErrors() {
  const { t, te } = useI18n();
  const errors = useErrorMessage();

  function fromResult(failure: ResultError): string {
    const key = `fundingApplication.conflict.${failure.reason ?? ''}`;
    if (failure.reason && te(key)) return t(key);
    return errors.fromResult(failure);
  }

  return { fromResult, fromError: errors.fromError };
}
