import type {
  FederalState,
  FundingCostCategory,
  Licence,
  Role,
  Visibility,
} from '../generated/prisma/enums.ts';

export const DEMO_PASSWORD = 'amtsweg-demo';
export const DEMO_ADMIN_EMAIL = 'admin@amtsweg.demo';

interface DemoCity {
  name: string;
  slug: string;
  ags: string;
  federalState: FederalState;
  population: number;
}

// AGS and population (rounded) from the official municipal register.
export const demoCities: DemoCity[] = [
  {
    name: 'Esslingen am Neckar',
    slug: 'esslingen',
    ags: '08116019',
    federalState: 'BADEN_WUERTTEMBERG',
    population: 95_000,
  },
  {
    name: 'Ludwigsburg',
    slug: 'ludwigsburg',
    ags: '08118048',
    federalState: 'BADEN_WUERTTEMBERG',
    population: 94_000,
  },
  {
    name: 'Waiblingen',
    slug: 'waiblingen',
    ags: '08119079',
    federalState: 'BADEN_WUERTTEMBERG',
    population: 56_000,
  },
  {
    name: 'Böblingen',
    slug: 'boeblingen',
    ags: '08115003',
    federalState: 'BADEN_WUERTTEMBERG',
    population: 51_000,
  },
  {
    name: 'Ettlingen',
    slug: 'ettlingen',
    ags: '08215017',
    federalState: 'BADEN_WUERTTEMBERG',
    population: 40_000,
  },
  {
    name: 'Erkelenz',
    slug: 'erkelenz',
    ags: '05370004',
    federalState: 'NORDRHEIN_WESTFALEN',
    population: 45_000,
  },
  {
    name: 'Gütersloh',
    slug: 'guetersloh',
    ags: '05754008',
    federalState: 'NORDRHEIN_WESTFALEN',
    population: 102_000,
  },
];

/** Accounts per city: `<prefix>@<slug>.demo`. `admin@…` is our addition so member management can be tried. */
export const demoAccountsPerCity: { prefix: string; role: Role; label: string }[] = [
  { prefix: 'owner', role: 'PROCESS_OWNER', label: 'Prozessverantwortung' },
  { prefix: 'coordinator', role: 'COORDINATOR', label: 'Koordination' },
  { prefix: 'funding', role: 'FUNDING_OFFICER', label: 'Fördermittelmanagement' },
  { prefix: 'admin', role: 'CITY_ADMIN', label: 'Administration' },
];

export const demoPartnerships = [
  {
    name: 'Digitalisierungsverbund Neckar',
    description:
      'Esslingen, Ludwigsburg, Waiblingen und Böblingen digitalisieren gemeinsam Verwaltungsleistungen und nutzen Lösungen nach.',
    lead: 'esslingen',
    partners: ['ludwigsburg', 'waiblingen', 'boeblingen'],
    invited: [] as string[],
  },
  {
    name: 'Kooperation Ettlingen – Erkelenz – Gütersloh',
    description:
      'Austausch zu Bürgerservices und gemeinsamen Förderanträgen über Landesgrenzen hinweg.',
    lead: 'ettlingen',
    partners: ['erkelenz'],
    invited: ['guetersloh'],
  },
];

export interface DemoProcessModel {
  city: string;
  file: string;
  title: string;
  description: string;
  serviceKey: string | null;
  tags: string[];
  licence: Licence;
  visibility: Visibility;
  /** Partnerships (by name) that see the model when PARTNERS. */
  sharedWith: string[];
  /** Slug of a city that adopted this model. */
  adoptedBy?: string;
}

// Leistungsschlüssel (LeiKa/FIM): the same key in several cities marks the same service.
const GEWERBEANMELDUNG = '99050012104000';
const ANWOHNERPARKAUSWEIS = '99034004000000';
const HUNDESTEUER_ANMELDUNG = '99024002104000';

export const demoProcessModels: DemoProcessModel[] = [
  {
    city: 'esslingen',
    file: 'gewerbeanmeldung.bpmn',
    title: 'Gewerbeanmeldung',
    description: 'Anmeldung eines Gewerbes nach § 14 GewO, vom Antrag bis zur Weitermeldung.',
    serviceKey: GEWERBEANMELDUNG,
    tags: ['Gewerbe', 'Wirtschaft'],
    licence: 'DL_DE_BY_2_0',
    visibility: 'PARTNERS',
    sharedWith: ['Digitalisierungsverbund Neckar'],
    adoptedBy: 'ludwigsburg',
  },
  {
    city: 'waiblingen',
    file: 'anwohnerparkausweis.bpmn',
    title: 'Anwohnerparkausweis',
    description: 'Beantragung und Ausstellung eines Bewohnerparkausweises.',
    serviceKey: ANWOHNERPARKAUSWEIS,
    tags: ['Verkehr', 'Parken'],
    licence: 'CC_BY_4_0',
    visibility: 'PUBLIC',
    sharedWith: [],
  },
  {
    city: 'boeblingen',
    file: 'hundesteuer-anmeldung.bpmn',
    title: 'Hundesteuer-Anmeldung',
    description: 'Anmeldung eines Hundes zur Hundesteuer mit Ausgabe der Steuermarke.',
    serviceKey: HUNDESTEUER_ANMELDUNG,
    tags: ['Steuern'],
    licence: 'INTERNAL_USE_ONLY',
    visibility: 'PRIVATE',
    sharedWith: [],
  },
  // The same three services in further cities, each modelled in its own words and granularity
  // (paper, e-mail, in person or online), so cross-city comparison has real differences to show.
  {
    city: 'ettlingen',
    file: 'gewerbeanmeldung-ettlingen.bpmn',
    title: 'Gewerbeanmeldung online',
    description:
      'Gewerbeanzeige nach § 14 GewO vollständig über das Serviceportal: Nachweise als Upload, Gebühr per ePayment, Empfangsbescheinigung ins Postfach.',
    serviceKey: GEWERBEANMELDUNG,
    tags: ['Gewerbe', 'Wirtschaft', 'Onlinedienst'],
    licence: 'DL_DE_BY_2_0',
    visibility: 'PUBLIC',
    sharedWith: [],
  },
  {
    city: 'guetersloh',
    file: 'gewerbeanmeldung-guetersloh.bpmn',
    title: 'Gewerbeanmeldung nach § 14 GewO',
    description:
      'Ist-Prozess mit Papiervordruck GewA 1: Eingang per Post oder Fax, Scan in der Poststelle, Erfassung von Hand, Bescheinigung per Brief.',
    serviceKey: GEWERBEANMELDUNG,
    tags: ['Gewerbe', 'Ordnungsamt', 'Ist-Prozess'],
    licence: 'DL_DE_ZERO_2_0',
    visibility: 'PUBLIC',
    sharedWith: [],
  },
  {
    city: 'waiblingen',
    file: 'gewerbeanmeldung-waiblingen.bpmn',
    title: 'Gewerbe anmelden',
    description:
      'Gewerbeanmeldung bei persönlicher Vorsprache im Bürgerbüro mit Online-Terminbuchung; erlaubnispflichtige Gewerbe prüft das Gewerbeamt.',
    serviceKey: GEWERBEANMELDUNG,
    tags: ['Gewerbe', 'Bürgerbüro'],
    licence: 'CC_BY_4_0',
    visibility: 'PARTNERS',
    sharedWith: ['Digitalisierungsverbund Neckar'],
  },
  {
    city: 'esslingen',
    file: 'bewohnerparkausweis-esslingen.bpmn',
    title: 'Bewohnerparkausweis beantragen',
    description:
      'Digitaler Bewohnerparkausweis: Online-Antrag, automatischer Abgleich mit Melde- und Fahrzeugregister, Berechtigung am Kennzeichen statt Papierausweis.',
    serviceKey: ANWOHNERPARKAUSWEIS,
    tags: ['Verkehr', 'Parken', 'Onlinedienst'],
    licence: 'DL_DE_BY_2_0',
    visibility: 'PARTNERS',
    sharedWith: ['Digitalisierungsverbund Neckar'],
  },
  {
    city: 'erkelenz',
    file: 'anwohnerparkausweis-erkelenz.bpmn',
    title: 'Anwohnerparkausweis beantragen',
    description:
      'Antrag im Bürgerbüro, Weiterleitung als Scan per E-Mail an die Straßenverkehrsbehörde, Gebühr an der Stadtkasse, Ausweis per Post.',
    serviceKey: ANWOHNERPARKAUSWEIS,
    tags: ['Verkehr', 'Parken', 'Straßenverkehrsbehörde'],
    licence: 'DL_DE_ZERO_2_0',
    visibility: 'PUBLIC',
    sharedWith: [],
  },
  {
    city: 'ludwigsburg',
    file: 'bewohnerparkausweis-ludwigsburg.bpmn',
    title: 'Bewohnerparkausweis',
    description:
      'Online-Formular mit Nachweisen per E-Mail; Prüfung von Wohnsitz und Fahrzeug im Fachbereich, Gebührenbescheid und Ausweis per Post.',
    serviceKey: ANWOHNERPARKAUSWEIS,
    tags: ['Verkehr', 'Parken'],
    licence: 'CC_BY_4_0',
    visibility: 'PUBLIC',
    sharedWith: [],
  },
  {
    city: 'waiblingen',
    file: 'hundesteuer-waiblingen.bpmn',
    title: 'Hund zur Hundesteuer anmelden',
    description:
      'Online-Anmeldung mit SEPA-Lastschriftmandat, Import ins Steuerverfahren, Bescheid ins Postfach; nur die Steuermarke kommt per Post.',
    serviceKey: HUNDESTEUER_ANMELDUNG,
    tags: ['Steuern', 'Hund', 'Onlinedienst'],
    licence: 'CC_BY_4_0',
    visibility: 'PUBLIC',
    sharedWith: [],
  },
  {
    city: 'ettlingen',
    file: 'hundesteuer-ettlingen.bpmn',
    title: 'Hundesteueranmeldung',
    description:
      'Anmeldung im Bürgerbüro mit sofortiger Ausgabe der Steuermarke; das Steueramt erfasst den Papiervordruck und stellt den Bescheid per Brief zu.',
    serviceKey: HUNDESTEUER_ANMELDUNG,
    tags: ['Steuern', 'Hund', 'Bürgerbüro'],
    licence: 'DL_DE_BY_2_0',
    visibility: 'PUBLIC',
    sharedWith: [],
  },
  {
    city: 'guetersloh',
    file: 'hundesteuer-guetersloh.bpmn',
    title: 'Anmeldung zur Hundesteuer',
    description:
      'Anmeldung per Fax oder Post mit Scan und Erfassung im Steuerverfahren; große Hunde nach § 11 LHundG NRW prüft zusätzlich das Ordnungsamt.',
    serviceKey: HUNDESTEUER_ANMELDUNG,
    tags: ['Steuern', 'Hund', 'Landeshundegesetz'],
    licence: 'DL_DE_BY_2_0',
    visibility: 'PARTNERS',
    sharedWith: ['Kooperation Ettlingen – Erkelenz – Gütersloh'],
  },
];

export interface DemoFundingProgramme {
  name: string;
  funder: string;
  callUrl: string | null;
  rateBasisPoints: number;
  capPerMunicipalityCents: bigint | null;
  capPerApplicationCents: bigint | null;
  minOwnShareBasisPoints: number | null;
  eligibleCategories: FundingCostCategory[];
  /** Days after the seeding date, so the demo always shows an open call. */
  deadlineInDays: number | null;
  requiredDocuments: string[];
  notes: string;
}

export const demoFundingProgrammes: DemoFundingProgramme[] = [
  {
    name: 'Digitale Zukunftskommune@bw',
    funder: 'Ministerium des Inneren, für Digitalisierung und Kommunen Baden-Württemberg',
    callUrl: 'https://www.digital-bw.de/',
    rateBasisPoints: 8000,
    capPerMunicipalityCents: 4_000_000n,
    capPerApplicationCents: null,
    minOwnShareBasisPoints: null,
    eligibleCategories: ['PERSONNEL', 'EXTERNAL_SERVICES', 'HARDWARE_SOFTWARE', 'TRAINING'],
    deadlineInDays: 60,
    requiredDocuments: [
      'Projektbeschreibung',
      'Kosten- und Finanzierungsplan',
      'Gemeinderatsbeschluss',
      'Absichtserklärung je Partnerkommune',
    ],
    notes: 'Gefördert werden auch interkommunale Vorhaben; Antrag durch die federführende Kommune.',
  },
  {
    name: 'Modellprojekte Smart Cities – Digitale Verwaltung',
    funder: 'Bundesministerium für Wohnen, Stadtentwicklung und Bauwesen',
    callUrl: 'https://www.smart-city-dialog.de/',
    rateBasisPoints: 6500,
    capPerMunicipalityCents: null,
    capPerApplicationCents: 150_000_000n,
    minOwnShareBasisPoints: 1000,
    eligibleCategories: ['PERSONNEL', 'EXTERNAL_SERVICES', 'HARDWARE_SOFTWARE'],
    deadlineInDays: 120,
    requiredDocuments: [
      'Projektskizze',
      'Kosten- und Finanzierungsplan',
      'Kooperationsvereinbarung',
      'Nachweis des Eigenanteils',
    ],
    notes: 'Verbundanträge mehrerer Kommunen sind möglich; der Höchstbetrag gilt je Antrag.',
  },
];
