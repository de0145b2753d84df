import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createInMemoryProjectEventBus } from '../src/events/projectEvents.ts';
import {
  countingListeners,
  openProjectEvents,
  type ProjectEventStream,
  type StreamedResult,
} from './support/projectEventStreams.ts';
import type { ProjectView } from './support/projectsOperations.ts';
import { changeStatus, comment, newProject, newTask } from './support/projectsSteps.ts';
import { type ProjectWorld, seedProjectWorld } from './support/projectsWorld.ts';
import { createTestApp, type TestApp } from './support/testApp.ts';

// Live updates within one API instance (the in-memory bus): a subscription over server-sent events
// sees the changes of the projects its viewer may see at the moment each change happens.

function eventOf(result: StreamedResult | 'complete') {
  if (result === 'complete' || result.errors || !result.data) {
    throw new Error(`expected an event, got ${JSON.stringify(result)}`);
  }
  return result.data.projectEvents;
}

describe('projectEvents subscription (one instance)', () => {
  let app: TestApp;
  let w: ProjectWorld;
  let listening: () => number;
  const streams: ProjectEventStream[] = [];
  // Esslingen leads both; `shared` with Ludwigsburg as partner, `open` visible to every city.
  let shared: ProjectView;
  let open: ProjectView;

  beforeEach(async () => {
    app = await createTestApp({
      projectEvents: () => {
        const counted = countingListeners(createInMemoryProjectEventBus());
        listening = counted.listening;
        return counted.bus;
      },
    });
    w = await seedProjectWorld(app);
    shared = await newProject(w, { title: 'E-Akte im Verbund', partners: ['ludwigsburg'] });
    open = await newProject(w, { title: 'Offene Daten', partners: [], visibility: 'PUBLIC' });
  });
  afterEach(async () => {
    await Promise.all(streams.splice(0).map((stream) => stream.close()));
    await app.close();
  });

  /** Opens the subscription as `person`; resolves once the server listens for events. */
  async function subscribe(person: 'lars' | 'tina' | 'emil', projectId?: string) {
    const before = listening();
    const stream = await openProjectEvents(app.yoga, { cookie: await w.cookie(person), projectId });
    streams.push(stream);
    expect(stream.contentType).toContain('text/event-stream');
    // The server starts listening when the stream is first read: ask for the first event now.
    const first = stream.next();
    await vi.waitFor(() => expect(listening()).toBe(before + 1), { timeout: 10_000 });
    let pending: Promise<StreamedResult | 'complete'> | undefined = first;
    return {
      stream,
      next() {
        const result = pending ?? stream.next();
        pending = undefined;
        return result;
      },
    };
  }

  it('tells a partner city about a task assignment as it happens', async () => {
    const lars = await subscribe('lars', shared.id);
    const withTask = await newTask(w, shared.id, {
      title: 'Schnittstelle beschreiben',
      assignee: 'lars',
    });
    const event = eventOf(await lars.next());
    expect(event).toEqual({
      kind: 'TASK_ASSIGNED',
      actorName: 'emil',
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      taskId: withTask.tasks[0]?.id,
      project: {
        id: shared.id,
        title: 'E-Akte im Verbund',
        status: shared.status,
        progressPercent: shared.progressPercent,
        visibility: 'PRIVATE',
        viewerCanEdit: true,
      },
    });
  });

  it('brings the project as it is after the change', async () => {
    const lars = await subscribe('lars');
    await changeStatus(w, shared.id, {
      status: 'IN_PROGRESS',
      progressPercent: 40,
      expectedVersion: shared.version,
    });
    expect(eventOf(await lars.next())).toMatchObject({
      kind: 'STATUS_CHANGED',
      taskId: null,
      project: { id: shared.id, status: 'IN_PROGRESS', progressPercent: 40 },
    });
  });

  it('with projectId, only that project’s events', async () => {
    const lars = await subscribe('lars', shared.id);
    await comment(w, open.id, 'Anderes Projekt');
    await comment(w, shared.id, 'Dieses Projekt');
    expect(eventOf(await lars.next())).toMatchObject({
      kind: 'COMMENT_ADDED',
      project: { id: shared.id },
    });
  });

  it('never tells another city about a private project, and checks each event when it happens', async () => {
    const tina = await subscribe('tina');
    await comment(w, shared.id, 'Intern');
    await comment(w, open.id, 'Für alle');
    // Events arrive in order: the first Tübingen receives is the public one.
    expect(eventOf(await tina.next())).toMatchObject({
      kind: 'COMMENT_ADDED',
      project: { id: open.id, viewerCanEdit: false },
    });
    // `open` becomes private while Tübingen still listens: its next changes stay hidden.
    await app.prisma.project.update({
      where: { id: open.rawId },
      data: { visibility: 'PRIVATE' },
    });
    await comment(w, open.id, 'Jetzt intern');
    await app.prisma.project.update({
      where: { id: shared.rawId },
      data: { visibility: 'PUBLIC' },
    });
    await comment(w, shared.id, 'Jetzt öffentlich');
    expect(eventOf(await tina.next())).toMatchObject({
      project: { id: shared.id, visibility: 'PUBLIC' },
    });
  });

  it('answers fields of the project with the viewer’s rights at the time of the event', async () => {
    const lars = await subscribe('lars', shared.id);
    await comment(w, shared.id, 'Erste');
    expect(eventOf(await lars.next()).project.viewerCanEdit).toBe(true);
    await app.prisma.membership.updateMany({
      where: { userId: w.people.lars.id },
      data: { role: 'PROCESS_OWNER' },
    });
    await comment(w, shared.id, 'Zweite');
    expect(eventOf(await lars.next()).project.viewerCanEdit).toBe(false);
  });

  it('ends the stream when the session ends', async () => {
    const lars = await subscribe('lars');
    await app.prisma.session.deleteMany({ where: { userId: w.people.lars.id } });
    await comment(w, shared.id, 'Nach der Abmeldung');
    expect(await lars.next()).toBe('complete');
    await vi.waitFor(() => expect(listening()).toBe(0), { timeout: 10_000 });
  });

  it('stops listening when the client goes away', async () => {
    const lars = await subscribe('lars');
    await lars.stream.close();
    await vi.waitFor(() => expect(listening()).toBe(0), { timeout: 10_000 });
  });

  it('refuses anonymous subscribers', async () => {
    const stream = await openProjectEvents(app.yoga);
    streams.push(stream);
    const result = await stream.next();
    expect(result).not.toBe('complete');
    expect((result as StreamedResult).errors?.map((e) => e.extensions?.code)).toEqual([
      'UNAUTHENTICATED',
    ]);
  });
});
