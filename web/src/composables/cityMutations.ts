import { type CityDraft, checkCityDraft } from '../domain/cities.ts';
import { CreateCityDocument } from '../graphql/generated/graphql.ts';
import type { ActionOutcome } from './actionOutcome.ts';
import { requestGraphql } from './useGraphql.ts';

export interface CreatedCity {
  id: string;
  name: string;
  slug: string;
}

/**
 * Global admins add a city. The draft is checked here first, so a mistyped AGS is reported at
 * once and in the same shape as the server's ValidationError.
 */
export async function createCity(draft: CityDraft): Promise<ActionOutcome<CreatedCity>> {
  const check = checkCityDraft(draft);
  if (!check.ok) {
    return {
      ok: false,
      error: {
        __typename: 'ValidationError',
        message: '',
        fieldErrors: check.fields.map((path) => ({ path, message: '' })),
      },
    };
  }
  const { createCity: result } = await requestGraphql(CreateCityDocument, { ...check.city });
  if (result.__typename === 'MutationCreateCitySuccess') return { ok: true, value: result.data };
  return { ok: false, error: result };
}
