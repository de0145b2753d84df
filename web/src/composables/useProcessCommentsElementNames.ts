import { computed, type MaybeRefOrGetter, toValue } from 'vue';
import { ProcessCommentElementNamesDocument } from '../graphql/generated/graphql.ts';
import { useQuery } from './useQuery.ts';

/** Names of the named elements of a BPMN 2.0 diagram, by element id. */
export function bpmnElementNames(xml: string): Map<string, string> {
  const names = new Map<string, string>();
  const document = new DOMParser().parseFromString(xml, 'application/xml');
  if (document.getElementsByTagName('parsererror').length > 0) return names;
  for (const element of document.querySelectorAll('[id][name]')) {
    const name = element.getAttribute('name')?.replace(/\s+/g, ' ').trim();
    const id = element.getAttribute('id');
    if (id && name) names.set(id, name);
  }
  return names;
}

/**
 * Names of the elements comments are anchored to, read from the newest version. The diagram is
 * fetched only while `enabled` (some comment is anchored, or an element is selected).
 */
export function useProcessCommentsElementNames(
  modelId: MaybeRefOrGetter<string>,
  enabled: MaybeRefOrGetter<boolean>,
) {
  const query = useQuery(ProcessCommentElementNamesDocument, () => ({ id: toValue(modelId) }), {
    enabled,
  });
  const names = computed(() => {
    const xml = query.data.value?.processModel?.latestVersion.xml;
    return xml ? bpmnElementNames(xml) : new Map<string, string>();
  });

  /** The element's name, or its id when it has none (or is gone from the newest version). */
  function label(elementId: string): string {
    return names.value.get(elementId) ?? elementId;
  }

  return { label, reload: query.refetch };
}
