import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateBpmnModel } from '../src/bpmn/fixtures/generateBpmn.ts';
import { BPMN_LIMITS } from '../src/bpmn/index.ts';
import { linearProcess } from './support/bpmnSamples.ts';
import { seedPartnership } from './support/fixtures.ts';
import {
  IMPORT_MODEL,
  MODEL,
  type ProcessPeople,
  processData,
  SAVE_VERSION,
  seedModel,
  seedProcessPeople,
  UPDATE_MODEL,
  VERSION_DIFF,
} from './support/processModels.ts';
import { createTestApp, globalId, type TestApp } from './support/testApp.ts';

const V1 = linearProcess(['Antrag prüfen', 'Gebühr erheben', 'Akte archivieren']);
// Task_1 renamed, Task_3 replaced by Task_Bescheid.
const V2 = linearProcess([
  'Antrag auf Vollständigkeit prüfen',
  'Gebühr erheben',
  'Bescheid erstellen',
]).replaceAll('Task_3', 'Task_Bescheid');

/** A document around `body`, with the namespaces the samples below use. */
function bpmnDocument(body: string) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:vendor="http://example.org/vendor" id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn">
${body}
</bpmn:definitions>`;
}

const LATEST_FINDINGS = `query($id: ID!) {
  processModel(id: $id) {
    latestVersion { warnings { message elementId } lintFindings { rule elementId category } }
  }
}`;

describe('version diff, metadata and BPMN import through the API', () => {
  let app: TestApp;
  let p: ProcessPeople;

  beforeEach(async () => {
    app = await createTestApp();
    p = await seedProcessPeople(app);
  });
  afterEach(() => app.close());

  async function importAs(cookie: string, variables: Record<string, unknown>) {
    const res = await app.gql(
      IMPORT_MODEL,
      { cityId: globalId('City', p.alpha.id), title: 'Gewerbeanmeldung', xml: V1, ...variables },
      { cookie },
    );
    return res.data.importProcessModel;
  }

  describe('processVersionDiff', () => {
    async function twoVersions() {
      const model = await seedModel(app, {
        city: p.alpha,
        author: p.anna,
        title: 'Gewerbeanmeldung',
        xml: V1,
      });
      const id = globalId('ProcessModel', model.id);
      const saved = await app.gql(
        SAVE_VERSION,
        { modelId: id, baseVersion: 1, xml: V2 },
        { cookie: p.cookies.anna },
      );
      return {
        v1: globalId('ProcessVersion', model.version.id),
        v2: saved.data.saveProcessVersion.data.id as string,
      };
    }

    it('lists added, removed and renamed tasks, old value before new', async () => {
      const { v1, v2 } = await twoVersions();
      const res = await app.gql(VERSION_DIFF, { from: v1, to: v2 }, { cookie: p.cookies.arne });
      const diff = res.data.processVersionDiff.data;
      expect(diff.from.number).toBe(1);
      expect(diff.to.number).toBe(2);
      expect(diff.added).toContainEqual({
        elementId: 'Task_Bescheid',
        type: 'bpmn:Task',
        name: 'Bescheid erstellen',
      });
      expect(diff.removed).toContainEqual({
        elementId: 'Task_3',
        type: 'bpmn:Task',
        name: 'Akte archivieren',
      });
      expect(diff.changed).toContainEqual({
        elementId: 'Task_1',
        type: 'bpmn:Task',
        name: 'Antrag auf Vollständigkeit prüfen',
        attributes: [
          {
            name: 'name',
            oldValue: 'Antrag prüfen',
            newValue: 'Antrag auf Vollständigkeit prüfen',
          },
        ],
      });
      const names = (elements: { elementId: string }[]) => elements.map((e) => e.elementId);
      expect(names(diff.added)).not.toContain('Task_2');
      expect(names(diff.changed)).not.toContain('Task_2');

      const back = await app.gql(VERSION_DIFF, { from: v2, to: v1 }, { cookie: p.cookies.arne });
      const reverse = back.data.processVersionDiff.data;
      expect(names(reverse.added)).toContain('Task_3');
      expect(names(reverse.removed)).toContain('Task_Bescheid');
      expect(reverse.changed).toContainEqual(
        expect.objectContaining({
          elementId: 'Task_1',
          attributes: [
            {
              name: 'name',
              oldValue: 'Antrag auf Vollständigkeit prüfen',
              newValue: 'Antrag prüfen',
            },
          ],
        }),
      );
    });

    it('does not find a version of another city’s PRIVATE model', async () => {
      const secret = await seedModel(app, {
        city: p.alpha,
        author: p.anna,
        title: 'Interne Vergabe',
        tasks: ['Geheimer Prüfschritt'],
      });
      const open = await seedModel(app, {
        city: p.beta,
        author: p.bea,
        title: 'Offene Vergabe',
        visibility: 'PUBLIC',
        tasks: ['Öffentlicher Prüfschritt'],
      });
      const secretV1 = globalId('ProcessVersion', secret.version.id);
      const openV1 = globalId('ProcessVersion', open.version.id);
      for (const [from, to] of [
        [openV1, secretV1],
        [secretV1, openV1],
        [secretV1, secretV1],
      ]) {
        const res = await app.gql(VERSION_DIFF, { from, to }, { cookie: p.cookies.bea });
        expect(res.data.processVersionDiff).toMatchObject({
          __typename: 'NotFoundError',
          entity: 'ProcessVersion',
        });
        expect(JSON.stringify(res)).not.toContain('Geheimer');
      }
      // Alpha sees both: its own model and beta's public one (matched by element id).
      const own = await app.gql(
        VERSION_DIFF,
        { from: openV1, to: secretV1 },
        { cookie: p.cookies.arne },
      );
      expect(own.data.processVersionDiff.data.changed).toContainEqual({
        elementId: 'Task_1',
        type: 'bpmn:Task',
        name: 'Geheimer Prüfschritt',
        attributes: [
          { name: 'name', oldValue: 'Öffentlicher Prüfschritt', newValue: 'Geheimer Prüfschritt' },
        ],
      });
    });
  });

  describe('updateProcessModel', () => {
    const metadata = { title: 'Gewerbeanmeldung', licence: 'CC_BY_4_0', visibility: 'PRIVATE' };

    async function model() {
      const seeded = await seedModel(app, { city: p.alpha, author: p.anna, title: 'Entwurf' });
      return globalId('ProcessModel', seeded.id);
    }

    it('changes the metadata only on top of the version the editor read', async () => {
      const modelId = await model();
      const first = await app.gql(
        UPDATE_MODEL,
        { modelId, metaVersion: 1, ...metadata, description: 'Neu beschrieben' },
        { cookie: p.cookies.anna },
      );
      expect(first.data.updateProcessModel.data).toMatchObject({
        title: 'Gewerbeanmeldung',
        description: 'Neu beschrieben',
        licence: 'CC_BY_4_0',
        metaVersion: 2,
      });

      const before = await processData(app);
      const stale = await app.gql(
        UPDATE_MODEL,
        { modelId, metaVersion: 1, ...metadata, title: 'Überholt', visibility: 'PUBLIC' },
        { cookie: p.cookies.anna },
      );
      expect(stale.data.updateProcessModel).toMatchObject({
        __typename: 'VersionConflictError',
        entity: 'ProcessModel',
        currentVersion: 2,
      });
      expect(await processData(app)).toEqual(before);
      const read = await app.gql(MODEL, { id: modelId }, { cookie: p.cookies.anna });
      expect(read.data.processModel).toMatchObject({
        title: 'Gewerbeanmeldung',
        visibility: 'PRIVATE',
        metaVersion: 2,
      });
    });

    it('shares with partnerships only when the city has joined each of them', async () => {
      const joined = await seedPartnership(app, {
        name: 'Alpha und Beta',
        lead: p.alpha,
        partners: [[p.beta, 'ACCEPTED']],
      });
      const notIn = await seedPartnership(app, {
        name: 'Beta und Gamma',
        lead: p.beta,
        partners: [[p.gamma, 'ACCEPTED']],
      });
      const invited = await seedPartnership(app, {
        name: 'Beta lädt Alpha ein',
        lead: p.beta,
        partners: [[p.alpha, 'INVITED']],
      });
      const ids = (...partnerships: { id: string }[]) =>
        partnerships.map((x) => globalId('Partnership', x.id));
      const modelId = await model();

      for (const sharedWith of [[], ids(notIn), ids(invited), ids(joined, notIn)]) {
        const before = await processData(app);
        const res = await app.gql(
          UPDATE_MODEL,
          { modelId, metaVersion: 1, ...metadata, visibility: 'PARTNERS', sharedWith },
          { cookie: p.cookies.anna },
        );
        expect(res.data.updateProcessModel).toMatchObject({
          __typename: 'ValidationError',
          fieldErrors: [{ path: 'sharedWithPartnershipIds' }],
        });
        expect(await processData(app)).toEqual(before);

        const imported = await importAs(p.cookies.anna, { visibility: 'PARTNERS', sharedWith });
        expect(imported.__typename).toBe('ValidationError');
        expect(await processData(app)).toEqual(before);
      }

      const shared = await app.gql(
        UPDATE_MODEL,
        { modelId, metaVersion: 1, ...metadata, visibility: 'PARTNERS', sharedWith: ids(joined) },
        { cookie: p.cookies.anna },
      );
      expect(shared.data.updateProcessModel.data).toMatchObject({
        visibility: 'PARTNERS',
        sharedWith: ids(joined),
      });

      // Back to PRIVATE: the partnership no longer sees it.
      const unshared = await app.gql(
        UPDATE_MODEL,
        { modelId, metaVersion: 2, ...metadata, sharedWith: ids(joined) },
        { cookie: p.cookies.anna },
      );
      expect(unshared.data.updateProcessModel.data).toMatchObject({
        visibility: 'PRIVATE',
        sharedWith: [],
      });
      expect(await app.prisma.processModelPartnership.count()).toBe(0);
    });
  });

  describe('BPMN files the importer refuses', () => {
    const nested = (depth: number) =>
      bpmnDocument(
        `<bpmn:process id="P">${'<bpmn:subProcess>'.repeat(depth)}<bpmn:task id="T" />` +
          `${'</bpmn:subProcess>'.repeat(depth)}</bpmn:process>`,
      );
    const refused: [string, () => string, Record<string, unknown>][] = [
      ['NOT_XML', () => 'Antrag prüfen, dann Bescheid senden', {}],
      ['NOT_XML', () => V1.replace('</bpmn:process>', ''), {}],
      ['NOT_BPMN', () => '<svg xmlns="http://www.w3.org/2000/svg"><rect /></svg>', {}],
      [
        'DTD_FORBIDDEN',
        () => V1.replace('<bpmn:definitions', '<!DOCTYPE bpmn:definitions>\n<bpmn:definitions'),
        {},
      ],
      [
        'TOO_LARGE',
        () => V1.replace('</bpmn:process>', `${' '.repeat(BPMN_LIMITS.maxBytes)}</bpmn:process>`),
        { limit: BPMN_LIMITS.maxBytes },
      ],
      [
        'TOO_MANY_ELEMENTS',
        () => generateBpmnModel({ elements: BPMN_LIMITS.maxElements + 1, withDiagram: false }),
        { limit: 10_000, actual: 10_001 },
      ],
      ['TOO_DEEPLY_NESTED', () => nested(120), { limit: 100 }],
      ['NO_PROCESS', () => bpmnDocument('<bpmn:message id="Message_1" name="Antrag" />'), {}],
    ];

    it.each(refused)(
      '%s: answers BpmnImportError and stores nothing',
      async (reason, xml, details) => {
        const before = await processData(app);
        const result = await importAs(p.cookies.anna, { xml: xml() });
        expect(result).toMatchObject({
          __typename: 'BpmnImportError',
          importReason: reason,
          ...details,
        });
        expect(result.message.length).toBeGreaterThan(20);
        expect(await processData(app)).toEqual(before);
      },
    );

    it('refuses the same files as a new version and keeps the model as it was', async () => {
      const model = await seedModel(app, { city: p.alpha, author: p.anna, title: 'Bestand' });
      const modelId = globalId('ProcessModel', model.id);
      for (const [reason, xml] of refused) {
        const before = await processData(app);
        const res = await app.gql(
          SAVE_VERSION,
          { modelId, baseVersion: 1, xml: xml() },
          { cookie: p.cookies.anna },
        );
        expect({ reason, result: res.data.saveProcessVersion }).toMatchObject({
          reason,
          result: { __typename: 'BpmnImportError', importReason: reason },
        });
        expect(await processData(app)).toEqual(before);
      }
    });
  });

  describe('what the importer keeps', () => {
    it('stores and returns warnings about parts it could not interpret', async () => {
      const xml = bpmnDocument(`<bpmn:process id="P">
  <bpmn:startEvent id="Start" name="Antrag eingegangen" />
  <bpmn:task id="Task_1" name="Antrag prüfen"><vendor:ampel farbe="grün" /></bpmn:task>
</bpmn:process>`);
      const result = await importAs(p.cookies.anna, { xml });
      expect(result.__typename).toBe('MutationImportProcessModelSuccess');
      const warnings = result.data.latestVersion.warnings;
      expect(warnings).toHaveLength(1);
      expect(warnings[0].message).toContain('vendor:ampel');

      const read = await app.gql(
        LATEST_FINDINGS,
        { id: result.data.id },
        { cookie: p.cookies.arne },
      );
      expect(read.data.processModel.latestVersion.warnings).toEqual(warnings);
    });

    it('returns bpmnlint findings with rule, element and category', async () => {
      const xml = bpmnDocument(`<bpmn:process id="P">
  <bpmn:startEvent id="Start" name="Antrag eingegangen" />
  <bpmn:task id="Task_Unnamed" />
  <bpmn:task id="Task_Lonely" name="Akte anlegen" />
  <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Task_Unnamed" />
</bpmn:process>`);
      const result = await importAs(p.cookies.anna, { xml });
      const findings = result.data.latestVersion.lintFindings;
      expect(findings).toContainEqual({
        rule: 'label-required',
        elementId: 'Task_Unnamed',
        category: 'error',
        message: 'Element is missing label/name',
      });
      expect(findings).toContainEqual(
        expect.objectContaining({ rule: 'no-disconnected', elementId: 'Task_Lonely' }),
      );
      expect(findings).toContainEqual(
        expect.objectContaining({ rule: 'end-event-required', elementId: 'P' }),
      );
      const read = await app.gql(
        LATEST_FINDINGS,
        { id: result.data.id },
        { cookie: p.cookies.anna },
      );
      expect(read.data.processModel.latestVersion.lintFindings).toHaveLength(findings.length);

      const clean = await importAs(p.cookies.anna, {
        xml: generateBpmnModel({ elements: 30 }),
        title: 'Sauber',
      });
      expect(clean.data.latestVersion).toMatchObject({ warnings: [], lintFindings: [] });
    });
  });
});
