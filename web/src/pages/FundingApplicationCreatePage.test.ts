import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RouterView } from 'vue-router';
import {
  APPLICATION_ID,
  esslingen,
  ludwigsburg,
  MODEL_ID,
  officerOf,
  sampleApplication,
  waiblingen,
} from '../components/fundingApplication/fundingApplicationTesting.ts';
import { useSession } from '../composables/useSession.ts';
import { mockGraphqlFetch } from '../testing/graphqlFetchMock.ts';
import { mountWithApp } from '../testing/mountWithApp.ts';

const options = {
  fundingProgrammes: [
    { id: 'p1', name: 'Digitale Zukunftskommune@bw', deadline: '2026-11-30' },
    { id: 'p2', name: 'Smart Cities', deadline: null },
  ],
  cities: {
    edges: [esslingen, ludwigsburg, waiblingen].map((city) => ({ node: city })),
  },
  processModels: {
    edges: [{ node: { id: MODEL_ID, title: 'Gewerbeanmeldung', city: esslingen } }],
  },
};

afterEach(() => {
  vi.unstubAllGlobals();
  useSession().forget();
  document.body.innerHTML = '';
});

type Respond = Parameters<typeof mockGraphqlFetch>[0];

async function openForm(respond: Respond, me: unknown = officerOf(ludwigsburg)) {
  const fetchMock = mockGraphqlFetch((operation, variables) => {
    if (operation === 'Me') return { data: { me } };
    if (operation === 'FundingApplicationFormOptions') return { data: options };
    return respond(operation, variables);
  });
  await useSession().refresh();
  const mounted = await mountWithApp(RouterView, '/foerderantraege/neu');
  await flushPromises();
  return { ...mounted, fetchMock };
}

const optionTexts = (wrapper: Awaited<ReturnType<typeof openForm>>['wrapper'], id: string) =>
  wrapper.findAll(`#${id} option`).map((option) => option.text());

describe('FundingApplicationCreatePage', () => {
  it('offers the viewer’s own cities as lead and the others as partners', async () => {
    const { wrapper } = await openForm(() => ({ data: {} }));
    expect(wrapper.get('h1').text()).toBe('Neuer Förderantrag');
    expect(optionTexts(wrapper, 'funding-application-programme')).toEqual([
      'Digitale Zukunftskommune@bw (Frist 30.11.2026)',
      'Smart Cities',
    ]);
    expect(optionTexts(wrapper, 'funding-application-lead')).toEqual(['Ludwigsburg']);
    const partners = wrapper.findAll('fieldset')[0];
    expect(partners?.get('legend').text()).toBe('Partnerkommunen einladen (optional)');
    expect(partners?.findAll('label').map((label) => label.text())).toEqual([
      'Esslingen am Neckar',
      'Waiblingen',
    ]);
    expect(wrapper.get(`label[for="funding-application-model-${MODEL_ID}"]`).text()).toBe(
      'Gewerbeanmeldung (Esslingen am Neckar)',
    );
  });

  it('lets a global admin file for any city', async () => {
    const { wrapper } = await openForm(() => ({ data: {} }), {
      ...officerOf(),
      isGlobalAdmin: true,
    });
    expect(optionTexts(wrapper, 'funding-application-lead')).toEqual([
      'Esslingen am Neckar',
      'Ludwigsburg',
      'Waiblingen',
    ]);
  });

  it('checks the title before sending and shows a field the server rejected', async () => {
    const { wrapper, fetchMock } = await openForm(() => ({
      data: {
        createFundingApplication: {
          __typename: 'ValidationError',
          message: 'Invalid input',
          fieldErrors: [{ path: 'input.title', message: 'Too long.' }],
        },
      },
    }));
    const requests = fetchMock.mock.calls.length;
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(fetchMock.mock.calls.length).toBe(requests);
    const title = wrapper.get('#funding-application-title');
    expect(title.attributes('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(title.element);
    expect(wrapper.get('#funding-application-title-error').text()).toBe(
      'Geben Sie einen Titel mit höchstens 200 Zeichen an.',
    );

    await title.setValue('Digitale Gewerbeanmeldung');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    const alert = wrapper.get('[role="alert"]');
    expect(document.activeElement).toBe(alert.element);
    expect(wrapper.get('#funding-application-title').attributes('aria-invalid')).toBe('true');
  });

  it('creates the application and opens it', async () => {
    let sent: unknown;
    const { wrapper, router } = await openForm((operation, variables) => {
      if (operation === 'CreateFundingApplication') {
        sent = variables.input;
        return {
          data: {
            createFundingApplication: {
              __typename: 'MutationCreateFundingApplicationSuccess',
              data: { id: APPLICATION_ID, title: 'Digitale Gewerbeanmeldung' },
            },
          },
        };
      }
      if (operation === 'PartnershipCities') return { data: { cities: { edges: [] } } };
      return { data: { fundingApplication: sampleApplication() } };
    });
    await wrapper.get('#funding-application-programme').setValue('p2');
    await wrapper.get('#funding-application-title').setValue('  Digitale Gewerbeanmeldung ');
    await wrapper.get('#funding-application-summary').setValue('Gemeinsam einführen.');
    await wrapper.get(`#funding-application-partner-${waiblingen.id}`).setValue(true);
    await wrapper.get(`[id="funding-application-model-${MODEL_ID}"]`).setValue(true);
    await wrapper.get('form').trigger('submit');
    // The detail page is loaded on demand: its first import may take a moment.
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('funding-application'), {
      timeout: 10_000,
    });
    await flushPromises();

    expect(sent).toEqual({
      programmeId: 'p2',
      title: 'Digitale Gewerbeanmeldung',
      summary: 'Gemeinsam einführen.',
      leadCityId: ludwigsburg.id,
      partnerCityIds: [waiblingen.id],
      processModelIds: [MODEL_ID],
    });
    expect(router.currentRoute.value.params.id).toBe(APPLICATION_ID);
    expect(wrapper.get('[role="status"]').text()).toBe(
      'Der Förderantrag „Digitale Gewerbeanmeldung“ wurde angelegt.',
    );
  });

  it('explains that only funding officers file applications', async () => {
    const { wrapper } = await openForm(() => ({ data: {} }), {
      ...officerOf(),
      memberships: [{ id: 'm1', role: 'PROCESS_OWNER', city: { ...esslingen, slug: 'es' } }],
    });
    expect(wrapper.find('form').exists()).toBe(false);
    expect(wrapper.text()).toContain('Förderanträge stellen kann nur');
  });
});
