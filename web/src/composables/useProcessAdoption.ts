import { computed, type MaybeRefOrGetter, ref, toValue } from 'vue';
import {
  AdoptProcessForCityDocument,
  ProcessAdoptionListDocument,
  type ProcessAdoptionListQuery,
  ProcessAdoptionStateDocument,
} from '../graphql/generated/graphql.ts';
import type { ActionOutcome } from './actionOutcome.ts';
import { requestGraphql } from './useGraphql.ts';
import { useQuery } from './useQuery.ts';

export type ProcessAdoption = NonNullable<
  ProcessAdoptionListQuery['processModel']
>['adoptions'][number];
export type DivergenceKind = 'added' | 'removed' | 'changed' | 'moved';
export const DIVERGENCE_KINDS: readonly DivergenceKind[] = ['added', 'removed', 'changed', 'moved'];

export interface AdoptingCity {
  id: string;
  name: string;
}

/** The copy a city made: its id (for /prozesse/:id) and title. */
export interface AdoptedCopy {
  id: string;
  title: string;
}

/** Where a model came from, how often it was adopted, by whom, and adopting it. */
export function useProcessAdoption(modelId: MaybeRefOrGetter<string>) {
  const query = useQuery(ProcessAdoptionStateDocument, () => ({ id: toValue(modelId) }));
  const model = computed(() => query.data.value?.processModel ?? null);
  const notFound = computed(() => query.data.value !== null && model.value === null);
  const me = computed(() => query.data.value?.me ?? null);

  /** The owning city's members (and global admins) see the copies; others would get FORBIDDEN. */
  const seesAdoptions = computed(() => {
    const owner = model.value?.city.id;
    if (!owner || !me.value) return false;
    return me.value.isGlobalAdmin || me.value.memberships.some((m) => m.city.id === owner);
  });
  const listQuery = useQuery(ProcessAdoptionListDocument, () => ({ id: toValue(modelId) }), {
    enabled: seesAdoptions,
  });
  const adoptions = computed<ProcessAdoption[]>(() =>
    seesAdoptions.value ? (listQuery.data.value?.processModel?.adoptions ?? []) : [],
  );

  /** Other cities whose process owner the viewer is: they may adopt the model for them. */
  const adoptingCities = computed<AdoptingCity[]>(() => {
    const owner = model.value?.city.id;
    const cities = new Map<string, AdoptingCity>();
    for (const membership of me.value?.memberships ?? []) {
      if (membership.role === 'PROCESS_OWNER' && membership.city.id !== owner) {
        cities.set(membership.city.id, membership.city);
      }
    }
    return [...cities.values()];
  });
  const licenceForbids = computed(() => model.value?.licence === 'INTERNAL_USE_ONLY');

  const pending = ref(false);

  async function adopt(cityId: string): Promise<ActionOutcome<AdoptedCopy>> {
    const current = model.value;
    if (!current) throw new Error('Process model not loaded');
    pending.value = true;
    try {
      const { adoptProcessModel: result } = await requestGraphql(AdoptProcessForCityDocument, {
        modelId: current.id,
        cityId,
      });
      // Also after a failure: e.g. the licence may have changed meanwhile.
      await Promise.all([query.refetch(), listQuery.refetch()]);
      if (result.__typename === 'MutationAdoptProcessModelSuccess') {
        return { ok: true, value: result.data };
      }
      return { ok: false, error: result };
    } finally {
      pending.value = false;
    }
  }

  return {
    model,
    notFound,
    adoptions,
    seesAdoptions,
    adoptingCities,
    licenceForbids,
    loading: query.loading,
    error: query.error,
    listError: listQuery.error,
    pending,
    reload: () => Promise.all([query.refetch(), listQuery.refetch()]),
    adopt,
  };
}
