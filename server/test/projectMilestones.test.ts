import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resultOf } from './support/projectsOperations.ts';
import {
  addMilestone,
  expectProject,
  newMilestone,
  newProject,
  readProject,
  setMilestoneDone,
} from './support/projectsSteps.ts';
import {
  addDays,
  berlinToday,
  type ProjectWorld,
  projectData,
  seedProjectWorld,
} from './support/projectsWorld.ts';
import { createTestApp, type TestApp } from './support/testApp.ts';

describe('milestones of a project', () => {
  let app: TestApp;
  let w: ProjectWorld;
  beforeEach(async () => {
    app = await createTestApp();
    w = await seedProjectWorld(app);
  });
  afterEach(async () => {
    vi.useRealTimers();
    await app.close();
  });

  it('are listed by due date, and marked reached and open again', async () => {
    const project = await newProject(w);
    const today = berlinToday();
    await newMilestone(w, project.id, { title: 'Go-live', dueDate: addDays(today, 90) });
    await newMilestone(w, project.id, { title: 'Ausschreibung', dueDate: addDays(today, 10) });
    const added = await newMilestone(
      w,
      project.id,
      { title: 'Pilot in Ludwigsburg', dueDate: addDays(today, 40) },
      'lars',
    );
    expect(added.milestones.map((m) => [m.title, m.dueDate, m.done, m.doneAt])).toEqual([
      ['Ausschreibung', addDays(today, 10), false, null],
      ['Pilot in Ludwigsburg', addDays(today, 40), false, null],
      ['Go-live', addDays(today, 90), false, null],
    ]);

    const pilot = added.milestones[1]?.id as string;
    const before = Date.now();
    const reached = expectProject(await setMilestoneDone(w, pilot, true, 'lars'), 'done');
    const done = reached.milestones.find((m) => m.id === pilot);
    expect(done).toMatchObject({ done: true, overdue: false });
    expect(new Date(done?.doneAt ?? 0).getTime()).toBeGreaterThanOrEqual(before - 1000);

    const reopened = expectProject(await setMilestoneDone(w, pilot, false), 'undone');
    expect(reopened.milestones.find((m) => m.id === pilot)).toMatchObject({
      done: false,
      doneAt: null,
    });
    // Every participant reads the same list.
    expect((await readProject(w, project.id, 'lena'))?.milestones).toEqual(reopened.milestones);
  });

  it('are overdue once their due date has passed, unless reached', async () => {
    const project = await newProject(w);
    const today = berlinToday();
    for (const [title, dueDate] of [
      ['Gestern fällig', addDays(today, -1)],
      ['Heute fällig', today],
      ['Morgen fällig', addDays(today, 1)],
      ['Gestern erreicht', addDays(today, -1)],
    ] as const) {
      await newMilestone(w, project.id, { title, dueDate });
    }
    const read = await readProject(w, project.id);
    const reachedId = read?.milestones.find((m) => m.title === 'Gestern erreicht')?.id as string;
    const final = expectProject(await setMilestoneDone(w, reachedId, true), 'done');
    expect(Object.fromEntries(final.milestones.map((m) => [m.title, m.overdue]))).toEqual({
      'Gestern fällig': true,
      'Gestern erreicht': false,
      'Heute fällig': false,
      'Morgen fällig': false,
    });
  });

  it.each([
    // 23:30 UTC is already the next day in Berlin, in winter (CET) and in summer (CEST).
    ['in winter', '2026-03-10T23:30:00Z', '2026-03-10', '2026-03-11'],
    ['in summer', '2026-07-10T22:30:00Z', '2026-07-10', '2026-07-11'],
  ])('count the day by the calendar in Berlin %s', async (_season, now, utcToday, berlinDay) => {
    const project = await newProject(w);
    await newMilestone(w, project.id, { title: 'UTC-heute', dueDate: utcToday });
    await newMilestone(w, project.id, { title: 'Berlin-heute', dueDate: berlinDay });
    // Sign in before the clock moves, so the session is valid at the faked time.
    await w.cookie('emil');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(now));
    expect(berlinToday()).toBe(berlinDay);
    const read = await readProject(w, project.id);
    expect(read?.milestones.map((m) => [m.title, m.overdue])).toEqual([
      ['UTC-heute', true],
      ['Berlin-heute', false],
    ]);
  });

  it('need a title, storing nothing otherwise', async () => {
    const project = await newProject(w);
    const before = await projectData(app);
    const res = await addMilestone(w, project.id, { title: '  ', dueDate: '2027-01-01' });
    expect(resultOf(res)).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ path: 'input.title', message: expect.any(String) }],
    });
    expect(await projectData(app)).toEqual(before);
  });

  it('of another city’s PRIVATE project are not found', async () => {
    const foreign = await newProject(w, { title: 'Fremd', lead: 'tuebingen', partners: [] });
    const withMilestone = await newMilestone(
      w,
      foreign.id,
      { title: 'Tübinger Meilenstein', dueDate: '2027-01-01' },
      'tina',
    );
    const before = await projectData(app);
    const res = await setMilestoneDone(w, withMilestone.milestones[0]?.id as string, true, 'emil');
    expect(resultOf(res)).toMatchObject({ __typename: 'NotFoundError' });
    expect(JSON.stringify(res)).not.toContain('Tübinger Meilenstein');
    expect(await projectData(app)).toEqual(before);
  });
});
