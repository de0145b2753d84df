import type { DraftCheck } from '../../composables/useEditSection.ts';
import type {
  CreateFundingApplicationInput,
  UpdateFundingApplicationInput,
} from '../../graphql/generated/graphql.ts';

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

const validTitle = (title: string) => title !== '' && title.length <= MAX_TITLE_LENGTH;

/** Field names are those of CreateFundingApplicationInput, so server errors map onto the same. */
export type ApplicationDraftResult =
  | { ok: true; input: CreateFundingApplicationInput }
  | { ok: false; invalid: Set<keyof CreateFundingApplicationInput> };

/** Checks what the browser can check and builds the input; the server validates again. */
export function applicationDraftToInput(draft: FundingApplicationDraft): ApplicationDraftResult {
  const invalid = new Set<keyof CreateFundingApplicationInput>();
  const title = draft.title.trim();
  if (!draft.programmeId) invalid.add('programmeId');
  if (!validTitle(title)) invalid.add('title');
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

/** What the edit form changes: the application's own words and the process models it names. */
export type ApplicationDescriptionDraft = Pick<
  FundingApplicationDraft,
  'title' | 'summary' | 'processModelIds'
>;

export function applicationDescriptionDraftFrom(application: {
  title: string;
  summary: string;
  processModels: readonly { id: string }[];
}): ApplicationDescriptionDraft {
  return {
    title: application.title,
    summary: application.summary,
    processModelIds: application.processModels.map((model) => model.id),
  };
}

/** Field names are those of UpdateFundingApplicationInput. */
export function applicationDescriptionToInput(
  draft: ApplicationDescriptionDraft,
  applicationId: string,
  expectedVersion: number,
): DraftCheck<UpdateFundingApplicationInput> {
  const title = draft.title.trim();
  if (!validTitle(title)) return { ok: false, invalid: new Set(['title']) };
  return {
    ok: true,
    input: {
      applicationId,
      expectedVersion,
      title,
      summary: draft.summary.trim(),
      processModelIds: [...draft.processModelIds],
    },
  };
}
