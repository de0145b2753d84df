import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent } from 'vue';
import { createAppI18n } from '../i18n/index.ts';
import { mockGraphqlFetch } from '../testing/graphqlFetchMock.ts';
import { useProcessDiff } from './useProcessDiff.ts';

function mountDiff() {
  let diff: ReturnType<typeof useProcessDiff> | undefined;
  mount(
    defineComponent({
      setup() {
        diff = useProcessDiff();
        return () => null;
      },
    }),
    { global: { plugins: [createAppI18n('de')] } },
  );
  if (!diff) throw new Error('not mounted');
  return diff;
}

function success(from: number, to: number) {
  return {
    data: {
      processVersionDiff: {
        __typename: 'QueryProcessVersionDiffSuccess',
        data: {
          from: { id: `v${from}`, number: from, xml: '<a/>' },
          to: { id: `v${to}`, number: to, xml: '<b/>' },
          added: [{ elementId: 'Task_Neu', type: 'bpmn:Task', name: 'Unterlagen prüfen' }],
          removed: [],
          changed: [],
          moved: [],
        },
      },
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('useProcessDiff', () => {
  it('loads the diff of two versions', async () => {
    const fetchMock = mockGraphqlFetch(() => success(1, 2));
    const { diff, compare, loading } = mountDiff();

    const pending = compare('v1', 'v2');
    expect(loading.value).toBe(true);
    expect(await pending).toBe(true);

    expect(loading.value).toBe(false);
    expect(diff.value?.added[0]?.name).toBe('Unterlagen prüfen');
    const body = JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body));
    expect(body.variables).toEqual({ fromVersionId: 'v1', toVersionId: 'v2' });
  });

  it('says in German when a version cannot be found', async () => {
    mockGraphqlFetch(() => ({
      data: { processVersionDiff: { __typename: 'NotFoundError', message: 'ProcessVersion' } },
    }));
    const { diff, compare, errorMessage } = mountDiff();

    expect(await compare('v1', 'v9')).toBe(false);
    expect(diff.value).toBeNull();
    expect(errorMessage.value).toBe(
      'Der Eintrag wurde nicht gefunden. Bitte laden Sie die Seite neu.',
    );
  });

  it('keeps only the answer to the newest comparison', async () => {
    const answers: ((value: unknown) => void)[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(
        () =>
          new Promise((resolve) => {
            answers.push((body) => resolve(new Response(JSON.stringify(body))));
          }),
      ),
    );
    const { diff, compare } = mountDiff();

    const first = compare('v1', 'v2');
    const second = compare('v2', 'v3');
    answers[1]?.(success(2, 3));
    await second;
    answers[0]?.(success(1, 2));

    expect(await first).toBe(false);
    expect(diff.value?.to.number).toBe(3);
  });
});
