import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_TOPICS, PROJECTS, projectTitles } from './support/projectsOperations.ts';
import { changeStatus, newProject } from './support/projectsSteps.ts';
import { type ProjectWorld, seedProjectWorld } from './support/projectsWorld.ts';
import { createTestApp, globalId, type TestApp } from './support/testApp.ts';

// The register as Ludwigsburg's coordinator sees it: its own joint projects, the PUBLIC ones of
// others, never Tübingen's PRIVATE one.
const P = {
  esslingen: 'Bürgerkonto Esslingen',
  waiblingen: 'E-Akte Waiblingen',
  tuebingen: 'Open Data Tübingen',
  boeblingen: 'Website Böblingen',
  hidden: 'Tübinger Geheimsache',
};

describe('the project register', () => {
  let app: TestApp;
  let w: ProjectWorld;

  beforeAll(async () => {
    app = await createTestApp();
    w = await seedProjectWorld(app);
    const esslingen = await newProject(w, {
      title: P.esslingen,
      topic: 'ONLINE_ACCOUNT',
      partners: ['ludwigsburg'],
    });
    await newProject(w, {
      title: P.waiblingen,
      lead: 'waiblingen',
      partners: [],
      topic: 'E_FILE',
      visibility: 'PUBLIC',
    });
    await newProject(w, {
      title: P.tuebingen,
      lead: 'tuebingen',
      partners: ['ludwigsburg'],
      topic: 'OPEN_DATA',
      status: 'DONE',
    });
    await newProject(w, {
      title: P.boeblingen,
      lead: 'boeblingen',
      partners: [],
      topic: 'WEBSITE_RELAUNCH',
      description: 'Neuer Internetauftritt, BARRIEREFREI nach BITV',
      status: 'ON_HOLD',
      visibility: 'PUBLIC',
    });
    await newProject(w, {
      title: P.hidden,
      lead: 'tuebingen',
      partners: [],
      topic: 'OPEN_DATA',
      status: 'ON_HOLD',
      description: 'barrierefrei und geheim',
    });
    // Esslingen's project changed last: it heads the register.
    await changeStatus(w, esslingen.id, {
      status: 'IN_PROGRESS',
      progressPercent: 40,
      expectedVersion: esslingen.version,
    });
  });
  afterAll(() => app.close());

  const lars = (variables: Record<string, unknown>) => w.as('lars', PROJECTS, variables);

  it('lists the visible projects, most recently changed first', async () => {
    expect(projectTitles(await lars({}))).toEqual([
      P.esslingen,
      P.boeblingen,
      P.tuebingen,
      P.waiblingen,
    ]);
  });

  it.each([
    [
      'a city, as lead or partner',
      () => ({ cityId: w.cityId('ludwigsburg') }),
      ['esslingen', 'tuebingen'],
    ],
    [
      'a city whose PRIVATE project is hidden',
      () => ({ cityId: w.cityId('tuebingen') }),
      ['tuebingen'],
    ],
    [
      'a partnership: projects of its accepted member cities',
      () => ({ partnershipId: w.partnershipId('neckar') }),
      ['esslingen', 'waiblingen'],
    ],
    [
      'a partnership the viewer’s city belongs to',
      () => ({ partnershipId: w.partnershipId('alb') }),
      ['esslingen', 'tuebingen'],
    ],
    ['a topic', () => ({ topicId: w.topicId('E_FILE') }), ['waiblingen']],
    ['statuses', () => ({ status: ['IDEA', 'ON_HOLD'] }), ['boeblingen', 'waiblingen']],
    [
      'no status at all',
      () => ({ status: [] }),
      ['esslingen', 'boeblingen', 'tuebingen', 'waiblingen'],
    ],
    ['a word of the title, in any case', () => ({ search: 'bürgerKONTO' }), ['esslingen']],
    ['a word of the description', () => ({ search: ' barrierefrei ' }), ['boeblingen']],
    [
      'a city and a status together',
      () => ({ cityId: w.cityId('ludwigsburg'), status: ['DONE'] }),
      ['tuebingen'],
    ],
    ['an id of the wrong type, matching nothing', () => ({ cityId: w.topicId('E_FILE') }), []],
  ] as const)('filters by %s', async (_what, filter, expected) => {
    const titles = projectTitles(await lars({ filter: filter() }));
    expect(titles).toEqual(expected.map((key) => P[key]));
  });

  it('pages through the register with first and after', async () => {
    const first = await lars({ first: 3 });
    expect(projectTitles(first)).toEqual([P.esslingen, P.boeblingen, P.tuebingen]);
    expect(first.data.projects.pageInfo.hasNextPage).toBe(true);
    const second = await lars({ first: 3, after: first.data.projects.pageInfo.endCursor });
    expect(projectTitles(second)).toEqual([P.waiblingen]);
    expect(second.data.projects.pageInfo.hasNextPage).toBe(false);

    const filtered = await lars({ first: 1, filter: { cityId: w.cityId('ludwigsburg') } });
    expect(projectTitles(filtered)).toEqual([P.esslingen]);
    const rest = await lars({
      first: 5,
      after: filtered.data.projects.pageInfo.endCursor,
      filter: { cityId: w.cityId('ludwigsburg') },
    });
    expect(projectTitles(rest)).toEqual([P.tuebingen]);
  });

  it('shows the global admin everything, Tübingen its own PRIVATE project', async () => {
    const all = projectTitles(await w.as('admin', PROJECTS, { filter: { search: 'geheim' } }));
    expect(all).toEqual([P.hidden]);
    const own = await w.as('tom', PROJECTS, { filter: { status: ['ON_HOLD'] } });
    expect(projectTitles(own)).toEqual([P.hidden, P.boeblingen]);
  });

  it('lists the topics in their order, with both labels', async () => {
    const res = await w.as('lars', PROJECT_TOPICS);
    expect(res.errors).toBeUndefined();
    expect(res.data.projectTopics.map((t: { key: string }) => t.key)).toEqual([
      'ONLINE_ACCOUNT',
      'WEBSITE_RELAUNCH',
      'DIGITAL_SERVICES',
      'E_FILE',
      'OPEN_DATA',
    ]);
    expect(res.data.projectTopics[3]).toEqual({
      id: globalId('ProjectTopic', w.topics.E_FILE.id),
      key: 'E_FILE',
      labelDe: 'E-Akte',
      labelEn: 'E-file',
    });
  });
});
