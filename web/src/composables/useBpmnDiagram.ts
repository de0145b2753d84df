import { markRaw, onBeforeUnmount, onMounted, type Ref, ref, shallowRef, watch } from 'vue';
import {
  type BpmnDiagram,
  type CanvasService,
  type ImportWarning,
  labelCanvas,
  normalizeImportWarnings,
  removeChangeMarkers,
  showChangeMarkers,
} from '../components/process/bpmnDiagram.ts';
import type { ElementChanges, MarkerPlan } from '../components/process/diffMarkers.ts';

export type DiagramErrorKind = 'load' | 'import' | 'export';

/** A failure of the diagram component; `kind` selects the message shown to the user. */
export class DiagramError extends Error {
  constructor(
    readonly kind: DiagramErrorKind,
    options: { cause: unknown },
  ) {
    super(`diagram ${kind} failed`, options);
    this.name = 'DiagramError';
  }
}

export type ImportReason = 'import' | 'recreate';

export interface BpmnDiagramOptions {
  canvas: Readonly<Ref<HTMLElement | null>>;
  /** UI language; the bpmn-js instance is re-created (diagram kept) when it changes. */
  locale: Readonly<Ref<string>>;
  canvasLabel: Readonly<Ref<string>>;
  /** Id of the element explaining the keyboard use of the canvas. */
  canvasDescriptionId: string;
  /** Creates the bpmn-js instance; loads bpmn-js (dynamic import) on first use. */
  create(container: HTMLElement, locale: string): Promise<BpmnDiagram>;
  /** After creation: register event listeners. */
  attach?(diagram: BpmnDiagram): void;
  /** Before destruction: remove them again. */
  detach?(diagram: BpmnDiagram): void;
  /** After a successful import, or after re-creation with the previous diagram. */
  imported?(diagram: BpmnDiagram, reason: ImportReason): void;
  onImportWarnings?(warnings: ImportWarning[]): void;
  onError?(error: DiagramError): void;
  /** The element the user selected in the diagram (first of a multi-selection), or null. */
  onSelectionChange?(elementId: string | null): void;
}

interface SelectionChangedEvent {
  newSelection: { id: string }[];
}

/**
 * Lifecycle shared by the process editor and viewer: creates the bpmn-js instance in `onMounted`
 * (kept raw: a reactive proxy breaks bpmn-js), destroys it in `onBeforeUnmount`, and runs all
 * operations one after another so an import never overlaps a re-creation.
 */
export function useBpmnDiagram(options: BpmnDiagramOptions) {
  const diagram = shallowRef<BpmnDiagram | null>(null);
  const loading = ref(true);
  let unmounted = false;
  let created!: () => void;
  // Operations requested before mounting (e.g. the first import) wait for the instance.
  let queue: Promise<unknown> = new Promise<void>((resolve) => {
    created = resolve;
  });
  let hasDiagram = false;
  let changes: ElementChanges | null = null;
  const onSelection = (event: SelectionChangedEvent) =>
    options.onSelectionChange?.(event.newSelection[0]?.id ?? null);

  function enqueue<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task);
    queue = run.catch(() => undefined);
    return run;
  }

  function fail(kind: DiagramErrorKind, cause: unknown): DiagramError {
    const error = cause instanceof DiagramError ? cause : new DiagramError(kind, { cause });
    options.onError?.(error);
    return error;
  }

  function current(): BpmnDiagram {
    if (!diagram.value) throw new Error(unmounted ? 'diagram unmounted' : 'diagram not loaded');
    return diagram.value;
  }

  async function create(locale: string): Promise<void> {
    const container = options.canvas.value;
    if (!container) throw new Error('diagram container missing');
    let instance: BpmnDiagram;
    try {
      instance = markRaw(await options.create(container, locale));
    } catch (error) {
      throw fail('load', error);
    }
    if (unmounted) {
      instance.destroy();
      return;
    }
    options.attach?.(instance);
    instance.on('selection.changed', onSelection);
    labelCanvas(instance, options.canvasLabel.value, options.canvasDescriptionId);
    diagram.value = instance;
  }

  function destroy(): void {
    const instance = diagram.value;
    if (!instance) return;
    diagram.value = null;
    instance.off('selection.changed', onSelection);
    options.detach?.(instance);
    instance.destroy();
  }

  async function importInto(instance: BpmnDiagram, xml: string): Promise<ImportWarning[]> {
    try {
      const { warnings } = await instance.importXML(xml);
      return normalizeImportWarnings(warnings);
    } catch (error) {
      hasDiagram = false;
      throw fail('import', error);
    }
  }

  /** Shows `xml`; resolves with the warnings (also reported through `onImportWarnings`). */
  function importXml(xml: string): Promise<ImportWarning[]> {
    return enqueue(async () => {
      const instance = current();
      const warnings = await importInto(instance, xml);
      hasDiagram = true;
      changes = null;
      instance.get<CanvasService>('canvas').zoom('fit-viewport', 'auto');
      options.imported?.(instance, 'import');
      options.onImportWarnings?.(warnings);
      return warnings;
    });
  }

  /** Re-creates the instance for another language, keeping diagram, viewport and markers. */
  function recreate(locale: string): Promise<void> {
    return enqueue(async () => {
      const previous = diagram.value;
      if (!previous) return;
      const canvas = previous.get<CanvasService>('canvas');
      const snapshot = hasDiagram
        ? { xml: (await previous.saveXML()).xml, viewbox: canvas.viewbox() }
        : null;
      destroy();
      await create(locale);
      if (!snapshot?.xml || !diagram.value) return;
      const instance = diagram.value;
      await importInto(instance, snapshot.xml);
      const { x, y, width, height } = snapshot.viewbox;
      instance.get<CanvasService>('canvas').viewbox({ x, y, width, height });
      if (changes) showChangeMarkers(instance, changes);
      options.imported?.(instance, 'recreate');
    });
  }

  function getSvg(): Promise<string> {
    return enqueue(async () => {
      try {
        return (await current().saveSVG()).svg;
      } catch (error) {
        throw fail('export', error);
      }
    });
  }

  /** Marks elements as added/removed/changed/moved; replaces earlier markers. */
  function addMarkers(next: ElementChanges): Promise<MarkerPlan> {
    return enqueue(async () => {
      changes = next;
      return showChangeMarkers(current(), next);
    });
  }

  function clearMarkers(): Promise<void> {
    return enqueue(async () => {
      changes = null;
      removeChangeMarkers(current());
    });
  }

  watch(options.locale, (locale) => {
    void recreate(locale).catch(() => {
      // Reported through onError; the previous diagram is gone with the failed instance.
    });
  });

  watch(options.canvasLabel, (label) => {
    if (diagram.value) labelCanvas(diagram.value, label, options.canvasDescriptionId);
  });

  onMounted(() => {
    void create(options.locale.value)
      .catch(() => {
        // Reported through onError; queued operations then fail with "diagram not loaded".
      })
      .finally(() => {
        loading.value = false;
        created();
      });
  });

  onBeforeUnmount(() => {
    unmounted = true;
    destroy();
  });

  return { diagram, loading, enqueue, importXml, getSvg, addMarkers, clearMarkers };
}
