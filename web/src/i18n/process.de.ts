// Texts of the process editor and viewer (components/process). Merged into the app's messages
// under `process`; en.ts counterpart: process.en.ts. bpmn-js's own texts are translated in
// components/process/bpmnTranslations.de.ts instead.
// vue-i18n treats `@`, `{`, `}`, `|` and `$` specially: `|` separates plural forms here.
const processDe = {
  process: {
    editor: {
      region: 'Prozessmodell bearbeiten',
      regionNamed: 'Prozessmodell „{name}“ bearbeiten',
      loading: 'Der Editor wird geladen …',
      toolbar: 'Bearbeiten und herunterladen',
      undo: 'Rückgängig',
      redo: 'Wiederholen',
      downloadBpmn: 'Als BPMN herunterladen',
      downloadSvg: 'Als SVG herunterladen',
      downloadPng: 'Als PNG herunterladen',
      unsaved: 'Ungespeicherte Änderungen',
      saved: 'Keine ungespeicherten Änderungen',
      canvas: 'Zeichenfläche des Prozessdiagramms',
      properties: 'Eigenschaften des ausgewählten Elements',
      keyboardTitle: 'Bedienung mit der Tastatur',
      keyboardIntro:
        'Die Zeichenfläche erreichen Sie mit der Tabulatortaste. Dort gelten diese Tastenkürzel:',
      keyboardSearch: 'Strg + F: Element suchen und auswählen',
      keyboardMoveElement: 'Pfeiltasten: ausgewähltes Element verschieben (mit Umschalt weiter)',
      keyboardMoveCanvas: 'Strg + Pfeiltasten: Ansicht verschieben',
      keyboardZoom: 'Strg + Plus, Strg + Minus, Strg + 0: vergrößern, verkleinern, zurücksetzen',
      keyboardEdit: 'E: Beschriftung bearbeiten; R: Elementtyp ändern; Entf: Element löschen',
      keyboardUndo: 'Strg + Z: rückgängig; Strg + Y: wiederholen',
      keyboardTools: 'H, L, S, C: Hand-, Lasso-, Platz- und Verbindungswerkzeug',
      keyboardProperties:
        'Name und Beschreibung des ausgewählten Elements bearbeiten Sie im Bereich „Eigenschaften“.',
    },
    viewer: {
      region: 'Prozessdiagramm',
      regionNamed: 'Prozessdiagramm „{name}“',
      loading: 'Das Diagramm wird geladen …',
      toolbar: 'Ansicht und Download',
      zoomIn: 'Vergrößern',
      zoomOut: 'Verkleinern',
      zoomFit: 'Ganzes Diagramm zeigen',
      canvas: 'Zeichenfläche des Prozessdiagramms (nur Ansicht)',
      keyboardHelp:
        'Nach dem Wechsel mit der Tabulatortaste auf die Zeichenfläche verschieben Strg + Pfeiltasten die Ansicht. Zum Vergrößern und Verkleinern dienen die Schaltflächen.',
    },
    importWarnings: {
      title:
        'Das Diagramm wurde mit einem Hinweis geladen. | Das Diagramm wurde mit {count} Hinweisen geladen.',
      intro:
        'Einige Angaben in der Datei konnten nicht gelesen werden und fehlen in der Darstellung. Prüfen Sie das Diagramm, bevor Sie es speichern.',
      element: 'Element {id}:',
    },
    errors: {
      load: 'Der Diagramm-Editor konnte nicht geladen werden. Bitte laden Sie die Seite neu.',
      import:
        'Das Diagramm konnte nicht geöffnet werden. Die Datei ist kein gültiges BPMN-2.0-Diagramm.',
      export: 'Das Diagramm konnte nicht exportiert werden.',
    },
    legend: {
      title: 'Legende der Änderungen',
      added: 'Hinzugefügt',
      removed: 'Entfernt',
      changed: 'Geändert',
      moved: 'Verschoben',
    },
    unsavedChanges: {
      confirmLeave:
        'Sie haben ungespeicherte Änderungen. Wenn Sie die Seite verlassen, gehen sie verloren. Trotzdem verlassen?',
    },
  },
};

export type ProcessMessages = typeof processDe;
export default processDe;
