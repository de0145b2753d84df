import { describe, expect, it } from 'vitest';
import { nameAndDocumentationGroups } from './propertiesPanelGroups.ts';

describe('nameAndDocumentationGroups', () => {
  it('keeps names and documentation and hides ids and technical groups', () => {
    const groups = [
      {
        id: 'general',
        label: 'Allgemein',
        entries: [{ id: 'name' }, { id: 'id' }, { id: 'processId' }, { id: 'isExecutable' }],
      },
      { id: 'documentation', entries: [{ id: 'documentation' }] },
      { id: 'timer', entries: [{ id: 'timerEventDefinitionType' }] },
      { id: 'message', entries: [{ id: 'messageRef' }] },
    ];
    expect(nameAndDocumentationGroups(groups)).toEqual([
      { id: 'general', label: 'Allgemein', entries: [{ id: 'name' }] },
      { id: 'documentation', entries: [{ id: 'documentation' }] },
    ]);
  });

  it('keeps the process name and documentation of a pool', () => {
    const groups = [
      { id: 'general', entries: [{ id: 'name' }, { id: 'processId' }, { id: 'processName' }] },
      { id: 'documentation', entries: [{ id: 'documentation' }, { id: 'processDocumentation' }] },
    ];
    expect(nameAndDocumentationGroups(groups).map((group) => group.entries)).toEqual([
      [{ id: 'name' }, { id: 'processName' }],
      [{ id: 'documentation' }, { id: 'processDocumentation' }],
    ]);
  });

  it('drops a group left without entries', () => {
    expect(nameAndDocumentationGroups([{ id: 'general', entries: [{ id: 'id' }] }])).toEqual([]);
  });
});
