import { describe, expect, it } from 'vitest';
import {
  type BpmnDiagram,
  labelCanvas,
  normalizeImportWarnings,
  removeChangeMarkers,
  showChangeMarkers,
} from './bpmnDiagram.ts';

describe('normalizeImportWarnings', () => {
  it('reads message and element id from the shapes bpmn-js reports', () => {
    const parseWarning = Object.assign(new Error('unresolved reference <Task_9>'), {
      element: { id: 'Flow_1', $type: 'bpmn:SequenceFlow' },
    });
    const importWarning = {
      message: 'multiple DI elements defined for <bpmn:Task id="Task_1" />',
      context: { element: { id: 'Task_1' } },
    };
    expect(normalizeImportWarnings([parseWarning, importWarning, 'odd', { context: {} }])).toEqual([
      { message: 'unresolved reference <Task_9>', elementId: 'Flow_1' },
      {
        message: 'multiple DI elements defined for <bpmn:Task id="Task_1" />',
        elementId: 'Task_1',
      },
      { message: 'odd' },
      { message: '[object Object]' },
    ]);
  });
});

function fakeDiagram(ids: string[]) {
  const markers = new Map<string, Set<string>>(ids.map((id) => [id, new Set()]));
  const container = document.createElement('div');
  container.append(document.createElementNS('http://www.w3.org/2000/svg', 'svg'));
  const services: Record<string, unknown> = {
    canvas: {
      addMarker: (id: string, cls: string) => markers.get(id)?.add(cls),
      removeMarker: (id: string, cls: string) => markers.get(id)?.delete(cls),
      getContainer: () => container,
    },
    elementRegistry: {
      get: (id: string) => (markers.has(id) ? { id } : undefined),
      getAll: () => ids.map((id) => ({ id })),
    },
  };
  const diagram = { get: (name: string) => services[name] } as unknown as BpmnDiagram;
  return { diagram, markers, container };
}

describe('change markers on a diagram', () => {
  it('replaces earlier markers and reports unknown ids', () => {
    const { diagram, markers } = fakeDiagram(['Task_1', 'Flow_1']);
    showChangeMarkers(diagram, { Task_1: 'added' });
    const plan = showChangeMarkers(diagram, { Flow_1: 'moved', Gone_1: 'removed' });
    expect(plan.unknownIds).toEqual(['Gone_1']);
    expect([...(markers.get('Task_1') ?? [])]).toEqual([]);
    expect([...(markers.get('Flow_1') ?? [])]).toEqual(['amtsweg-change-moved']);
    removeChangeMarkers(diagram);
    expect([...(markers.get('Flow_1') ?? [])]).toEqual([]);
  });
});

describe('labelCanvas', () => {
  it('names the focusable drawing area and points to the keyboard help', () => {
    const { diagram, container } = fakeDiagram([]);
    labelCanvas(diagram, 'Zeichenfläche', 'help-1');
    const svg = container.querySelector('svg');
    expect(svg?.getAttribute('role')).toBe('application');
    expect(svg?.getAttribute('aria-label')).toBe('Zeichenfläche');
    expect(svg?.getAttribute('aria-describedby')).toBe('help-1');
  });
});
