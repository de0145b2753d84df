import { computed, type MaybeRefOrGetter, ref, toValue } from 'vue';
import {
  type Licence,
  ProcessMetadataDraftDocument,
  type ProcessMetadataDraftQuery,
  ProcessSharePartnershipsDocument,
  UpdateProcessMetadataDocument,
  type Visibility,
} from '../graphql/generated/graphql.ts';
import { type ActionOutcome, outcomeOf } from './actionOutcome.ts';
import { requestGraphql } from './useGraphql.ts';
import { useQuery } from './useQuery.ts';

export type ProcessMetadata = NonNullable<ProcessMetadataDraftQuery['processModel']>;

export const LICENCES: readonly Licence[] = [
  'DL_DE_ZERO_2_0',
  'DL_DE_BY_2_0',
  'CC_BY_4_0',
  'INTERNAL_USE_ONLY',
];
export const VISIBILITIES: readonly Visibility[] = ['PRIVATE', 'PARTNERS', 'PUBLIC'];

/** What the form edits; tags as the user types them, comma-separated. */
export interface MetadataDraft {
  title: string;
  description: string;
  serviceKey: string;
  tags: string;
  contactName: string;
  contactEmail: string;
  licence: Licence;
  visibility: Visibility;
  sharedWith: string[];
}

export type MetadataField = keyof MetadataDraft;

export function draftFrom(model: ProcessMetadata): MetadataDraft {
  return {
    title: model.title,
    description: model.description,
    serviceKey: model.serviceKey ?? '',
    tags: model.tags.join(', '),
    contactName: model.contactName,
    contactEmail: model.contactEmail,
    licence: model.licence,
    visibility: model.visibility,
    sharedWith: [...model.sharedWith],
  };
}

export function tagList(tags: string): string[] {
  return [...new Set(tags.split(',').map((tag) => tag.trim()))].filter(Boolean);
}

/** Fields whose values differ between two drafts (e.g. what someone else changed meanwhile). */
export function changedFields(before: MetadataDraft, after: MetadataDraft): MetadataField[] {
  const same = (field: MetadataField) =>
    field === 'tags'
      ? tagList(before.tags).join() === tagList(after.tags).join()
      : field === 'sharedWith'
        ? [...before.sharedWith].sort().join() === [...after.sharedWith].sort().join()
        : before[field] === after[field];
  return (Object.keys(before) as MetadataField[]).filter((field) => !same(field));
}

/** Names of the inputs (as the API calls them) the draft gets wrong, checked before sending. */
export function checkDraft(draft: MetadataDraft): string[] {
  const wrong: string[] = [];
  const title = draft.title.trim();
  if (title.length < 3 || title.length > 200) wrong.push('title');
  const serviceKey = draft.serviceKey.replace(/\s/g, '');
  if (serviceKey && !/^\d{14}$/.test(serviceKey)) wrong.push('serviceKey');
  if (draft.visibility === 'PARTNERS' && draft.sharedWith.length === 0) {
    wrong.push('sharedWithPartnershipIds');
  }
  return wrong;
}

/** The metadata of one process model, the partnerships it may be shared with, and saving. */
export function useProcessMetadata(modelId: MaybeRefOrGetter<string>) {
  const query = useQuery(ProcessMetadataDraftDocument, () => ({ id: toValue(modelId) }));
  const model = computed(() => query.data.value?.processModel ?? null);
  const notFound = computed(() => query.data.value !== null && model.value === null);
  const canEdit = computed(() => model.value?.viewerCanEdit === true);

  const partnershipsQuery = useQuery(ProcessSharePartnershipsDocument, {});
  /** Partnerships the owning city has joined: the only ones it may share with. */
  const joinedPartnerships = computed(() => {
    const cityId = model.value?.city.id;
    return (partnershipsQuery.data.value?.partnerships.edges ?? [])
      .map((edge) => edge.node)
      .filter((partnership) =>
        partnership.members.some(
          (member) => member.city.id === cityId && member.status === 'ACCEPTED',
        ),
      )
      .map(({ id, name }) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'de'));
  });

  const pending = ref(false);

  /** Saves the draft as a change of `metaVersion`; reloads also after a failure. */
  async function save(draft: MetadataDraft, metaVersion: number): Promise<ActionOutcome> {
    const current = model.value;
    if (!current) throw new Error('Process model not loaded');
    const wrong = checkDraft(draft);
    if (wrong.length > 0) {
      return {
        ok: false,
        error: {
          __typename: 'ValidationError',
          message: '',
          fieldErrors: wrong.map((path) => ({ path, message: '' })),
        },
      };
    }
    pending.value = true;
    try {
      const { updateProcessModel } = await requestGraphql(UpdateProcessMetadataDocument, {
        modelId: current.id,
        metaVersion,
        title: draft.title.trim(),
        description: draft.description.trim(),
        serviceKey: draft.serviceKey.replace(/\s/g, '') || null,
        tags: tagList(draft.tags),
        contactName: draft.contactName.trim(),
        contactEmail: draft.contactEmail.trim(),
        licence: draft.licence,
        visibility: draft.visibility,
        sharedWithPartnershipIds: draft.visibility === 'PARTNERS' ? draft.sharedWith : [],
      });
      await query.refetch();
      return outcomeOf(updateProcessModel);
    } finally {
      pending.value = false;
    }
  }

  return {
    model,
    notFound,
    canEdit,
    joinedPartnerships,
    loading: query.loading,
    error: query.error,
    pending,
    reload: () => Promise.all([query.refetch(), partnershipsQuery.refetch()]),
    save,
  };
}
