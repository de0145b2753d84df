import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { createAppI18n } from '../../i18n/index.ts';
import { routes } from '../../router/index.ts';
import { mockGraphqlFetch } from '../../testing/graphqlFetchMock.ts';
import {
  ESSLINGEN_MODEL_ID,
  LEFT_VERSION_ID,
  RIGHT_VERSION_ID,
  readable,
  sampleSimilarProcesses,
} from './comparisonTesting.ts';
import SimilarProcessesPanel from './SimilarProcessesPanel.vue';

async function mountPanel(answer: unknown, serviceKey: string | null = '99050012104000') {
  const fetchMock = mockGraphqlFetch((operation) => {
    if (operation !== 'SimilarProcesses') throw new Error(`unexpected ${operation}`);
    return answer;
  });
  const router = createRouter({ history: createMemoryHistory(), routes });
  const wrapper = mount(SimilarProcessesPanel, {
    props: { modelId: ESSLINGEN_MODEL_ID, versionId: LEFT_VERSION_ID, serviceKey },
    global: { plugins: [createAppI18n('de'), router] },
  });
  await flushPromises();
  return { wrapper, fetchMock };
}

const success = (data: unknown) => ({
  data: { similarProcesses: { __typename: 'QuerySimilarProcessesSuccess', data } },
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('SimilarProcessesPanel', () => {
  it('lists similar models of other cities with a link to compare', async () => {
    const { wrapper, fetchMock } = await mountPanel(success(sampleSimilarProcesses()));
    const body = JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body));
    expect(body.variables).toEqual({ processModelId: ESSLINGEN_MODEL_ID, first: 8 });

    expect(wrapper.get('h2').text()).toBe('Ähnliche Verfahren – wer hat das schon digitalisiert?');
    const items = wrapper.findAll('li');
    expect(items).toHaveLength(2);
    expect(readable(items[0]?.element as Element)).toContain(
      'Ettlingen Gewerbe anmelden gleiche Leistung Ähnlichkeit 73 % · 4 übereinstimmende Schritte',
    );
    expect(items[1]?.text()).not.toContain('gleiche Leistung');
    expect(items[1]?.text()).toContain('ein übereinstimmender Schritt');

    const compare = items[0]?.findAll('a').find((link) => link.text() === 'Vergleichen');
    expect(compare?.attributes('aria-label')).toBe(
      'Vergleichen mit „Gewerbe anmelden“ (Ettlingen)',
    );
    const href = new URL(compare?.attributes('href') ?? '', 'http://x');
    expect(href.pathname).toBe('/prozesse/vergleich');
    expect(href.searchParams.get('links')).toBe(LEFT_VERSION_ID);
    expect(href.searchParams.get('rechts')).toBe(RIGHT_VERSION_ID);

    const variants = wrapper.findAll('a').find((link) => link.text() === 'Variantenvergleich');
    expect(variants?.attributes('href')).toBe('/leistungen/99050012104000/varianten');
  });

  it('says so when no other city has a similar model, and offers no variant map without a key', async () => {
    const { wrapper } = await mountPanel(success([]), null);
    expect(wrapper.text()).toContain(
      'Es wurden keine ähnlichen Verfahren anderer Kommunen gefunden, die Sie sehen dürfen.',
    );
    expect(wrapper.find('ul').exists()).toBe(false);
    expect(wrapper.text()).not.toContain('Variantenvergleich');
  });

  it('reports a failure', async () => {
    const { wrapper } = await mountPanel({
      data: {
        similarProcesses: { __typename: 'NotFoundError', message: 'not found', entity: 'x' },
      },
    });
    expect(wrapper.get('[role="alert"]').text()).toBe(
      'Der Eintrag wurde nicht gefunden. Bitte laden Sie die Seite neu.',
    );
  });
});
