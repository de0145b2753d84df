// Texts of the document checklist of a funding application
// (components/fundingApplication/FundingApplicationChecklist*.vue); merged into the app's messages
// in i18n/index.ts. fundingChecklist.en.ts has the same keys.
// vue-i18n treats `@`, `{`, `}`, `|` and `$` specially.
const fundingChecklistDe = {
  fundingChecklist: {
    listLabel: 'Unterlagen des Förderantrags',
    progress: '{done} von {total} Unterlagen erledigt (hochgeladen oder nicht zutreffend).',
    empty: 'Für diesen Förderantrag sind keine Unterlagen erforderlich.',
    letterOfIntent: 'Absichtserklärung {city}',
    responsibleCity: 'Zuständige Kommune',
    state: 'Stand',
    states: {
      UPLOADED: 'hochgeladen',
      NOT_APPLICABLE: 'nicht zutreffend',
      MISSING: 'fehlt',
    },
    file: 'Datei',
    download: '{fileName} herunterladen',
    size: 'Größe',
    sha256: 'Prüfsumme (SHA-256)',
    sha256Shortened: '(gekürzt)',
    reason: 'Begründung',
    updated: 'Zuletzt geändert',
    updatedBy: '{name} am {date}',
    fileLabel: 'Datei für „{name}“',
    fileHint:
      'PDF, DOCX, XLSX, ODT, ODS, PNG oder JPG, höchstens 20 MB. Eine neue Datei ersetzt die bisherige.',
    upload: 'Hochladen',
    uploading: 'Wird hochgeladen …',
    fileMissing: 'Wählen Sie zuerst eine Datei aus.',
    fileTooLarge:
      'Die Datei „{fileName}“ ist {size} groß, erlaubt sind höchstens 20 MB. Verkleinern Sie die Datei, zum Beispiel mit geringerer Bildauflösung, oder teilen Sie sie auf.',
    notApplicable: 'Nicht zutreffend',
    reasonLabel: 'Begründung, warum „{name}“ nicht zutreffend ist',
    reasonHint: 'Höchstens 1000 Zeichen. Alle beteiligten Kommunen sehen die Begründung.',
    reasonMissing: 'Geben Sie eine Begründung an.',
    saveNotApplicable: 'Als nicht zutreffend speichern',
    cancel: 'Abbrechen',
    uploaded: '„{name}“ ist hochgeladen: {fileName}.',
    markedNotApplicable: '„{name}“ ist als nicht zutreffend markiert.',
    errors: {
      FILE_TYPE_NOT_ALLOWED:
        'Dateityp nicht erlaubt: nur PDF, DOCX, XLSX, ODT, ODS, PNG oder JPG – geprüft wird der Inhalt, nicht die Endung.',
      FILE_TOO_LARGE:
        'Die Datei ist größer als 20 MB. Verkleinern Sie die Datei, zum Beispiel mit geringerer Bildauflösung, oder teilen Sie sie auf.',
      APPLICATION_CLOSED:
        'Der Förderantrag ist abgeschlossen. Seine Unterlagen können nicht mehr geändert werden.',
      reason: 'Geben Sie eine Begründung mit höchstens 1000 Zeichen an.',
      file: 'Die Datei konnte nicht übernommen werden. Wählen Sie sie erneut aus.',
      requirement: 'Diese Unterlage gehört nicht mehr zum Förderantrag. Laden Sie die Seite neu.',
    },
  },
};

export type FundingChecklistMessages = typeof fundingChecklistDe;
export default fundingChecklistDe;
