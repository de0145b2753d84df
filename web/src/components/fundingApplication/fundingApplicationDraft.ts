import type { CreateFundingApplicationInput } from '../../graphql/generated/graphql.ts';

/** The create form's fields as chosen and typed. */
export interface FundingApplicationDraft {
  programmeId: string;
  title: string;
  summary: string;
  leadCityId: string;
  partnerCityIds: string[];
  processModelIds: string[];
}

export function emptyApplicationDraft(): FundingApplicationDraft {
  return {
    programmeId: '',
    title: '',
    summary: '',
    leadCityId: '',
    partnerCityIds: [],
    processModelIds: [],
  };
}

export const MAX_TITLE_LENGTH = 200;

/** Field names are those of CreateFundingApplicationInput, so server errors map onto the same. */
export type ApplicationDraftResult =
  | { ok: true; input: CreateFundingApplicationInput }
  | { ok: false; invalid: Set<keyof CreateFundingApplicationInput> };

/** Checks what the browser can check and builds the input; the server validates again. */
export function applicationDraftToInput(draft: FundingApplicationDraft): ApplicationDraftResult {
  const invalid = new Set<keyof CreateFundingApplicationInput>();
  const title = draft.title.trim();
  if (!draft.programmeId) invalid.add('programmeId');
  if (title === '' || title.length > MAX_TITLE_LENGTH) invalid.add('title');
  if (!draft.leadCityId) invalid.add('leadCityId');
  if (draft.partnerCityIds.includes(draft.leadCityId)) invalid.add('partnerCityIds');
  if (invalid.size > 0) return { ok: false, invalid };
  return {
    ok: true,
    input: {
      programmeId: draft.programmeId,
      title,
      summary: draft.summary.trim(),
      leadCityId: draft.leadCityId,
      partnerCityIds: [...draft.partnerCityIds],
      processModelIds: [...draft.processModelIds],
    },
  };
}
