import { computed, type Ref } from 'vue';
import {
  type ProjectListFilters,
  projectFilterArgument,
} from '../components/project/projectListFilters.ts';
import {
  ProjectListDocument,
  type ProjectListItemFragment,
  ProjectListOptionsDocument,
  type ProjectTopicFieldsFragment,
} from '../graphql/generated/graphql.ts';
import { requestGraphql } from './useGraphql.ts';
import { usePagedList } from './usePagedList.ts';
import { useQuery } from './useQuery.ts';
import { useSession } from './useSession.ts';

export type ProjectListItem = ProjectListItemFragment;
export type ProjectTopic = ProjectTopicFieldsFragment;

export interface NamedOption {
  id: string;
  name: string;
}

const PAGE_SIZE = 20;

const byName = (a: NamedOption, b: NamedOption) => a.name.localeCompare(b.name, 'de');

/**
 * The projects matching `filters`, a page at a time ("Weitere laden" appends the next page). A new
 * selection starts over; answers to a superseded one are dropped.
 */
export function useProjectList(filters: Ref<ProjectListFilters>) {
  return usePagedList(async (after) => {
    const { projects } = await requestGraphql(ProjectListDocument, {
      first: PAGE_SIZE,
      after,
      filter: projectFilterArgument(filters.value),
    });
    return projects;
  }, filters);
}

/** Topics, cities and partnerships for the register's filters, cities and partnerships by name. */
export function useProjectListOptions() {
  const query = useQuery(ProjectListOptionsDocument, {});
  return {
    topics: computed<ProjectTopic[]>(() => query.data.value?.projectTopics ?? []),
    cities: computed<NamedOption[]>(() =>
      (query.data.value?.cities.edges.map((edge) => edge.node) ?? []).sort(byName),
    ),
    partnerships: computed<NamedOption[]>(() =>
      (query.data.value?.partnerships.edges.map((edge) => edge.node) ?? []).sort(byName),
    ),
    error: query.error,
  };
}

/**
 * The cities the viewer may start a project for: those where they are a coordinator; a global
 * admin may choose any city (`allCities`). The server checks again.
 */
export function useProjectLeadCities(allCities: () => NamedOption[]) {
  const session = useSession();
  return computed<NamedOption[]>(() => {
    const user = session.user.value;
    if (!user) return [];
    if (user.isGlobalAdmin) return [...allCities()].sort(byName);
    const coordinatorOf = new Map(
      user.memberships
        .filter((m) => m.role === 'COORDINATOR')
        .map((m) => [m.city.id, { id: m.city.id, name: m.city.name }]),
    );
    return [...coordinatorOf.values()].sort(byName);
  });
}

/** Coordinators (of any city) and global admins start projects. */
export function useMayCreateProject() {
  const session = useSession();
  return computed(() => {
    const user = session.user.value;
    if (!user) return false;
    return user.isGlobalAdmin || user.memberships.some((m) => m.role === 'COORDINATOR');
  });
}
