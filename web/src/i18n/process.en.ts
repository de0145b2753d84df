import type { ProcessMessages } from './process.de.ts';

const processEn: ProcessMessages = {
  process: {
    editor: {
      region: 'Edit process model',
      regionNamed: 'Edit process model “{name}”',
      loading: 'Loading the editor …',
      toolbar: 'Edit and download',
      undo: 'Undo',
      redo: 'Redo',
      downloadBpmn: 'Download as BPMN',
      downloadSvg: 'Download as SVG',
      downloadPng: 'Download as PNG',
      unsaved: 'Unsaved changes',
      saved: 'No unsaved changes',
      canvas: 'Process diagram drawing area',
      properties: 'Properties of the selected element',
      keyboardTitle: 'Using the keyboard',
      keyboardIntro: 'Reach the drawing area with the Tab key. There, these shortcuts apply:',
      keyboardSearch: 'Ctrl + F: find and select an element',
      keyboardMoveElement: 'Arrow keys: move the selected element (further with Shift)',
      keyboardMoveCanvas: 'Ctrl + arrow keys: move the view',
      keyboardZoom: 'Ctrl + Plus, Ctrl + Minus, Ctrl + 0: zoom in, zoom out, reset',
      keyboardEdit: 'E: edit the label; R: change the element type; Delete: remove the element',
      keyboardUndo: 'Ctrl + Z: undo; Ctrl + Y: redo',
      keyboardTools: 'H, L, S, C: hand, lasso, space and connect tool',
      keyboardProperties:
        'Edit the name and description of the selected element in the “Properties” area.',
    },
    viewer: {
      region: 'Process diagram',
      regionNamed: 'Process diagram “{name}”',
      loading: 'Loading the diagram …',
      toolbar: 'View and download',
      zoomIn: 'Zoom in',
      zoomOut: 'Zoom out',
      zoomFit: 'Show whole diagram',
      canvas: 'Process diagram drawing area (view only)',
      keyboardHelp:
        'After tabbing to the drawing area, Ctrl + arrow keys move the view. Use the buttons to zoom in and out.',
    },
    importWarnings: {
      title:
        'The diagram was loaded with one warning. | The diagram was loaded with {count} warnings.',
      intro:
        'Some parts of the file could not be read and are missing from the drawing. Check the diagram before you save it.',
      element: 'Element {id}:',
    },
    errors: {
      load: 'The diagram editor could not be loaded. Please reload the page.',
      import: 'The diagram could not be opened. The file is not a valid BPMN 2.0 diagram.',
      export: 'The diagram could not be exported.',
    },
    legend: {
      title: 'Legend of changes',
      added: 'Added',
      removed: 'Removed',
      changed: 'Changed',
      moved: 'Moved',
    },
    unsavedChanges: {
      confirmLeave:
        'You have unsaved changes. They will be lost if you leave this page. Leave anyway?',
    },
  },
};

export default processEn;
