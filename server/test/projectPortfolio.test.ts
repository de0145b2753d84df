import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedProject } from './projectReportFixtures.ts';
import {
  addDays,
  berlinToday,
  type ProjectPerson,
  type ProjectWorld,
  seedProjectWorld,
} from './support/projectsWorld.ts';
import { createTestApp, type PrismaOperation, type TestApp } from './support/testApp.ts';

// Emil coordinates Esslingen, which is in "Verbund Neckar" with Waiblingen (Böblingen only
// invited). His portfolio: what Esslingen or Waiblingen run, as far as he may see it.
//
//   Terminbuchung       Esslingen, PRIVATE, in progress   milestones +5 (open), +3 (done), +70;
//                                                         tasks −3 (open, emil), −1 (done), today
//   Bürgerkonto         Waiblingen, shared with the Verbund, idea   milestone +20; task −10 (willi)
//   Waiblingen intern   Waiblingen, PRIVATE, done         invisible to emil
//   E-Akte Bauamt       Ludwigsburg with Esslingen, PRIVATE, on hold
//   Tübingen offen      Tübingen, PUBLIC: visible, but not run by emil's cities
//   Tübingen Alb        Tübingen with Ludwigsburg, PRIVATE

let app: TestApp;
let w: ProjectWorld;
const operations: PrismaOperation[] = [];
const today = berlinToday();

beforeAll(async () => {
  app = await createTestApp({ onQuery: (op) => operations.push(op) });
  w = await seedProjectWorld(app);
  const { cities, topics, partnerships, people } = w;
  await seedProject(app, {
    title: 'Terminbuchung',
    lead: cities.esslingen,
    topic: topics.DIGITAL_SERVICES,
    status: 'IN_PROGRESS',
    createdAt: '2025-03-01T09:00:00Z',
    updatedAt: '2026-11-01T09:00:00Z',
    milestones: [
      { title: 'Pilot', dueDate: addDays(today, 5) },
      { title: 'Schon erledigt', dueDate: addDays(today, 3), doneAt: '2026-11-01T09:00:00Z' },
      { title: 'Zu weit weg', dueDate: addDays(today, 70) },
    ],
    tasks: [
      { title: 'Lastenheft schreiben', dueDate: addDays(today, -3), assignee: people.emil },
      { title: 'Erledigt', dueDate: addDays(today, -1), state: 'DONE', assignee: people.emil },
      { title: 'Heute fällig', dueDate: today, assignee: people.ella },
    ],
  });
  await seedProject(app, {
    title: 'Bürgerkonto',
    lead: cities.waiblingen,
    topic: topics.ONLINE_ACCOUNT,
    status: 'IDEA',
    visibility: 'PARTNERS',
    sharedWith: [partnerships.neckar],
    createdAt: '2025-05-01T09:00:00Z',
    updatedAt: '2026-11-10T09:00:00Z',
    milestones: [{ title: 'Konzept', dueDate: addDays(today, 20) }],
    tasks: [
      {
        title: 'Anbieter vergleichen',
        dueDate: addDays(today, -10),
        state: 'IN_PROGRESS',
        assignee: people.willi,
      },
    ],
  });
  await seedProject(app, {
    title: 'Waiblingen intern',
    lead: cities.waiblingen,
    topic: topics.WEBSITE_RELAUNCH,
    status: 'DONE',
    createdAt: '2025-01-01T09:00:00Z',
    tasks: [{ title: 'Geheime Aufgabe', dueDate: addDays(today, -5), assignee: people.willi }],
  });
  await seedProject(app, {
    title: 'E-Akte Bauamt',
    lead: cities.ludwigsburg,
    partners: [cities.esslingen],
    topic: topics.E_FILE,
    status: 'ON_HOLD',
    createdAt: '2024-01-01T09:00:00Z',
    updatedAt: '2026-10-01T09:00:00Z',
  });
  await seedProject(app, {
    title: 'Tübingen offen',
    lead: cities.tuebingen,
    topic: topics.OPEN_DATA,
    status: 'IDEA',
    visibility: 'PUBLIC',
    createdAt: '2025-01-01T09:00:00Z',
    milestones: [{ title: 'Fremder Meilenstein', dueDate: addDays(today, 1) }],
  });
  await seedProject(app, {
    title: 'Tübingen Alb',
    lead: cities.tuebingen,
    partners: [cities.ludwigsburg],
    topic: topics.E_FILE,
    status: 'CANCELLED',
    createdAt: '2025-01-01T09:00:00Z',
  });
});

afterAll(() => app.close());

const PORTFOLIO = `query($filter: ProjectFilter) {
  projectPortfolio(filter: $filter) {
    countsByStatus { status count }
    countsByTopic { topic { key } count }
    upcomingMilestones { milestone { title dueDate done } project { title } }
    overdueTasks { task { title dueDate state overdue assignee { displayName } } project { title } }
    overdueTaskCount
    recentlyChanged { title leadCity { name } }
  }
}`;

async function portfolio(person: ProjectPerson, filter?: Record<string, unknown>) {
  const res = await w.as(person, PORTFOLIO, filter ? { filter } : {});
  expect(res.errors).toBeUndefined();
  return res.data.projectPortfolio;
}

const counts = (rows: { status?: string; topic?: { key: string }; count: number }[]) =>
  Object.fromEntries(rows.map((r) => [r.status ?? r.topic?.key, r.count]));

describe('projectPortfolio', () => {
  it('counts the projects of the viewer’s cities and partnerships by status and topic', async () => {
    const emil = await portfolio('emil');

    expect(emil.countsByStatus).toEqual([
      { status: 'IDEA', count: 1 },
      { status: 'IN_PROGRESS', count: 1 },
      { status: 'DONE', count: 0 },
      { status: 'ON_HOLD', count: 1 },
      { status: 'CANCELLED', count: 0 },
    ]);
    expect(counts(emil.countsByTopic)).toEqual({
      ONLINE_ACCOUNT: 1,
      WEBSITE_RELAUNCH: 0,
      DIGITAL_SERVICES: 1,
      E_FILE: 1,
      OPEN_DATA: 0,
    });
    expect(emil.recentlyChanged).toEqual([
      { title: 'Bürgerkonto', leadCity: { name: 'Waiblingen' } },
      { title: 'Terminbuchung', leadCity: { name: 'Esslingen am Neckar' } },
      { title: 'E-Akte Bauamt', leadCity: { name: 'Ludwigsburg' } },
    ]);
  });

  it('lists open milestones of the next 60 days and overdue tasks with project and assignee', async () => {
    const emil = await portfolio('emil');

    expect(emil.upcomingMilestones).toEqual([
      {
        milestone: { title: 'Pilot', dueDate: addDays(today, 5), done: false },
        project: { title: 'Terminbuchung' },
      },
      {
        milestone: { title: 'Konzept', dueDate: addDays(today, 20), done: false },
        project: { title: 'Bürgerkonto' },
      },
    ]);
    expect(emil.overdueTasks).toEqual([
      {
        task: {
          title: 'Anbieter vergleichen',
          dueDate: addDays(today, -10),
          state: 'IN_PROGRESS',
          overdue: true,
          assignee: { displayName: 'willi' },
        },
        project: { title: 'Bürgerkonto' },
      },
      {
        task: {
          title: 'Lastenheft schreiben',
          dueDate: addDays(today, -3),
          state: 'OPEN',
          overdue: true,
          assignee: { displayName: 'emil' },
        },
        project: { title: 'Terminbuchung' },
      },
    ]);
    expect(emil.overdueTaskCount).toBe(2);
  });

  it('shows another city its own portfolio, private projects of others never', async () => {
    const willi = await portfolio('willi');
    expect(counts(willi.countsByStatus)).toEqual({
      IDEA: 1,
      IN_PROGRESS: 0,
      DONE: 1,
      ON_HOLD: 0,
      CANCELLED: 0,
    });
    expect(willi.overdueTasks.map((t: { task: { title: string } }) => t.task.title)).toEqual([
      'Anbieter vergleichen',
      'Geheime Aufgabe',
    ]);

    // Ludwigsburg is in "Kooperation Alb" with Tübingen: Tübingen's projects count there.
    const lars = await portfolio('lars');
    expect(lars.recentlyChanged.map((p: { title: string }) => p.title).sort()).toEqual([
      'E-Akte Bauamt',
      'Tübingen Alb',
      'Tübingen offen',
    ]);
    expect(lars.upcomingMilestones).toEqual([
      expect.objectContaining({ project: { title: 'Tübingen offen' } }),
    ]);

    // Böblingen is only invited to the Verbund, and runs nothing itself.
    const bodo = await portfolio('bodo');
    expect(bodo.countsByStatus.every((c: { count: number }) => c.count === 0)).toBe(true);
    expect([bodo.upcomingMilestones, bodo.overdueTasks, bodo.recentlyChanged]).toEqual([
      [],
      [],
      [],
    ]);

    const nora = await portfolio('nora');
    expect(nora.recentlyChanged).toEqual([]);
  });

  it('applies the filter by city, partnership, topic, status and search', async () => {
    const titles = async (filter: Record<string, unknown>) =>
      (await portfolio('emil', filter)).recentlyChanged.map((p: { title: string }) => p.title);

    expect(await titles({ cityId: w.cityId('waiblingen') })).toEqual(['Bürgerkonto']);
    expect(await titles({ partnershipId: w.partnershipId('neckar') })).toEqual([
      'Bürgerkonto',
      'Terminbuchung',
      'E-Akte Bauamt',
    ]);
    expect(await titles({ topicId: w.topicId('E_FILE') })).toEqual(['E-Akte Bauamt']);
    expect(await titles({ status: ['IDEA', 'ON_HOLD'] })).toEqual(['Bürgerkonto', 'E-Akte Bauamt']);
    expect(await titles({ search: 'termin' })).toEqual(['Terminbuchung']);
    // Tübingen's public project is visible, but no city of Emil's runs it.
    expect(await titles({ cityId: w.cityId('tuebingen') })).toEqual([]);

    const ideas = await portfolio('emil', { status: ['IDEA'] });
    expect(counts(ideas.countsByStatus)).toMatchObject({ IDEA: 1, IN_PROGRESS: 0 });
    expect(ideas.overdueTasks).toHaveLength(1);
  });

  it('shows a global admin every project', async () => {
    const admin = await portfolio('admin');
    expect(counts(admin.countsByStatus)).toEqual({
      IDEA: 2,
      IN_PROGRESS: 1,
      DONE: 1,
      ON_HOLD: 1,
      CANCELLED: 1,
    });
  });

  it('needs as many queries for many projects as for a few', async () => {
    const measure = async () => {
      await w.cookie('emil');
      operations.length = 0;
      await portfolio('emil');
      return operations.length;
    };
    const before = await measure();
    for (let index = 0; index < 4; index++) {
      await seedProject(app, {
        title: `Weiteres Vorhaben ${index}`,
        lead: index % 2 === 0 ? w.cities.esslingen : w.cities.waiblingen,
        partners: [w.cities.ludwigsburg],
        visibility: 'PARTNERS',
        sharedWith: [w.partnerships.neckar],
        topic: w.topics.OPEN_DATA,
        status: 'IN_PROGRESS',
        createdAt: '2026-01-01T09:00:00Z',
        milestones: [{ title: `Meilenstein ${index}`, dueDate: addDays(today, 10 + index) }],
        tasks: [
          { title: `Aufgabe ${index}`, dueDate: addDays(today, -2), assignee: w.people.emil },
        ],
      });
    }
    expect(await measure()).toBe(before);
  });
});
