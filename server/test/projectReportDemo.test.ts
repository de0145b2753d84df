import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/seed/demoData.ts';
import { demoProjects } from '../src/seed/demoProjects.ts';
import { seedDemoData } from '../src/seed/seed.ts';
import { createTestApp, globalId, type TestApp } from './support/testApp.ts';

// The demo projects as a coordinator meets them: in the dashboard and in the reports of the
// Neckar partnership for 2025 and 2026.

let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
  await seedDemoData(app.prisma, { NODE_ENV: 'test' });
  await seedDemoData(app.prisma, { NODE_ENV: 'test' });
});

afterAll(() => app.close());

const REPORT = `query($scope: ProjectReportScope!, $year: Int!) {
  projectReport(scope: $scope, year: $year) {
    __typename
    ... on QueryProjectReportSuccess {
      data {
        groups { status projects { title isNew previousStatus fundingApplications { title } } }
        changes { title }
        milestonesReached { title }
      }
    }
  }
}`;

type Group = { status: string; projects: { title: string }[] };
const grouped = (groups: Group[]) =>
  Object.fromEntries(groups.map((g) => [g.status, g.projects.map((p) => p.title)]));

describe('demo projects', () => {
  it('are a dozen, once, in all five statuses, with history and links', async () => {
    expect(await app.prisma.project.count()).toBe(demoProjects.length);
    expect(demoProjects.length).toBeGreaterThanOrEqual(12);
    const statuses = await app.prisma.project.groupBy({ by: ['status'], _count: { _all: true } });
    expect(statuses.map((s) => s.status).sort()).toEqual([
      'CANCELLED',
      'DONE',
      'IDEA',
      'IN_PROGRESS',
      'ON_HOLD',
    ]);
    const visibilities = await app.prisma.project.groupBy({ by: ['visibility'] });
    expect(visibilities).toHaveLength(3);
    expect(
      await app.prisma.projectUpdate.count({ where: { at: { lt: new Date('2026-01-01') } } }),
    ).toBeGreaterThan(5);
    expect(await app.prisma.projectProcessModel.count()).toBeGreaterThanOrEqual(4);
    expect(await app.prisma.projectFundingApplication.count()).toBe(1);
  });

  it('give the Neckar partnership a 2025 and a 2026 report that differ', async () => {
    const cookie = await app.login('coordinator@esslingen.demo', DEMO_PASSWORD);
    const neckar = await app.prisma.partnership.findFirstOrThrow({
      where: { name: 'Digitalisierungsverbund Neckar' },
    });
    const scope = { kind: 'PARTNERSHIP', id: globalId('Partnership', neckar.id) };
    const of = async (year: number) =>
      (await app.gql(REPORT, { scope, year }, { cookie })).data.projectReport.data;

    const y2025 = await of(2025);
    expect(grouped(y2025.groups)).toMatchObject({
      IN_PROGRESS: expect.arrayContaining(['Digitaler Bewohnerparkausweis']),
      IDEA: expect.arrayContaining([
        'Bürgerkonto-Anbindung Terminvergabe',
        'Digitalisierungsstrategie Neckar-Verbund',
      ]),
      DONE: [],
    });
    // Waiblingen's private E-Akte is not Esslingen's to see; Böblingen's private project is not
    // in the Verbund's report either.
    const all2025 = y2025.groups.flatMap((g: Group) => g.projects.map((p) => p.title));
    expect(all2025).not.toContain('E-Akte im Bürgerbüro');
    expect(all2025).not.toContain('Servicekonto für alle Fachverfahren');
    expect(all2025).not.toContain('Open-Data-Portal Neckar');
    expect(y2025.milestonesReached.map((m: { title: string }) => m.title)).toEqual([
      'Anbindung Melde- und Fahrzeugregister',
    ]);

    const y2026 = await of(2026);
    expect(grouped(y2026.groups)).toMatchObject({
      DONE: ['Digitaler Bewohnerparkausweis'],
      IDEA: ['Open-Data-Portal Neckar'],
      IN_PROGRESS: [
        'Bürgerkonto-Anbindung Terminvergabe',
        'Digitaler Posteingang Rathaus',
        'Digitalisierungsstrategie Neckar-Verbund',
      ],
    });
    const strategy = y2026.groups
      .flatMap((g: { projects: { title: string }[] }) => g.projects)
      .find((p: { title: string }) => p.title === 'Digitalisierungsstrategie Neckar-Verbund');
    expect(strategy.fundingApplications).toEqual([
      { title: 'Digitalisierungsstrategie Neckar-Verbund' },
    ]);
  });

  it('fill the coordinator dashboard with upcoming milestones and overdue tasks', async () => {
    const cookie = await app.login('coordinator@waiblingen.demo', DEMO_PASSWORD);
    const res = await app.gql(
      `{ projectPortfolio {
          countsByStatus { status count }
          upcomingMilestones { milestone { title } project { title } }
          overdueTasks { task { title assignee { displayName } } project { title } }
        } }`,
      {},
      { cookie },
    );
    const portfolio = res.data.projectPortfolio;
    // Waiblingen's own and joint projects, the Verbund's shared ones and Ludwigsburg's public
    // relaunch; Böblingen's private, cancelled one stays hidden.
    expect(portfolio.countsByStatus).toEqual([
      { status: 'IDEA', count: 1 },
      { status: 'IN_PROGRESS', count: 2 },
      { status: 'DONE', count: 2 },
      { status: 'ON_HOLD', count: 1 },
      { status: 'CANCELLED', count: 0 },
    ]);
    expect(
      portfolio.upcomingMilestones.map((m: { milestone: { title: string } }) => m.milestone.title),
    ).toEqual([
      'Pilotbetrieb im Bürgerbüro',
      'Strategie-Workshop mit allen Fachämtern',
      'Datensätze auswählen',
    ]);
    expect(portfolio.overdueTasks).toContainEqual({
      task: {
        title: 'Datenschutz-Folgenabschätzung abschließen',
        assignee: { displayName: 'Koordination Waiblingen' },
      },
      project: { title: 'Bürgerkonto-Anbindung Terminvergabe' },
    });
  });
});
