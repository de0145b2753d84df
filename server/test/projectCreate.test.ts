import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { errorCodes, PROJECTS, projectTitles, resultOf } from './support/projectsOperations.ts';
import {
  createProject,
  type NewProject,
  newProject,
  readProject,
} from './support/projectsSteps.ts';
import { type ProjectWorld, projectData, seedProjectWorld } from './support/projectsWorld.ts';
import { createTestApp, globalId, type TestApp } from './support/testApp.ts';

describe('creating a project', () => {
  let app: TestApp;
  let w: ProjectWorld;
  beforeEach(async () => {
    app = await createTestApp();
    w = await seedProjectWorld(app);
  });
  afterEach(() => app.close());

  it('is done by a coordinator of the lead city, with partner cities and contacts', async () => {
    const created = await newProject(w, {
      title: '  Bürgerkonto für alle ',
      topic: 'ONLINE_ACCOUNT',
      partners: ['ludwigsburg'],
      status: 'IN_PROGRESS',
      progressPercent: 25,
      startDate: '2026-01-15',
      plannedEndDate: '2027-06-30',
      contacts: [
        { name: 'Emil Esslinger', email: 'emil@esslingen.test', phone: '0711 123', role: 'Lead' },
        { name: 'Lars Ludwig' },
      ],
    });
    expect(created).toMatchObject({
      title: 'Bürgerkonto für alle',
      description: 'Bauanträge online stellen und gemeinsam bearbeiten',
      status: 'IN_PROGRESS',
      progressPercent: 25,
      startDate: '2026-01-15',
      plannedEndDate: '2027-06-30',
      visibility: 'PRIVATE',
      version: 1,
      topic: { id: w.topicId('ONLINE_ACCOUNT'), key: 'ONLINE_ACCOUNT' },
      leadCity: { id: w.cityId('esslingen'), slug: 'esslingen' },
      partners: [{ id: w.cityId('ludwigsburg'), slug: 'ludwigsburg' }],
      sharedWith: [],
      milestones: [],
      tasks: [],
      viewerCanEdit: true,
    });
    expect(created.contacts).toEqual([
      { name: 'Emil Esslinger', email: 'emil@esslingen.test', phone: '0711 123', role: 'Lead' },
      { name: 'Lars Ludwig', email: '', phone: '', role: '' },
    ]);
    const stored = await app.prisma.project.findFirstOrThrow();
    expect(stored).toMatchObject({
      title: 'Bürgerkonto für alle',
      leadCityId: w.cities.esslingen.id,
      createdById: w.people.emil.id,
    });
    expect(globalId('Project', stored.id)).toBe(created.id);
    expect(created.rawId).toBe(stored.id);

    // The partner city's coordinator runs it too; its process owner only reads it.
    expect(await readProject(w, created.id, 'lars')).toMatchObject({ viewerCanEdit: true });
    expect(await readProject(w, created.id, 'lena')).toMatchObject({
      viewerCanEdit: false,
      assignableUsers: [],
    });
    expect(projectTitles(await w.as('lars', PROJECTS))).toEqual(['Bürgerkonto für alle']);
  });

  it('starts as an idea at 0 %, and its history there', async () => {
    const created = await newProject(w, { partners: [] });
    expect(created).toMatchObject({
      status: 'IDEA',
      progressPercent: 0,
      startDate: null,
      plannedEndDate: null,
      partners: [],
      contacts: [],
    });
    // The status history begins with the first status, without an invented "from".
    expect(created.updates).toEqual([
      {
        id: expect.any(String),
        actorName: 'emil',
        at: expect.any(String),
        fromStatus: null,
        toStatus: 'IDEA',
        fromProgress: null,
        toProgress: 0,
        text: '',
      },
    ]);
  });

  it('counts a project created as done as complete', async () => {
    const created = await newProject(w, { status: 'DONE' });
    expect([created.status, created.progressPercent]).toEqual(['DONE', 100]);
    expect(created.updates.map((u) => [u.toStatus, u.toProgress])).toEqual([['DONE', 100]]);
  });

  it('offers the members of the participating cities as assignees, to those who edit', async () => {
    const created = await newProject(w, { partners: ['ludwigsburg'] });
    const names = created.assignableUsers.map((u) => u.displayName).sort();
    expect(names).toEqual(['elke', 'ella', 'emil', 'erik', 'eva', 'lars', 'lena', 'lisa']);
  });

  it.each([
    ['an empty title', { title: '   ' }, 'input.title'],
    ['a title over 200 characters', { title: 'x'.repeat(201) }, 'input.title'],
    ['progress below 0 %', { progressPercent: -1 }, 'input.progressPercent'],
    ['progress above 100 %', { progressPercent: 101 }, 'input.progressPercent'],
    [
      'a planned end before the start',
      { startDate: '2026-05-01', plannedEndDate: '2026-04-30' },
      'input.plannedEndDate',
    ],
    [
      'a contact with an invalid e-mail address',
      { contacts: [{ name: 'Emil', email: 'emil-at-esslingen' }] },
      'input.contacts.0.email',
    ],
    [
      'a contact without a name',
      { contacts: [{ name: ' ', email: 'a@b.de' }] },
      'input.contacts.0.name',
    ],
  ] satisfies [string, NewProject, string][])(
    'refuses %s with a ValidationError, storing nothing',
    async (_what, input, path) => {
      const before = await projectData(app);
      const res = await createProject(w, input);
      expect(res.errors).toBeUndefined();
      expect(resultOf(res)).toMatchObject({
        __typename: 'ValidationError',
        fieldErrors: [{ path, message: expect.any(String) }],
      });
      expect(await projectData(app)).toEqual(before);
    },
  );

  it('accepts progress of exactly 0 and 100 % and a one-day project', async () => {
    const zero = await newProject(w, { title: 'Null', progressPercent: 0 });
    const full = await newProject(w, {
      title: 'Voll',
      status: 'DONE',
      progressPercent: 100,
      startDate: '2026-03-01',
      plannedEndDate: '2026-03-01',
    });
    expect([zero.progressPercent, full.progressPercent, full.plannedEndDate]).toEqual([
      0,
      100,
      '2026-03-01',
    ]);
  });

  it('refuses an unknown topic or partner city with a NotFoundError', async () => {
    const phantom = '00000000-0000-4000-8000-000000000000';
    const before = await projectData(app);
    const noTopic = await w.as('emil', CREATE_RAW, {
      input: { ...minimalInput(w), topicId: globalId('ProjectTopic', phantom) },
    });
    expect(resultOf(noTopic)).toMatchObject({ __typename: 'NotFoundError' });
    const noCity = await w.as('emil', CREATE_RAW, {
      input: { ...minimalInput(w), partnerCityIds: [globalId('City', phantom)] },
    });
    expect(noCity.errors).toBeUndefined();
    expect(resultOf(noCity)?.__typename).toMatch(/^(NotFoundError|ValidationError)$/);
    expect(await projectData(app)).toEqual(before);
  });

  it.each([
    ['a process owner', 'erik'],
    ['a funding officer', 'elke'],
    ['a city admin', 'eva'],
  ] as const)('is FORBIDDEN to %s of the lead city', async (_who, person) => {
    const before = await projectData(app);
    const res = await createProject(w, { as: person });
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(await projectData(app)).toEqual(before);
  });

  it('is FORBIDDEN for a city the coordinator does not belong to', async () => {
    const before = await projectData(app);
    // Ludwigsburg's coordinator cannot make Esslingen the lead, even with itself as partner.
    const res = await createProject(w, {
      as: 'lars',
      lead: 'esslingen',
      partners: ['ludwigsburg'],
    });
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    const outsider = await createProject(w, { as: 'nora', lead: 'esslingen' });
    expect(errorCodes(outsider)).toEqual(['FORBIDDEN']);
    expect(await projectData(app)).toEqual(before);
  });

  it('asks anonymous visitors to sign in', async () => {
    const anonymous = await app.gql(CREATE_RAW, { input: minimalInput(w) });
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
    expect(await app.prisma.project.count()).toBe(0);
  });
});

const CREATE_RAW = `mutation($input: CreateProjectInput!) {
  createProject(input: $input) {
    __typename
    ... on Error { message }
    ... on MutationCreateProjectSuccess { data { id } }
  }
}`;

function minimalInput(w: ProjectWorld) {
  return {
    title: 'Minimal',
    topicId: w.topicId('E_FILE'),
    leadCityId: w.cityId('esslingen'),
  };
}
