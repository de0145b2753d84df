import type { FederalState, Role } from '../generated/prisma/enums.ts';

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
