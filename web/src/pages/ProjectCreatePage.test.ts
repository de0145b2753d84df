import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RouterView } from 'vue-router';
import {
  APPLICATION_ID,
  eFile,
  esslingen,
  ludwigsburg,
  MODEL_ID,
  memberOf,
  onlineAccount,
  PROJECT_ID,
  sampleProject,
  waiblingen,
} from '../components/project/projectTesting.ts';
import { useSession } from '../composables/useSession.ts';
import { mockGraphqlFetch } from '../testing/graphqlFetchMock.ts';
import { mountWithApp } from '../testing/mountWithApp.ts';

// The project page opened after creating subscribes to live events; not under test here.
vi.mock('../composables/useProjectEvents.ts', () => ({ useProjectEvents: () => ({}) }));

const options = {
  projectTopics: [onlineAccount, eFile],
  cities: { edges: [esslingen, ludwigsburg, waiblingen].map((node) => ({ node })) },
  partnerships: {
    edges: [
      {
        node: {
          id: 'p-nv',
          name: 'Digitalverbund Neckar',
          members: [
            { id: 'pm1', status: 'ACCEPTED', city: { id: esslingen.id } },
            { id: 'pm2', status: 'ACCEPTED', city: { id: ludwigsburg.id } },
          ],
        },
      },
      {
        node: {
          id: 'p-rm',
          name: 'Rems-Murr digital',
          members: [{ id: 'pm3', status: 'ACCEPTED', city: { id: waiblingen.id } }],
        },
      },
    ],
  },
  processModels: {
    edges: [{ node: { id: MODEL_ID, title: 'Gewerbeanmeldung', city: esslingen } }],
  },
  fundingApplications: [{ id: APPLICATION_ID, title: 'Digitale Zukunftskommune' }],
};

afterEach(() => {
  vi.unstubAllGlobals();
  useSession().forget();
  document.body.innerHTML = '';
});

type Respond = Parameters<typeof mockGraphqlFetch>[0];

async function openForm(respond: Respond, me: unknown = memberOf('COORDINATOR', esslingen)) {
  const fetchMock = mockGraphqlFetch((operation, variables) => {
    if (operation === 'Me') return { data: { me } };
    if (operation === 'ProjectFormOptions') return { data: options };
    return respond(operation, variables);
  });
  await useSession().refresh();
  const mounted = await mountWithApp(RouterView, '/projekte/neu');
  await flushPromises();
  return { ...mounted, fetchMock };
}

type Wrapper = Awaited<ReturnType<typeof openForm>>['wrapper'];
const optionTexts = (wrapper: Wrapper, id: string) =>
  wrapper.findAll(`#${id} option`).map((option) => option.text());

describe('ProjectCreatePage', () => {
  it('offers the viewer’s coordinator cities as lead and the others as partners', async () => {
    const { wrapper } = await openForm(() => ({ data: {} }));
    expect(wrapper.get('h1').text()).toBe('Neues Projekt');
    expect(optionTexts(wrapper, 'project-topicId')).toEqual(['Bürgerkonto', 'E-Akte']);
    expect(optionTexts(wrapper, 'project-leadCityId')).toEqual(['Esslingen am Neckar']);
    expect(optionTexts(wrapper, 'project-status')).toEqual([
      'Idee',
      'In Umsetzung',
      'Umgesetzt',
      'Pausiert',
      'Abgebrochen',
    ]);
    const partners = wrapper.findAll('fieldset')[0];
    expect(partners?.get('legend').text()).toBe('Partnerkommunen (optional)');
    expect(partners?.findAll('label').map((label) => label.text())).toEqual([
      'Ludwigsburg',
      'Waiblingen',
    ]);
    expect(wrapper.get('#project-startDate').attributes('type')).toBe('date');
    expect(wrapper.get('#project-plannedEndDate').attributes('type')).toBe('date');
  });

  it('checks before sending, focuses the first rejected field and shows server field errors', async () => {
    const { wrapper, fetchMock } = await openForm(() => ({
      data: {
        createProject: {
          __typename: 'ValidationError',
          message: 'Invalid input',
          fieldErrors: [
            {
              path: 'input.plannedEndDate',
              message: 'The planned end cannot be before the start.',
            },
          ],
        },
      },
    }));
    const requests = fetchMock.mock.calls.length;
    await wrapper.get('#project-progressPercent').setValue('120');
    await wrapper.get('#project-visibility-PARTNERS').setValue(true);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(fetchMock.mock.calls.length).toBe(requests);
    const title = wrapper.get('#project-title');
    expect(title.attributes('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(title.element);
    expect(wrapper.get('#project-title-error').text()).toBe(
      'Geben Sie einen Titel mit höchstens 200 Zeichen an.',
    );
    expect(wrapper.get('#project-progressPercent-error').text()).toBe(
      'Geben Sie den Fortschritt als ganze Zahl von 0 bis 100 an.',
    );
    expect(wrapper.get('#project-progressPercent').attributes('aria-describedby')).toBe(
      'project-progressPercent-hint project-progressPercent-error',
    );
    expect(wrapper.get('#project-partnerships-error').text()).toBe(
      'Wählen Sie mindestens einen Kooperationsverbund.',
    );

    await title.setValue('Bürgerkonto');
    await wrapper.get('#project-progressPercent').setValue('10');
    await wrapper.get('#project-partnership-p-nv').setValue(true);
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    const alert = wrapper.get('[role="alert"]');
    expect(document.activeElement).toBe(alert.element);
    expect(alert.text()).toBe('Bitte prüfen Sie die markierten Angaben.');
    expect(wrapper.get('#project-plannedEndDate').attributes('aria-invalid')).toBe('true');
    expect(wrapper.get('#project-plannedEndDate-error').text()).toBe(
      'Das geplante Ende muss ein Datum am oder nach dem Beginn sein.',
    );
  });

  it('marks a contact field the server rejected at its row', async () => {
    const { wrapper } = await openForm(() => ({
      data: {
        createProject: {
          __typename: 'ValidationError',
          message: 'Invalid input',
          fieldErrors: [{ path: 'input.contacts.0.email', message: 'Enter a valid e-mail.' }],
        },
      },
    }));
    await wrapper.get('#project-title').setValue('Bürgerkonto');
    const email = wrapper.find('[id$="-email"]');
    await wrapper.find('[id$="-name"]').setValue('Erika Muster');
    await email.setValue('erika@esslingen.demo');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(email.attributes('aria-invalid')).toBe('true');
    expect(wrapper.get(`#${email.attributes('id')}-error`).text()).toBe(
      'Geben Sie eine gültige E-Mail-Adresse an.',
    );
  });

  it('creates the project and opens it', async () => {
    let sent: unknown;
    const { wrapper, router } = await openForm((operation, variables) => {
      if (operation === 'CreateProject') {
        sent = variables.input;
        return {
          data: {
            createProject: {
              __typename: 'MutationCreateProjectSuccess',
              data: { id: PROJECT_ID, title: 'Bürgerkonto im Verbund' },
            },
          },
        };
      }
      return { data: { project: sampleProject() } };
    });
    await wrapper.get('#project-title').setValue('  Bürgerkonto im Verbund ');
    await wrapper.get('#project-description').setValue('Ein Konto für alles.');
    await wrapper.get('#project-topicId').setValue(eFile.id);
    await wrapper.get(`#project-partner-${ludwigsburg.id}`).setValue(true);
    await wrapper.get('#project-status').setValue('IN_PROGRESS');
    await wrapper.get('#project-progressPercent').setValue('25');
    await wrapper.get('#project-startDate').setValue('2026-02-01');
    await wrapper.get('#project-plannedEndDate').setValue('2026-12-31');
    await wrapper.find('[id$="-name"]').setValue('Erika Muster');
    await wrapper.find('[id$="-role"]').setValue('Projektleitung');
    await wrapper.get('#project-visibility-PARTNERS').setValue(true);
    // Only partnerships the lead city has joined can be chosen.
    expect(wrapper.find('#project-partnership-p-rm').exists()).toBe(false);
    await wrapper.get('#project-partnership-p-nv').setValue(true);
    await wrapper.get(`[id="project-model-${MODEL_ID}"]`).setValue(true);
    await wrapper.get(`[id="project-application-${APPLICATION_ID}"]`).setValue(true);
    await wrapper.get('form').trigger('submit');
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('project'), {
      timeout: 10_000,
    });
    await flushPromises();

    expect(sent).toEqual({
      title: 'Bürgerkonto im Verbund',
      description: 'Ein Konto für alles.',
      topicId: eFile.id,
      leadCityId: esslingen.id,
      partnerCityIds: [ludwigsburg.id],
      status: 'IN_PROGRESS',
      startDate: '2026-02-01',
      plannedEndDate: '2026-12-31',
      progressPercent: 25,
      contacts: [{ name: 'Erika Muster', email: '', phone: '', role: 'Projektleitung' }],
      visibility: 'PARTNERS',
      sharedWithPartnershipIds: ['p-nv'],
      processModelIds: [MODEL_ID],
      fundingApplicationIds: [APPLICATION_ID],
    });
    expect(router.currentRoute.value.params.id).toBe(PROJECT_ID);
    expect(wrapper.get('[role="status"]').text()).toBe(
      'Das Projekt „Bürgerkonto im Verbund“ wurde angelegt.',
    );
  });

  it('lets a global admin lead for any city, and explains who may create', async () => {
    const admin = await openForm(() => ({ data: {} }), {
      ...memberOf('COORDINATOR'),
      isGlobalAdmin: true,
    });
    expect(optionTexts(admin.wrapper, 'project-leadCityId')).toEqual([
      'Esslingen am Neckar',
      'Ludwigsburg',
      'Waiblingen',
    ]);
    admin.wrapper.unmount();
    useSession().forget();

    const owner = await openForm(() => ({ data: {} }), memberOf('PROCESS_OWNER', esslingen));
    expect(owner.wrapper.find('form').exists()).toBe(false);
    expect(owner.wrapper.text()).toContain('Projekte anlegen können Koordinatorinnen');
  });
});
