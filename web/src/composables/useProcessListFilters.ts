import {
  filtersFromQuery,
  hasActiveFilters,
  type ProcessListFilters,
  queryFromFilters,
} from '../components/processList/processListFilters.ts';
import { useUrlFilters } from './useUrlFilters.ts';

/** The process list's filters in the address (`/prozesse?suche=Gewerbe&status=RELEASED`). */
export function useProcessListFilters() {
  return useUrlFilters<ProcessListFilters>({
    fromQuery: filtersFromQuery,
    toQuery: queryFromFilters,
    isActive: hasActiveFilters,
  });
}
