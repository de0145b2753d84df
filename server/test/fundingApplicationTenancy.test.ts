import ExcelJS from 'exceljs';
import { PDFParse } from 'pdf-parse';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  APPLICATION,
  APPLICATION_NODE,
  APPLICATIONS,
  type ApplicationView,
  errorCodes,
  INVITE_PARTNER,
  MARK_NOT_APPLICABLE,
  resultOf,
  SET_BUDGET_LINES,
  TRANSITION,
  UPDATE_APPLICATION,
} from './support/fundingOperations.ts';
import {
  accept,
  budget,
  moveThrough,
  newApplication,
  readApplication,
  respond,
  settleChecklist,
} from './support/fundingSteps.ts';
import { download, exportPaths, pdfFile, upload, uuidOf } from './support/fundingUploads.ts';
import {
  type FundingWorld,
  fundingData,
  line,
  type Person,
  seedFundingWorld,
} from './support/fundingWorld.ts';
import { seedModel } from './support/processModels.ts';
import { createTestApp, type GraphqlResponse, globalId, type TestApp } from './support/testApp.ts';

const CREATE_WITH_MODELS = `mutation($input: CreateFundingApplicationInput!) {
  createFundingApplication(input: $input) {
    __typename
    ... on MutationCreateFundingApplicationSuccess { data { id version processModels { title } } }
  }
}`;

const MODELS_OF = `query($id: ID!) { fundingApplication(id: $id) { processModels { title } } }`;

// Words that only occur in Esslingen's application; no answer to an outsider may contain them.
const SECRET_WORDS = ['Geheimprojekt', 'Vertrauliche Schnittstelle'];

/**
 * Esslingen's submitted application "Geheimprojekt" with Ludwigsburg (accepted) and Waiblingen
 * (declined), budgets, an uploaded description and a snapshot; and Tübingen's own application.
 */
async function seedTenants(app: TestApp) {
  const w = await seedFundingWorld(app);
  const secret = await newApplication(w, {
    title: 'Geheimprojekt Bauantrag',
    partners: ['ludwigsburg', 'waiblingen'],
  });
  await accept(w, secret.id, 'ludwigsburg');
  expect(resultOf(await respond(w, secret.id, 'waiblingen', false))?.__typename).toMatch(/Success/);
  await budget(w, secret.id, 'esslingen', [
    line('EXTERNAL_SERVICES', 'Vertrauliche Schnittstelle', 50_000),
  ]);
  await budget(w, secret.id, 'ludwigsburg', [line('PERSONNEL', 'Sachbearbeitung', 20_000)]);
  const description = await pdfFile('Geheimprojekt: Projektbeschreibung');
  const uploaded = await upload(w, {
    applicationId: secret.id,
    city: 'esslingen',
    requirement: 'Projektbeschreibung',
    file: description.file,
  });
  const document = resultOf(uploaded)?.data?.checklist.find(
    (c) => c.requirement === 'Projektbeschreibung',
  )?.document;
  await settleChecklist(w, secret.id);
  const submitted = await moveThrough(w, secret.id, 'DRAFT', 'INTERNAL_REVIEW', 'SUBMITTED');
  const own = await newApplication(w, {
    title: 'Tübinger Antrag',
    lead: 'tuebingen',
    partners: [],
  });
  return {
    w,
    secret: submitted,
    snapshotId: submitted.snapshots[0]?.id as string,
    downloadUrl: document?.downloadUrl as string,
    tuebingen: own,
  };
}

type Tenants = Awaited<ReturnType<typeof seedTenants>>;

interface Attempt {
  name: string;
  run: (t: Tenants, as: Person) => Promise<GraphqlResponse>;
}

const foreignLines = [line('PERSONNEL', 'Fremd', 1_000)];

/** Every mutation of funding applications, aimed at Esslingen's application. */
const mutations: Attempt[] = [
  {
    name: 'updateFundingApplication',
    run: (t, as) =>
      t.w.as(as, UPDATE_APPLICATION, {
        input: {
          applicationId: t.secret.id,
          expectedVersion: t.secret.version,
          title: 'Übernommen',
          summary: '',
          processModelIds: [],
        },
      }),
  },
  {
    name: 'inviteApplicationPartner (inviting itself)',
    run: (t, as) =>
      t.w.as(as, INVITE_PARTNER, { applicationId: t.secret.id, cityId: t.w.cityId('tuebingen') }),
  },
  {
    name: 'respondToApplicationInvite (for Tübingen)',
    run: (t, as) => respond(t.w, t.secret.id, 'tuebingen', true, as),
  },
  {
    name: 'respondToApplicationInvite (for Waiblingen)',
    run: (t, as) => respond(t.w, t.secret.id, 'waiblingen', true, as),
  },
  ...(['tuebingen', 'waiblingen', 'esslingen'] as const).map(
    (city): Attempt => ({
      name: `setBudgetLines (for ${city})`,
      run: (t, as) =>
        t.w.as(as, SET_BUDGET_LINES, {
          input: {
            applicationId: t.secret.id,
            cityId: t.w.cityId(city),
            expectedBudgetVersion: 2,
            lines: foreignLines,
          },
        }),
    }),
  ),
  {
    name: 'transitionFundingApplication',
    run: (t, as) =>
      t.w.as(as, TRANSITION, {
        input: { applicationId: t.secret.id, from: 'SUBMITTED', to: 'APPROVED' },
      }),
  },
  {
    name: 'uploadApplicationDocument',
    run: async (t, as) =>
      upload(
        t.w,
        {
          applicationId: t.secret.id,
          city: 'esslingen',
          requirement: 'Projektbeschreibung',
          file: (await pdfFile('Fremd')).file,
        },
        as,
      ),
  },
  {
    name: 'uploadApplicationDocument (own letter of intent)',
    run: async (t, as) =>
      upload(
        t.w,
        {
          applicationId: t.secret.id,
          city: 'tuebingen',
          requirement: '',
          file: (await pdfFile('Fremd')).file,
        },
        as,
      ),
  },
  {
    name: 'markDocumentNotApplicable',
    run: (t, as) =>
      t.w.as(as, MARK_NOT_APPLICABLE, {
        input: {
          applicationId: t.secret.id,
          cityId: t.w.cityId('esslingen'),
          requirement: 'Kosten- und Finanzierungsplan',
          reason: 'Von außen',
        },
      }),
  },
];

function expectNoSecrets(name: string, value: unknown) {
  for (const word of SECRET_WORDS) {
    expect(JSON.stringify(value), `${name} leaked "${word}"`).not.toContain(word);
  }
}

async function pdfText(bytes: Buffer) {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

async function xlsxCells(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const cells: string[] = [];
  workbook.eachSheet((sheet) =>
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text)))),
  );
  return cells;
}

describe('tenancy of funding applications', () => {
  let app: TestApp;
  let t: Tenants;

  // Refused attempts change nothing (each one proves it), so they share one seeded database.
  describe('a city that does not take part', () => {
    beforeAll(async () => {
      app = await createTestApp();
      t = await seedTenants(app);
    });
    afterAll(() => app.close());

    describe.each([
      ['Tübingen’s funding officer', 'tom'],
      ['Tübingen’s coordinator', 'tina'],
      ['Tübingen’s admin', 'theo'],
      ['the funding officer of Waiblingen, which declined', 'wanda'],
      ['the coordinator of Waiblingen, which declined', 'willi'],
    ] as const)('%s', (_who, person) => {
      it('does not see the application, its snapshot or its files', async () => {
        const { w } = t;
        const list = await w.as(person, APPLICATIONS);
        expect(list.errors).toBeUndefined();
        expect(list.data.fundingApplications.map((a: { title: string }) => a.title)).toEqual(
          person.startsWith('t') ? ['Tübinger Antrag'] : [],
        );
        for (const id of [t.secret.id, t.snapshotId]) {
          const node = await w.as(person, APPLICATION_NODE, { id });
          expect(node.data?.node ?? null).toBeNull();
          expect(errorCodes(node).filter((code) => code !== 'FORBIDDEN')).toEqual([]);
          expectNoSecrets('node', node);
        }
        expectNoSecrets('fundingApplications', list);

        const cookie = await w.cookie(person);
        const paths = exportPaths(t.secret.id);
        const snapshot = `?snapshot=${uuidOf(t.snapshotId)}`;
        for (const path of [
          paths.pdf,
          paths.xlsx,
          paths.csv,
          `${paths.csv}${snapshot}`,
          `${paths.pdf}${snapshot}`,
          t.downloadUrl,
        ]) {
          const res = await download(app, path, cookie);
          expect({ path, status: res.status }).toEqual({ path, status: 404 });
          expectNoSecrets(path, res.text);
        }
        const one = await w.as(person, APPLICATION, { id: t.secret.id });
        expectNoSecrets('fundingApplication', one);
        expect(one.errors).toBeUndefined();
        expect(one.data.fundingApplication).toBeNull();
      });

      it.each(mutations.map((m) => [m.name, m] as const))(
        'gets NotFoundError from %s and changes nothing',
        async (name, attempt) => {
          const before = await fundingData(app);
          const res = await attempt.run(t, person);
          expect(await fundingData(app), `${name} changed data`).toEqual(before);
          expectNoSecrets(name, res);
          expect({ errors: res.errors, typename: resultOf(res)?.__typename }).toEqual({
            errors: undefined,
            typename: 'NotFoundError',
          });
        },
      );
    });

    it('asks anonymous visitors to sign in, and serves them no files', async () => {
      const res = await app.gql(APPLICATION, { id: t.secret.id });
      expect(errorCodes(res)).toEqual(['UNAUTHENTICATED']);
      expectNoSecrets('anonymous', res);
      const paths = exportPaths(t.secret.id);
      for (const path of [paths.pdf, paths.csv, t.downloadUrl]) {
        expect((await download(app, path)).status).toBe(404);
      }
    });
  });

  describe('a partner city', () => {
    beforeAll(async () => {
      app = await createTestApp();
      t = await seedTenants(app);
    });
    afterAll(() => app.close());

    it('lets its coordinator read the application and download the exports', async () => {
      const { w } = t;
      const read = await readApplication(w, t.secret.id, 'lars');
      expect(read).toMatchObject({
        title: 'Geheimprojekt Bauantrag',
        status: 'SUBMITTED',
        viewerCanManage: false,
        viewerCanEditBudgetOf: [],
        allowedTransitions: [],
      });
      expect(read?.snapshots).toHaveLength(1);
      const node = await w.as('lars', APPLICATION_NODE, { id: t.secret.id });
      expect(node.data.node).toEqual({
        __typename: 'FundingApplication',
        id: t.secret.id,
        title: 'Geheimprojekt Bauantrag',
        status: 'SUBMITTED',
      });
      const list = await w.as('lars', APPLICATIONS);
      expect(list.data.fundingApplications.map((a: { id: string }) => a.id)).toEqual([t.secret.id]);

      const cookie = await w.cookie('lars');
      const paths = exportPaths(t.secret.id);
      const pdf = await download(app, paths.pdf, cookie);
      expect([pdf.status, pdf.contentType]).toEqual([
        200,
        expect.stringMatching(/^application\/pdf/),
      ]);
      const text = await pdfText(pdf.bytes);
      expect(text).toContain('Geheimprojekt Bauantrag');
      expect(text).toContain('Ludwigsburg');

      const xlsx = await download(app, paths.xlsx, cookie);
      expect([xlsx.status, xlsx.contentType]).toEqual([
        200,
        expect.stringMatching(
          /^application\/vnd\.openxmlformats-officedocument\.spreadsheetml\.sheet/,
        ),
      ]);
      const cells = await xlsxCells(xlsx.bytes);
      expect(cells).toContain('Vertrauliche Schnittstelle');
      expect(cells).toContain('Sachbearbeitung');

      const csv = await download(app, paths.csv, cookie);
      expect([csv.status, csv.contentType]).toEqual([200, expect.stringMatching(/^text\/csv/)]);
      expect(csv.text).toContain('Esslingen am Neckar');
      expect(csv.text).toContain('Sachbearbeitung');

      const file = await download(app, t.downloadUrl, cookie);
      expect(file.status).toBe(200);
    });

    it('does not let its coordinator or admin change anything', async () => {
      const { w } = t;
      const before = await fundingData(app);
      for (const person of ['lars', 'lisa'] as const) {
        for (const [index, run] of [
          () =>
            w.as(person, SET_BUDGET_LINES, {
              input: {
                applicationId: t.secret.id,
                cityId: w.cityId('ludwigsburg'),
                expectedBudgetVersion: 2,
                lines: [line('PERSONNEL', 'Mehr', 30_000)],
              },
            }),
          () =>
            w.as(person, UPDATE_APPLICATION, {
              input: {
                applicationId: t.secret.id,
                expectedVersion: t.secret.version,
                title: 'Umbenannt',
                summary: '',
                processModelIds: [],
              },
            }),
          () =>
            w.as(person, TRANSITION, {
              input: { applicationId: t.secret.id, from: 'SUBMITTED', to: 'APPROVED' },
            }),
          () =>
            w.as(person, INVITE_PARTNER, {
              applicationId: t.secret.id,
              cityId: w.cityId('tuebingen'),
            }),
          async () =>
            upload(
              w,
              {
                applicationId: t.secret.id,
                city: 'ludwigsburg',
                requirement: '',
                file: (await pdfFile('Absicht')).file,
              },
              person,
            ),
        ].entries()) {
          const res = await run();
          expect({ person, index, codes: errorCodes(res) }).toEqual({
            person,
            index,
            codes: ['FORBIDDEN'],
          });
        }
      }
      expect(await fundingData(app)).toEqual(before);
    });
  });

  describe('linked process models', () => {
    let w: FundingWorld;
    beforeEach(async () => {
      app = await createTestApp();
      w = await seedFundingWorld(app);
    });
    afterEach(() => app.close());

    it('are linked only when visible, and shown only to those who may see them', async () => {
      const own = await seedModel(app, {
        city: w.cities.esslingen,
        author: w.people.erik,
        title: 'Esslinger Bauantrag intern',
      });
      const open = await seedModel(app, {
        city: w.cities.tuebingen,
        author: w.people.tom,
        title: 'Tübinger Bauantrag öffentlich',
        visibility: 'PUBLIC',
        licence: 'CC_BY_4_0',
      });
      const foreign = await seedModel(app, {
        city: w.cities.tuebingen,
        author: w.people.tom,
        title: 'Tübinger Geheimverfahren',
      });
      const ids = {
        own: globalId('ProcessModel', own.id),
        open: globalId('ProcessModel', open.id),
        foreign: globalId('ProcessModel', foreign.id),
      };
      const res = await w.as('elke', CREATE_WITH_MODELS, {
        input: {
          programmeId: globalId('FundingProgramme', w.programme.id),
          title: 'Mit Prozessen',
          leadCityId: w.cityId('esslingen'),
          partnerCityIds: [w.cityId('ludwigsburg')],
          processModelIds: [ids.own, ids.open],
        },
      });
      const created = resultOf(res)?.data as unknown as {
        id: string;
        version: number;
        processModels: { title: string }[];
      };
      expect(created.processModels.map((m) => m.title)).toEqual([
        'Esslinger Bauantrag intern',
        'Tübinger Bauantrag öffentlich',
      ]);
      await accept(w, created.id, 'ludwigsburg');
      const forLars = await w.as('lars', MODELS_OF, { id: created.id });
      expect(
        forLars.data.fundingApplication.processModels.map((m: { title: string }) => m.title),
      ).toEqual(['Tübinger Bauantrag öffentlich']);

      // Tübingen's private model cannot be linked: for Esslingen it does not exist.
      const before = await fundingData(app);
      const sneaky = await w.as('elke', UPDATE_APPLICATION, {
        input: {
          applicationId: created.id,
          expectedVersion: created.version,
          title: 'Mit Prozessen',
          summary: '',
          processModelIds: [ids.own, ids.foreign],
        },
      });
      expect(resultOf(sneaky)).toMatchObject({
        __typename: 'NotFoundError',
        entity: 'ProcessModel',
      });
      expectNoSecrets('update', sneaky);
      expect(JSON.stringify(sneaky)).not.toContain('Tübinger Geheimverfahren');
      expect(await fundingData(app)).toEqual(before);
    });
  });

  describe('an invited city', () => {
    let w: FundingWorld;
    let application: ApplicationView;
    beforeEach(async () => {
      app = await createTestApp();
      w = await seedFundingWorld(app);
      application = await newApplication(w, { partners: ['waiblingen'] });
    });
    afterEach(() => app.close());

    it('sees the application while invited and no longer once it declined', async () => {
      const paths = exportPaths(application.id);
      const invited = await readApplication(w, application.id, 'willi');
      expect(invited?.title).toBe(application.title);
      expect((await download(app, paths.csv, await w.cookie('willi'))).status).toBe(200);

      await respond(w, application.id, 'waiblingen', false);
      for (const person of ['willi', 'wanda'] as const) {
        expect((await w.as(person, APPLICATIONS)).data.fundingApplications).toEqual([]);
        expect((await download(app, paths.csv, await w.cookie(person))).status).toBe(404);
        expect(await readApplication(w, application.id, person)).toBeNull();
      }
      // The lead still sees the answer.
      const forLead = await readApplication(w, application.id);
      expect(forLead?.partners.find((p) => p.city.slug === 'waiblingen')?.status).toBe('DECLINED');
    });
  });
});
