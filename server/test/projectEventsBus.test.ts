import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createProjectEventBus } from '../src/events/createProjectEventBus.ts';
import {
  isProjectEventMessage,
  type OwnedProjectEventBus,
  type ProjectEventMessage,
  type ProjectEventTarget,
  projectEventsOn,
} from '../src/events/projectEvents.ts';
import { createLogger } from '../src/logger.ts';
import { createMailer } from '../src/mail/mailer.ts';
import { mailsIn, parseMail } from './support/mailFiles.ts';
import {
  channelSubscribers,
  connectTestRedis,
  TEST_REDIS_URL,
} from './support/projectEventStreams.ts';

// The bus and the mailer on their own; the API around them is in projectEvents*.test.ts.

const log = createLogger('silent');

function event(
  kind: ProjectEventMessage['kind'],
  projectId: string = randomUUID(),
): ProjectEventMessage {
  return { kind, projectId, actorName: 'Emil', at: new Date().toISOString() };
}

/** The next `count` events of a subscription that is already listening. */
async function take(source: AsyncIterable<ProjectEventMessage>, count: number) {
  const events = source[Symbol.asyncIterator]();
  const first = events.next();
  return {
    async values(): Promise<ProjectEventMessage[]> {
      const received = [(await first).value];
      while (received.length < count) received.push((await events.next()).value);
      await events.return?.();
      return received;
    },
  };
}

const buses: OwnedProjectEventBus[] = [];
function bus(...args: Parameters<typeof createProjectEventBus>) {
  const created = createProjectEventBus(...args);
  buses.push(created);
  return created;
}
afterEach(async () => {
  await Promise.all(buses.splice(0).map((b) => b.close()));
});

describe('project event bus in memory', () => {
  it('delivers each published event to every subscriber, in order', async () => {
    const events = bus({ redisUrl: undefined }, log);
    const one = await take(events.subscribe(), 2);
    const two = await take(events.subscribe(), 2);
    const created = event('PROJECT_CREATED');
    const changed = event('STATUS_CHANGED', created.projectId);
    events.publish(created);
    events.publish(changed);
    expect(await one.values()).toEqual([created, changed]);
    expect(await two.values()).toEqual([created, changed]);
  });

  it('runs onPublish once per event, and its failures stay out of publish', async () => {
    const seen: string[] = [];
    const events = bus({ redisUrl: undefined }, log, {
      onPublish: async (e) => {
        seen.push(e.kind);
        if (e.kind === 'TASK_ASSIGNED') throw new Error('SMTP down');
      },
    });
    const errors = vi.spyOn(log, 'error');
    expect(() => events.publish(event('TASK_ASSIGNED'))).not.toThrow();
    events.publish(event('STATUS_CHANGED'));
    await events.flush();
    expect(seen).toEqual(['TASK_ASSIGNED', 'STATUS_CHANGED']);
    expect(errors).toHaveBeenCalledWith(
      expect.objectContaining({ err: expect.objectContaining({ message: 'SMTP down' }) }),
      'side effects of a project event failed',
    );
  });

  it('keeps the newest events for a subscriber that falls behind instead of failing publish', async () => {
    const events = bus({ redisUrl: undefined }, log);
    const slow = events.subscribe()[Symbol.asyncIterator]();
    const first = slow.next();
    const many = Array.from({ length: 1_500 }, () => event('COMMENT_ADDED'));
    // Without a buffer, yoga's pub/sub throws from publish once 1,024 events wait.
    expect(() => {
      for (const e of many) events.publish(e);
    }).not.toThrow();
    expect((await first).value).toEqual(many[0]);
    const second = await slow.next();
    expect(second.value).not.toEqual(many[1]);
    await slow.return?.();
  });

  it('removes the listener of a subscription closed while it waits for an event', async () => {
    const target = new EventTarget();
    let listeners = 0;
    const counting = {
      addEventListener: (...args: Parameters<EventTarget['addEventListener']>) => {
        listeners += 1;
        target.addEventListener(...args);
      },
      removeEventListener: (...args: Parameters<EventTarget['removeEventListener']>) => {
        listeners -= 1;
        target.removeEventListener(...args);
      },
      dispatchEvent: (e: Event) => target.dispatchEvent(e),
    } as unknown as ProjectEventTarget;
    const events = projectEventsOn(counting).subscribe()[Symbol.asyncIterator]();
    const waiting = events.next();
    expect(listeners).toBe(1);
    await events.return?.();
    expect(await waiting).toEqual({ done: true, value: undefined });
    expect(listeners).toBe(0);
  });

  it('accepts only messages of the known shape', () => {
    expect(isProjectEventMessage(event('MILESTONE_CHANGED'))).toBe(true);
    expect(isProjectEventMessage({ ...event('MILESTONE_CHANGED'), taskId: 't1' })).toBe(true);
    expect(isProjectEventMessage({ ...event('MILESTONE_CHANGED'), kind: 'DELETED' })).toBe(false);
    expect(isProjectEventMessage({ ...event('MILESTONE_CHANGED'), taskId: 7 })).toBe(false);
    expect(isProjectEventMessage(null)).toBe(false);
    expect(isProjectEventMessage('PROJECT_CREATED')).toBe(false);
  });
});

describe('project event bus through Redis', () => {
  const redisUrl = TEST_REDIS_URL;

  it('carries an event from one instance to the others and runs onPublish only where published', async () => {
    const topic = `amtsweg:test:${randomUUID()}`;
    const mailedBy: string[] = [];
    const a = bus({ redisUrl }, log, { topic, onPublish: async () => void mailedBy.push('a') });
    const b = bus({ redisUrl }, log, { topic, onPublish: async () => void mailedBy.push('b') });
    const onA = await take(a.subscribe(), 1);
    const onB = await take(b.subscribe(), 1);
    const admin = await connectTestRedis();
    try {
      await vi.waitFor(async () => expect(await channelSubscribers(admin, topic)).toBe(2));
      const changed = event('STATUS_CHANGED');
      b.publish(changed);
      // Both instances receive it, the publishing one through Redis like the others.
      expect(await onA.values()).toEqual([changed]);
      expect(await onB.values()).toEqual([changed]);
      await Promise.all([a.flush(), b.flush()]);
      expect(mailedBy).toEqual(['b']);
      // Closed subscriptions leave the channel.
      await vi.waitFor(async () => expect(await channelSubscribers(admin, topic)).toBe(0));
    } finally {
      admin.disconnect();
    }
  });

  it('drops messages on the channel that are not project events', async () => {
    const topic = `amtsweg:test:${randomUUID()}`;
    const a = bus({ redisUrl }, log, { topic });
    const received = await take(a.subscribe(), 2);
    const admin = await connectTestRedis();
    try {
      await vi.waitFor(async () => expect(await channelSubscribers(admin, topic)).toBe(1));
      await admin.publish(topic, 'not json');
      const real = event('COMMENT_ADDED');
      a.publish(real);
      // The bus hands on what arrived (null for the garbage); the subscription filters it out.
      expect(await received.values()).toEqual([null, real]);
    } finally {
      admin.disconnect();
    }
  });

  it('survives an unreachable Redis: publish neither throws nor rejects, mails still go out', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const mailed: string[] = [];
      const down = createProjectEventBus({ redisUrl: 'redis://127.0.0.1:1' }, log, {
        onPublish: async (e) => void mailed.push(e.kind),
      });
      const subscription = down.subscribe()[Symbol.asyncIterator]();
      void subscription.next();
      expect(() => down.publish(event('TASK_ASSIGNED'))).not.toThrow();
      await down.flush();
      expect(mailed).toEqual(['TASK_ASSIGNED']);
      await subscription.return?.();
      await down.close();
      // Give rejected PUBLISH/SUBSCRIBE commands a moment to surface.
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});

describe('mailer without SMTP_URL', () => {
  it('writes each mail as an .eml file under <dataDir>/mail', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'amtsweg-mail-'));
    try {
      const mailer = createMailer(
        { smtpUrl: undefined, mailFrom: 'Amtsweg <amtsweg@stadt.test>', dataDir },
        log,
      );
      await mailer.send({
        to: 'lars@ludwigsburg.test',
        subject: 'Projekt „Digitaler Bauantrag“: In Umsetzung (gelb)',
        text: 'Hallo Lars,\n\nÄnderung am Projekt – mit Umlauten: äöüß.\n',
      });
      await mailer.send({ to: 'ella@esslingen.test', subject: 'Zweite', text: 'Zwei\n' });
      const files = readdirSync(join(dataDir, 'mail'));
      expect(files).toHaveLength(2);
      expect(files.every((name) => /^\d{4}-\d\d-\d\dT[\d-]+Z-[0-9a-f]{8}\.eml$/.test(name))).toBe(
        true,
      );
      const [first] = (await mailsIn(dataDir)).filter((m) => m.to === 'lars@ludwigsburg.test');
      expect(first).toMatchObject({
        from: 'Amtsweg <amtsweg@stadt.test>',
        subject: 'Projekt „Digitaler Bauantrag“: In Umsetzung (gelb)',
      });
      expect(first?.text).toContain('mit Umlauten: äöüß.');
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

/** The smallest SMTP server nodemailer talks to: records each message's envelope and data. */
async function fakeSmtpServer() {
  const received: { from: string; to: string[]; data: string }[] = [];
  const server = createServer((socket) => {
    let buffer = '';
    let inData = false;
    let current = { from: '', to: [] as string[], data: '' };
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 fake.smtp.test ESMTP');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (let end = buffer.indexOf('\r\n'); end >= 0; end = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            received.push(current);
            current = { from: '', to: [], data: '' };
            reply('250 OK: queued');
          } else {
            current.data += `${line.startsWith('..') ? line.slice(1) : line}\n`;
          }
        } else if (/^(EHLO|HELO)/i.test(line)) reply('250 fake.smtp.test');
        else if (/^MAIL FROM:/i.test(line)) {
          current.from = line.slice(10).trim();
          reply('250 OK');
        } else if (/^RCPT TO:/i.test(line)) {
          current.to.push(line.slice(8).trim());
          reply('250 OK');
        } else if (/^DATA/i.test(line)) {
          inData = true;
          reply('354 End data with <CR><LF>.<CR><LF>');
        } else if (/^QUIT/i.test(line)) {
          reply('221 Bye');
          socket.end();
        } else reply('250 OK');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { port, received, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe('mailer with SMTP_URL', () => {
  it('hands each mail to the SMTP server, from MAIL_FROM', async () => {
    const smtp = await fakeSmtpServer();
    const mailer = createMailer(
      {
        smtpUrl: `smtp://127.0.0.1:${smtp.port}`,
        mailFrom: 'Amtsweg <amtsweg@stadt.test>',
        dataDir: '/nonexistent',
      },
      log,
    );
    try {
      await mailer.send({
        to: 'lars@ludwigsburg.test',
        subject: 'Neue Aufgabe',
        text: 'Hallo Lars,\n\nbitte übernehmen.\n',
      });
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0]).toMatchObject({
        from: '<amtsweg@stadt.test>',
        to: ['<lars@ludwigsburg.test>'],
      });
      const mail = parseMail('smtp', smtp.received[0]?.data ?? '');
      expect(mail).toMatchObject({ to: 'lars@ludwigsburg.test', subject: 'Neue Aufgabe' });
      expect(mail.text).toContain('bitte übernehmen.');
    } finally {
      mailer.close();
      await smtp.close();
    }
  });
});
