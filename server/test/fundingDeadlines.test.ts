import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sendDeadlineReminders } from '../src/funding/deadlineReminders.ts';
import {
  CALENDAR_FEED,
  CREATE_CALENDAR_FEED,
  DEADLINES,
  REVOKE_CALENDAR_FEED,
} from './support/fundingOperations.ts';
import {
  accept,
  moveThrough,
  newApplication,
  readApplication,
  readyForSubmission,
  respond,
} from './support/fundingSteps.ts';
import { download, uuidOf } from './support/fundingUploads.ts';
import {
  addDays,
  berlinToday,
  type FundingWorld,
  seedFundingWorld,
  seedProgramme,
} from './support/fundingWorld.ts';
import { createTestApp, type TestApp } from './support/testApp.ts';

/** A calendar day as the job's caller passes "today": UTC midnight of the Berlin date. */
function day(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

describe('funding deadlines', () => {
  let app: TestApp;
  let w: FundingWorld;
  const today = berlinToday();
  beforeEach(async () => {
    app = await createTestApp();
    w = await seedFundingWorld(app, { name: 'In 30 Tagen', deadline: addDays(today, 30) });
  });
  afterEach(() => app.close());

  /** Applications with the given deadlines: Esslingen leads, Ludwigsburg accepted. */
  async function withDeadlines() {
    const soon = await seedProgramme(app, { name: 'In 10 Tagen', deadline: addDays(today, 10) });
    const passed = await seedProgramme(app, { name: 'Verpasst', deadline: addDays(today, 5) });
    const open = await seedProgramme(app, { name: 'Ohne Frist', deadline: null });
    const apps = {
      soon: await newApplication(w, { title: 'Bald fällig', programme: soon }),
      later: await newApplication(w, { title: 'Später fällig' }),
      passed: await newApplication(w, { title: 'Frist verpasst', programme: passed, partners: [] }),
      open: await newApplication(w, { title: 'Ohne Frist', programme: open }),
      foreign: await newApplication(w, {
        title: 'Tübinger Frist',
        lead: 'tuebingen',
        partners: [],
      }),
    };
    await accept(w, apps.soon.id, 'ludwigsburg');
    // The deadline moved into the past after the application was started.
    await app.prisma.fundingProgramme.update({
      where: { id: passed.id },
      data: { deadline: new Date(`${addDays(today, -3)}T00:00:00Z`) },
    });
    return apps;
  }

  it('are listed for the viewer’s open applications, soonest first, with the days left', async () => {
    const apps = await withDeadlines();
    const submitted = await readyForSubmission(w, { title: 'Schon eingereicht' });
    await moveThrough(w, submitted.id, 'INTERNAL_REVIEW', 'SUBMITTED');
    // Under review still counts as open.
    await moveThrough(w, apps.later.id, 'DRAFT', 'INTERNAL_REVIEW');

    const forElke = await w.as('elke', DEADLINES);
    expect(forElke.errors).toBeUndefined();
    expect(
      forElke.data.fundingDeadlines.map(
        (d: { deadline: string; daysLeft: number; application: { title: string } }) => [
          d.application.title,
          d.deadline,
          d.daysLeft,
        ],
      ),
    ).toEqual([
      ['Frist verpasst', addDays(today, -3), -3],
      ['Bald fällig', addDays(today, 10), 10],
      ['Später fällig', addDays(today, 30), 30],
    ]);

    // The application itself warns of the close deadline, computed for today in Berlin.
    const soon = await readApplication(w, apps.soon.id);
    expect(soon?.statement.computedOn).toBe(today);
    expect(soon?.statement.flags).toContainEqual(
      expect.objectContaining({
        code: 'DEADLINE_WITHIN_14_DAYS',
        deadline: addDays(today, 10),
        daysLeft: 10,
      }),
    );

    const titles = async (person: 'lena' | 'emil' | 'tom' | 'wanda') =>
      (await w.as(person, DEADLINES)).data.fundingDeadlines.map(
        (d: { application: { title: string } }) => d.application.title,
      );
    // Ludwigsburg accepted "Bald fällig" and is invited to "Später fällig".
    expect(await titles('lena')).toEqual(['Bald fällig', 'Später fällig']);
    expect(await titles('emil')).toEqual(['Frist verpasst', 'Bald fällig', 'Später fällig']);
    expect(await titles('tom')).toEqual(['Tübinger Frist']);
    expect(await titles('wanda')).toEqual([]);
  });

  describe('reminders', () => {
    const deadline = addDays(today, 30);
    const reminders = async () =>
      (
        await app.prisma.notification.findMany({
          where: { kind: 'FUNDING_DEADLINE' },
          include: { user: true },
          orderBy: [{ daysBefore: 'desc' }, { createdAt: 'asc' }],
        })
      ).map((n) => [n.user.email.split('@')[0], n.applicationId, n.daysBefore]);

    it('reach the funding officers of the lead and the accepted partners at 14, 7 and 1 days', async () => {
      const application = await newApplication(w, { partners: ['ludwigsburg', 'waiblingen'] });
      await accept(w, application.id, 'ludwigsburg');
      const foreign = await newApplication(w, { lead: 'tuebingen', partners: [] });
      const [id, foreignId] = [uuidOf(application.id), uuidOf(foreign.id)];

      await sendDeadlineReminders(app.prisma, day(addDays(deadline, -20)));
      expect(await reminders()).toEqual([]);

      // Ten days ahead: the 14-day reminder, once, even when two instances run the job at once.
      await Promise.all([
        sendDeadlineReminders(app.prisma, day(addDays(deadline, -10))),
        sendDeadlineReminders(app.prisma, day(addDays(deadline, -10))),
      ]);
      await sendDeadlineReminders(app.prisma, day(addDays(deadline, -10)));
      const fourteen = [
        ['elke', id, 14],
        ['lena', id, 14],
        ['tom', foreignId, 14],
      ];
      expect((await reminders()).sort()).toEqual(fourteen.sort());

      await sendDeadlineReminders(app.prisma, day(addDays(deadline, -7)));
      await sendDeadlineReminders(app.prisma, day(addDays(deadline, -6)));
      await Promise.all([
        sendDeadlineReminders(app.prisma, day(addDays(deadline, -1))),
        sendDeadlineReminders(app.prisma, day(addDays(deadline, -1))),
      ]);
      const all = await reminders();
      expect(all.filter(([name]) => name === 'elke').map(([, , days]) => days)).toEqual([14, 7, 1]);
      expect(all.filter(([name]) => name === 'lena').map(([, , days]) => days)).toEqual([14, 7, 1]);
      expect(all.filter(([name]) => name === 'tom').map(([, , days]) => days)).toEqual([14, 7, 1]);
      // Coordinators, the invited Waiblingen and uninvolved cities hear nothing.
      expect(new Set(all.map(([name]) => name))).toEqual(new Set(['elke', 'lena', 'tom']));

      const stored = await app.prisma.notification.findFirstOrThrow({
        where: { kind: 'FUNDING_DEADLINE', userId: w.people.elke.id, daysBefore: 1 },
      });
      expect(stored).toMatchObject({ applicationId: id, applicationTitle: application.title });
    });

    it('send only the tightest reminder due, and none after submission or for a declined city', async () => {
      const late = await newApplication(w, { title: 'Spät begonnen', partners: ['waiblingen'] });
      await respond(w, late.id, 'waiblingen', false);
      const ready = await readyForSubmission(w, { title: 'Eingereicht' });
      await moveThrough(w, ready.id, 'INTERNAL_REVIEW', 'SUBMITTED');

      // First run three days ahead: the 7-day reminder, not the 14-day one as well.
      await sendDeadlineReminders(app.prisma, day(addDays(deadline, -3)));
      expect(await reminders()).toEqual([['elke', uuidOf(late.id), 7]]);
    });

    it('still remind on the deadline day itself, with the 1-day reminder', async () => {
      const application = await newApplication(w, { partners: [] });
      await sendDeadlineReminders(app.prisma, day(deadline));
      expect(await reminders()).toEqual([['elke', uuidOf(application.id), 1]]);
    });

    it('stop once the deadline has passed', async () => {
      await newApplication(w, { partners: [] });
      await sendDeadlineReminders(app.prisma, day(addDays(deadline, 1)));
      await sendDeadlineReminders(app.prisma, day(addDays(deadline, 30)));
      expect(await reminders()).toEqual([]);
    });
  });

  describe('calendar feed', () => {
    it('lists the deadlines of the viewer’s applications at a secret URL', async () => {
      await withDeadlines();
      const initial = await w.as('elke', CALENDAR_FEED);
      expect(initial.data.calendarFeed).toEqual({ active: false, createdUrl: null });

      const created = await w.as('elke', CREATE_CALENDAR_FEED);
      expect(created.errors).toBeUndefined();
      const url: string = created.data.createCalendarFeed.createdUrl;
      expect(created.data.createCalendarFeed.active).toBe(true);
      expect(url).toMatch(/\/calendar\/[^/]+\.ics$/);
      expect((await w.as('elke', CALENDAR_FEED)).data.calendarFeed).toEqual({
        active: true,
        createdUrl: null,
      });

      // No cookie: the calendar app only has the URL.
      const feed = await download(app, url);
      expect(feed.status).toBe(200);
      expect(feed.contentType).toMatch(/^text\/calendar/);
      expect(feed.text).toContain('BEGIN:VCALENDAR');
      expect(feed.text.match(/BEGIN:VEVENT/g)).toHaveLength(3);
      const unfolded = feed.text.replace(/\r?\n[ \t]/g, '');
      for (const title of ['Frist verpasst', 'Bald fällig', 'Später fällig']) {
        expect(unfolded).toContain(title);
      }
      for (const date of [addDays(today, 10), addDays(today, 30)]) {
        expect(unfolded).toContain(date.replaceAll('-', ''));
      }
      expect(unfolded).not.toContain('Tübinger Frist');
      expect(unfolded).not.toContain('Ohne Frist');

      // Tübingen's feed has Tübingen's deadline only.
      const tom = await w.as('tom', CREATE_CALENDAR_FEED);
      const tomFeed = await download(app, tom.data.createCalendarFeed.createdUrl);
      expect(tomFeed.text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
      expect(tomFeed.text.replace(/\r?\n[ \t]/g, '')).toContain('Tübinger Frist');
      expect(tomFeed.text).not.toContain('Bald f');
    });

    it('stops answering at the old URL once replaced or revoked', async () => {
      await newApplication(w, { title: 'Mit Frist' });
      const first = (await w.as('elke', CREATE_CALENDAR_FEED)).data.createCalendarFeed.createdUrl;
      const second = (await w.as('elke', CREATE_CALENDAR_FEED)).data.createCalendarFeed.createdUrl;
      expect(second).not.toBe(first);
      expect((await download(app, first)).status).toBe(404);
      expect((await download(app, second)).status).toBe(200);

      const revoked = await w.as('elke', REVOKE_CALENDAR_FEED);
      expect(revoked.data.revokeCalendarFeed).toEqual({ active: false, createdUrl: null });
      expect((await download(app, second)).status).toBe(404);
      expect((await w.as('elke', CALENDAR_FEED)).data.calendarFeed.active).toBe(false);
      // A made-up token finds nothing either.
      expect((await download(app, '/calendar/erfunden.ics')).status).toBe(404);
    });

    it('is not handed to anonymous visitors', async () => {
      const res = await app.gql(CREATE_CALENDAR_FEED);
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
      expect(await app.prisma.user.count({ where: { calendarTokenHash: { not: null } } })).toBe(0);
    });
  });
});
