import { computed, ref, shallowRef } from 'vue';
import {
  type BpmnImportFailure,
  fileTooLarge,
} from '../components/processList/bpmnImportMessage.ts';
import {
  importArguments,
  type ProcessImportDraft,
  processNameOf,
  titleFromFileName,
} from '../components/processList/processImportDraft.ts';
import {
  ProcessImportModelDocument,
  ProcessImportPartnershipsDocument,
} from '../graphql/generated/graphql.ts';
import type { ActionOutcome } from './actionOutcome.ts';
import { requestGraphql } from './useGraphql.ts';
import { useQuery } from './useQuery.ts';
import { useSession } from './useSession.ts';

export interface ChosenFile {
  name: string;
  size: number;
}

function readAsText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsText(file);
  });
}

/**
 * The chosen BPMN file, read as text in the browser. Files over the server's limit are refused
 * right away with the server's own reason, instead of after a long upload.
 */
export function useProcessImportFile() {
  const chosen = shallowRef<ChosenFile | null>(null);
  const xml = ref<string | null>(null);
  const reading = ref(false);
  const unreadable = ref(false);
  /** Why the file cannot be imported: found here (size) or by the server. */
  const failure = shallowRef<BpmnImportFailure | null>(null);
  let latest = 0;

  /** Reads the file; hands back a title suggestion (process name, else file name). */
  async function choose(file: File | undefined): Promise<string | undefined> {
    const current = ++latest;
    xml.value = null;
    failure.value = null;
    unreadable.value = false;
    chosen.value = file ? { name: file.name, size: file.size } : null;
    if (!file) return undefined;
    const tooLarge = fileTooLarge(file.size);
    if (tooLarge) {
      failure.value = tooLarge;
      return undefined;
    }
    reading.value = true;
    try {
      const text = await readAsText(file);
      if (current !== latest) return undefined;
      xml.value = text;
      return processNameOf(text) ?? (titleFromFileName(file.name) || undefined);
    } catch {
      if (current === latest) unreadable.value = true;
      return undefined;
    } finally {
      if (current === latest) reading.value = false;
    }
  }

  return { chosen, xml, reading, unreadable, failure, choose };
}

/** Cities the user may import for (as a process owner there), by name. */
export function useProcessImportCities() {
  const session = useSession();
  return computed(() => {
    const byId = new Map<string, { id: string; name: string }>();
    for (const membership of session.user.value?.memberships ?? []) {
      if (membership.role === 'PROCESS_OWNER') byId.set(membership.city.id, membership.city);
    }
    return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'de'));
  });
}

/** The partnerships a city has joined: a model of that city may be shared with them. */
export function useProcessImportPartnerships() {
  const query = useQuery(ProcessImportPartnershipsDocument, {});
  function joinedBy(cityId: string): { id: string; name: string }[] {
    return (query.data.value?.partnerships.edges ?? [])
      .map((edge) => edge.node)
      .filter((partnership) =>
        partnership.members.some(
          (member) => member.city.id === cityId && member.status === 'ACCEPTED',
        ),
      )
      .map(({ id, name }) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'de'));
  }
  return { joinedBy, loading: query.loading, error: query.error };
}

export type ProcessImportOutcome = ActionOutcome<{ id: string; title: string }> & {
  /** Set when the server refused the file itself. */
  bpmnFailure?: BpmnImportFailure;
};

export async function importProcessModel(
  draft: ProcessImportDraft,
  xml: string,
): Promise<ProcessImportOutcome> {
  const { importProcessModel: result } = await requestGraphql(
    ProcessImportModelDocument,
    importArguments(draft, xml),
  );
  switch (result.__typename) {
    case 'MutationImportProcessModelSuccess':
      return { ok: true, value: result.data };
    case 'BpmnImportError':
      return {
        ok: false,
        error: result,
        bpmnFailure: {
          reason: result.reason,
          limit: result.limit,
          actual: result.actual,
          line: result.line,
        },
      };
    default:
      return { ok: false, error: result };
  }
}
