import { computed, type MaybeRefOrGetter, toValue } from 'vue';
import { isServiceKey } from '../components/processList/serviceKey.ts';
import {
  ServiceVariantsDocument,
  type ServiceVariantsQuery,
} from '../graphql/generated/graphql.ts';
import { useErrorMessage } from './useErrorMessage.ts';
import { useQuery } from './useQuery.ts';

type VariantsResult = ServiceVariantsQuery['serviceVariants'];
export type ServiceVariantMap = Extract<
  VariantsResult,
  { __typename: 'QueryServiceVariantsSuccess' }
>['data'];
export type ServiceVariantModel = ServiceVariantMap['models'][number];
export type VariantStep = ServiceVariantMap['steps'][number];

/** Which steps of one service (Leistungsschlüssel) occur in how many cities' models. */
export function useServiceVariants(serviceKey: MaybeRefOrGetter<string>) {
  const errors = useErrorMessage();
  // A key that is not 14 digits is refused here already, with the same message as the API's.
  const validKey = computed(() => isServiceKey(toValue(serviceKey)));
  const query = useQuery(ServiceVariantsDocument, () => ({ serviceKey: toValue(serviceKey) }), {
    enabled: validKey,
  });
  const result = computed<VariantsResult | null>(() => query.data.value?.serviceVariants ?? null);
  const variants = computed<ServiceVariantMap | null>(() =>
    result.value?.__typename === 'QueryServiceVariantsSuccess' ? result.value.data : null,
  );
  const invalidKey = computed(
    () => !validKey.value || result.value?.__typename === 'ValidationError',
  );
  const errorMessage = computed(() => {
    if (query.error.value) return errors.fromError(query.error.value);
    const failure = result.value;
    if (failure?.__typename === 'QueryServiceVariantsSuccess' || invalidKey.value) return '';
    return failure ? errors.fromResult(failure) : '';
  });

  return {
    variants,
    invalidKey,
    errorMessage,
    loading: query.loading,
    reload: query.refetch,
  };
}
