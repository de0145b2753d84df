// Texts of the processList screens; merged into the app's messages in i18n/index.ts.
// vue-i18n treats `@`, `{`, `}`, `|` and `$` specially: `|` separates plural forms here.
const processListDe = {
  processList: {
    title: 'Prozessmodelle',
    navLink: 'Prozessmodelle',
    intro:
      'Prozessmodelle Ihrer Kommunen, Ihrer Kooperationsverbünde und die öffentlichen Modelle anderer Kommunen. Was sich bewährt hat, können Sie nachnutzen.',
    importModel: 'Prozessmodell importieren',
    filterHeading: 'Suchen und filtern',
    search: 'Suche',
    searchHint:
      'Durchsucht Titel, Beschreibung, Schlagwörter und die Aktivitäten im Diagramm, z. B. „Gewerbe“.',
    city: 'Kommune',
    allCities: 'Alle Kommunen',
    serviceKey: 'Leistungsschlüssel',
    serviceKeyHint: '14 Ziffern (LeiKa/FIM), z. B. 99050012104000.',
    serviceKeyInvalid:
      'Geben Sie den Leistungsschlüssel mit genau 14 Ziffern ein oder lassen Sie das Feld leer.',
    status: 'Status',
    anyStatus: 'Jeder Status',
    tag: 'Schlagwort',
    licence: 'Lizenz',
    anyLicence: 'Jede Lizenz',
    apply: 'Suchen',
    reset: 'Filter zurücksetzen',
    resultsHeading: 'Ergebnisse',
    found:
      'Kein Prozessmodell gefunden. | Ein Prozessmodell gefunden. | {n} Prozessmodelle gefunden.',
    foundMore:
      'Ein Prozessmodell angezeigt. Mit „Weitere laden“ sehen Sie die nächsten. | {n} Prozessmodelle angezeigt. Mit „Weitere laden“ sehen Sie die nächsten.',
    empty: 'Für Sie sind noch keine Prozessmodelle sichtbar.',
    emptyFiltered:
      'Kein Prozessmodell passt zu Ihrer Suche. Ändern Sie die Suchbegriffe oder setzen Sie die Filter zurück.',
    loadMore: 'Weitere laden',
    loadingMore: 'Weitere Prozessmodelle werden geladen …',
    noServiceKey: 'nicht angegeben',
    latestVersion: 'Aktueller Stand',
    versionSummary: 'Version {version}, {activities}',
    activities: 'keine Aktivitäten | 1 Aktivität | {n} Aktivitäten',
    tags: 'Schlagwörter',
    visibility: 'Sichtbarkeit',
    adoption: 'Nachnutzung',
    adoptionCount:
      'noch nicht nachgenutzt | nachgenutzt von 1 Kommune | nachgenutzt von {n} Kommunen',
    statuses: {
      DRAFT: 'Entwurf',
      IN_REVIEW: 'In Prüfung',
      RELEASED: 'Freigegeben',
      ARCHIVED: 'Archiviert',
    },
    licences: {
      DL_DE_ZERO_2_0: 'dl-de/zero-2.0',
      DL_DE_BY_2_0: 'dl-de/by-2.0',
      CC_BY_4_0: 'CC BY 4.0',
      INTERNAL_USE_ONLY: 'Nur interne Nutzung',
    },
    visibilities: {
      PRIVATE: 'Privat',
      PARTNERS: 'Kooperationsverbünde',
      PUBLIC: 'Öffentlich',
    },
  },
  processImport: {
    title: 'Prozessmodell importieren',
    intro:
      'Laden Sie ein BPMN-2.0-Diagramm aus Ihrem Modellierungswerkzeug hoch. Es wird als Version 1 eines neuen Prozessmodells Ihrer Kommune gespeichert.',
    backToList: 'Zurück zu den Prozessmodellen',
    notAllowed:
      'Prozessmodelle importieren die Prozessverantwortlichen einer Kommune. Diese Rolle haben Sie in keiner Kommune.',
    file: 'BPMN-Datei',
    fileHint: 'Eine Datei im Format BPMN 2.0 (.bpmn oder .xml), höchstens 5 MB.',
    fileChosen: 'Ausgewählt: {name} ({size})',
    fileReading: 'Die Datei wird gelesen …',
    fileUnreadable: 'Die Datei konnte nicht gelesen werden. Bitte wählen Sie sie erneut aus.',
    city: 'Kommune',
    titleField: 'Titel',
    titleHint: 'Wird aus dem Prozessnamen in der Datei vorgeschlagen.',
    description: 'Beschreibung (optional)',
    descriptionHint: 'Worum geht es, für wen, auf welcher Rechtsgrundlage?',
    serviceKey: 'Leistungsschlüssel (optional)',
    serviceKeyHint:
      '14 Ziffern aus dem Leistungskatalog (LeiKa/FIM), z. B. 99050012104000. Modelle mit demselben Schlüssel beschreiben dieselbe Verwaltungsleistung.',
    tags: 'Schlagwörter (optional)',
    tagsHint: 'Durch Kommas getrennt, z. B. Gewerbe, Wirtschaft.',
    contact: 'Ansprechperson (optional)',
    contactName: 'Name',
    contactEmail: 'E-Mail-Adresse',
    licence: 'Lizenz',
    licenceHint: 'Unter welchen Bedingungen andere Kommunen das Modell nachnutzen dürfen.',
    visibility: 'Sichtbarkeit',
    visibilityHints: {
      PRIVATE: 'Nur Ihre Kommune sieht das Modell.',
      PARTNERS:
        'Ihre Kommune und die Mitgliedskommunen der ausgewählten Kooperationsverbünde sehen das Modell.',
      PUBLIC: 'Alle Kommunen bei Amtsweg sehen das Modell.',
    },
    partnerships: 'Kooperationsverbünde',
    noPartnerships:
      '{city} ist noch keinem Kooperationsverbund beigetreten. Wählen Sie eine andere Sichtbarkeit.',
    submit: 'Importieren',
    submitting: 'Wird importiert …',
    invalidFields: 'Bitte prüfen Sie: {fields}.',
    notFound: 'Die Kommune wurde nicht gefunden. Bitte laden Sie die Seite neu.',
    fieldNames: {
      file: 'BPMN-Datei',
      cityId: 'Kommune',
      title: 'Titel',
      description: 'Beschreibung',
      serviceKey: 'Leistungsschlüssel',
      tags: 'Schlagwörter',
      contactName: 'Name der Ansprechperson',
      contactEmail: 'E-Mail-Adresse der Ansprechperson',
      sharedWithPartnershipIds: 'Kooperationsverbünde',
    },
    invalid: {
      file: 'Wählen Sie eine BPMN-Datei (.bpmn oder .xml) aus.',
      cityId: 'Wählen Sie eine Kommune, für die Sie Prozesse verantworten.',
      title: 'Geben Sie einen Titel mit 3 bis 200 Zeichen ein.',
      description: 'Die Beschreibung darf höchstens 10.000 Zeichen lang sein.',
      serviceKey:
        'Geben Sie den Leistungsschlüssel mit genau 14 Ziffern ein, z. B. 99050012104000, oder lassen Sie das Feld leer.',
      tags: 'Geben Sie höchstens 20 Schlagwörter mit je höchstens 40 Zeichen ein.',
      contactName: 'Der Name darf höchstens 200 Zeichen lang sein.',
      contactEmail: 'Geben Sie eine vollständige E-Mail-Adresse ein oder lassen Sie das Feld leer.',
      sharedWithPartnershipIds:
        'Wählen Sie mindestens einen Kooperationsverbund, dem die Kommune beigetreten ist.',
    },
    bpmnErrors: {
      TOO_LARGE:
        'Die Datei ist {actual} groß, BPMN-Dateien dürfen höchstens {limit} groß sein. Entfernen Sie eingebettete Inhalte wie Bilder oder teilen Sie das Modell in mehrere Modelle auf.',
      TOO_LARGE_GENERIC:
        'Die Datei ist zu groß, BPMN-Dateien dürfen höchstens {limit} groß sein. Entfernen Sie eingebettete Inhalte wie Bilder oder teilen Sie das Modell in mehrere Modelle auf.',
      NOT_XML:
        'Die Datei ist keine gültige XML-Datei. Exportieren Sie das Modell in Ihrem Modellierungswerkzeug erneut im Format BPMN 2.0 und wählen Sie diese Datei aus.',
      NOT_XML_LINE:
        'Die Datei ist keine gültige XML-Datei (Fehler in Zeile {line}). Exportieren Sie das Modell in Ihrem Modellierungswerkzeug erneut im Format BPMN 2.0 und wählen Sie diese Datei aus.',
      NOT_BPMN:
        'Die Datei ist kein BPMN-2.0-Modell. Exportieren Sie das Prozessmodell in Ihrem Modellierungswerkzeug im Format BPMN 2.0 (.bpmn) und wählen Sie diese Datei aus.',
      DTD_FORBIDDEN:
        'Die Datei enthält eine Dokumenttyp-Deklaration (DOCTYPE oder ENTITY), die in BPMN-Dateien nicht vorkommt und aus Sicherheitsgründen abgelehnt wird. Exportieren Sie das Modell ohne diese Deklaration erneut.',
      TOO_MANY_ELEMENTS:
        'Das Modell hat {actual} Elemente, erlaubt sind höchstens {limit}. Teilen Sie es in mehrere Modelle auf, zum Beispiel mit Aufrufaktivitäten (Call Activities).',
      TOO_MANY_ELEMENTS_GENERIC:
        'Das Modell hat zu viele Elemente. Teilen Sie es in mehrere Modelle auf, zum Beispiel mit Aufrufaktivitäten (Call Activities).',
      TOO_DEEPLY_NESTED:
        'Das Modell ist {actual} Ebenen tief verschachtelt, erlaubt sind höchstens {limit}. Lagern Sie Teilprozesse als eigene Modelle aus und binden Sie sie über Aufrufaktivitäten (Call Activities) ein.',
      TOO_DEEPLY_NESTED_GENERIC:
        'Das Modell ist zu tief verschachtelt. Lagern Sie Teilprozesse als eigene Modelle aus und binden Sie sie über Aufrufaktivitäten (Call Activities) ein.',
      NO_PROCESS:
        'Die Datei enthält keinen Prozess, nur eine Kollaboration oder zugeklappte Pools. Modellieren Sie den Ablauf in mindestens einem Pool und exportieren Sie das Prozessmodell erneut.',
      UNKNOWN:
        'Die Datei konnte nicht als BPMN-2.0-Modell übernommen werden. Exportieren Sie das Modell in Ihrem Modellierungswerkzeug erneut im Format BPMN 2.0.',
    },
  },
  notifications: {
    title: 'Benachrichtigungen',
    navLink: 'Benachrichtigungen',
    navUnread: '({count} ungelesen)',
    intro:
      'Hier sehen Sie, wenn jemand Sie in einem Kommentar erwähnt, Sie um eine Prüfung bittet, Ihr Modell geprüft hat oder auf Ihren Kommentar antwortet, und was sich bei Förderanträgen Ihrer Kommune tut: Einladungen, nahende Einreichungsfristen und Statuswechsel.',
    unreadSummary:
      'Sie haben keine ungelesenen Benachrichtigungen. | Sie haben eine ungelesene Benachrichtigung. | Sie haben {n} ungelesene Benachrichtigungen.',
    markAllRead: 'Alle als gelesen markieren',
    markRead: 'Als gelesen markieren',
    allMarkedRead: 'Alle Benachrichtigungen sind als gelesen markiert.',
    markedRead: 'Die Benachrichtigung ist als gelesen markiert.',
    unread: 'Ungelesen',
    read: 'Gelesen',
    receivedAt: 'Erhalten am',
    empty: 'Sie haben keine Benachrichtigungen.',
    modelGone: 'Das Prozessmodell ist für Sie nicht mehr sichtbar.',
    applicationGone: 'Der Förderantrag ist für Sie nicht mehr sichtbar.',
    projectGone: 'Das Projekt ist für Sie nicht mehr sichtbar.',
    loadMore: 'Weitere laden',
    kinds: {
      MENTION: '{actor} hat Sie in „{model}“ erwähnt.',
      REVIEW_REQUESTED: '{actor} bittet Sie um Prüfung von „{model}“.',
      REVIEW_SUBMITTED: '{actor} hat „{model}“ geprüft.',
      COMMENT_REPLY: '{actor} hat auf Ihren Kommentar zu „{model}“ geantwortet.',
      FUNDING_INVITATION: '{actor} lädt Ihre Kommune zum Förderantrag „{title}“ ein.',
      FUNDING_DEADLINE:
        'Die Einreichungsfrist für „{title}“ endet morgen. | Die Einreichungsfrist für „{title}“ endet in {count} Tagen.',
      FUNDING_STATUS_CHANGED: '{actor} hat „{title}“ auf „{status}“ gesetzt.',
      PROJECT_TASK_ASSIGNED: '{actor} hat Ihnen eine Aufgabe im Projekt „{title}“ zugewiesen.',
      PROJECT_STATUS_CHANGED: '{actor} hat den Status des Projekts „{title}“ geändert.',
      PROJECT_COMMENT: '{actor} hat das Projekt „{title}“ kommentiert.',
    },
  },
};

export type ProcessListMessages = typeof processListDe;
export default processListDe;
