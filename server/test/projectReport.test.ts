import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFundingApplication, seedProcessModel, seedProject } from './projectReportFixtures.ts';
import {
  type ProjectPerson,
  type ProjectWorld,
  seedProjectWorld,
} from './support/projectsWorld.ts';
import { createTestApp, type PrismaOperation, type TestApp } from './support/testApp.ts';

// The annual report of Esslingen and of "Verbund Neckar" (Esslingen + Waiblingen accepted,
// Böblingen only invited) for 2025, from projects with a backdated past:
//
//   Online-Terminvergabe  Esslingen, PRIVATE. Idea in March 2025, in implementation from
//                         September 2025, done in June 2026. A milestone reached in Nov 2025,
//                         another in 2026. Linked: a public and a foreign private process model,
//                         an application of Esslingen's.
//   E-Akte Bauamt         Ludwigsburg with Esslingen as partner, since 2024, no log: unchanged.
//   Open-Data-Portal      Esslingen, since 2024; put on hold in July 2025, cancelled in 2026.
//   Chatbot Bürgerbüro    Esslingen, created in 2026: not in the 2025 report.
//   Bürgerkonto Verbund   Waiblingen, shared with Verbund Neckar, new in 2025 as an idea.
//   Waiblingen intern     Waiblingen, PRIVATE: only Waiblingen sees it.
//   Tübinger Vorhaben     Tübingen, PRIVATE, Ludwigsburg partner: in nobody's Neckar report.

let app: TestApp;
let w: ProjectWorld;
const operations: PrismaOperation[] = [];

beforeAll(async () => {
  app = await createTestApp({ onQuery: (op) => operations.push(op) });
  w = await seedProjectWorld(app);
  const { cities, topics, partnerships } = w;
  const publicModel = await seedProcessModel(app, {
    city: cities.esslingen,
    author: w.people.erik,
    title: 'Terminbuchung Bürgerbüro',
    visibility: 'PUBLIC',
  });
  const foreignModel = await seedProcessModel(app, {
    city: cities.tuebingen,
    author: w.people.tom,
    title: 'Tübinger Geheimprozess',
    visibility: 'PRIVATE',
  });
  const application = await seedFundingApplication(app, {
    title: 'Förderung Online-Termine',
    lead: cities.esslingen,
  });
  await seedProject(app, {
    title: 'Online-Terminvergabe',
    lead: cities.esslingen,
    topic: topics.DIGITAL_SERVICES,
    status: 'DONE',
    progress: 100,
    createdAt: '2025-03-10T09:00:00Z',
    history: [
      ['2025-09-15T08:00:00Z', 'IDEA', 'IN_PROGRESS', [0, 30]],
      ['2026-06-10T08:00:00Z', 'IN_PROGRESS', 'DONE', [30, 100]],
    ],
    milestones: [
      { title: 'Pilot im Bürgerbüro', dueDate: '2025-11-30', doneAt: '2025-11-20T10:00:00Z' },
      { title: 'Go-live', dueDate: '2026-06-01', doneAt: '2026-06-01T10:00:00Z' },
    ],
    processModelIds: [publicModel.id, foreignModel.id],
    fundingApplicationIds: [application.id],
  });
  await seedProject(app, {
    title: 'E-Akte Bauamt',
    lead: cities.ludwigsburg,
    partners: [cities.esslingen],
    topic: topics.E_FILE,
    status: 'IN_PROGRESS',
    progress: 50,
    createdAt: '2024-02-01T09:00:00Z',
  });
  await seedProject(app, {
    title: 'Open-Data-Portal',
    lead: cities.esslingen,
    topic: topics.OPEN_DATA,
    status: 'CANCELLED',
    progress: 20,
    createdAt: '2024-05-01T09:00:00Z',
    history: [
      ['2024-06-01T08:00:00Z', 'IDEA', 'IN_PROGRESS', [0, 20]],
      ['2025-07-01T08:00:00Z', 'IN_PROGRESS', 'ON_HOLD', [20, 20]],
      ['2026-02-01T08:00:00Z', 'ON_HOLD', 'CANCELLED', [20, 20]],
    ],
  });
  await seedProject(app, {
    title: 'Chatbot Bürgerbüro',
    lead: cities.esslingen,
    topic: topics.ONLINE_ACCOUNT,
    status: 'IDEA',
    createdAt: '2026-01-05T09:00:00Z',
  });
  await seedProject(app, {
    title: 'Bürgerkonto Verbund',
    lead: cities.waiblingen,
    topic: topics.ONLINE_ACCOUNT,
    status: 'IDEA',
    visibility: 'PARTNERS',
    sharedWith: [partnerships.neckar],
    createdAt: '2025-01-15T09:00:00Z',
  });
  await seedProject(app, {
    title: 'Waiblingen intern',
    lead: cities.waiblingen,
    topic: topics.WEBSITE_RELAUNCH,
    status: 'IN_PROGRESS',
    progress: 10,
    createdAt: '2024-03-01T09:00:00Z',
  });
  await seedProject(app, {
    title: 'Tübinger Vorhaben',
    lead: cities.tuebingen,
    partners: [cities.ludwigsburg],
    topic: topics.E_FILE,
    status: 'DONE',
    progress: 100,
    createdAt: '2024-03-01T09:00:00Z',
  });
});

afterAll(() => app.close());

function reportPath(kind: 'city' | 'partnership', id: string, year: number, format: string) {
  return `/exports/project-report/${kind}/${id}/${year}.${format}`;
}

async function download(person: ProjectPerson | null, path: string) {
  const cookie = person ? await w.cookie(person) : undefined;
  const response = await app.yoga.fetch(`http://localhost${path}`, {
    headers: cookie ? { cookie } : {},
  });
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    disposition: response.headers.get('content-disposition'),
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

async function sheets(bytes: Buffer): Promise<Map<string, unknown[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const result = new Map<string, unknown[][]>();
  for (const sheet of workbook.worksheets) {
    const rows: unknown[][] = [];
    sheet.eachRow((row) => {
      rows.push((row.values as unknown[]).slice(1));
    });
    result.set(sheet.name, rows);
  }
  return result;
}

async function csvRows(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  const sheet = await workbook.csv.read(
    Readable.from([bytes.toString('utf8').replace(/^\uFEFF/, '')]),
    { parserOptions: { delimiter: ';' }, map: (value: unknown) => value },
  );
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    rows.push((row.values as string[]).slice(1));
  });
  return rows;
}

async function pdfText(bytes: Buffer): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

const REPORT = `query($scope: ProjectReportScope!, $year: Int!) {
  projectReport(scope: $scope, year: $year) {
    __typename
    ... on Error { message }
    ... on ValidationError { fieldErrors { path message } }
    ... on QueryProjectReportSuccess {
      data {
        scopeName cityNames year projectCount newProjectCount downloads { xlsx }
        groups { status trafficLight projects { title previousStatus isNew progressPercent
          processModels { title } fundingApplications { title programmeName status } } }
        changes { title previousStatus status previousProgressPercent progressPercent isNew }
        milestonesReached { projectTitle title dueDate reachedOn }
      }
    }
  }
}`;

function report(person: ProjectPerson, kind: 'CITY' | 'PARTNERSHIP', id: string, year: number) {
  return w.as(person, REPORT, { scope: { kind, id }, year });
}

type Group = { status: string; projects: { title: string }[] };
const grouped = (groups: Group[]) =>
  Object.fromEntries(groups.map((g) => [g.status, g.projects.map((p) => p.title)]));

describe('the annual report as a workbook', () => {
  it('groups Esslingen’s 2025 projects by their status at the end of 2025', async () => {
    const file = await download('emil', reportPath('city', w.cities.esslingen.id, 2025, 'xlsx'));
    expect([file.status, file.contentType]).toEqual([
      200,
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ]);
    expect(file.disposition).toContain(
      'attachment; filename="dokumentation-digitalisierung-esslingen-am-neckar-2025.xlsx"',
    );
    const book = await sheets(file.bytes);

    const projects = book.get('Vorhaben') ?? [];
    expect(
      projects.slice(1).map((row) => [row[0], row[1], row[2], row[6], row[7], row[8]]),
    ).toEqual([
      ['In Umsetzung', 'gelb', 'E-Akte Bauamt', 50, 'In Umsetzung', 50],
      ['In Umsetzung', 'gelb', 'Online-Terminvergabe', 30, 'neu', undefined],
      ['Pausiert', 'pausiert', 'Open-Data-Portal', 20, 'In Umsetzung', 20],
    ]);
    const overview = book.get('Übersicht') ?? [];
    expect(overview).toContainEqual(['Bereich', 'Esslingen am Neckar']);
    expect(overview).toContainEqual(['In Umsetzung', 'gelb', 2, 2]);
    expect(overview).toContainEqual(['Umgesetzt', 'grün', 0, 0]);
  });

  it('states what changed since 2024 and the milestones reached in 2025', async () => {
    const file = await download('emil', reportPath('city', w.cities.esslingen.id, 2025, 'xlsx'));
    const book = await sheets(file.bytes);

    expect(book.get('Veränderungen')?.slice(1)).toEqual([
      ['Online-Terminvergabe', 'ja', undefined, 'In Umsetzung', undefined, 30],
      ['Open-Data-Portal', 'nein', 'In Umsetzung', 'Pausiert', 20, 20],
    ]);
    expect(book.get('Meilensteine')?.slice(1)).toEqual([
      ['Online-Terminvergabe', 'Pilot im Bürgerbüro', '30.11.2025', '20.11.2025'],
    ]);
  });

  it('shows 2026 with the project done, the one cancelled and the new one', async () => {
    const file = await download('emil', reportPath('city', w.cities.esslingen.id, 2026, 'xlsx'));
    const projects = (await sheets(file.bytes)).get('Vorhaben') ?? [];
    expect(projects.slice(1).map((row) => [row[0], row[2], row[7]])).toEqual([
      ['Idee', 'Chatbot Bürgerbüro', 'neu'],
      ['In Umsetzung', 'E-Akte Bauamt', 'In Umsetzung'],
      ['Umgesetzt', 'Online-Terminvergabe', 'In Umsetzung'],
      ['Abgebrochen', 'Open-Data-Portal', 'Pausiert'],
    ]);
  });
});

describe('the annual report as CSV and PDF', () => {
  it('writes the same project table as CSV', async () => {
    const file = await download('emil', reportPath('city', w.cities.esslingen.id, 2025, 'csv'));
    expect([file.status, file.contentType]).toEqual([200, 'text/csv; charset=utf-8']);
    const rows = await csvRows(file.bytes);

    expect(rows[0]?.slice(0, 3)).toEqual(['Status Ende 2025', 'Ampel', 'Vorhaben']);
    expect(rows.slice(1).map((row) => [row[0], row[2], row[7], row[9]])).toEqual([
      ['In Umsetzung', 'E-Akte Bauamt', 'In Umsetzung', 'In Umsetzung'],
      ['In Umsetzung', 'Online-Terminvergabe', 'neu', 'neu: In Umsetzung'],
      ['Pausiert', 'Open-Data-Portal', 'In Umsetzung', 'In Umsetzung → Pausiert'],
    ]);
    const online = rows.find((row) => row[2] === 'Online-Terminvergabe') ?? [];
    expect(online.slice(12)).toEqual([
      'Pilot im Bürgerbüro (20.11.2025)',
      'Terminbuchung Bürgerbüro (Esslingen am Neckar)',
      expect.stringMatching(/^Förderung Online-Termine – Programm für .* \(Eingereicht\)$/),
    ]);
  });

  it('renders the PDF with traffic lights, changes and milestones', async () => {
    const file = await download('emil', reportPath('city', w.cities.esslingen.id, 2025, 'pdf'));
    expect([file.status, file.contentType]).toEqual([200, 'application/pdf']);
    const text = await pdfText(file.bytes);

    expect(text).toContain('Dokumentation Digitalisierung 2025');
    expect(text).toContain('Esslingen am Neckar');
    expect(text).toContain('In Umsetzung (2)');
    expect(text).toContain('Ampel: gelb');
    expect(text).toContain('Pausiert (1)');
    expect(text).toContain('Veränderungen gegenüber 2024');
    expect(text).toContain('In Umsetzung » Pausiert');
    expect(text).toContain('Pilot im Bürgerbüro 30.11.2025 20.11.2025');
    expect(text).not.toContain('Chatbot');
    expect(text).not.toContain('Tübinger Geheimprozess');
  });
});

describe('projectReport query', () => {
  it('answers the same report, with only the linked things the viewer may see', async () => {
    const res = await report('emil', 'CITY', w.cityId('esslingen'), 2025);
    const data = res.data.projectReport.data;

    expect(data.scopeName).toBe('Esslingen am Neckar');
    expect([data.projectCount, data.newProjectCount]).toEqual([3, 1]);
    expect(grouped(data.groups)).toEqual({
      IDEA: [],
      IN_PROGRESS: ['E-Akte Bauamt', 'Online-Terminvergabe'],
      DONE: [],
      ON_HOLD: ['Open-Data-Portal'],
      CANCELLED: [],
    });
    expect(data.groups.map((g: { trafficLight: string }) => g.trafficLight)).toEqual([
      'RED',
      'YELLOW',
      'GREEN',
      'PAUSED',
      'CANCELLED',
    ]);
    const online = data.groups[1].projects[1];
    expect(online.processModels).toEqual([{ title: 'Terminbuchung Bürgerbüro' }]);
    expect(online.fundingApplications).toEqual([
      expect.objectContaining({ title: 'Förderung Online-Termine', status: 'SUBMITTED' }),
    ]);
    expect(data.changes).toEqual([
      {
        title: 'Online-Terminvergabe',
        previousStatus: null,
        status: 'IN_PROGRESS',
        previousProgressPercent: null,
        progressPercent: 30,
        isNew: true,
      },
      {
        title: 'Open-Data-Portal',
        previousStatus: 'IN_PROGRESS',
        status: 'ON_HOLD',
        previousProgressPercent: 20,
        progressPercent: 20,
        isNew: false,
      },
    ]);
    expect(data.milestonesReached).toEqual([
      {
        projectTitle: 'Online-Terminvergabe',
        title: 'Pilot im Bürgerbüro',
        dueDate: '2025-11-30',
        reachedOn: '2025-11-20',
      },
    ]);
    expect(data.downloads.xlsx).toBe(
      `/exports/project-report/city/${w.cities.esslingen.id}/2025.xlsx`,
    );
  });

  it('hides an application from a process owner, who may not read applications', async () => {
    const res = await report('erik', 'CITY', w.cityId('esslingen'), 2025);
    const online = res.data.projectReport.data.groups[1].projects[1];
    expect(online.fundingApplications).toEqual([]);
  });

  it('refuses years before 2000 and after next year', async () => {
    const thisYear = Number(
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric' }).format(),
    );
    for (const year of [1999, thisYear + 2]) {
      const res = await report('emil', 'CITY', w.cityId('esslingen'), year);
      expect(res.data.projectReport).toEqual({
        __typename: 'ValidationError',
        message: expect.any(String),
        fieldErrors: [{ path: 'year', message: 'Choose a year from 2000 to next year.' }],
      });
      const file = await download('emil', reportPath('city', w.cities.esslingen.id, year, 'csv'));
      expect(file.status).toBe(404);
    }
    const next = await report('emil', 'CITY', w.cityId('esslingen'), thisYear + 1);
    expect(next.data.projectReport.__typename).toBe('QueryProjectReportSuccess');
  });
});

describe('report tenancy', () => {
  it('reports on a partnership with what each member city may see', async () => {
    const emil = await report('emil', 'PARTNERSHIP', w.partnershipId('neckar'), 2025);
    expect(emil.data.projectReport.data.cityNames).toEqual(['Esslingen am Neckar', 'Waiblingen']);
    expect(grouped(emil.data.projectReport.data.groups)).toEqual({
      IDEA: ['Bürgerkonto Verbund'],
      IN_PROGRESS: ['E-Akte Bauamt', 'Online-Terminvergabe'],
      DONE: [],
      ON_HOLD: ['Open-Data-Portal'],
      CANCELLED: [],
    });

    const willi = await report('willi', 'PARTNERSHIP', w.partnershipId('neckar'), 2025);
    expect(grouped(willi.data.projectReport.data.groups)).toEqual({
      IDEA: ['Bürgerkonto Verbund'],
      IN_PROGRESS: ['Waiblingen intern'],
      DONE: [],
      ON_HOLD: [],
      CANCELLED: [],
    });
    const file = await download(
      'willi',
      reportPath('partnership', w.partnerships.neckar.id, 2025, 'csv'),
    );
    expect(file.status).toBe(200);
    expect(file.bytes.toString('utf8')).not.toContain('Online-Terminvergabe');
  });

  it('is not found for a city or partnership that is not the viewer’s', async () => {
    const cases: [ProjectPerson | null, 'city' | 'partnership', string][] = [
      ['tina', 'city', w.cities.esslingen.id],
      ['lars', 'city', w.cities.esslingen.id],
      ['nora', 'city', w.cities.esslingen.id],
      [null, 'city', w.cities.esslingen.id],
      ['bodo', 'partnership', w.partnerships.neckar.id],
      ['tina', 'partnership', w.partnerships.neckar.id],
      ['emil', 'city', '00000000-0000-4000-8000-000000000000'],
      ['emil', 'city', 'kein-uuid'],
    ];
    for (const [person, kind, id] of cases) {
      for (const format of ['pdf', 'xlsx', 'csv']) {
        const file = await download(person, reportPath(kind, id, 2025, format));
        expect([person, kind, format, file.status]).toEqual([person, kind, format, 404]);
      }
    }
    const tina = await report('tina', 'CITY', w.cityId('esslingen'), 2025);
    expect(tina.data.projectReport).toMatchObject({ __typename: 'NotFoundError' });
    const bodo = await report('bodo', 'PARTNERSHIP', w.partnershipId('neckar'), 2025);
    expect(bodo.data.projectReport).toMatchObject({ __typename: 'NotFoundError' });
    const wrongType = await report('emil', 'CITY', w.partnershipId('neckar'), 2025);
    expect(wrongType.data.projectReport).toMatchObject({ __typename: 'NotFoundError' });
    const anonymous = await w.as(null, REPORT, {
      scope: { kind: 'CITY', id: w.cityId('esslingen') },
      year: 2025,
    });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lets a partner city report on its own partnership, and a global admin on any', async () => {
    // Kooperation Alb: Tübingen and Ludwigsburg. Ludwigsburg's coordinator sees its own projects
    // and those it is a partner of, but not Esslingen's private ones it is not part of.
    const lars = await report('lars', 'PARTNERSHIP', w.partnershipId('alb'), 2025);
    expect(grouped(lars.data.projectReport.data.groups)).toEqual({
      IDEA: [],
      IN_PROGRESS: ['E-Akte Bauamt'],
      DONE: ['Tübinger Vorhaben'],
      ON_HOLD: [],
      CANCELLED: [],
    });

    const admin = await report('admin', 'CITY', w.cityId('waiblingen'), 2025);
    expect(grouped(admin.data.projectReport.data.groups)).toMatchObject({
      IDEA: ['Bürgerkonto Verbund'],
      IN_PROGRESS: ['Waiblingen intern'],
    });
    const file = await download('admin', reportPath('city', w.cities.tuebingen.id, 2025, 'pdf'));
    expect(file.status).toBe(200);
  });
});

describe('report queries', () => {
  it('needs as many queries for many projects as for a few', async () => {
    // Projects of 2027 stay out of every earlier report the tests above look at.
    const thisYear = Number(
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin', year: 'numeric' }).format(),
    );
    const year = thisYear + 1;
    const measure = async () => {
      await w.cookie('emil');
      operations.length = 0;
      const res = await report('emil', 'PARTNERSHIP', w.partnershipId('neckar'), year);
      expect(res.data.projectReport.__typename).toBe('QueryProjectReportSuccess');
      const file = await download(
        'emil',
        reportPath('partnership', w.partnerships.neckar.id, year, 'xlsx'),
      );
      expect(file.status).toBe(200);
      return operations.length;
    };
    const before = await measure();
    const model = await seedProcessModel(app, {
      city: w.cities.waiblingen,
      author: w.people.wanda,
      title: 'Waiblinger Prozess',
      visibility: 'PARTNERS',
    });
    for (let index = 0; index < 4; index++) {
      await seedProject(app, {
        title: `Vorhaben ${year} Nr. ${index}`,
        lead: index % 2 === 0 ? w.cities.esslingen : w.cities.waiblingen,
        partners: [w.cities.ludwigsburg],
        topic: w.topics.OPEN_DATA,
        status: 'IN_PROGRESS',
        createdAt: `${year}-01-0${index + 1}T09:00:00Z`,
        history: [[`${year}-02-01T09:00:00Z`, 'IDEA', 'IN_PROGRESS', [0, 10]]],
        milestones: [
          { title: 'Erreicht', dueDate: `${year}-03-01`, doneAt: `${year}-03-01T09:00:00Z` },
        ],
        processModelIds: [model.id],
      });
    }
    expect(await measure()).toBe(before);
  });
});
