// Loaded on demand (dynamic import): the read-only viewer with zoom and pan, without editing.
import './bpmnStyles.ts';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import type { BpmnDiagram } from './bpmnDiagram.ts';
import { bpmnTranslateModule } from './bpmnTranslate.ts';

export interface ProcessViewerOptions {
  container: HTMLElement;
  /** UI language of the few texts the viewer shows (e.g. "open sub-process"). */
  locale: string;
}

export function createProcessViewer(options: ProcessViewerOptions): BpmnDiagram {
  return new NavigatedViewer({
    container: options.container,
    keyboard: { bind: true },
    additionalModules: [bpmnTranslateModule(options.locale)],
  }) as BpmnDiagram;
}
