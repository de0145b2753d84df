import { reactive, readonly } from 'vue';
import { type CityDraft, federalStateOfAgs, suggestSlug } from '../domain/cities.ts';
import type { FederalState } from '../graphql/generated/graphql.ts';

function emptyDraft(): CityDraft {
  return { name: '', slug: '', ags: '', federalState: '', population: '' };
}

/**
 * The inputs of the create-city form. The slug follows the name and the state follows the AGS
 * until the user sets them differently; clearing the slug (or picking the AGS's own state) hands
 * it back to the suggestion.
 */
export function useCityDraft() {
  const draft = reactive<CityDraft>(emptyDraft());
  let slugFollowsName = true;
  let stateFollowsAgs = true;

  function setName(name: string): void {
    draft.name = name;
    if (slugFollowsName) draft.slug = suggestSlug(name);
  }

  function setSlug(slug: string): void {
    draft.slug = slug;
    slugFollowsName = slug === '' || slug === suggestSlug(draft.name);
  }

  function setAgs(ags: string): void {
    draft.ags = ags;
    if (stateFollowsAgs) draft.federalState = federalStateOfAgs(ags) ?? '';
  }

  function setFederalState(state: FederalState | ''): void {
    draft.federalState = state;
    stateFollowsAgs = state === '' || state === federalStateOfAgs(draft.ags);
  }

  function setPopulation(population: string): void {
    draft.population = population;
  }

  function reset(): void {
    Object.assign(draft, emptyDraft());
    slugFollowsName = true;
    stateFollowsAgs = true;
  }

  return {
    draft: readonly(draft),
    setName,
    setSlug,
    setAgs,
    setFederalState,
    setPopulation,
    reset,
  };
}
