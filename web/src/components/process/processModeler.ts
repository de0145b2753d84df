// Loaded on demand (dynamic import): everything bpmn-js needs for editing, styles included, lives
// in this chunk so that pages without a diagram never download it.
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import './bpmnStyles.ts';
import Modeler from 'bpmn-js/lib/Modeler';
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule } from 'bpmn-js-properties-panel';
import type { BpmnDiagram } from './bpmnDiagram.ts';
import { bpmnTranslateModule } from './bpmnTranslate.ts';
import { nameAndDocumentationModule } from './propertiesPanelGroups.ts';

export interface ProcessModelerOptions {
  container: HTMLElement;
  propertiesPanel: HTMLElement;
  /** UI language of palette, context pad, popup menu and properties panel. */
  locale: string;
}

export function createProcessModeler(options: ProcessModelerOptions): BpmnDiagram & Modeler {
  return new Modeler({
    container: options.container,
    // diagram-js 15 binds shortcuts to the focusable canvas itself; `bindTo` no longer exists.
    keyboard: { bind: true },
    propertiesPanel: {
      parent: options.propertiesPanel,
      // Both remaining groups open: there is little else in the panel.
      layout: { groups: { general: { open: true }, documentation: { open: true } } },
    },
    additionalModules: [
      BpmnPropertiesPanelModule,
      BpmnPropertiesProviderModule,
      nameAndDocumentationModule,
      bpmnTranslateModule(options.locale),
    ],
  }) as BpmnDiagram & Modeler;
}
