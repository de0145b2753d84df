import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type ApplicationView,
  errorCodes,
  INVITE_PARTNER,
  resultOf,
  UPDATE_APPLICATION,
} from './support/fundingOperations.ts';
import {
  accept,
  budget,
  markNotApplicable,
  moveThrough,
  newApplication,
  readApplication,
  readyForSubmission,
  setBudgetLines,
  settleChecklist,
  standardLines,
  transition,
} from './support/fundingSteps.ts';
import { download, exportPaths, pdfFile, upload, uuidOf } from './support/fundingUploads.ts';
import {
  addDays,
  berlinToday,
  dateOnly,
  euros,
  type FundingWorld,
  fundingData,
  line,
  seedFundingWorld,
} from './support/fundingWorld.ts';
import { createTestApp, type TestApp } from './support/testApp.ts';

describe('the status of a funding application', () => {
  let app: TestApp;
  let w: FundingWorld;
  beforeEach(async () => {
    app = await createTestApp();
    w = await seedFundingWorld(app);
  });
  afterEach(() => app.close());

  it('runs from draft to closed, recording who moved it when and why', async () => {
    const started = new Date();
    const created = await newApplication(w, { partners: ['ludwigsburg'] });
    await accept(w, created.id, 'ludwigsburg');
    await budget(w, created.id, 'esslingen', standardLines.esslingen);
    await settleChecklist(w, created.id);

    const steps: [string, string, string[]][] = [
      ['DRAFT', 'INTERNAL_REVIEW', ['DRAFT', 'SUBMITTED']],
      ['INTERNAL_REVIEW', 'SUBMITTED', ['APPROVED', 'REJECTED']],
      ['SUBMITTED', 'APPROVED', ['REPORTING']],
      ['APPROVED', 'REPORTING', ['CLOSED']],
      ['REPORTING', 'CLOSED', []],
    ];
    let application: ApplicationView | undefined;
    for (const [from, to, next] of steps) {
      const res = await transition(w, created.id, from, to, { comment: `${from} → ${to}` });
      application = resultOf(res)?.data;
      expect({ from, to, status: application?.status }).toEqual({ from, to, status: to });
      expect([...(application?.allowedTransitions ?? [])].sort()).toEqual(next);
    }
    expect(application?.transitions.map((t) => [t.from, t.to, t.actorName, t.comment])).toEqual(
      steps.map(([from, to]) => [from, to, 'elke', `${from} → ${to}`]),
    );
    const times = application?.transitions.map((t) => new Date(t.at).getTime()) ?? [];
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times[0]).toBeGreaterThanOrEqual(started.getTime() - 1000);
    expect(times.at(-1)).toBeLessThanOrEqual(Date.now() + 1000);

    const stored = await app.prisma.applicationTransition.findMany({ orderBy: { at: 'asc' } });
    expect(stored.map((t) => [t.fromStatus, t.toStatus, t.actorId])).toEqual(
      steps.map(([from, to]) => [from, to, w.people.elke.id]),
    );
    // One snapshot, made by the submission.
    expect(application?.snapshots.map((s) => s.submittedByName)).toEqual(['elke']);

    // Ludwigsburg's funding officer hears of every step; the one who made it does not.
    const told = await app.prisma.notification.findMany({
      where: { kind: 'FUNDING_STATUS_CHANGED' },
      include: { user: true },
      orderBy: { createdAt: 'asc' },
    });
    expect(told.map((n) => [n.user.displayName, n.applicationStatus, n.actorName])).toEqual(
      steps.map(([, to]) => ['lena', to, 'elke']),
    );
  });

  it('offers the next steps only to the lead’s funding officer', async () => {
    const created = await newApplication(w, { partners: ['ludwigsburg'] });
    await accept(w, created.id, 'ludwigsburg');
    for (const as of ['lena', 'lars', 'emil'] as const) {
      const read = await readApplication(w, created.id, as);
      expect({ as, allowed: read?.allowedTransitions, manage: read?.viewerCanManage }).toEqual({
        as,
        allowed: [],
        manage: false,
      });
    }
    // The lead city's process owners have no part in funding: they do not see the application.
    expect(await readApplication(w, created.id, 'erik')).toBeNull();
  });

  it('refuses transitions by anyone but the lead’s funding officer, changing nothing', async () => {
    const created = await newApplication(w, { partners: ['ludwigsburg'] });
    await accept(w, created.id, 'ludwigsburg');
    const before = await fundingData(app);
    for (const as of ['lena', 'lars', 'emil', 'eva'] as const) {
      const res = await transition(w, created.id, 'DRAFT', 'INTERNAL_REVIEW', { as });
      expect({ as, codes: errorCodes(res), data: res.data }).toEqual({
        as,
        codes: ['FORBIDDEN'],
        data: null,
      });
    }
    expect(await fundingData(app)).toEqual(before);
    // A global admin may act for the lead.
    const byAdmin = await transition(w, created.id, 'DRAFT', 'INTERNAL_REVIEW', { as: 'admin' });
    expect(resultOf(byAdmin)?.data?.transitions.map((t) => t.actorName)).toEqual(['admin']);
  });

  it('refuses transitions the workflow does not have, and a stale “from”', async () => {
    const created = await newApplication(w, { partners: [] });
    await settleChecklist(w, created.id);
    const before = await fundingData(app);
    const invalid: [string, string][] = [
      ['DRAFT', 'APPROVED'],
      ['DRAFT', 'SUBMITTED'],
      ['DRAFT', 'CLOSED'],
      ['DRAFT', 'DRAFT'],
      // The application is in DRAFT, not in review: a stale screen.
      ['INTERNAL_REVIEW', 'SUBMITTED'],
      ['SUBMITTED', 'APPROVED'],
    ];
    for (const [from, to] of invalid) {
      const res = await transition(w, created.id, from, to);
      expect({ from, to, result: resultOf(res) }).toMatchObject({
        from,
        to,
        result: { __typename: 'ConflictError', reason: 'INVALID_TRANSITION' },
      });
    }
    const stale = resultOf(await transition(w, created.id, 'INTERNAL_REVIEW', 'SUBMITTED'));
    expect(stale?.message).toContain('DRAFT');
    expect(await fundingData(app)).toEqual(before);
    expect((await readApplication(w, created.id))?.status).toBe('DRAFT');

    const reviewed = await moveThrough(w, created.id, 'DRAFT', 'INTERNAL_REVIEW', 'DRAFT');
    expect(reviewed.status).toBe('DRAFT');
  });

  it('is not submitted while an invitation is open', async () => {
    const created = await newApplication(w, { partners: ['ludwigsburg', 'waiblingen'] });
    await accept(w, created.id, 'ludwigsburg');
    await settleChecklist(w, created.id);
    await moveThrough(w, created.id, 'DRAFT', 'INTERNAL_REVIEW');
    const before = await fundingData(app);
    const res = resultOf(await transition(w, created.id, 'INTERNAL_REVIEW', 'SUBMITTED'));
    expect(res).toMatchObject({ __typename: 'ConflictError', reason: 'PARTNERS_PENDING' });
    expect(await fundingData(app)).toEqual(before);

    // Once Waiblingen has declined, nothing is pending.
    resultOf(
      await w.as('wanda', RESPOND, {
        applicationId: created.id,
        cityId: w.cityId('waiblingen'),
        accept: false,
      }),
    );
    const submitted = await moveThrough(w, created.id, 'INTERNAL_REVIEW', 'SUBMITTED');
    expect(submitted.status).toBe('SUBMITTED');
  });

  it('is not submitted while a document is missing', async () => {
    const created = await newApplication(w, { partners: ['ludwigsburg'] });
    await accept(w, created.id, 'ludwigsburg');
    await markNotApplicable(w, {
      applicationId: created.id,
      city: 'esslingen',
      requirement: 'Projektbeschreibung',
      reason: 'Im Förderaufruf nicht verlangt',
    });
    await moveThrough(w, created.id, 'DRAFT', 'INTERNAL_REVIEW');
    const before = await fundingData(app);
    const res = resultOf(await transition(w, created.id, 'INTERNAL_REVIEW', 'SUBMITTED'));
    expect(res).toMatchObject({ __typename: 'ConflictError', reason: 'CHECKLIST_INCOMPLETE' });
    expect(await fundingData(app)).toEqual(before);
  });

  it('is not submitted after the programme’s deadline, but still on the day itself', async () => {
    const ready = await readyForSubmission(w);
    await app.prisma.fundingProgramme.update({
      where: { id: w.programme.id },
      data: { deadline: dateOnly(addDays(berlinToday(), -1)) },
    });
    const before = await fundingData(app);
    const late = resultOf(await transition(w, ready.id, 'INTERNAL_REVIEW', 'SUBMITTED'));
    expect(late).toMatchObject({ __typename: 'ConflictError', reason: 'DEADLINE_PASSED' });
    expect(await fundingData(app)).toEqual(before);
    const read = await readApplication(w, ready.id);
    expect(read?.statement.flags).toContainEqual(
      expect.objectContaining({ code: 'DEADLINE_PASSED', daysOverdue: 1 }),
    );

    await app.prisma.fundingProgramme.update({
      where: { id: w.programme.id },
      data: { deadline: dateOnly(berlinToday()) },
    });
    const inTime = await moveThrough(w, ready.id, 'INTERNAL_REVIEW', 'SUBMITTED');
    expect(inTime.status).toBe('SUBMITTED');
  });

  it('can be rejected and then closed', async () => {
    const ready = await readyForSubmission(w);
    const closed = await moveThrough(
      w,
      ready.id,
      'INTERNAL_REVIEW',
      'SUBMITTED',
      'REJECTED',
      'CLOSED',
    );
    expect(closed.transitions.map((t) => t.to)).toEqual([
      'INTERNAL_REVIEW',
      'SUBMITTED',
      'REJECTED',
      'CLOSED',
    ]);
    const reopen = resultOf(await transition(w, ready.id, 'CLOSED', 'DRAFT'));
    expect(reopen).toMatchObject({ __typename: 'ConflictError', reason: 'INVALID_TRANSITION' });
  });

  it('stays editable after submission, but nothing changes once it is closed', async () => {
    const ready = await readyForSubmission(w);
    await moveThrough(w, ready.id, 'INTERNAL_REVIEW', 'SUBMITTED', 'APPROVED');
    // Approved: the partners still adjust their budgets (the snapshot keeps what was submitted).
    const adjusted = await budget(w, ready.id, 'ludwigsburg', [
      line('HARDWARE_SOFTWARE', 'Scanner und Lizenzen', 28_000),
    ]);
    expect(adjusted.statement.total.totalCosts).toBe(euros(88_000));
    const closed = await moveThrough(w, ready.id, 'APPROVED', 'REPORTING', 'CLOSED');
    expect(closed.viewerCanEditBudgetOf).toEqual([]);
    expect((await readApplication(w, ready.id, 'lena'))?.viewerCanEditBudgetOf).toEqual([]);

    const before = await fundingData(app);
    const lines = await setBudgetLines(w, ready.id, 'esslingen', [
      line('PERSONNEL', 'Nachtrag', 1),
    ]);
    expect(resultOf(lines)).toMatchObject({
      __typename: 'ConflictError',
      reason: 'APPLICATION_CLOSED',
    });
    const partnerLines = await setBudgetLines(w, ready.id, 'ludwigsburg', []);
    expect(resultOf(partnerLines)).toMatchObject({ reason: 'APPLICATION_CLOSED' });
    const renamed = await w.as('elke', UPDATE_APPLICATION, {
      input: {
        applicationId: ready.id,
        expectedVersion: closed.version,
        title: 'Nachträglich umbenannt',
        summary: '',
        processModelIds: [],
      },
    });
    expect(resultOf(renamed)).toMatchObject({ reason: 'APPLICATION_CLOSED' });
    const invited = await w.as('elke', INVITE_PARTNER, {
      applicationId: ready.id,
      cityId: w.cityId('tuebingen'),
    });
    expect(resultOf(invited)).toMatchObject({ reason: 'APPLICATION_CLOSED' });
    const uploaded = await upload(w, {
      applicationId: ready.id,
      city: 'esslingen',
      requirement: 'Projektbeschreibung',
      file: (await pdfFile('Zu spät')).file,
    });
    expect(resultOf(uploaded)).toMatchObject({ reason: 'APPLICATION_CLOSED' });
    expect(await fundingData(app)).toEqual(before);
  });
});

const RESPOND = `mutation($applicationId: ID!, $cityId: ID!, $accept: Boolean!) {
  respondToApplicationInvite(applicationId: $applicationId, cityId: $cityId, accept: $accept) {
    __typename
  }
}`;

describe('the submission snapshot', () => {
  let app: TestApp;
  let w: FundingWorld;
  beforeEach(async () => {
    app = await createTestApp();
    w = await seedFundingWorld(app);
  });
  afterEach(() => app.close());

  it('keeps what was submitted while the live application changes', async () => {
    const created = await newApplication(w, { partners: ['ludwigsburg'] });
    await accept(w, created.id, 'ludwigsburg');
    await budget(w, created.id, 'esslingen', standardLines.esslingen);
    await budget(w, created.id, 'ludwigsburg', standardLines.ludwigsburg);
    const description = await pdfFile('Projektbeschreibung, Fassung 1', 'projekt.pdf');
    const uploaded = await upload(w, {
      applicationId: created.id,
      city: 'esslingen',
      requirement: 'Projektbeschreibung',
      file: description.file,
    });
    expect(resultOf(uploaded)?.__typename).toBe('MutationUploadApplicationDocumentSuccess');
    await settleChecklist(w, created.id);
    await moveThrough(w, created.id, 'DRAFT', 'INTERNAL_REVIEW');
    const submitted = await moveThrough(w, created.id, 'INTERNAL_REVIEW', 'SUBMITTED');

    expect(submitted.snapshots).toHaveLength(1);
    const [snapshot] = submitted.snapshots;
    expect(snapshot?.submittedByName).toBe('elke');
    // At submission the snapshot shows exactly what the live application showed.
    expect(snapshot?.statement).toEqual(submitted.statement);
    expect(snapshot?.statement.total.grant).toBe(euros(64_000));
    expect(
      snapshot?.statement.documents.find((d) => d.requirement === 'Projektbeschreibung'),
    ).toMatchObject({
      state: 'UPLOADED',
      fileName: 'projekt.pdf',
      sha256: description.sha256,
      sizeBytes: description.bytes.length,
    });

    // Afterwards: new lines, a new title, a new version of the document.
    await budget(w, created.id, 'esslingen', [line('PERSONNEL', 'Projektleitung (neu)', 20_000)]);
    const renamed = await w.as('elke', UPDATE_APPLICATION, {
      input: {
        applicationId: created.id,
        expectedVersion: submitted.version,
        title: 'Nach der Einreichung umbenannt',
        summary: '',
        processModelIds: [],
      },
    });
    expect(resultOf(renamed)?.__typename).toBe('MutationUpdateFundingApplicationSuccess');
    const second = await pdfFile('Projektbeschreibung, Fassung 2', 'projekt-v2.pdf');
    await upload(w, {
      applicationId: created.id,
      city: 'esslingen',
      requirement: 'Projektbeschreibung',
      file: second.file,
    });

    const live = await readApplication(w, created.id, 'lars');
    expect(live?.title).toBe('Nach der Einreichung umbenannt');
    expect(live?.statement.total.grant).toBe(euros(40_000));
    expect(
      live?.statement.documents.find((d) => d.requirement === 'Projektbeschreibung')?.sha256,
    ).toBe(second.sha256);
    expect(live?.snapshots).toEqual(submitted.snapshots);

    // The exports of the snapshot render the submitted figures, the live ones the new.
    const paths = exportPaths(created.id);
    const cookie = await w.cookie('lars');
    const liveCsv = await download(app, paths.csv, cookie);
    const frozenCsv = await download(
      app,
      `${paths.csv}?snapshot=${uuidOf(snapshot?.id ?? '')}`,
      cookie,
    );
    expect([liveCsv.status, frozenCsv.status]).toEqual([200, 200]);
    expect(liveCsv.text).toContain('Projektleitung (neu)');
    expect(frozenCsv.text).not.toContain('Projektleitung (neu)');
    expect(frozenCsv.text).toContain('Schnittstelle zum Fachverfahren');
  });

  it('cannot be changed in the database', async () => {
    const ready = await readyForSubmission(w);
    await moveThrough(w, ready.id, 'INTERNAL_REVIEW', 'SUBMITTED');
    const [before] = await app.prisma.applicationSnapshot.findMany();
    await expect(
      app.prisma.$executeRawUnsafe(`UPDATE "ApplicationSnapshot" SET "content" = '{}'::jsonb`),
    ).rejects.toThrow(/immutable/);
    await expect(
      app.prisma.applicationSnapshot.updateMany({ data: { createdAt: new Date(0) } }),
    ).rejects.toThrow();
    expect(await app.prisma.applicationSnapshot.findMany()).toEqual([before]);
  });
});
