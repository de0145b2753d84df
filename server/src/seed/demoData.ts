import type { FederalState, Licence, Role, Visibility } from '../generated/prisma/enums.ts';

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

export const demoProcessModels: DemoProcessModel[] = [
  {
    city: 'esslingen',
    file: 'gewerbeanmeldung.bpmn',
    title: 'Gewerbeanmeldung',
    description: 'Anmeldung eines Gewerbes nach § 14 GewO, vom Antrag bis zur Weitermeldung.',
    serviceKey: '99050012104000',
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
    serviceKey: '99034004000000',
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
    serviceKey: null,
    tags: ['Steuern'],
    licence: 'INTERNAL_USE_ONLY',
    visibility: 'PRIVATE',
    sharedWith: [],
  },
];
