import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  PROJECT_NOTIFICATIONS,
  type ProjectView,
  resultOf,
  type TaskView,
} from './support/projectsOperations.ts';
import {
  assignTask,
  expectProject,
  newProject,
  newTask,
  readProject,
  setTaskState,
} from './support/projectsSteps.ts';
import {
  addDays,
  berlinToday,
  type ProjectPerson,
  type ProjectWorld,
  projectData,
  seedProjectWorld,
} from './support/projectsWorld.ts';
import { createTestApp, type TestApp } from './support/testApp.ts';

function taskNamed(project: ProjectView, title: string): TaskView {
  const task = project.tasks.find((t) => t.title === title);
  if (!task) throw new Error(`no task "${title}" in ${JSON.stringify(project.tasks)}`);
  return task;
}

describe('tasks of a project', () => {
  let app: TestApp;
  let w: ProjectWorld;
  let project: ProjectView;
  beforeEach(async () => {
    app = await createTestApp();
    w = await seedProjectWorld(app);
    project = await newProject(w, { partners: ['ludwigsburg'], visibility: 'PUBLIC' });
  });
  afterEach(() => app.close());

  /** The PROJECT_TASK_ASSIGNED notifications stored for `person`, once they have arrived. */
  async function assignedNotifications(person: ProjectPerson, count: number) {
    const where = { userId: w.people[person].id, kind: 'PROJECT_TASK_ASSIGNED' as const };
    // Notifications follow the committed change; give a listener a moment to write them.
    await expect.poll(() => app.prisma.notification.count({ where })).toBe(count);
    return app.prisma.notification.findMany({ where, orderBy: { createdAt: 'asc' } });
  }

  it('are assigned to a member of a participating city, who is notified', async () => {
    const dueDate = addDays(berlinToday(), 14);
    const created = await newTask(w, project.id, {
      title: 'Schnittstelle beschreiben',
      assignee: 'lars',
      dueDate,
    });
    expect(created.tasks).toEqual([
      {
        id: expect.any(String),
        title: 'Schnittstelle beschreiben',
        assignee: { id: w.userId('lars'), displayName: 'lars' },
        dueDate,
        state: 'OPEN',
        overdue: false,
        version: 1,
      },
    ]);
    const [notification] = await assignedNotifications('lars', 1);
    expect(notification).toMatchObject({
      projectId: project.rawId,
      projectTitle: project.title,
      actorName: 'emil',
      readAt: null,
    });
    const forLars = await w.as('lars', PROJECT_NOTIFICATIONS);
    expect(forLars.data.notifications.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { kind: 'PROJECT_TASK_ASSIGNED', actorName: 'emil', read: false },
    ]);
    // Whoever assigns is not told about their own doing.
    expect(await app.prisma.notification.count({ where: { userId: w.people.emil.id } })).toBe(0);
  });

  it('may go to a member of any role, of the lead or a partner city, or to nobody', async () => {
    for (const [title, assignee] of [
      ['Für die Prozessverantwortung', 'lena'],
      ['Für die Administration', 'eva'],
      ['Für die Kollegin', 'ella'],
    ] as const) {
      await newTask(w, project.id, { title, assignee });
    }
    const unassigned = await newTask(w, project.id, { title: 'Noch offen' });
    expect(
      Object.fromEntries(unassigned.tasks.map((t) => [t.title, t.assignee?.displayName ?? null])),
    ).toEqual({
      'Für die Prozessverantwortung': 'lena',
      'Für die Administration': 'eva',
      'Für die Kollegin': 'ella',
      'Noch offen': null,
    });
    await assignedNotifications('lena', 1);
  });

  it.each([
    ['a coordinator of an uninvolved city', 'tina'],
    ['a member of a partnership the project is not run by', 'willi'],
    ['a user of no city', 'nora'],
  ] as const)('refuses %s as assignee with a ValidationError', async (_who, assignee) => {
    const before = await projectData(app);
    const res = await assignTask(w, project.id, { title: 'Fremd vergeben', assignee });
    expect(res.errors).toBeUndefined();
    expect(resultOf(res)).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ path: 'input.assigneeId', message: expect.any(String) }],
    });
    expect(await projectData(app)).toEqual(before);
  });

  it('are reassigned with the version the editor saw', async () => {
    const created = await newTask(w, project.id, { title: 'Pilot', assignee: 'lars' });
    const task = taskNamed(created, 'Pilot');
    const reassigned = await newTask(w, project.id, {
      as: 'lars',
      taskId: task.id,
      expectedVersion: task.version,
      title: 'Pilot in Esslingen',
      assignee: 'ella',
      dueDate: '2027-02-01',
    });
    expect(reassigned.tasks).toEqual([
      {
        ...task,
        title: 'Pilot in Esslingen',
        assignee: { id: w.userId('ella'), displayName: 'ella' },
        dueDate: '2027-02-01',
        version: task.version + 1,
      },
    ]);
    const [toElla] = await assignedNotifications('ella', 1);
    expect(toElla).toMatchObject({ actorName: 'lars', projectId: project.rawId });

    // Emil still holds version 1: his change would overwrite Lars's, so it is refused.
    const before = await projectData(app);
    const stale = await assignTask(w, project.id, {
      taskId: task.id,
      expectedVersion: task.version,
      title: 'Pilot',
      assignee: 'emil',
    });
    expect(resultOf(stale)).toMatchObject({
      __typename: 'VersionConflictError',
      currentVersion: task.version + 1,
    });
    // Without a version the change cannot be checked either.
    const unversioned = await assignTask(w, project.id, {
      taskId: task.id,
      title: 'Pilot',
      assignee: 'emil',
    });
    expect(resultOf(unversioned)).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ path: 'input.expectedVersion', message: expect.any(String) }],
    });
    expect(await projectData(app)).toEqual(before);

    const unassigned = await newTask(w, project.id, {
      taskId: task.id,
      expectedVersion: task.version + 1,
      title: 'Pilot in Esslingen',
      assignee: null,
    });
    expect(taskNamed(unassigned, 'Pilot in Esslingen')).toMatchObject({
      assignee: null,
      version: task.version + 2,
    });
  });

  it('move through their states with a version each', async () => {
    const created = await newTask(w, project.id, { title: 'Testen', assignee: 'lars' });
    let task = taskNamed(created, 'Testen');
    for (const [state, as] of [
      ['IN_PROGRESS', 'lars'],
      ['DONE', 'lars'],
      ['OPEN', 'emil'],
      ['DONE', 'ella'],
    ] as const) {
      const moved = expectProject(await setTaskState(w, task, state, as), `setTaskState ${state}`);
      const next = taskNamed(moved, 'Testen');
      expect(next).toMatchObject({ state, version: task.version + 1 });
      task = next;
    }
    const before = await projectData(app);
    const stale = await setTaskState(w, { id: task.id, version: task.version - 1 }, 'OPEN');
    expect(resultOf(stale)).toMatchObject({
      __typename: 'VersionConflictError',
      currentVersion: task.version,
    });
    expect(await projectData(app)).toEqual(before);
    expect(
      taskNamed((await readProject(w, project.id, 'tina')) as ProjectView, 'Testen').state,
    ).toBe('DONE');
  });

  it('are listed by state (open, in progress, done), then by due date; overdue until done', async () => {
    const today = berlinToday();
    for (const [title, dueDate] of [
      ['Später', addDays(today, 20)],
      ['Überfällig', addDays(today, -2)],
      ['Erledigt, war fällig', addDays(today, -10)],
      ['Heute', today],
      ['Bald', addDays(today, 3)],
    ] as const) {
      await newTask(w, project.id, { title, dueDate });
    }
    const read = (await readProject(w, project.id)) as ProjectView;
    const doneTask = taskNamed(read, 'Erledigt, war fällig');
    const inProgress = taskNamed(read, 'Bald');
    expectProject(await setTaskState(w, doneTask, 'DONE'), 'done');
    const final = expectProject(await setTaskState(w, inProgress, 'IN_PROGRESS'), 'started');
    expect(final.tasks.map((t) => [t.title, t.state, t.overdue])).toEqual([
      ['Überfällig', 'OPEN', true],
      ['Heute', 'OPEN', false],
      ['Später', 'OPEN', false],
      ['Bald', 'IN_PROGRESS', false],
      ['Erledigt, war fällig', 'DONE', false],
    ]);
  });

  it('of another city’s project are not found, even through one’s own project', async () => {
    const foreign = await newProject(w, {
      title: 'Tübinger Geheimsache',
      lead: 'tuebingen',
      partners: [],
    });
    const withTask = await newTask(w, foreign.id, {
      as: 'tina',
      title: 'Tübinger Aufgabe',
      assignee: 'tom',
    });
    const task = taskNamed(withTask, 'Tübinger Aufgabe');
    await assignedNotifications('tom', 1);
    const before = await projectData(app);
    for (const res of [
      await setTaskState(w, task, 'DONE', 'emil'),
      // Esslingen's own project, Tübingen's task.
      await assignTask(w, project.id, {
        taskId: task.id,
        expectedVersion: task.version,
        title: 'Umgehängt',
        assignee: 'emil',
      }),
    ]) {
      expect(resultOf(res)).toMatchObject({ __typename: 'NotFoundError' });
      expect(JSON.stringify(res)).not.toContain('Tübinger Aufgabe');
    }
    expect(await projectData(app)).toEqual(before);
  });
});
