import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROJECTS, projectTitles, resultOf } from './support/projectsOperations.ts';
import {
  changeStatus,
  comment,
  expectProject,
  newProject,
  readProject,
  updateStatus,
} from './support/projectsSteps.ts';
import { type ProjectWorld, projectData, seedProjectWorld } from './support/projectsWorld.ts';
import { createTestApp, type TestApp } from './support/testApp.ts';

describe('status history of a project', () => {
  let app: TestApp;
  let w: ProjectWorld;
  beforeEach(async () => {
    app = await createTestApp();
    w = await seedProjectWorld(app);
  });
  afterEach(() => app.close());

  it('records every status and progress change with who and when, newest first', async () => {
    const created = await newProject(w);
    const started = new Date();
    const first = await changeStatus(w, created.id, {
      status: 'IN_PROGRESS',
      progressPercent: 20,
      text: 'Auftakt mit Ludwigsburg',
      expectedVersion: created.version,
    });
    expect(first).toMatchObject({ status: 'IN_PROGRESS', progressPercent: 20 });
    expect(first.version).toBe(created.version + 1);
    const second = await changeStatus(w, created.id, {
      as: 'lars',
      status: 'IN_PROGRESS',
      progressPercent: 55,
      expectedVersion: first.version,
    });
    expect(second.version).toBe(first.version + 1);
    expectProject(await comment(w, created.id, 'Schnittstelle steht', 'lars'), 'comment');
    const done = await changeStatus(w, created.id, {
      as: 'ella',
      status: 'DONE',
      progressPercent: 100,
      text: 'Abgenommen',
      expectedVersion: second.version,
    });
    const finished = new Date();

    const read = await readProject(w, created.id, 'lena');
    expect(read).toMatchObject({ status: 'DONE', progressPercent: 100, version: done.version });
    const history = (read?.updates ?? []).map(({ id: _id, at: _at, ...rest }) => rest);
    expect(history).toEqual([
      {
        actorName: 'ella',
        fromStatus: 'IN_PROGRESS',
        toStatus: 'DONE',
        fromProgress: 55,
        toProgress: 100,
        text: 'Abgenommen',
      },
      {
        actorName: 'lars',
        fromStatus: null,
        toStatus: null,
        fromProgress: null,
        toProgress: null,
        text: 'Schnittstelle steht',
      },
      {
        actorName: 'lars',
        fromStatus: 'IN_PROGRESS',
        toStatus: 'IN_PROGRESS',
        fromProgress: 20,
        toProgress: 55,
        text: '',
      },
      {
        actorName: 'emil',
        fromStatus: 'IDEA',
        toStatus: 'IN_PROGRESS',
        fromProgress: 0,
        toProgress: 20,
        text: 'Auftakt mit Ludwigsburg',
      },
      // The history starts with the status the project was created in.
      {
        actorName: 'emil',
        fromStatus: null,
        toStatus: 'IDEA',
        fromProgress: null,
        toProgress: 0,
        text: '',
      },
    ]);
    const times = (read?.updates ?? []).map((u) => new Date(u.at).getTime());
    for (const time of times) {
      expect(time).toBeGreaterThanOrEqual(started.getTime() - 1000);
      expect(time).toBeLessThanOrEqual(finished.getTime() + 1000);
    }
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    // The rows the annual report reads: who (by id, too), from/to, in order.
    const rows = await app.prisma.projectUpdate.findMany({
      where: { projectId: created.rawId },
      orderBy: { at: 'asc' },
    });
    expect(
      rows.map((r) => [r.actorId, r.fromStatus, r.toStatus, r.fromProgress, r.toProgress]),
    ).toEqual([
      [w.people.emil.id, null, 'IDEA', null, 0],
      [w.people.emil.id, 'IDEA', 'IN_PROGRESS', 0, 20],
      [w.people.lars.id, 'IN_PROGRESS', 'IN_PROGRESS', 20, 55],
      [w.people.lars.id, null, null, null, null],
      [w.people.ella.id, 'IN_PROGRESS', 'DONE', 55, 100],
    ]);
  });

  it('refuses a stale expectedVersion with VersionConflictError, changing nothing', async () => {
    const created = await newProject(w);
    await changeStatus(w, created.id, {
      status: 'IN_PROGRESS',
      progressPercent: 30,
      expectedVersion: created.version,
    });
    const before = await projectData(app);
    // Lars still has the version he loaded before Emil's change.
    const res = await updateStatus(w, created.id, {
      as: 'lars',
      status: 'CANCELLED',
      progressPercent: 30,
      text: 'Abbruch',
      expectedVersion: created.version,
    });
    expect(res.errors).toBeUndefined();
    expect(resultOf(res)).toMatchObject({
      __typename: 'VersionConflictError',
      currentVersion: created.version + 1,
    });
    expect(await projectData(app)).toEqual(before);
    // With the current version the change goes through.
    const cancelled = await changeStatus(w, created.id, {
      as: 'lars',
      status: 'CANCELLED',
      progressPercent: 30,
      expectedVersion: created.version + 1,
    });
    expect(cancelled.status).toBe('CANCELLED');
  });

  it.each([
    ['progress above 100 %', 101],
    ['progress below 0 %', -5],
  ])('refuses %s with a ValidationError, changing nothing', async (_what, progressPercent) => {
    const created = await newProject(w);
    const before = await projectData(app);
    const res = await updateStatus(w, created.id, {
      status: 'IN_PROGRESS',
      progressPercent,
      expectedVersion: created.version,
    });
    expect(resultOf(res)).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ path: 'input.progressPercent', message: expect.any(String) }],
    });
    expect(await projectData(app)).toEqual(before);
  });

  it('refuses a "change" to the same status and progress, pointing to comments', async () => {
    const created = await newProject(w);
    const before = await projectData(app);
    const res = await updateStatus(w, created.id, {
      status: 'IDEA',
      progressPercent: 0,
      text: 'Nur eine Notiz',
      expectedVersion: created.version,
    });
    expect(res.errors).toBeUndefined();
    // Not in the contract's union; the server answers ConflictError. Either way: nothing stored.
    expect(resultOf(res)?.__typename).toMatch(/^(ConflictError|ValidationError)$/);
    expect(await projectData(app)).toEqual(before);
  });

  it('refuses an empty comment, changing nothing', async () => {
    const created = await newProject(w);
    const before = await projectData(app);
    const res = await comment(w, created.id, '   ');
    expect(resultOf(res)).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ path: 'text', message: expect.any(String) }],
    });
    expect(await projectData(app)).toEqual(before);
  });

  it('moves a changed project to the top of the register', async () => {
    const older = await newProject(w, { title: 'Älteres Projekt' });
    await newProject(w, { title: 'Neueres Projekt' });
    expect(projectTitles(await w.as('lars', PROJECTS))).toEqual([
      'Neueres Projekt',
      'Älteres Projekt',
    ]);
    const changed = await changeStatus(w, older.id, {
      status: 'IN_PROGRESS',
      progressPercent: 5,
      expectedVersion: older.version,
    });
    expect(new Date(changed.updatedAt).getTime()).toBeGreaterThan(
      new Date(older.updatedAt).getTime(),
    );
    expect(projectTitles(await w.as('lars', PROJECTS))).toEqual([
      'Älteres Projekt',
      'Neueres Projekt',
    ]);
  });
});
