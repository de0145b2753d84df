import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RouterView } from 'vue-router';
import { useSession } from '../composables/useSession.ts';
import { mockGraphqlFetch } from '../testing/graphqlFetchMock.ts';
import { mountWithApp } from '../testing/mountWithApp.ts';

const officer = {
  id: 'u1',
  displayName: 'Fritz Förder',
  email: 'funding@esslingen.demo',
  isGlobalAdmin: false,
  memberships: [
    {
      id: 'm1',
      role: 'FUNDING_OFFICER',
      city: { id: 'c1', name: 'Esslingen am Neckar', slug: 'e' },
    },
  ],
};

const stored = {
  id: 'f9',
  name: 'Bürgerservice digital',
  funder: 'Bund',
  callUrl: null,
  rateBasisPoints: 8050,
  capPerMunicipality: '4000000',
  capPerApplication: null,
  minOwnShareBasisPoints: null,
  eligibleCategories: ['TRAINING'],
  deadline: null,
  requiredDocuments: [],
  notes: '',
};

afterEach(() => {
  vi.unstubAllGlobals();
  useSession().forget();
  document.body.innerHTML = '';
});

type Respond = Parameters<typeof mockGraphqlFetch>[0];

async function openForm(respond: Respond, me: unknown = officer) {
  const fetchMock = mockGraphqlFetch((operation, variables) =>
    operation === 'Me' ? { data: { me } } : respond(operation, variables),
  );
  await useSession().refresh();
  const mounted = await mountWithApp(RouterView, '/foerderprogramme/neu');
  await flushPromises();
  return { ...mounted, fetchMock };
}

function errorOf(wrapper: Awaited<ReturnType<typeof openForm>>['wrapper'], id: string) {
  const field = wrapper.get(`#${id}`);
  expect(field.attributes('aria-invalid')).toBe('true');
  const described = (field.attributes('aria-describedby') ?? '').split(' ');
  return described.map((ref) => wrapper.get(`#${ref}`).text()).join(' | ');
}

describe('FundingProgrammeCreatePage', () => {
  it('checks the fields before sending and explains each problem next to it', async () => {
    const { wrapper, fetchMock } = await openForm(() => ({ data: {} }));
    expect(wrapper.get('h1').text()).toBe('Förderprogramm erfassen');
    expect(wrapper.get('fieldset legend').text()).toBe('Förderfähige Kostenarten');

    await wrapper.get('#funding-rate').setValue('120');
    await wrapper.get('#funding-cap-municipality').setValue('1,234');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(fetchMock).toHaveBeenCalledTimes(1); // only `me`
    expect(errorOf(wrapper, 'funding-name')).toContain('Geben Sie einen Namen');
    expect(errorOf(wrapper, 'funding-rate')).toBe(
      'Zum Beispiel 80 oder 80,5 | Geben Sie eine Förderquote größer als 0 und höchstens 100 % an.',
    );
    expect(errorOf(wrapper, 'funding-cap-municipality')).toContain(
      'Geben Sie einen Betrag in Euro an',
    );
    expect(wrapper.get('#funding-categories-error').text()).toBe(
      'Wählen Sie mindestens eine Kostenart.',
    );
    expect(wrapper.get('fieldset').attributes('aria-describedby')).toBe('funding-categories-error');
    expect(document.activeElement).toBe(wrapper.get('#funding-name').element);
  });

  it('shows a name the server rejected next to the field', async () => {
    const { wrapper } = await openForm(() => ({
      data: {
        createFundingProgramme: {
          __typename: 'ValidationError',
          message: 'Invalid input',
          fieldErrors: [{ path: 'input.name', message: 'Name already taken.' }],
        },
      },
    }));
    await wrapper.get('#funding-name').setValue('Bürgerservice digital');
    await wrapper.get('#funding-funder').setValue('Bund');
    await wrapper.get('#funding-rate').setValue('80');
    await wrapper.get('#funding-category-TRAINING').setValue(true);
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    const alert = wrapper.get('[role="alert"]');
    expect(document.activeElement).toBe(alert.element);
    expect(errorOf(wrapper, 'funding-name')).toContain(
      'den noch kein anderes Förderprogramm trägt',
    );
  });

  it('reports a missing permission', async () => {
    const { wrapper } = await openForm(() => ({
      data: null,
      errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }],
    }));
    await wrapper.get('#funding-name').setValue('Bürgerservice digital');
    await wrapper.get('#funding-funder').setValue('Bund');
    await wrapper.get('#funding-rate').setValue('80');
    await wrapper.get('#funding-category-TRAINING').setValue(true);
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(wrapper.get('[role="alert"]').text()).toBe('Dafür fehlt Ihnen die Berechtigung.');
  });

  it('saves the programme and shows it, focused, in the list', async () => {
    let sent: unknown;
    const { wrapper, router } = await openForm((operation, variables) => {
      if (operation === 'CreateFundingProgramme') {
        sent = variables.input;
        return {
          data: {
            createFundingProgramme: {
              __typename: 'MutationCreateFundingProgrammeSuccess',
              data: stored,
            },
          },
        };
      }
      return { data: { fundingProgrammes: [stored] } };
    });
    await wrapper.get('#funding-name').setValue('Bürgerservice digital');
    await wrapper.get('#funding-funder').setValue('Bund');
    await wrapper.get('#funding-rate').setValue('80,5');
    await wrapper.get('#funding-cap-municipality').setValue('40.000');
    await wrapper.get('#funding-category-TRAINING').setValue(true);
    await wrapper.get('form').trigger('submit');
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('funding-programmes'));
    await flushPromises();

    expect(sent).toEqual({
      name: 'Bürgerservice digital',
      funder: 'Bund',
      callUrl: null,
      rateBasisPoints: 8050,
      capPerMunicipality: '4000000',
      capPerApplication: null,
      minOwnShareBasisPoints: null,
      eligibleCategories: ['TRAINING'],
      deadline: null,
      requiredDocuments: [],
      notes: null,
    });
    expect(wrapper.get('[role="status"]').text()).toBe(
      'Das Förderprogramm „Bürgerservice digital“ wurde erfasst.',
    );
    await vi.waitFor(() =>
      expect(document.activeElement).toBe(wrapper.get('#funding-programme-f9').element),
    );
  });

  it('explains that only funding officers and admins may add programmes', async () => {
    const { wrapper } = await openForm(() => ({ data: {} }), { ...officer, memberships: [] });
    expect(wrapper.find('form').exists()).toBe(false);
    expect(wrapper.text()).toContain('Förderprogramme erfassen können nur');
  });
});
