import type {
  City,
  Partnership,
  ProjectTopic,
  Role,
  User,
} from '../../src/generated/prisma/client.ts';
import { seedPartnership } from './fixtures.ts';
import { globalId, type TestApp } from './testApp.ts';

// The world the project register tests play in: five cities and their people, two partnerships
// and the topics every installation starts with. Who is who:
//
//   Esslingen   – leads the projects under test (emil coordinates).
//   Ludwigsburg – a partner city of those projects (lars coordinates).
//   Waiblingen  – an accepted member of "Verbund Neckar", which Esslingen leads; never a partner.
//   Böblingen   – only invited to "Verbund Neckar", never accepted.
//   Tübingen    – takes part in nothing of Esslingen's; leads "Kooperation Alb" with Ludwigsburg.
//   nora        – signed in, but member of no city.

export const PROJECT_CITY_KEYS = [
  'esslingen',
  'ludwigsburg',
  'waiblingen',
  'boeblingen',
  'tuebingen',
] as const;
export type ProjectCityKey = (typeof PROJECT_CITY_KEYS)[number];

const cityNames: Record<ProjectCityKey, string> = {
  esslingen: 'Esslingen am Neckar',
  ludwigsburg: 'Ludwigsburg',
  waiblingen: 'Waiblingen',
  boeblingen: 'Böblingen',
  tuebingen: 'Tübingen',
};

/** People by display name (the e-mail's local part), with their one city and role. */
const peopleSpec = {
  emil: ['esslingen', 'COORDINATOR'],
  ella: ['esslingen', 'COORDINATOR'],
  erik: ['esslingen', 'PROCESS_OWNER'],
  elke: ['esslingen', 'FUNDING_OFFICER'],
  eva: ['esslingen', 'CITY_ADMIN'],
  lars: ['ludwigsburg', 'COORDINATOR'],
  lena: ['ludwigsburg', 'PROCESS_OWNER'],
  lisa: ['ludwigsburg', 'CITY_ADMIN'],
  willi: ['waiblingen', 'COORDINATOR'],
  wanda: ['waiblingen', 'PROCESS_OWNER'],
  bodo: ['boeblingen', 'COORDINATOR'],
  tina: ['tuebingen', 'COORDINATOR'],
  tom: ['tuebingen', 'PROCESS_OWNER'],
} as const satisfies Record<string, readonly [ProjectCityKey, Role]>;

export type ProjectPerson = keyof typeof peopleSpec | 'nora' | 'admin';

/** Each city's coordinator: the one who runs that city's projects. */
export const coordinatorOf: Record<ProjectCityKey, ProjectPerson> = {
  esslingen: 'emil',
  ludwigsburg: 'lars',
  waiblingen: 'willi',
  boeblingen: 'bodo',
  tuebingen: 'tina',
};

/** The topics the migration creates, by key. */
export type TopicKey =
  | 'ONLINE_ACCOUNT'
  | 'WEBSITE_RELAUNCH'
  | 'DIGITAL_SERVICES'
  | 'E_FILE'
  | 'OPEN_DATA';

export async function seedProjectWorld(app: TestApp) {
  const cities = {} as Record<ProjectCityKey, City>;
  for (const key of PROJECT_CITY_KEYS) cities[key] = await app.seed.city(key, cityNames[key]);
  const people = {} as Record<ProjectPerson, User>;
  for (const [name, [city, role]] of Object.entries(peopleSpec)) {
    people[name as ProjectPerson] = await app.seed.user(`${name}@${city}.test`, [
      { cityId: cities[city].id, role },
    ]);
  }
  people.nora = await app.seed.user('nora@nowhere.test');
  people.admin = await app.seed.user('admin@amtsweg.test', [], true);
  const partnerships: Record<'neckar' | 'alb', Partnership> = {
    neckar: await seedPartnership(app, {
      name: 'Verbund Neckar',
      lead: cities.esslingen,
      partners: [
        [cities.waiblingen, 'ACCEPTED'],
        [cities.boeblingen, 'INVITED'],
      ],
    }),
    alb: await seedPartnership(app, {
      name: 'Kooperation Alb',
      lead: cities.tuebingen,
      partners: [[cities.ludwigsburg, 'ACCEPTED']],
    }),
  };
  const topics = Object.fromEntries(
    (await app.prisma.projectTopic.findMany()).map((topic) => [topic.key, topic]),
  ) as Record<TopicKey, ProjectTopic>;
  const cookies = new Map<ProjectPerson, Promise<string>>();
  return {
    app,
    cities,
    people,
    partnerships,
    topics,
    cityId: (key: ProjectCityKey) => globalId('City', cities[key].id),
    userId: (person: ProjectPerson) => globalId('User', people[person].id),
    topicId: (key: TopicKey) => globalId('ProjectTopic', topics[key].id),
    partnershipId: (key: 'neckar' | 'alb') => globalId('Partnership', partnerships[key].id),
    /** A session cookie of `person`, signed in once per world. */
    cookie(person: ProjectPerson): Promise<string> {
      let cookie = cookies.get(person);
      if (!cookie) {
        cookie = app.login(people[person].email);
        cookies.set(person, cookie);
      }
      return cookie;
    },
    /** Runs `query` as `person` (anonymous when null). */
    async as(person: ProjectPerson | null, query: string, variables: Record<string, unknown> = {}) {
      const options = person ? { cookie: await this.cookie(person) } : {};
      return app.gql(query, variables, options);
    },
  };
}

export type ProjectWorld = Awaited<ReturnType<typeof seedProjectWorld>>;

// ---------------------------------------------------------------------------------------------
// Dates as the API computes with them.

/** Today's calendar date in Europe/Berlin, YYYY-MM-DD. */
export function berlinToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(now);
}

/** `date` (YYYY-MM-DD) moved by `days`. */
export function addDays(date: string, days: number): string {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// Proving that a refused request changed nothing.

/** Every row a project request could touch, in a stable order. */
export async function projectData(app: TestApp) {
  const byId = { orderBy: { id: 'asc' } } as const;
  const [projects, partners, sharing, milestones, tasks, updates, notifications, topics] =
    await Promise.all([
      app.prisma.project.findMany(byId),
      app.prisma.projectPartner.findMany({ orderBy: [{ projectId: 'asc' }, { cityId: 'asc' }] }),
      app.prisma.projectPartnership.findMany({
        orderBy: [{ projectId: 'asc' }, { partnershipId: 'asc' }],
      }),
      app.prisma.projectMilestone.findMany(byId),
      app.prisma.projectTask.findMany(byId),
      app.prisma.projectUpdate.findMany(byId),
      app.prisma.notification.findMany(byId),
      app.prisma.projectTopic.findMany(byId),
    ]);
  return { projects, partners, sharing, milestones, tasks, updates, notifications, topics };
}
