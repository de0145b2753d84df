import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockGraphqlFetch } from '../testing/graphqlFetchMock.ts';
import type { ProcessVersionDetails } from './useProcessModel.ts';
import { type SavableEditor, useProcessModelSave } from './useProcessModelSave.ts';

function version(number: number, xml = `<bpmn>v${number}</bpmn>`): ProcessVersionDetails {
  return {
    id: `v${number}`,
    number,
    xml,
    authorName: number === 2 ? 'Berta Beispiel' : 'Olga Owner',
    createdAt: '2026-11-21T09:30:00.000Z',
    message: '',
    activityCount: 7,
    warnings: [],
    lintFindings: [],
  };
}

/** The editor as the composable sees it: the diagram's XML and the save point. */
function fakeEditor(xml: string) {
  const editor = {
    xml,
    savedXml: [] as (string | undefined)[],
    getXml: vi.fn(async () => editor.xml),
    markSaved: vi.fn((saved?: string) => {
      editor.savedXml.push(saved);
    }),
  };
  return editor satisfies SavableEditor;
}

const saveRequests: Record<string, unknown>[] = [];

/** A server on which version `latest` is the newest; saving on an older base conflicts. */
function server(latest: ProcessVersionDetails) {
  let newest = latest;
  mockGraphqlFetch((operation, variables) => {
    expect(operation).toBe('ProcessPageSaveVersion');
    saveRequests.push(variables);
    if (variables.baseVersion !== newest.number) {
      return {
        data: {
          saveProcessVersion: {
            __typename: 'ProcessVersionConflict',
            message: `Version ${newest.number} is newer.`,
            currentVersion: newest.number,
            latestVersion: newest,
          },
        },
      };
    }
    newest = version(newest.number + 1, String(variables.xml));
    return {
      data: {
        saveProcessVersion: { __typename: 'MutationSaveProcessVersionSuccess', data: newest },
      },
    };
  });
  return {
    /** Someone else saves meanwhile. */
    saveElsewhere(next: ProcessVersionDetails) {
      newest = next;
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  saveRequests.length = 0;
});

describe('useProcessModelSave', () => {
  it('saves on top of the loaded version and marks exactly the stored XML as saved', async () => {
    server(version(1));
    const saver = useProcessModelSave('m1');
    saver.startFrom(version(1));
    const editor = fakeEditor('<bpmn>mine</bpmn>');

    const outcome = await saver.save(editor, '  Aufgabe ergänzt  ');

    expect(saveRequests).toEqual([
      { modelId: 'm1', baseVersion: 1, xml: '<bpmn>mine</bpmn>', message: 'Aufgabe ergänzt' },
    ]);
    expect(outcome).toMatchObject({ ok: true, value: { number: 2 } });
    expect(editor.savedXml).toEqual(['<bpmn>mine</bpmn>']);
    // The next save builds on the version just stored.
    expect(saver.base.value?.number).toBe(2);
    expect(saver.conflict.value).toBeNull();
    expect(saver.saving.value).toBe(false);

    await saver.save(editor);
    expect(saveRequests[1]).toMatchObject({ baseVersion: 2, message: null });
  });

  it('on a conflict stores nothing, keeps the base and names the newer version', async () => {
    const api = server(version(1));
    const saver = useProcessModelSave('m1');
    saver.startFrom(version(1));
    api.saveElsewhere(version(2, '<bpmn>theirs</bpmn>'));
    const editor = fakeEditor('<bpmn>mine</bpmn>');

    const outcome = await saver.save(editor, 'Meine Änderung');

    expect(outcome).toMatchObject({ ok: false, error: { __typename: 'ProcessVersionConflict' } });
    expect(editor.markSaved).not.toHaveBeenCalled();
    expect(saver.base.value?.number).toBe(1);
    expect(saver.conflict.value).toMatchObject({
      currentVersion: 2,
      latestVersion: { id: 'v2', xml: '<bpmn>theirs</bpmn>', authorName: 'Berta Beispiel' },
    });

    // Saving normally again meets the same conflict: the base has not moved.
    await saver.save(editor);
    expect(saveRequests.map((request) => request.baseVersion)).toEqual([1, 1]);
  });

  it('saves the own diagram as the version after the newer one; both survive', async () => {
    const api = server(version(1));
    const saver = useProcessModelSave('m1');
    saver.startFrom(version(1));
    api.saveElsewhere(version(2, '<bpmn>theirs</bpmn>'));
    const editor = fakeEditor('<bpmn>mine</bpmn>');
    await saver.save(editor);

    const outcome = await saver.saveOverConflict(editor, 'Meine Fassung');

    expect(saveRequests.at(-1)).toEqual({
      modelId: 'm1',
      baseVersion: 2,
      xml: '<bpmn>mine</bpmn>',
      message: 'Meine Fassung',
    });
    expect(outcome).toMatchObject({ ok: true, value: { number: 3, xml: '<bpmn>mine</bpmn>' } });
    expect(editor.savedXml).toEqual(['<bpmn>mine</bpmn>']);
    expect(saver.conflict.value).toBeNull();
    expect(saver.base.value?.number).toBe(3);
  });

  it('meets the next conflict when yet another version came first', async () => {
    const api = server(version(1));
    const saver = useProcessModelSave('m1');
    saver.startFrom(version(1));
    api.saveElsewhere(version(2));
    const editor = fakeEditor('<bpmn>mine</bpmn>');
    await saver.save(editor);
    api.saveElsewhere(version(3));

    const outcome = await saver.saveOverConflict(editor);

    expect(outcome.ok).toBe(false);
    expect(saver.conflict.value?.currentVersion).toBe(3);
    // Still based on version 1: the comparison shows everything the others changed.
    expect(saver.base.value?.number).toBe(1);
    await saver.saveOverConflict(editor);
    expect(saveRequests.map((request) => request.baseVersion)).toEqual([1, 2, 3]);
    expect(saver.base.value?.number).toBe(4);
  });

  it('loading the newer version ends the conflict and makes it the base', async () => {
    const api = server(version(1));
    const saver = useProcessModelSave('m1');
    saver.startFrom(version(1));
    api.saveElsewhere(version(2));
    await saver.save(fakeEditor('<bpmn>mine</bpmn>'));
    const latest = saver.conflict.value?.latestVersion;
    if (!latest) throw new Error('expected a conflict');

    saver.startFrom(latest);

    expect(saver.conflict.value).toBeNull();
    expect(saver.base.value?.number).toBe(2);
    expect(() => saver.saveOverConflict(fakeEditor(''))).toThrow('No version conflict');
  });

  it('hands other failures back without a conflict', async () => {
    mockGraphqlFetch(() => ({
      data: {
        saveProcessVersion: {
          __typename: 'ConflictError',
          reason: 'MODEL_ARCHIVED',
          message: 'The model is archived.',
        },
      },
    }));
    const saver = useProcessModelSave('m1');
    saver.startFrom(version(1));
    const editor = fakeEditor('<bpmn>mine</bpmn>');

    const outcome = await saver.save(editor);

    expect(outcome).toMatchObject({ ok: false, error: { reason: 'MODEL_ARCHIVED' } });
    expect(saver.conflict.value).toBeNull();
    expect(editor.markSaved).not.toHaveBeenCalled();
  });

  it('refuses to save before a version is loaded or while a save is under way', async () => {
    server(version(1));
    const saver = useProcessModelSave('m1');
    expect(() => saver.save(fakeEditor(''))).toThrow('not loaded');

    saver.startFrom(version(1));
    const first = saver.save(fakeEditor('<bpmn>a</bpmn>'));
    expect(saver.saving.value).toBe(true);
    await expect(saver.save(fakeEditor('<bpmn>b</bpmn>'))).rejects.toThrow('already under way');
    await first;
    expect(saveRequests).toHaveLength(1);
  });
});
