import {
  filtersFromQuery,
  hasActiveFilters,
  type ProjectListFilters,
  queryFromFilters,
} from '../components/project/projectListFilters.ts';
import { useUrlFilters } from './useUrlFilters.ts';

/** The register's filters in the address (`/projekte?thema=…&status=IDEA&status=DONE`). */
export function useProjectListFilters() {
  return useUrlFilters<ProjectListFilters>({
    fromQuery: filtersFromQuery,
    toQuery: queryFromFilters,
    isActive: hasActiveFilters,
  });
}
