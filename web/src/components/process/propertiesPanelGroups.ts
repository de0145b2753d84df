// The properties panel offers what a municipality documents about a process: names and
// descriptions. Technical attributes (ids, "executable", event definitions) stay hidden; ids in
// particular must not change, because version comparisons match elements by id.

export interface PropertiesEntry {
  id: string;
}

export interface PropertiesGroup {
  id: string;
  entries?: PropertiesEntry[];
}

type GroupsUpdater = (groups: PropertiesGroup[]) => PropertiesGroup[];

const VISIBLE_ENTRIES: Readonly<Record<string, readonly string[]>> = {
  general: ['name', 'processName'],
  documentation: ['documentation', 'processDocumentation'],
};

/** Keeps the name and documentation entries of the groups bpmn-js-properties-panel builds. */
export function nameAndDocumentationGroups(groups: PropertiesGroup[]): PropertiesGroup[] {
  return groups.flatMap((group) => {
    const visible = VISIBLE_ENTRIES[group.id];
    if (!visible) return [];
    const entries = (group.entries ?? []).filter((entry) => visible.includes(entry.id));
    return entries.length > 0 ? [{ ...group, entries }] : [];
  });
}

interface PropertiesPanelRegistry {
  registerProvider(
    priority: number,
    provider: { getGroups(element: unknown): GroupsUpdater },
  ): void;
}

// Lower than the BPMN provider's default (1000), so this runs after it and sees its groups.
const FILTER_PRIORITY = 200;

class NameAndDocumentationFilter {
  static $inject = ['propertiesPanel'];

  constructor(propertiesPanel: PropertiesPanelRegistry) {
    propertiesPanel.registerProvider(FILTER_PRIORITY, this);
  }

  getGroups(): GroupsUpdater {
    return nameAndDocumentationGroups;
  }
}

/** bpmn-js module restricting the properties panel to names and documentation. */
export const nameAndDocumentationModule = {
  __init__: ['nameAndDocumentationFilter'],
  nameAndDocumentationFilter: ['type', NameAndDocumentationFilter],
};
