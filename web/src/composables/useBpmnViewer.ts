import type { Ref } from 'vue';
import type { CanvasService, ImportWarning } from '../components/process/bpmnDiagram.ts';
import { type BpmnDiagramOptions, type DiagramError, useBpmnDiagram } from './useBpmnDiagram.ts';

export interface BpmnViewerOptions
  extends Pick<BpmnDiagramOptions, 'attach' | 'detach' | 'imported'> {
  canvas: Readonly<Ref<HTMLElement | null>>;
  locale: Readonly<Ref<string>>;
  canvasLabel: Readonly<Ref<string>>;
  canvasDescriptionId: string;
  onImportWarnings?(warnings: ImportWarning[]): void;
  onError?(error: DiagramError): void;
  onSelectionChange?(elementId: string | null): void;
}

const ZOOM_STEP = 1.25;

/** The read-only bpmn-js NavigatedViewer (pan and zoom), loaded on demand. */
export function useBpmnViewer(options: BpmnViewerOptions) {
  const base = useBpmnDiagram({
    ...options,
    async create(container, locale) {
      const { createProcessViewer } = await import('../components/process/processViewer.ts');
      return createProcessViewer({ container, locale });
    },
  });

  function zoom(change: 'in' | 'out' | 'fit'): void {
    const canvas = base.diagram.value?.get<CanvasService>('canvas');
    if (!canvas) return;
    if (change === 'fit') canvas.zoom('fit-viewport', 'auto');
    else canvas.zoom(canvas.zoom() * (change === 'in' ? ZOOM_STEP : 1 / ZOOM_STEP), 'auto');
  }

  return { ...base, zoom };
}
