import type { City, FundingCostCategory, Role, User } from '../../src/generated/prisma/client.ts';
import type { BudgetLineInput } from './fundingOperations.ts';
import { globalId, type TestApp } from './testApp.ts';

// The world the funding application tests play in: money and dates as the API speaks them, four
// cities with their people and a programme, and every row a request could touch.

// ---------------------------------------------------------------------------------------------
// Money and dates.

/** Euros as the API's Cents string: `euros(40_000)` = "4000000". */
export function euros(amount: number): string {
  return String(Math.round(amount * 100));
}

/** A budget line; eligible unless said otherwise. */
export function line(
  category: FundingCostCategory,
  description: string,
  amountInEuros: number,
  eligible = true,
): BudgetLineInput {
  return { category, description, amount: euros(amountInEuros), eligible };
}

/** Today's calendar date in Europe/Berlin, YYYY-MM-DD: the "today" the API computes with. */
export function berlinToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
}

/** `date` (YYYY-MM-DD) moved by `days`. */
export function addDays(date: string, days: number): string {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}

/** A calendar date as a `@db.Date` column stores it. */
export function dateOnly(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

// ---------------------------------------------------------------------------------------------
// Seeding: four cities with their people, and programmes.

export const CITY_KEYS = ['esslingen', 'ludwigsburg', 'waiblingen', 'tuebingen'] as const;
export type CityKey = (typeof CITY_KEYS)[number];

const cityNames: Record<CityKey, string> = {
  esslingen: 'Esslingen am Neckar',
  ludwigsburg: 'Ludwigsburg',
  waiblingen: 'Waiblingen',
  tuebingen: 'Tübingen',
};

/** People by display name (the e-mail's local part), with their one city and role. */
const peopleSpec = {
  elke: ['esslingen', 'FUNDING_OFFICER'],
  emil: ['esslingen', 'COORDINATOR'],
  erik: ['esslingen', 'PROCESS_OWNER'],
  eva: ['esslingen', 'CITY_ADMIN'],
  lena: ['ludwigsburg', 'FUNDING_OFFICER'],
  lars: ['ludwigsburg', 'COORDINATOR'],
  lisa: ['ludwigsburg', 'CITY_ADMIN'],
  wanda: ['waiblingen', 'FUNDING_OFFICER'],
  willi: ['waiblingen', 'COORDINATOR'],
  tom: ['tuebingen', 'FUNDING_OFFICER'],
  tina: ['tuebingen', 'COORDINATOR'],
  theo: ['tuebingen', 'CITY_ADMIN'],
} as const satisfies Record<string, readonly [CityKey, Role]>;

export type Person = keyof typeof peopleSpec | 'admin';

/** Each city's funding officer. */
export const fundingOfficerOf: Record<CityKey, Person> = {
  esslingen: 'elke',
  ludwigsburg: 'lena',
  waiblingen: 'wanda',
  tuebingen: 'tom',
};

export interface ProgrammeTerms {
  name?: string;
  rateBasisPoints?: number;
  capPerMunicipalityCents?: bigint | null;
  capPerApplicationCents?: bigint | null;
  minOwnShareBasisPoints?: number | null;
  eligibleCategories?: FundingCostCategory[];
  /** YYYY-MM-DD, or null for none; default 60 days from today. */
  deadline?: string | null;
  requiredDocuments?: string[];
}

/**
 * A programme like "Digitale Zukunftskommune@bw": 80 %, at most 40.000 € per municipality,
 * training not eligible, two required documents, deadline in 60 days.
 */
export function seedProgramme(app: TestApp, terms: ProgrammeTerms = {}) {
  const deadline = terms.deadline === undefined ? addDays(berlinToday(), 60) : terms.deadline;
  return app.prisma.fundingProgramme.create({
    data: {
      name: terms.name ?? 'Digitale Zukunftskommune@bw',
      funder: 'Ministerium des Inneren, für Digitalisierung und Kommunen Baden-Württemberg',
      rateBasisPoints: terms.rateBasisPoints ?? 8000,
      capPerMunicipalityCents:
        terms.capPerMunicipalityCents === undefined ? 4_000_000n : terms.capPerMunicipalityCents,
      capPerApplicationCents: terms.capPerApplicationCents ?? null,
      minOwnShareBasisPoints: terms.minOwnShareBasisPoints ?? null,
      eligibleCategories: terms.eligibleCategories ?? [
        'PERSONNEL',
        'EXTERNAL_SERVICES',
        'HARDWARE_SOFTWARE',
      ],
      deadline: deadline === null ? null : dateOnly(deadline),
      requiredDocuments: terms.requiredDocuments ?? [
        'Projektbeschreibung',
        'Kosten- und Finanzierungsplan',
      ],
    },
  });
}

/**
 * Esslingen (usually the lead), Ludwigsburg and Waiblingen (usually partners) and Tübingen (never
 * involved), each with a funding officer and a coordinator, some with a process owner or admin;
 * a global admin; and one programme. Returns the world the steps of fundingSteps.ts work in.
 */
export async function seedFundingWorld(app: TestApp, programme: ProgrammeTerms = {}) {
  const cities = {} as Record<CityKey, City>;
  for (const key of CITY_KEYS) cities[key] = await app.seed.city(key, cityNames[key]);
  const people = {} as Record<Person, User>;
  for (const [name, [city, role]] of Object.entries(peopleSpec)) {
    people[name as Person] = await app.seed.user(`${name}@${city}.test`, [
      { cityId: cities[city].id, role },
    ]);
  }
  people.admin = await app.seed.user('admin@amtsweg.test', [], true);
  const cookies = new Map<Person, Promise<string>>();
  return {
    app,
    cities,
    people,
    programme: await seedProgramme(app, programme),
    /** The city's global id. */
    cityId: (key: CityKey) => globalId('City', cities[key].id),
    /** A session cookie of `person`, signed in once per world. */
    cookie(person: Person): Promise<string> {
      let cookie = cookies.get(person);
      if (!cookie) {
        cookie = app.login(people[person].email);
        cookies.set(person, cookie);
      }
      return cookie;
    },
    /** Runs `query` as `person` (anonymous when null). */
    async as(person: Person | null, query: string, variables: Record<string, unknown> = {}) {
      const options = person ? { cookie: await this.cookie(person) } : {};
      return app.gql(query, variables, options);
    },
  };
}

export type FundingWorld = Awaited<ReturnType<typeof seedFundingWorld>>;

// ---------------------------------------------------------------------------------------------
// Proving that a refused request changed nothing.

/** Every row a funding application request could touch, in a stable order. */
export async function fundingData(app: TestApp) {
  const byId = { orderBy: { id: 'asc' } } as const;
  const [
    applications,
    partners,
    lines,
    documents,
    transitions,
    snapshots,
    links,
    notifications,
    users,
  ] = await Promise.all([
    app.prisma.fundingApplication.findMany(byId),
    app.prisma.fundingApplicationPartner.findMany(byId),
    app.prisma.budgetLine.findMany(byId),
    app.prisma.applicationDocument.findMany(byId),
    app.prisma.applicationTransition.findMany(byId),
    app.prisma.applicationSnapshot.findMany(byId),
    app.prisma.fundingApplicationProcessModel.findMany({
      orderBy: [{ applicationId: 'asc' }, { modelId: 'asc' }],
    }),
    app.prisma.notification.findMany(byId),
    app.prisma.user.findMany({ ...byId, select: { id: true, calendarTokenHash: true } }),
  ]);
  return {
    applications,
    partners,
    lines,
    documents,
    transitions,
    snapshots,
    links,
    notifications,
    users,
  };
}
