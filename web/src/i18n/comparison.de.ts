// Texts of the comparison of processes across cities (pages/ProcessComparisonPage.vue,
// pages/ServiceVariantsPage.vue, components/comparison); merged into the app's messages in
// i18n/index.ts. comparison.en.ts has the same keys.
// vue-i18n treats `@`, `{`, `}`, `|` and `$` specially.
const comparisonDe = {
  comparison: {
    title: 'Prozessvergleich',
    variantsTitle: 'Variantenvergleich',
    headingWith: '{leftTitle} ({leftCity}) im Vergleich mit {rightTitle} ({rightCity})',
    loading: 'Der Vergleich wird geladen …',
    notFound:
      'Mindestens eines der beiden Prozessmodelle wurde nicht gefunden oder ist für Ihre Kommune nicht sichtbar.',
    missingVersions:
      'Wählen Sie zwei Prozessmodelle zum Vergleichen, zum Beispiel über „Ähnliche Verfahren“ auf der Seite eines Prozessmodells.',
    toList: 'Zu den Prozessmodellen',
    left: 'Links',
    right: 'Rechts',
    sideHeading: '{side}: {city}',
    version: 'Version {number}',
    toModel: 'Prozessmodell „{title}“ ({city}) öffnen',
    similarity: 'Ähnlichkeit',
    similarityValue: '{percent} ähnlich',
    matchedSummary:
      '{matched} Schritte einander zugeordnet, {onlyLeft} nur links, {onlyRight} nur rechts.',
    variantsLink: 'Variantenvergleich für Leistungsschlüssel {key}',
    figures: {
      heading: 'Kennzahlen',
      caption: 'Kennzahlen der beiden Prozesse nebeneinander',
      figure: 'Kennzahl',
      activities: 'Aktivitäten',
      userTasks: 'Benutzeraufgaben',
      manualTasks: 'Manuelle Aufgaben',
      serviceTasks: 'Serviceaufgaben',
      lanes: 'Rollen (Lanes)',
      handOffs: 'Übergaben',
      gateways: 'Verzweigungen',
      loops: 'Schleifen',
      mediaBreaks: 'Medienbrüche',
      mediaBreakItem: '{label} ({medium})',
      noMediaBreaks: 'keine',
    },
    medium: {
      PAPER: 'Papier',
      POST: 'Post',
      FAX: 'Fax',
      EMAIL: 'E-Mail',
      SCAN: 'Scan',
      PHONE: 'Telefon',
      IN_PERSON: 'persönliche Vorsprache',
    },
    diagrams: {
      heading: 'Diagramme',
      intro:
        'Einander entsprechende Schritte haben dieselbe Farbe und dieselbe Nummer. Zeigen Sie auf einen Schritt oder klicken Sie ihn an, wird sein Gegenstück im anderen Diagramm hervorgehoben. Per Tastatur erreichen Sie dieselbe Hervorhebung über die Nummern in der Tabelle „Schritte im Vergleich“.',
      viewerName: '{title} ({city})',
    },
    legend: {
      title: 'Legende',
      pair: 'Einander zugeordnete Schritte: gleiche Farbe und gleiche Nummer',
      unmatched: 'Schritt nur in diesem Prozess: gestrichelter Rahmen, schraffiert',
      highlighted: 'Hervorgehoben: dicker Rahmen, vergrößerte Nummer',
    },
    steps: {
      heading: 'Schritte im Vergleich',
      caption:
        'Einander zugeordnete Schritte von {left} (links) und {right} (rechts), danach die Schritte, die es nur auf einer Seite gibt',
      number: 'Nr.',
      leftStep: 'Schritt in {city} (links)',
      rightStep: 'Schritt in {city} (rechts)',
      score: 'Übereinstimmung',
      reason: 'Begründung',
      pair: 'Paar {number}',
      highlightHint:
        'Die Nummer eines Paars hebt beide Schritte in den Diagrammen hervor, solange sie den Fokus hat oder der Mauszeiger auf der Zeile steht.',
      onlyLeft: 'nur links',
      onlyRight: 'nur rechts',
      noCounterpart: 'kein Gegenstück',
      unmatchedReason: 'Kein passender Schritt im anderen Prozess',
      unnamed: '(ohne Bezeichnung)',
      lane: 'Rolle: {lane}',
      empty: 'Die beiden Prozesse haben keine Schritte.',
    },
    kinds: {
      TASK: 'Aufgabe',
      USER_TASK: 'Benutzeraufgabe',
      MANUAL_TASK: 'Manuelle Aufgabe',
      SERVICE_TASK: 'Serviceaufgabe',
      SEND_TASK: 'Sendeaufgabe',
      RECEIVE_TASK: 'Empfangsaufgabe',
      SCRIPT_TASK: 'Skriptaufgabe',
      BUSINESS_RULE_TASK: 'Geschäftsregelaufgabe',
      SUB_PROCESS: 'Teilprozess',
      CALL_ACTIVITY: 'Aufrufaktivität',
      START_EVENT: 'Startereignis',
      INTERMEDIATE_EVENT: 'Zwischenereignis',
      END_EVENT: 'Endereignis',
      GATEWAY: 'Verzweigung',
    },
    reasons: {
      withTerms: '{reason}: {terms}',
      IDENTICAL_LABEL: 'gleiche Bezeichnung',
      SAME_WORDS: 'gleiche Wörter nach Grundformbildung',
      SYNONYMS: 'Synonyme',
      SHARED_WORDS: 'gemeinsame Wörter',
      SAME_NEIGHBOURS: 'gleiche Nachbarschritte',
      SAME_LANE: 'gleiche Rolle',
      SAME_POSITION: 'gleiche Position im Ablauf',
      SPLIT_STEP: 'aufgeteilter Schritt',
    },
    similar: {
      heading: 'Ähnliche Verfahren – wer hat das schon digitalisiert?',
      intro:
        'Prozessmodelle anderer Kommunen, die diesem am ähnlichsten sind. Modelle mit demselben Leistungsschlüssel stehen vorn.',
      loading: 'Ähnliche Verfahren werden gesucht …',
      empty: 'Es wurden keine ähnlichen Verfahren anderer Kommunen gefunden, die Sie sehen dürfen.',
      similarity: 'Ähnlichkeit {percent}',
      matchedSteps:
        'keine übereinstimmenden Schritte | ein übereinstimmender Schritt | {count} übereinstimmende Schritte',
      sameService: 'gleiche Leistung',
      compare: 'Vergleichen',
      compareLabel: 'Vergleichen mit „{title}“ ({city})',
      variants: 'Variantenvergleich',
      variantsHint: 'Alle Kommunen mit dem Leistungsschlüssel {key} Schritt für Schritt',
    },
    variants: {
      intro:
        'Welche Schritte der Leistung mit dem Leistungsschlüssel {key} in welchen Kommunen vorkommen. Die häufigsten Schritte stehen oben.',
      loading: 'Der Variantenvergleich wird geladen …',
      invalidKey:
        'Der Leistungsschlüssel „{key}“ ist ungültig. Ein Leistungsschlüssel (LeiKa/FIM) besteht aus genau 14 Ziffern.',
      empty: 'Für diesen Leistungsschlüssel gibt es keine Prozessmodelle, die Sie sehen dürfen.',
      mapHeading: 'Schritte nach Kommunen',
      caption:
        'Schritte (Zeilen) und Prozessmodelle der Kommunen (Spalten); je mehr Kommunen einen Schritt haben, desto kräftiger die Farbe',
      step: 'Schritt',
      cityCount: 'Kommunen',
      cityCountValue: '{count} von {total}',
      present: 'vorhanden',
      presentAs: 'vorhanden als „{label}“',
      absent: 'nicht vorhanden',
      modelVersion: '{title}, Version {number}',
      outliersHeading: 'Besonderheiten einzelner Kommunen',
      outliers: 'Nur in {city}:',
      noOutliers: 'Jede Kommune hat nur Schritte, die es auch anderswo gibt.',
      legend:
        'Farbstufen: hell = wenige Kommunen, kräftig = (fast) alle Kommunen haben den Schritt. Die Spalte „Kommunen“ nennt die genaue Zahl.',
    },
  },
};

export type ComparisonMessages = typeof comparisonDe;
export default comparisonDe;
