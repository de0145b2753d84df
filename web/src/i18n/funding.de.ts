// Texts of the funding programmes (pages/FundingProgrammes*.vue, components/funding); merged into
// the app's messages in i18n/index.ts. funding.en.ts has the same keys.
// vue-i18n treats `@`, `{`, `}`, `|` and `$` specially.
const fundingDe = {
  funding: {
    navLink: 'Förderprogramme',
    title: 'Förderprogramme',
    intro:
      'Förderprogramme von Land, Bund und EU mit Förderquote, Höchstbeträgen und Einreichungsfrist.',
    empty: 'Es sind noch keine Förderprogramme erfasst.',
    createLink: 'Förderprogramm erfassen',
    created: 'Das Förderprogramm „{name}“ wurde erfasst.',
    funder: 'Fördergeber',
    rate: 'Förderquote',
    capPerMunicipality: 'Förderhöchstbetrag je Kommune',
    capPerApplication: 'Förderhöchstbetrag je Antrag',
    minOwnShare: 'Mindest-Eigenanteil',
    categories: 'Förderfähige Kostenarten',
    deadline: 'Einreichungsfrist',
    noDeadline: 'keine Frist',
    deadlinePassed: 'Frist abgelaufen',
    deadlineToday: 'Frist endet heute',
    daysLeft: 'noch {count} Tag | noch {count} Tage',
    documents: 'Erforderliche Unterlagen',
    notes: 'Hinweise',
    callLink: 'Ausschreibung zu „{name}“',
    none: 'keine Angabe',
    category: {
      PERSONNEL: 'Personal',
      EXTERNAL_SERVICES: 'Externe Dienstleistungen',
      HARDWARE_SOFTWARE: 'Hard- und Software',
      TRAINING: 'Schulungen',
    },
  },
  fundingForm: {
    title: 'Förderprogramm erfassen',
    intro: 'Erfassen Sie ein Förderprogramm, damit alle Kommunen es für Anträge nutzen können.',
    backToList: 'Zurück zu den Förderprogrammen',
    notAllowed:
      'Förderprogramme erfassen können nur das Fördermittelmanagement und die Administration.',
    name: 'Name des Förderprogramms',
    funder: 'Fördergeber',
    callUrl: 'Link zur Ausschreibung (optional)',
    callUrlHint: 'Beginnt mit https:// oder http://',
    rate: 'Förderquote in %',
    rateHint: 'Zum Beispiel 80 oder 80,5',
    capPerMunicipality: 'Förderhöchstbetrag je Kommune in € (optional)',
    capPerApplication: 'Förderhöchstbetrag je Antrag in € (optional)',
    capHint: 'Zum Beispiel 40.000 oder 40000,00',
    minOwnShare: 'Mindest-Eigenanteil in % (optional)',
    categories: 'Förderfähige Kostenarten',
    deadline: 'Einreichungsfrist (optional)',
    documents: 'Erforderliche Unterlagen (optional)',
    documentsHint: 'Eine Unterlage je Zeile.',
    notes: 'Hinweise (optional)',
    submit: 'Förderprogramm speichern',
    invalid: {
      name: 'Geben Sie einen Namen mit höchstens 200 Zeichen an, den noch kein anderes Förderprogramm trägt.',
      funder: 'Geben Sie den Fördergeber mit höchstens 200 Zeichen an.',
      callUrl: 'Geben Sie eine Adresse an, die mit https:// oder http:// beginnt.',
      rateBasisPoints: 'Geben Sie eine Förderquote größer als 0 und höchstens 100 % an.',
      capPerMunicipality:
        'Geben Sie einen Betrag in Euro an, zum Beispiel 40.000 oder 40000,00 (höchstens zwei Nachkommastellen).',
      capPerApplication:
        'Geben Sie einen Betrag in Euro an, zum Beispiel 40.000 oder 40000,00 (höchstens zwei Nachkommastellen).',
      minOwnShareBasisPoints: 'Geben Sie einen Eigenanteil zwischen 0 und 100 % an.',
      eligibleCategories: 'Wählen Sie mindestens eine Kostenart.',
      deadline: 'Geben Sie ein gültiges Datum an.',
      requiredDocuments:
        'Geben Sie höchstens 50 verschiedene Unterlagen mit je höchstens 200 Zeichen an.',
      notes: 'Die Hinweise dürfen höchstens 5000 Zeichen lang sein.',
    },
  },
};

export type FundingMessages = typeof fundingDe;
export default fundingDe;
