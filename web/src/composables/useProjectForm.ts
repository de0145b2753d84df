import { computed } from 'vue';
import { ProjectFormOptionsDocument } from '../graphql/generated/graphql.ts';
import type { NamedOption, ProjectTopic } from './useProjects.ts';
import { useQuery } from './useQuery.ts';

const byName = (a: NamedOption, b: NamedOption) => a.name.localeCompare(b.name, 'de');

/**
 * What the project form offers: topics, cities, partnerships to share with, and the process
 * models and funding applications the viewer sees, to link. `enabled` holds the query back for
 * viewers who cannot use the form.
 */
export function useProjectForm(enabled: () => boolean = () => true) {
  const query = useQuery(ProjectFormOptionsDocument, {}, { enabled });
  const data = computed(() => query.data.value);

  /** The partnerships a city has joined: a project it leads may be shared with them. */
  function partnershipsJoinedBy(cityId: string): NamedOption[] {
    return (data.value?.partnerships.edges ?? [])
      .map((edge) => edge.node)
      .filter((partnership) =>
        partnership.members.some(
          (member) => member.city.id === cityId && member.status === 'ACCEPTED',
        ),
      )
      .map(({ id, name }) => ({ id, name }))
      .sort(byName);
  }

  return {
    topics: computed<ProjectTopic[]>(() => data.value?.projectTopics ?? []),
    cities: computed<NamedOption[]>(() =>
      (data.value?.cities.edges.map((edge) => edge.node) ?? []).sort(byName),
    ),
    processModels: computed(() =>
      (data.value?.processModels.edges ?? []).map(({ node }) => ({
        id: node.id,
        title: node.title,
        cityName: node.city.name,
      })),
    ),
    fundingApplications: computed(() => data.value?.fundingApplications ?? []),
    partnershipsJoinedBy,
    loaded: computed(() => data.value !== null),
    error: query.error,
  };
}
