import type {
  CreateFundingProgrammeInput,
  FundingCostCategory,
} from '../../graphql/generated/graphql.ts';
import { parseEuroToCents } from './money.ts';
import { parsePercentToBasisPoints } from './percent.ts';

export const COST_CATEGORIES: readonly FundingCostCategory[] = [
  'PERSONNEL',
  'EXTERNAL_SERVICES',
  'HARDWARE_SOFTWARE',
  'TRAINING',
];

/** The form's fields as typed; amounts and rates stay text until they are submitted. */
export interface FundingProgrammeDraft {
  name: string;
  funder: string;
  callUrl: string;
  rate: string;
  capPerMunicipality: string;
  capPerApplication: string;
  minOwnShare: string;
  eligibleCategories: FundingCostCategory[];
  deadline: string;
  requiredDocuments: string;
  notes: string;
}

export function emptyDraft(): FundingProgrammeDraft {
  return {
    name: '',
    funder: '',
    callUrl: '',
    rate: '',
    capPerMunicipality: '',
    capPerApplication: '',
    minOwnShare: '',
    eligibleCategories: [],
    deadline: '',
    requiredDocuments: '',
    notes: '',
  };
}

/** Field names are those of CreateFundingProgrammeInput, so server errors map onto the same. */
export type DraftField = keyof CreateFundingProgrammeInput;

export type DraftResult =
  | { ok: true; input: CreateFundingProgrammeInput }
  | { ok: false; invalid: Set<DraftField> };

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Checks what the browser can check and builds the input; the server validates again. */
export function draftToInput(draft: FundingProgrammeDraft): DraftResult {
  const invalid = new Set<DraftField>();
  const name = draft.name.trim();
  const funder = draft.funder.trim();
  const callUrl = draft.callUrl.trim();
  if (name.length === 0 || name.length > 200) invalid.add('name');
  if (funder.length === 0 || funder.length > 200) invalid.add('funder');
  if (callUrl && !isHttpUrl(callUrl)) invalid.add('callUrl');

  const rate = parsePercentToBasisPoints(draft.rate);
  if (rate === null || rate <= 0 || rate > 10_000) invalid.add('rateBasisPoints');

  const minOwnShareText = draft.minOwnShare.trim();
  const minOwnShare = minOwnShareText ? parsePercentToBasisPoints(minOwnShareText) : null;
  if (minOwnShareText && (minOwnShare === null || minOwnShare > 10_000)) {
    invalid.add('minOwnShareBasisPoints');
  }

  const caps = { capPerMunicipality: null, capPerApplication: null } as Record<
    'capPerMunicipality' | 'capPerApplication',
    string | null
  >;
  for (const field of ['capPerMunicipality', 'capPerApplication'] as const) {
    const text = draft[field].trim();
    if (!text) continue;
    const parsed = parseEuroToCents(text);
    if (parsed.ok) caps[field] = parsed.cents;
    else invalid.add(field);
  }

  if (draft.eligibleCategories.length === 0) invalid.add('eligibleCategories');
  if (draft.deadline && !/^\d{4}-\d{2}-\d{2}$/.test(draft.deadline)) invalid.add('deadline');

  const documents = draft.requiredDocuments
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  if (
    documents.length > 50 ||
    documents.some((document) => document.length > 200) ||
    new Set(documents).size !== documents.length
  ) {
    invalid.add('requiredDocuments');
  }
  const notes = draft.notes.trim();
  if (notes.length > 5000) invalid.add('notes');

  if (invalid.size > 0 || rate === null) return { ok: false, invalid };
  return {
    ok: true,
    input: {
      name,
      funder,
      callUrl: callUrl || null,
      rateBasisPoints: rate,
      capPerMunicipality: caps.capPerMunicipality,
      capPerApplication: caps.capPerApplication,
      minOwnShareBasisPoints: minOwnShare,
      // In the order of the list, whatever order they were ticked in.
      eligibleCategories: COST_CATEGORIES.filter((c) => draft.eligibleCategories.includes(c)),
      deadline: draft.deadline || null,
      requiredDocuments: documents,
      notes: notes || null,
    },
  };
}

/** The input fields a server ValidationError names (`input.name`, `requiredDocuments.2` → …). */
export function serverInvalidFields(
  fieldErrors: readonly { path: string }[] | undefined,
): Set<string> {
  return new Set(
    (fieldErrors ?? []).map((error) => {
      const parts = error.path.split('.');
      return (parts[0] === 'input' ? parts[1] : parts[0]) ?? '';
    }),
  );
}
