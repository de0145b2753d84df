import { type Ref, ref } from 'vue';
import type { BpmnDiagram, ImportWarning } from '../components/process/bpmnDiagram.ts';
import { createCommandStackSavePoint } from '../components/process/commandStackSavePoint.ts';
import { type DiagramError, useBpmnDiagram } from './useBpmnDiagram.ts';

interface CommandStackService {
  canUndo(): boolean;
  canRedo(): boolean;
  undo(): void;
  redo(): void;
  // diagram-js has no public accessor for the stack position; dirty tracking needs it.
  _stackIdx: number;
}

interface CommandStackChangedEvent {
  trigger?: string | null;
}

export interface BpmnModelerOptions {
  canvas: Readonly<Ref<HTMLElement | null>>;
  propertiesPanel: Readonly<Ref<HTMLElement | null>>;
  locale: Readonly<Ref<string>>;
  canvasLabel: Readonly<Ref<string>>;
  canvasDescriptionId: string;
  onImportWarnings?(warnings: ImportWarning[]): void;
  onError?(error: DiagramError): void;
  onSelectionChange?(elementId: string | null): void;
}

/** The bpmn-js Modeler with properties panel, undo/redo state and dirty tracking. */
export function useBpmnModeler(options: BpmnModelerOptions) {
  const dirty = ref(false);
  const canUndo = ref(false);
  const canRedo = ref(false);
  const savePoint = createCommandStackSavePoint();
  // The last serialisation, so `markSaved(xml)` can mark exactly the state that was stored.
  let serialized: { xml: string; index: number } | null = null;
  let dirtyBeforeRecreate = false;

  const commandStack = (diagram: BpmnDiagram) => diagram.get<CommandStackService>('commandStack');

  function sync(diagram: BpmnDiagram): void {
    const stack = commandStack(diagram);
    canUndo.value = stack.canUndo();
    canRedo.value = stack.canRedo();
    dirty.value = savePoint.dirty;
  }

  const listeners = new WeakMap<BpmnDiagram, (event: CommandStackChangedEvent) => void>();

  const base = useBpmnDiagram({
    canvas: options.canvas,
    locale: options.locale,
    canvasLabel: options.canvasLabel,
    canvasDescriptionId: options.canvasDescriptionId,
    onImportWarnings: options.onImportWarnings,
    onError: options.onError,
    onSelectionChange: options.onSelectionChange,
    async create(container, locale) {
      const propertiesPanel = options.propertiesPanel.value;
      if (!propertiesPanel) throw new Error('properties panel container missing');
      const { createProcessModeler } = await import('../components/process/processModeler.ts');
      return createProcessModeler({ container, propertiesPanel, locale });
    },
    attach(diagram) {
      const onChanged = (event: CommandStackChangedEvent) => {
        savePoint.update({ index: commandStack(diagram)._stackIdx, trigger: event.trigger });
        sync(diagram);
      };
      listeners.set(diagram, onChanged);
      diagram.on('commandStack.changed', onChanged);
    },
    detach(diagram) {
      dirtyBeforeRecreate = savePoint.dirty;
      const onChanged = listeners.get(diagram);
      if (onChanged) diagram.off('commandStack.changed', onChanged);
      listeners.delete(diagram);
    },
    imported(diagram, reason) {
      serialized = null;
      savePoint.markSaved(commandStack(diagram)._stackIdx);
      // A new instance starts without history: earlier unsaved edits stay unsaved.
      if (reason === 'recreate' && dirtyBeforeRecreate) savePoint.markUnsaved();
      sync(diagram);
    },
  });

  const { enqueue } = base;
  const current = () => {
    if (!base.diagram.value) throw new Error('modeler not loaded');
    return base.diagram.value;
  };

  /** The diagram as formatted BPMN 2.0 XML. */
  function getXml(): Promise<string> {
    return enqueue(async () => {
      const diagram = current();
      const { xml } = await diagram.saveXML({ format: true });
      if (xml === undefined) throw new Error('no diagram to save');
      serialized = { xml, index: commandStack(diagram)._stackIdx };
      return xml;
    });
  }

  /**
   * Records the diagram as saved. Pass the XML that was stored (from `getXml`) to mark exactly that
   * state, so edits made while the save was under way still count as unsaved.
   */
  function markSaved(xml?: string): void {
    const diagram = base.diagram.value;
    if (!diagram) return;
    const index =
      xml !== undefined && serialized?.xml === xml
        ? serialized.index
        : commandStack(diagram)._stackIdx;
    savePoint.markSaved(index);
    savePoint.update({ index: commandStack(diagram)._stackIdx });
    sync(diagram);
  }

  function undo(): void {
    if (base.diagram.value) commandStack(base.diagram.value).undo();
  }

  function redo(): void {
    if (base.diagram.value) commandStack(base.diagram.value).redo();
  }

  return { ...base, dirty, canUndo, canRedo, getXml, markSaved, undo, redo };
}
