import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedModel } from './support/processModels.ts';
import {
  ADD_MILESTONE,
  ADD_PROJECT_COMMENT,
  ASSIGN_TASK,
  errorCodes,
  PROJECT,
  PROJECT_NODE,
  PROJECTS,
  type ProjectView,
  projectTitles,
  resultOf,
  SET_MILESTONE_DONE,
  SET_TASK_STATE,
  UPDATE_PROJECT,
  UPDATE_PROJECT_STATUS,
} from './support/projectsOperations.ts';
import {
  changeStatus,
  comment,
  expectProject,
  newMilestone,
  newProject,
  newTask,
  readProject,
} from './support/projectsSteps.ts';
import {
  addDays,
  berlinToday,
  type ProjectPerson,
  projectData,
  seedProjectWorld,
} from './support/projectsWorld.ts';
import { createTestApp, type GraphqlResponse, globalId, type TestApp } from './support/testApp.ts';

// Words that only occur in Esslingen's PRIVATE project; no answer to an outsider may contain them.
const SECRET_WORDS = [
  'Geheimprojekt',
  'Vertraulicher Meilenstein',
  'Verschlusssache',
  'Vertraulicher Vermerk',
  'Interne Notiz',
];

const TITLES = {
  secret: 'Geheimprojekt Leitstelle',
  shared: 'Verbundportal Neckar',
  open: 'Offenes Bürgerportal',
  tuebingen: 'Tübinger Eigenprojekt',
};

/**
 * Esslingen's PRIVATE project with Ludwigsburg as partner (a milestone, a task for lars, a status
 * change and a comment, a linked PRIVATE process model of Esslingen); a PARTNERS project shared
 * with "Verbund Neckar" (Waiblingen accepted, Böblingen only invited); a PUBLIC project; and
 * Tübingen's own PRIVATE project.
 */
async function seedTenants(app: TestApp) {
  const w = await seedProjectWorld(app);
  const model = await seedModel(app, {
    city: w.cities.esslingen,
    author: w.people.erik,
    title: 'Interner Ablauf Leitstelle',
  });
  const created = await newProject(w, {
    title: TITLES.secret,
    description: 'Verschlusssache Funkanbindung',
    partners: ['ludwigsburg'],
    processModelIds: [globalId('ProcessModel', model.id)],
  });
  await newMilestone(w, created.id, {
    title: 'Vertraulicher Meilenstein',
    dueDate: addDays(berlinToday(), 30),
  });
  await newTask(w, created.id, { title: 'Verschlusssache prüfen', assignee: 'lars' });
  await changeStatus(w, created.id, {
    status: 'IN_PROGRESS',
    progressPercent: 10,
    text: 'Vertraulicher Vermerk zum Start',
    expectedVersion: created.version,
  });
  const secret = expectProject(
    await comment(w, created.id, 'Interne Notiz zur Leitstelle'),
    'addProjectComment',
  );
  const shared = await newProject(w, {
    title: TITLES.shared,
    partners: [],
    visibility: 'PARTNERS',
    sharedWith: ['neckar'],
  });
  const sharedWithMilestone = await newMilestone(w, shared.id, {
    title: 'Start Verbund',
    dueDate: '2027-01-31',
  });
  const open = await newProject(w, { title: TITLES.open, partners: [], visibility: 'PUBLIC' });
  const openWithMilestone = await newMilestone(w, open.id, {
    title: 'Öffentlicher Start',
    dueDate: '2027-02-01',
  });
  const tuebingen = await newProject(w, {
    title: TITLES.tuebingen,
    lead: 'tuebingen',
    partners: [],
  });
  return { w, secret, shared: sharedWithMilestone, open: openWithMilestone, tuebingen };
}

type Tenants = Awaited<ReturnType<typeof seedTenants>>;

function updateInput(project: ProjectView, title: string) {
  return {
    input: {
      projectId: project.id,
      expectedVersion: project.version,
      title,
      description: '',
      topicId: project.topic.id,
      partnerCityIds: [],
      contacts: [],
      visibility: 'PUBLIC',
      sharedWithPartnershipIds: [],
      processModelIds: [],
      fundingApplicationIds: [],
      startDate: null,
      plannedEndDate: null,
    },
  };
}

interface Attempt {
  name: string;
  run: (t: Tenants, as: ProjectPerson, project: ProjectView) => Promise<GraphqlResponse>;
}

/** Every mutation of the register, aimed at a project (and its milestone and task). */
const mutations: Attempt[] = [
  {
    name: 'updateProject',
    run: (t, as, p) => t.w.as(as, UPDATE_PROJECT, updateInput(p, 'Übernommen')),
  },
  {
    name: 'updateProjectStatus',
    run: (t, as, p) =>
      t.w.as(as, UPDATE_PROJECT_STATUS, {
        input: {
          projectId: p.id,
          expectedVersion: p.version,
          status: 'DONE',
          progressPercent: 100,
        },
      }),
  },
  {
    name: 'addMilestone',
    run: (t, as, p) =>
      t.w.as(as, ADD_MILESTONE, {
        input: { projectId: p.id, title: 'Fremder Meilenstein', dueDate: '2027-01-01' },
      }),
  },
  {
    name: 'setMilestoneDone',
    run: (t, as, p) =>
      t.w.as(as, SET_MILESTONE_DONE, { milestoneId: p.milestones[0]?.id, done: true }),
  },
  {
    name: 'assignTask (new task)',
    run: (t, as, p) =>
      t.w.as(as, ASSIGN_TASK, { input: { projectId: p.id, title: 'Fremde Aufgabe' } }),
  },
  {
    name: 'addProjectComment',
    run: (t, as, p) => t.w.as(as, ADD_PROJECT_COMMENT, { projectId: p.id, text: 'Von außen' }),
  },
];

/** Mutations of the secret project's task, which only it has. */
const taskMutations: Attempt[] = [
  {
    name: 'assignTask (reassigning its task)',
    run: (t, as, p) =>
      t.w.as(as, ASSIGN_TASK, {
        input: {
          projectId: p.id,
          taskId: p.tasks[0]?.id,
          expectedVersion: p.tasks[0]?.version,
          title: 'Übernommen',
          assigneeId: null,
        },
      }),
  },
  {
    name: 'setTaskState',
    run: (t, as, p) =>
      t.w.as(as, SET_TASK_STATE, {
        taskId: p.tasks[0]?.id,
        state: 'DONE',
        expectedVersion: p.tasks[0]?.version,
      }),
  },
];

function expectNoSecrets(name: string, value: unknown) {
  for (const word of SECRET_WORDS) {
    expect(JSON.stringify(value), `${name} leaked "${word}"`).not.toContain(word);
  }
}

describe('tenancy of projects', () => {
  let app: TestApp;
  let t: Tenants;

  describe('who sees which project', () => {
    beforeAll(async () => {
      app = await createTestApp();
      t = await seedTenants(app);
    });
    afterAll(() => app.close());

    it.each([
      ['Esslingen’s coordinator (lead)', 'emil', ['secret', 'shared', 'open']],
      ['Esslingen’s process owner (lead)', 'erik', ['secret', 'shared', 'open']],
      ['Ludwigsburg’s coordinator (partner)', 'lars', ['secret', 'open']],
      ['Ludwigsburg’s process owner (partner)', 'lena', ['secret', 'open']],
      ['Waiblingen’s coordinator (accepted in Verbund Neckar)', 'willi', ['shared', 'open']],
      ['Waiblingen’s process owner (accepted in Verbund Neckar)', 'wanda', ['shared', 'open']],
      ['Böblingen’s coordinator (only invited to Verbund Neckar)', 'bodo', ['open']],
      ['Tübingen’s coordinator', 'tina', ['open', 'tuebingen']],
      ['Tübingen’s process owner', 'tom', ['open', 'tuebingen']],
      ['a user of no city', 'nora', ['open']],
      ['a global admin', 'admin', ['secret', 'shared', 'open', 'tuebingen']],
    ] as const)('%s', async (_who, person, visible) => {
      const list = projectTitles(await t.w.as(person, PROJECTS, { first: 50 }));
      expect(list.sort()).toEqual(visible.map((key) => TITLES[key]).sort());
      for (const key of ['secret', 'shared', 'open', 'tuebingen'] as const) {
        const project = t[key];
        const one = await readProject(t.w, project.id, person);
        const node = await t.w.as(person, PROJECT_NODE, { id: project.id });
        if ((visible as readonly string[]).includes(key)) {
          expect({ key, title: one?.title }).toEqual({ key, title: TITLES[key] });
          expect(node.data.node).toEqual({
            __typename: 'Project',
            id: project.id,
            title: TITLES[key],
            status: project.status,
          });
        } else {
          expect({ key, project: one }).toEqual({ key, project: null });
          expect({ key, node: node.data?.node ?? null }).toEqual({ key, node: null });
          expect(errorCodes(node).filter((code) => code !== 'FORBIDDEN')).toEqual([]);
        }
      }
      if (!(visible as readonly string[]).includes('secret')) {
        const searched = await t.w.as(person, PROJECTS, {
          filter: { search: 'Verschlusssache', cityId: t.w.cityId('esslingen') },
        });
        expect(projectTitles(searched)).toEqual([]);
        expectNoSecrets('projects', await t.w.as(person, PROJECTS, { first: 50 }));
      }
    });

    it('shows a partner city the milestones, tasks and log of a PRIVATE project', async () => {
      const forLars = await readProject(t.w, t.secret.id, 'lars');
      expect(forLars).toMatchObject({
        viewerCanEdit: true,
        milestones: [{ title: 'Vertraulicher Meilenstein', done: false }],
        tasks: [{ title: 'Verschlusssache prüfen', assignee: { displayName: 'lars' } }],
      });
      expect(forLars?.updates.map((u) => [u.actorName, u.toStatus, u.text])).toEqual([
        ['emil', null, 'Interne Notiz zur Leitstelle'],
        ['emil', 'IN_PROGRESS', 'Vertraulicher Vermerk zum Start'],
        ['emil', 'IDEA', ''],
      ]);
    });

    it('shows linked process models only to those who may see them', async () => {
      expect((await readProject(t.w, t.secret.id, 'emil'))?.processModels).toEqual([
        { title: 'Interner Ablauf Leitstelle' },
      ]);
      // Esslingen's PRIVATE model stays Esslingen's, even inside a joint project.
      expect((await readProject(t.w, t.secret.id, 'lars'))?.processModels).toEqual([]);
    });

    it('names the partnerships a PARTNERS project is shared with', async () => {
      expect((await readProject(t.w, t.shared.id, 'willi'))?.sharedWith).toEqual([
        { id: t.w.partnershipId('neckar'), name: 'Verbund Neckar' },
      ]);
    });

    it('tells readers who do not run a project that they cannot edit it', async () => {
      for (const [person, key] of [
        ['willi', 'shared'],
        ['tina', 'open'],
        ['nora', 'open'],
        ['lars', 'open'],
        ['erik', 'secret'],
        ['lena', 'secret'],
      ] as const) {
        const project = await readProject(t.w, t[key].id, person);
        expect({
          person,
          key,
          edit: project?.viewerCanEdit,
          users: project?.assignableUsers,
        }).toEqual({ person, key, edit: false, users: [] });
      }
      expect((await readProject(t.w, t.open.id, 'admin'))?.viewerCanEdit).toBe(true);
    });

    it('asks anonymous visitors to sign in', async () => {
      const res = await t.w.as(null, PROJECT, { id: t.secret.id });
      expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
      expectNoSecrets('anonymous project', res);
      const list = await t.w.as(null, PROJECTS);
      expect(errorCodes(list)).toEqual(['UNAUTHENTICATED']);
    });
  });

  // Refused attempts change nothing (each one proves it), so they share one seeded database.
  describe('a city that does not take part in a PRIVATE project', () => {
    beforeAll(async () => {
      app = await createTestApp();
      t = await seedTenants(app);
    });
    afterAll(() => app.close());

    describe.each([
      ['Waiblingen’s coordinator', 'willi'],
      ['Böblingen’s coordinator', 'bodo'],
      ['Tübingen’s coordinator', 'tina'],
      ['Tübingen’s process owner', 'tom'],
      ['a user of no city', 'nora'],
    ] as const)('%s', (_who, person) => {
      it.each([...mutations, ...taskMutations].map((m) => [m.name, m] as const))(
        'gets NotFoundError from %s and changes nothing',
        async (name, attempt) => {
          const before = await projectData(app);
          const res = await attempt.run(t, person, t.secret);
          expect(await projectData(app), `${name} changed data`).toEqual(before);
          expectNoSecrets(name, res);
          expect({ errors: res.errors, typename: resultOf(res)?.__typename }).toEqual({
            errors: undefined,
            typename: 'NotFoundError',
          });
        },
      );
    });
  });

  describe('readers of a PUBLIC or PARTNERS project', () => {
    beforeAll(async () => {
      app = await createTestApp();
      t = await seedTenants(app);
    });
    afterAll(() => app.close());

    describe.each([
      ['Tübingen’s coordinator, on the PUBLIC project', 'tina', 'open'],
      ['a user of no city, on the PUBLIC project', 'nora', 'open'],
      ['Ludwigsburg’s coordinator, on the PUBLIC project', 'lars', 'open'],
      ['Waiblingen’s coordinator, on the PARTNERS project', 'willi', 'shared'],
      ['Esslingen’s process owner, on its own city’s project', 'erik', 'secret'],
      ['Ludwigsburg’s process owner, on the joint PRIVATE project', 'lena', 'secret'],
    ] as const)('%s', (_who, person, key) => {
      it.each(
        [...mutations, ...(key === 'secret' ? taskMutations : [])].map((m) => [m.name, m] as const),
      )('is FORBIDDEN to use %s and changes nothing', async (name, attempt) => {
        const before = await projectData(app);
        const res = await attempt.run(t, person, t[key]);
        expect(await projectData(app), `${name} changed data`).toEqual(before);
        expect(errorCodes(res)).toEqual(['FORBIDDEN']);
      });
    });
  });

  describe('a partnership a project is shared with', () => {
    beforeAll(async () => {
      app = await createTestApp();
    });
    afterAll(() => app.close());

    it('stops sharing it once the lead city or the member city has left', async () => {
      const w = await seedProjectWorld(app);
      const shared = await newProject(w, {
        title: 'Verbundportal',
        partners: [],
        visibility: 'PARTNERS',
        sharedWith: ['neckar'],
      });
      const sees = async (person: ProjectPerson) => ({
        person,
        one: (await readProject(w, shared.id, person))?.title ?? null,
        list: projectTitles(await w.as(person, PROJECTS)),
      });
      expect(await sees('wanda')).toEqual({
        person: 'wanda',
        one: 'Verbundportal',
        list: ['Verbundportal'],
      });

      // Böblingen accepts the invitation late: from then on it sees the project too.
      await app.prisma.partnershipMember.updateMany({
        where: { partnershipId: w.partnerships.neckar.id, cityId: w.cities.boeblingen.id },
        data: { status: 'ACCEPTED', respondedAt: new Date() },
      });
      expect((await sees('bodo')).one).toBe('Verbundportal');

      // Waiblingen leaves the partnership: the project is gone for it.
      await app.prisma.partnershipMember.deleteMany({
        where: { partnershipId: w.partnerships.neckar.id, cityId: w.cities.waiblingen.id },
      });
      expect(await sees('wanda')).toEqual({ person: 'wanda', one: null, list: [] });

      // Esslingen, the lead, leaves: it no longer shares its projects with the partnership.
      await app.prisma.partnershipMember.deleteMany({
        where: { partnershipId: w.partnerships.neckar.id, cityId: w.cities.esslingen.id },
      });
      expect(await sees('bodo')).toEqual({ person: 'bodo', one: null, list: [] });
      expect((await sees('erik')).one).toBe('Verbundportal');
    });
  });

  describe('a partner city', () => {
    beforeAll(async () => {
      app = await createTestApp();
      t = await seedTenants(app);
    });
    afterAll(() => app.close());

    it('lets its coordinator run the joint PRIVATE project', async () => {
      const { w } = t;
      const started = await changeStatus(w, t.secret.id, {
        as: 'lars',
        status: 'ON_HOLD',
        progressPercent: 15,
        text: 'Warten auf Funkanbindung',
      });
      expect(started.updates[0]).toMatchObject({
        actorName: 'lars',
        fromStatus: 'IN_PROGRESS',
        toStatus: 'ON_HOLD',
        fromProgress: 10,
        toProgress: 15,
        text: 'Warten auf Funkanbindung',
      });
      const withMilestone = await newMilestone(
        w,
        t.secret.id,
        { title: 'Abnahme Ludwigsburg', dueDate: '2027-03-01' },
        'lars',
      );
      expect(withMilestone.milestones.map((m) => m.title)).toContain('Abnahme Ludwigsburg');
      const withTask = await newTask(w, t.secret.id, {
        as: 'lars',
        title: 'Schnittstelle Esslingen',
        assignee: 'emil',
      });
      expect(withTask.tasks.find((task) => task.title === 'Schnittstelle Esslingen')).toMatchObject(
        { assignee: { id: w.userId('emil') }, state: 'OPEN' },
      );
      const task = withTask.tasks.find((x) => x.title === 'Verschlusssache prüfen');
      const res = await w.as('lars', SET_TASK_STATE, {
        taskId: task?.id,
        state: 'IN_PROGRESS',
        expectedVersion: task?.version,
      });
      expect(expectProject(res, 'setTaskState').tasks).toContainEqual(
        expect.objectContaining({ title: 'Verschlusssache prüfen', state: 'IN_PROGRESS' }),
      );
      const commented = expectProject(await comment(w, t.secret.id, 'Gern', 'lars'), 'comment');
      expect(commented.updates[0]).toMatchObject({ actorName: 'lars', text: 'Gern' });
    });
  });
});
