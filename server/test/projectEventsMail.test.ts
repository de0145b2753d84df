import { afterEach, describe, expect, it, vi } from 'vitest';
import { createProjectEventBus } from '../src/events/createProjectEventBus.ts';
import type { OwnedProjectEventBus } from '../src/events/projectEvents.ts';
import { createLogger, type Logger } from '../src/logger.ts';
import { createMailer, type Mailer } from '../src/mail/mailer.ts';
import { mailProjectEvents } from '../src/mail/projectMails.ts';
import { mailsIn } from './support/mailFiles.ts';
import type { ProjectView } from './support/projectsOperations.ts';
import {
  addMilestone,
  changeStatus,
  comment,
  expectProject,
  newProject,
  newTask,
} from './support/projectsSteps.ts';
import {
  addDays,
  berlinToday,
  type ProjectWorld,
  seedProjectWorld,
} from './support/projectsWorld.ts';
import { createTestApp, type TestApp } from './support/testApp.ts';

// Mails about project events, as `.eml` files in the test app's data directory (no SMTP_URL).

const PUBLIC_URL = 'https://amtsweg.example.de/';

describe('project mails', () => {
  let app: TestApp;
  let w: ProjectWorld;
  let bus: OwnedProjectEventBus;
  let shared: ProjectView;

  /**
   * An app whose event bus sends mails through `mailer` (default: files in its dataDir); with
   * `holdMailsUntil`, each event's mails are only composed once that promise resolves.
   */
  async function start(
    options: { mailer?: Mailer; log?: Logger; holdMailsUntil?: Promise<void> } = {},
  ) {
    const { mailer, holdMailsUntil } = options;
    app = await createTestApp({
      projectEvents: ({ prisma, config, log: appLog }) => {
        const log = options.log ?? appLog;
        const sendMails = mailProjectEvents({
          prisma,
          mailer: mailer ?? createMailer(config, log),
          config: { ...config, publicUrl: PUBLIC_URL },
          log,
        });
        bus = createProjectEventBus(config, log, {
          onPublish: async (event) => {
            await holdMailsUntil;
            await sendMails(event);
          },
        });
        return bus;
      },
    });
    w = await seedProjectWorld(app);
    shared = await newProject(w, { title: 'E-Akte im Verbund', partners: ['ludwigsburg'] });
  }

  afterEach(async () => {
    await bus.close();
    await app.close();
  });

  /** The mails written once every published event's mails are out. */
  async function mails() {
    await bus.flush();
    return mailsIn(app.config.dataDir);
  }

  it('tell the assignee of a task, with the project title, the task and a link', async () => {
    await start();
    const dueDate = addDays(berlinToday(), 14);
    await newTask(w, shared.id, { title: 'Schnittstelle beschreiben', assignee: 'lars', dueDate });
    const [mail, ...more] = await mails();
    expect(more).toEqual([]);
    const [year, month, day] = dueDate.split('-');
    expect(mail).toMatchObject({
      from: 'Amtsweg <amtsweg@localhost>',
      to: 'lars@ludwigsburg.test',
      subject: 'Neue Aufgabe im Projekt „E-Akte im Verbund“: Schnittstelle beschreiben',
    });
    expect(mail?.text).toContain(
      'emil hat Ihnen im Projekt „E-Akte im Verbund“ eine Aufgabe zugewiesen:',
    );
    expect(mail?.text).toContain('Aufgabe: Schnittstelle beschreiben');
    expect(mail?.text).toContain(`Fällig am: ${day}.${month}.${year}`);
    expect(mail?.text).toContain(
      `Zum Projekt: https://amtsweg.example.de/projekte/${shared.rawId}`,
    );
  });

  it('tell the coordinators of the lead and partner cities of a status change, once each', async () => {
    await start();
    await changeStatus(w, shared.id, {
      status: 'IN_PROGRESS',
      progressPercent: 40,
      text: 'Pilot läuft in zwei Ämtern',
      expectedVersion: shared.version,
    });
    const sent = await mails();
    // Esslingen's other coordinator and Ludwigsburg's; not emil, who changed it, and no one else.
    expect(sent.map((m) => m.to).sort()).toEqual(['ella@esslingen.test', 'lars@ludwigsburg.test']);
    const toLars = sent.find((m) => m.to === 'lars@ludwigsburg.test');
    expect(toLars?.subject).toBe('Projekt „E-Akte im Verbund“: In Umsetzung (gelb)');
    expect(toLars?.text).toContain('Hallo lars,');
    expect(toLars?.text).toContain('emil hat den Stand des Projekts „E-Akte im Verbund“');
    expect(toLars?.text).toContain(
      `Status: ${shared.status === 'IDEA' ? 'Idee (rot)' : shared.status} → In Umsetzung (gelb)`,
    );
    expect(toLars?.text).toContain(`Fortschritt: ${shared.progressPercent} % → 40 %`);
    expect(toLars?.text).toContain('Anmerkung: Pilot läuft in zwei Ämtern');
  });

  it('describe each of two quick status changes, not twice the newer one', async () => {
    let release = () => {};
    await start({ holdMailsUntil: new Promise<void>((resolve) => (release = resolve)) });
    const first = await changeStatus(w, shared.id, {
      status: 'IN_PROGRESS',
      progressPercent: 40,
      expectedVersion: shared.version,
    });
    await changeStatus(w, shared.id, {
      status: 'DONE',
      progressPercent: 100,
      text: 'Abgenommen',
      expectedVersion: first.version,
    });
    // Both changes are committed before either event's mails are written.
    release();
    const toLars = (await mails()).filter((m) => m.to === 'lars@ludwigsburg.test');
    expect(toLars.map((m) => m.subject).sort()).toEqual([
      'Projekt „E-Akte im Verbund“: In Umsetzung (gelb)',
      'Projekt „E-Akte im Verbund“: Umgesetzt (grün)',
    ]);
    const statusLines = toLars.map((m) => m.text.split('\n').find((l) => l.startsWith('Status:')));
    expect(statusLines.sort()).toEqual([
      'Status: Idee (rot) → In Umsetzung (gelb)',
      'Status: In Umsetzung (gelb) → Umgesetzt (grün)',
    ]);
  });

  it('are not sent for other changes', async () => {
    await start();
    await newTask(w, shared.id, { title: 'Ohne Zuständige' });
    await comment(w, shared.id, 'Nur ein Kommentar');
    expectProject(
      await addMilestone(w, shared.id, { title: 'Pilot', dueDate: addDays(berlinToday(), 30) }),
      'addMilestone',
    );
    const withTask = await newTask(w, shared.id, { title: 'Für Lars', assignee: 'lars' });
    const task = withTask.tasks.find((t) => t.title === 'Für Lars');
    // Renaming the task keeps its assignee: no second mail to lars.
    await newTask(w, shared.id, {
      title: 'Für Lars (umbenannt)',
      assignee: 'lars',
      taskId: task?.id,
      expectedVersion: task?.version,
    });
    expect((await mails()).map((m) => m.to)).toEqual(['lars@ludwigsburg.test']);
  });

  it('that fail are logged and leave the change in place', async () => {
    const log = createLogger('silent');
    const errors = vi.spyOn(log, 'error');
    const failing: Mailer = {
      send: () => Promise.reject(new Error('SMTP server refused the connection')),
      close: () => undefined,
    };
    await start({ mailer: failing, log });
    const changed = await changeStatus(w, shared.id, {
      status: 'IN_PROGRESS',
      progressPercent: 10,
      expectedVersion: shared.version,
    });
    expect(changed.status).toBe('IN_PROGRESS');
    await bus.flush();
    expect(errors).toHaveBeenCalledWith(
      expect.objectContaining({ err: expect.objectContaining({ message: expect.any(String) }) }),
      'a project mail could not be sent',
    );
    expect(await mailsIn(app.config.dataDir)).toEqual([]);
  });
});
