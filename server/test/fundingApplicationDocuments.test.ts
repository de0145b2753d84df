import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type ApplicationView, errorCodes, resultOf } from './support/fundingOperations.ts';
import {
  accept,
  markNotApplicable,
  newApplication,
  readApplication,
} from './support/fundingSteps.ts';
import {
  download,
  MB,
  oversizedPdf,
  pdfFile,
  sha256,
  storedFilesNamed,
  upload,
  windowsExecutable,
} from './support/fundingUploads.ts';
import { type FundingWorld, fundingData, seedFundingWorld } from './support/fundingWorld.ts';
import { createTestApp, type TestApp } from './support/testApp.ts';

// A 1×1 PNG: an allowed type other than PDF.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

describe('documents of a funding application', () => {
  let app: TestApp;
  let w: FundingWorld;
  let application: ApplicationView;
  let documentsDir: string;
  beforeEach(async () => {
    app = await createTestApp();
    w = await seedFundingWorld(app);
    application = await newApplication(w, { partners: ['ludwigsburg', 'waiblingen'] });
    await accept(w, application.id, 'ludwigsburg');
    documentsDir = join(app.config.dataDir, 'documents');
  });
  afterEach(() => app.close());

  const item = (a: ApplicationView | null | undefined, city: string, requirement: string) =>
    a?.checklist.find((c) => c.city.slug === city && c.requirement === requirement);

  it('stores an uploaded PDF with its hash and size, downloadable by those who see it', async () => {
    const pdf = await pdfFile(
      'Projektbeschreibung: Digitaler Bauantrag',
      'projektbeschreibung.pdf',
    );
    const res = await upload(w, {
      applicationId: application.id,
      city: 'esslingen',
      requirement: 'Projektbeschreibung',
      file: pdf.file,
    });
    expect(res.errors).toBeUndefined();
    const uploaded = resultOf(res)?.data;
    const entry = item(uploaded, 'esslingen', 'Projektbeschreibung');
    expect(entry).toMatchObject({
      state: 'UPLOADED',
      isLetterOfIntent: false,
      document: {
        fileName: 'projektbeschreibung.pdf',
        mediaType: 'application/pdf',
        sizeBytes: pdf.bytes.length,
        sha256: pdf.sha256,
        notApplicableReason: null,
        updatedByName: 'elke',
        downloadUrl: expect.stringMatching(/^\/files\/application-documents\/[0-9a-f-]{36}$/),
      },
    });
    expect(item(uploaded, 'esslingen', 'Kosten- und Finanzierungsplan')?.state).toBe('MISSING');
    expect(
      uploaded?.statement.documents.find((d) => d.requirement === 'Projektbeschreibung'),
    ).toMatchObject({ state: 'UPLOADED', sha256: pdf.sha256, sizeBytes: pdf.bytes.length });
    expect(await storedFilesNamed(documentsDir, pdf.sha256)).not.toEqual([]);

    const url = entry?.document?.downloadUrl as string;
    const own = await download(app, url, await w.cookie('elke'));
    expect(own.status).toBe(200);
    expect(sha256(own.bytes)).toBe(pdf.sha256);
    expect(own.contentType).toMatch(/^application\/pdf/);
    expect(own.contentDisposition).toMatch(/^attachment/);
    // A partner's coordinator reads the application, so the file too.
    const partner = await download(app, url, await w.cookie('lars'));
    expect([partner.status, sha256(partner.bytes)]).toEqual([200, pdf.sha256]);

    for (const person of ['tom', 'tina'] as const) {
      const outsider = await download(app, url, await w.cookie(person));
      expect({ person, status: outsider.status }).toEqual({ person, status: 404 });
      expect(outsider.bytes.includes(Buffer.from('%PDF'))).toBe(false);
    }
    const anonymous = await download(app, url);
    expect(anonymous.status).toBe(404);
  });

  it('accepts images by their content', async () => {
    const res = await upload(w, {
      applicationId: application.id,
      city: 'esslingen',
      requirement: 'Kosten- und Finanzierungsplan',
      file: new File([PNG], 'plan.png', { type: 'image/png' }),
    });
    expect(item(resultOf(res)?.data, 'esslingen', 'Kosten- und Finanzierungsplan')).toMatchObject({
      state: 'UPLOADED',
      document: { mediaType: 'image/png', sizeBytes: PNG.length, sha256: sha256(PNG) },
    });
  });

  it('refuses a program or a text file posing as a PDF, storing nothing', async () => {
    const exe = windowsExecutable('antrag.pdf');
    const script = Buffer.from(`#!/bin/sh\necho ${sha256(exe.bytes)}\n`);
    const before = await fundingData(app);
    for (const [what, file, hash] of [
      ['Windows executable', exe.file, exe.sha256],
      [
        'shell script',
        new File([script], 'antrag.pdf', { type: 'application/pdf' }),
        sha256(script),
      ],
    ] as const) {
      const res = await upload(w, {
        applicationId: application.id,
        city: 'esslingen',
        requirement: 'Projektbeschreibung',
        file,
      });
      expect({ what, result: resultOf(res) }).toMatchObject({
        what,
        result: { __typename: 'ConflictError', reason: 'FILE_TYPE_NOT_ALLOWED' },
      });
      expect(await storedFilesNamed(documentsDir, hash)).toEqual([]);
    }
    expect(await fundingData(app)).toEqual(before);
    const read = await readApplication(w, application.id);
    expect(item(read, 'esslingen', 'Projektbeschreibung')).toMatchObject({
      state: 'MISSING',
      document: null,
    });
  });

  it('refuses a file just over 20 MB with FILE_TOO_LARGE, storing nothing', async () => {
    const big = oversizedPdf(20 * MB + 1);
    const before = await fundingData(app);
    const res = await upload(w, {
      applicationId: application.id,
      city: 'esslingen',
      requirement: 'Projektbeschreibung',
      file: big.file,
    });
    expect(res.errors).toBeUndefined();
    expect(resultOf(res)).toMatchObject({
      __typename: 'ConflictError',
      reason: 'FILE_TOO_LARGE',
      message: expect.stringMatching(/20 MB/),
    });
    expect(await fundingData(app)).toEqual(before);
    expect(await storedFilesNamed(documentsDir, big.sha256)).toEqual([]);
    // Exactly 20 MB is still fine.
    const largest = oversizedPdf(20 * MB);
    const accepted = await upload(w, {
      applicationId: application.id,
      city: 'esslingen',
      requirement: 'Projektbeschreibung',
      file: largest.file,
    });
    expect(item(resultOf(accepted)?.data, 'esslingen', 'Projektbeschreibung')).toMatchObject({
      state: 'UPLOADED',
      document: { sizeBytes: 20 * MB, sha256: largest.sha256 },
    });
  });

  it('refuses a far larger file clearly, storing nothing', async () => {
    const huge = oversizedPdf(40 * MB);
    const before = await fundingData(app);
    const res = await upload(w, {
      applicationId: application.id,
      city: 'esslingen',
      requirement: 'Projektbeschreibung',
      file: huge.file,
    });
    const result = resultOf(res);
    if (result) {
      expect(result).toMatchObject({ __typename: 'ConflictError', reason: 'FILE_TOO_LARGE' });
    } else {
      // Cut off by the request's size limit before any resolver ran: still a clear answer.
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      expect(res.errors?.[0]?.message).toMatch(/large|size|limit|20 MB/i);
    }
    expect(await fundingData(app)).toEqual(before);
    expect(await storedFilesNamed(documentsDir, huge.sha256)).toEqual([]);
  });

  it('marks a document not applicable only with a reason', async () => {
    const before = await fundingData(app);
    for (const reason of ['', '   ']) {
      const res = await markNotApplicable(w, {
        applicationId: application.id,
        city: 'esslingen',
        requirement: 'Kosten- und Finanzierungsplan',
        reason,
      });
      expect(resultOf(res), JSON.stringify(reason)).toMatchObject({
        __typename: 'ValidationError',
        fieldErrors: [{ path: 'input.reason', message: expect.any(String) }],
      });
    }
    expect(await fundingData(app)).toEqual(before);

    const res = await markNotApplicable(w, {
      applicationId: application.id,
      city: 'esslingen',
      requirement: 'Kosten- und Finanzierungsplan',
      reason: ' Im Projektantrag enthalten ',
    });
    const entry = item(resultOf(res)?.data, 'esslingen', 'Kosten- und Finanzierungsplan');
    expect(entry).toMatchObject({
      state: 'NOT_APPLICABLE',
      document: {
        notApplicableReason: 'Im Projektantrag enthalten',
        fileName: null,
        sha256: null,
        downloadUrl: null,
        updatedByName: 'elke',
      },
    });

    // Uploading the document later replaces the note.
    const pdf = await pdfFile('Kosten- und Finanzierungsplan');
    const uploaded = await upload(w, {
      applicationId: application.id,
      city: 'esslingen',
      requirement: 'Kosten- und Finanzierungsplan',
      file: pdf.file,
    });
    expect(
      item(resultOf(uploaded)?.data, 'esslingen', 'Kosten- und Finanzierungsplan'),
    ).toMatchObject({
      state: 'UPLOADED',
      document: { sha256: pdf.sha256, notApplicableReason: null },
    });
    expect(await app.prisma.applicationDocument.count()).toBe(1);
  });

  it('lets a partner upload its letter of intent, but not the lead’s documents', async () => {
    const letter = await pdfFile('Absichtserklärung der Stadt Ludwigsburg', 'loi.pdf');
    const res = await upload(w, {
      applicationId: application.id,
      city: 'ludwigsburg',
      requirement: '',
      file: letter.file,
    });
    const uploaded = resultOf(res)?.data;
    expect(item(uploaded, 'ludwigsburg', '')).toMatchObject({
      isLetterOfIntent: true,
      state: 'UPLOADED',
      document: { fileName: 'loi.pdf', sha256: letter.sha256, updatedByName: 'lena' },
    });
    expect(item(uploaded, 'waiblingen', '')?.state).toBe('MISSING');

    const before = await fundingData(app);
    const foreign = await pdfFile('Nicht meine Aufgabe');
    const attempts = [
      // Ludwigsburg's officer on Esslingen's required document.
      () =>
        upload(
          w,
          {
            applicationId: application.id,
            city: 'esslingen',
            requirement: 'Projektbeschreibung',
            file: foreign.file,
          },
          'lena',
        ),
      () =>
        markNotApplicable(
          w,
          {
            applicationId: application.id,
            city: 'esslingen',
            requirement: 'Projektbeschreibung',
            reason: 'Brauchen wir nicht',
          },
          'lena',
        ),
      // Esslingen's officer on Ludwigsburg's letter.
      () =>
        upload(
          w,
          {
            applicationId: application.id,
            city: 'ludwigsburg',
            requirement: '',
            file: foreign.file,
          },
          'elke',
        ),
      // Ludwigsburg's coordinator on its own letter.
      () =>
        upload(
          w,
          {
            applicationId: application.id,
            city: 'ludwigsburg',
            requirement: '',
            file: foreign.file,
          },
          'lars',
        ),
    ];
    for (const [index, attempt] of attempts.entries()) {
      const refused = await attempt();
      expect({ index, codes: errorCodes(refused) }).toEqual({ index, codes: ['FORBIDDEN'] });
    }
    expect(await fundingData(app)).toEqual(before);
    expect(await storedFilesNamed(documentsDir, foreign.sha256)).toEqual([]);
  });

  it('knows only the programme’s documents and the letters of intent', async () => {
    const before = await fundingData(app);
    const pdf = await pdfFile('Gutachten');
    const res = await upload(w, {
      applicationId: application.id,
      city: 'esslingen',
      requirement: 'Gutachten',
      file: pdf.file,
    });
    expect(resultOf(res)?.__typename ?? errorCodes(res)[0]).toMatch(
      /ValidationError|NotFoundError/,
    );
    expect(await fundingData(app)).toEqual(before);
    expect(await storedFilesNamed(documentsDir, pdf.sha256)).toEqual([]);
    // Esslingen, the lead, has no letter of intent to give.
    const lead = await upload(w, {
      applicationId: application.id,
      city: 'esslingen',
      requirement: '',
      file: pdf.file,
    });
    expect(resultOf(lead)?.__typename ?? errorCodes(lead)[0]).toMatch(
      /ValidationError|NotFoundError/,
    );
    expect(await fundingData(app)).toEqual(before);
  });
});
