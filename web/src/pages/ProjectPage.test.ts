import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RouterView } from 'vue-router';
import {
  APPLICATION_ID,
  esslingen,
  MODEL_ID,
  memberOf,
  PROJECT_ID,
  sampleProject,
} from '../components/project/projectTesting.ts';
import type { ProjectDetails } from '../composables/useProject.ts';
import { useSession } from '../composables/useSession.ts';
import { mockGraphqlFetch } from '../testing/graphqlFetchMock.ts';
import { mountWithApp } from '../testing/mountWithApp.ts';

// The live stream is the events composable's business (tested there); here it only matters that
// the page re-reads the project when told.
const liveEvents = vi.hoisted(() => ({ onEvent: null as null | ((event: unknown) => void) }));
vi.mock('../composables/useProjectEvents.ts', () => ({
  useProjectEvents: (_projectId: () => string | null, onEvent: (event: unknown) => void) => {
    liveEvents.onEvent = onEvent;
    return {};
  },
}));

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 21, 10, 0));
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  useSession().forget();
  document.body.innerHTML = '';
});

type Respond = (operation: string, variables: Record<string, unknown>) => unknown;

async function openPage(
  project: ProjectDetails | null | (() => ProjectDetails | null),
  respond: Respond = () => ({ data: {} }),
  me: unknown = memberOf('COORDINATOR', esslingen),
) {
  const fetchMock = mockGraphqlFetch((operation, variables) => {
    if (operation === 'Me') return { data: { me } };
    if (operation === 'Project') {
      return { data: { project: typeof project === 'function' ? project() : project } };
    }
    return respond(operation, variables);
  });
  await useSession().refresh();
  const mounted = await mountWithApp(RouterView, `/projekte/${PROJECT_ID}`);
  await flushPromises();
  return { ...mounted, fetchMock };
}

const text = (element: { text(): string }) => element.text().replace(/\s+/g, ' ').trim();
type Wrapper = Awaited<ReturnType<typeof openPage>>['wrapper'];

function section(wrapper: Wrapper, heading: string) {
  const found = wrapper
    .findAll('section')
    .find((candidate) => candidate.find('h2').exists() && candidate.get('h2').text() === heading);
  if (!found) throw new Error(`No section "${heading}"`);
  return found;
}

function buttonNamed(wrapper: Pick<Wrapper, 'findAll'>, name: string) {
  const found = wrapper.findAll('button').find((button) => text(button) === name);
  if (!found) throw new Error(`No button "${name}"`);
  return found;
}

const success = (field: string, data: unknown) => ({
  data: {
    [field]: { __typename: `Mutation${field[0]?.toUpperCase()}${field.slice(1)}Success`, data },
  },
});

describe('ProjectPage', () => {
  it('shows the facts with the traffic light in words, the log and the links, headings in order', async () => {
    const { wrapper } = await openPage(sampleProject());

    expect(wrapper.get('h1').text()).toBe('Bürgerkonto im Verbund');
    const facts = Object.fromEntries(
      wrapper
        .findAll('dl.project-facts > div')
        .map((row) => [row.get('dt').text(), text(row.get('dd'))]),
    );
    // Times show in the browser's zone: the test only fixes the day.
    expect(facts['Letzte Änderung']).toMatch(/^20\.11\.2026, \d\d:30$/);
    delete facts['Letzte Änderung'];
    expect(facts).toEqual({
      Status: 'In Umsetzung',
      Fortschritt: '60 %',
      Themenfeld: 'Bürgerkonto',
      'Federführende Kommune': 'Esslingen am Neckar',
      Partnerkommunen: 'Ludwigsburg',
      Beginn: '15.01.2026',
      'Geplantes Ende': '31.12.2026',
      Sichtbarkeit: 'Kooperationsverbünde: Digitalverbund Neckar',
    });

    const headings = wrapper.findAll('h1, h2, h3').map((h) => `${h.element.tagName} ${h.text()}`);
    expect(headings).toEqual([
      'H1 Bürgerkonto im Verbund',
      'H2 Ansprechpersonen',
      'H2 Status ändern',
      'H2 Projektdaten',
      'H2 Meilensteine',
      'H3 Meilenstein hinzufügen',
      'H2 Aufgaben',
      'H3 Aufgabe anlegen oder neu zuweisen',
      'H2 Verlauf',
      'H3 Kommentar schreiben',
      'H2 Verknüpfungen',
      'H3 Prozessmodelle',
      'H3 Förderanträge',
    ]);

    const log = section(wrapper, 'Verlauf')
      .findAll('ol > li')
      .map((entry) =>
        ['change', 'meta', 'text'].map((part) => text(entry.get(`.project-log__${part}`))),
      );
    expect(log).toEqual([
      [
        'Status: Idee → In Umsetzung, Fortschritt 10 % → 60 %',
        // Times show in the browser's zone: the test only fixes the day.
        expect.stringMatching(/^20\.11\.2026, \d\d:30 von Clara Koordinatorin$/),
        'Vergabe abgeschlossen.',
      ],
      [
        'Kommentar',
        expect.stringMatching(/^02\.06\.2026, \d\d:00 von Ludger Lang$/),
        'Ludwigsburg ist dabei.',
      ],
    ]);

    const milestones = section(wrapper, 'Meilensteine');
    expect(text(milestones.get('caption'))).toBe('Meilensteine nach Fälligkeit');
    expect(milestones.findAll('tbody tr').map((row) => row.findAll('th, td').map(text))).toEqual([
      ['Pilotbetrieb', '01.10.2026, überfällig', '„Pilotbetrieb“ erreicht'],
      ['Vergabe', '01.03.2026', '„Vergabe“ erreicht am 27.02.2026'],
    ]);

    const links = section(wrapper, 'Verknüpfungen').findAll('a');
    expect(links.map((a) => [a.text(), a.attributes('href')])).toEqual([
      ['Gewerbeanmeldung', `/prozesse/${MODEL_ID}`],
      ['Digitale Zukunftskommune', `/foerderantraege/${APPLICATION_ID}`],
    ]);
    const contact = section(wrapper, 'Ansprechpersonen').get('li');
    expect(contact.get('p').text()).toBe('Erika Muster');
    expect(
      contact.findAll('dl > div').map((row) => [row.get('dt').text(), row.get('dd').text()]),
    ).toEqual([
      ['Rolle', 'Projektleitung'],
      ['E-Mail', 'erika.muster@esslingen.demo'],
      ['Telefon', '0711 1234-56'],
    ]);
    expect(contact.get('a[href^="tel:"]').attributes('href')).toBe('tel:0711123456');
  });

  it('changes the status against the version it was read at', async () => {
    let sent: unknown;
    const { wrapper } = await openPage(sampleProject(), (operation, variables) => {
      if (operation !== 'UpdateProjectStatus') return { data: {} };
      sent = variables.input;
      return success(
        'updateProjectStatus',
        sampleProject({ status: 'DONE', progressPercent: 100, version: 5 }),
      );
    });
    const status = section(wrapper, 'Status ändern');
    await status.get('select').setValue('DONE');
    await status.get('input').setValue('100');
    await status.get('textarea').setValue(' Abnahme erfolgt. ');
    await buttonNamed(status, 'Status ändern').trigger('click');
    await status.get('form').trigger('submit');
    await flushPromises();

    expect(sent).toEqual({
      projectId: PROJECT_ID,
      expectedVersion: 4,
      status: 'DONE',
      progressPercent: 100,
      text: 'Abnahme erfolgt.',
    });
    expect(text(status.get('[role="status"]'))).toBe(
      'Der Status ist jetzt „Umgesetzt“, der Fortschritt 100 %.',
    );
    expect(text(wrapper.get('dl.project-facts'))).toContain('Umgesetzt');
    // The form now starts from the new state.
    expect(status.get<HTMLSelectElement>('select').element.value).toBe('DONE');
    expect(status.get<HTMLTextAreaElement>('textarea').element.value).toBe('');
  });

  it('explains a version conflict, keeps the input and sends again against the reloaded version', async () => {
    let current = sampleProject();
    const sent: unknown[] = [];
    const { wrapper, fetchMock } = await openPage(
      () => current,
      (operation, variables) => {
        if (operation !== 'UpdateProjectStatus') return { data: {} };
        sent.push(variables.input);
        if (sent.length === 1) {
          // Meanwhile a partner city's coordinator moved the project on.
          current = sampleProject({ progressPercent: 70, version: 5 });
          return {
            data: {
              updateProjectStatus: {
                __typename: 'VersionConflictError',
                message: 'Project was changed',
                currentVersion: 5,
              },
            },
          };
        }
        return success(
          'updateProjectStatus',
          sampleProject({ status: 'DONE', progressPercent: 100, version: 6 }),
        );
      },
    );
    const status = section(wrapper, 'Status ändern');
    await status.get('select').setValue('DONE');
    await status.get('input').setValue('100');
    await status.get('textarea').setValue('Abnahme erfolgt.');
    await status.get('form').trigger('submit');
    await flushPromises();

    const alert = status.get('[role="alert"]');
    expect(document.activeElement).toBe(alert.element);
    expect(text(alert)).toContain('Jemand anderes hat das Projekt inzwischen geändert.');
    expect(status.get<HTMLSelectElement>('select').element.value).toBe('DONE');
    expect(status.get<HTMLTextAreaElement>('textarea').element.value).toBe('Abnahme erfolgt.');

    const before = fetchMock.mock.calls.length;
    await buttonNamed(alert, 'Aktuellen Stand laden').trigger('click');
    await flushPromises();
    expect(fetchMock.mock.calls.length).toBe(before + 1);
    expect(text(wrapper.get('dl.project-facts'))).toContain('70 %');
    expect(text(status.get('[role="status"]'))).toContain('Ihre Eingaben sind erhalten');
    expect(status.get<HTMLInputElement>('input').element.value).toBe('100');

    await status.get('form').trigger('submit');
    await flushPromises();
    expect(sent).toEqual([
      expect.objectContaining({ expectedVersion: 4 }),
      expect.objectContaining({ expectedVersion: 5, status: 'DONE', progressPercent: 100 }),
    ]);
  });

  it('refuses a status change that changes nothing, at the field', async () => {
    const { wrapper, fetchMock } = await openPage(sampleProject());
    const status = section(wrapper, 'Status ändern');
    await status.get('textarea').setValue('Nur eine Anmerkung.');
    const before = fetchMock.mock.calls.length;
    await status.get('form').trigger('submit');
    await flushPromises();
    expect(fetchMock.mock.calls.length).toBe(before);
    const select = status.get('select');
    expect(select.attributes('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(select.element);
    expect(text(status)).toContain('Status und Fortschritt sind unverändert.');
  });

  it('ticks a milestone off', async () => {
    let sent: unknown;
    const { wrapper } = await openPage(sampleProject(), (operation, variables) => {
      if (operation !== 'SetMilestoneDone') return { data: {} };
      sent = variables;
      const project = sampleProject();
      project.milestones = project.milestones.map((milestone) =>
        milestone.id === 'ms1'
          ? { ...milestone, done: true, doneAt: '2026-11-21T09:00:00Z', overdue: false }
          : milestone,
      );
      return success('setMilestoneDone', project);
    });
    const milestones = section(wrapper, 'Meilensteine');
    const box = milestones.get('tbody tr input[type="checkbox"]');
    expect(text(milestones.get(`label[for="${box.attributes('id')}"]`))).toBe(
      '„Pilotbetrieb“ erreicht',
    );
    await box.setValue(true);
    await flushPromises();
    expect(sent).toEqual({ milestoneId: 'ms1', done: true });
    expect(text(milestones.get('[role="status"]'))).toBe(
      'Der Meilenstein „Pilotbetrieb“ ist als erreicht markiert.',
    );
    expect(text(milestones.get('tbody tr'))).not.toContain('überfällig');
  });

  it('adds a milestone', async () => {
    let sent: unknown;
    const { wrapper } = await openPage(sampleProject(), (operation, variables) => {
      if (operation !== 'AddMilestone') return { data: {} };
      sent = variables.input;
      return success('addMilestone', sampleProject());
    });
    const milestones = section(wrapper, 'Meilensteine');
    await buttonNamed(milestones, 'Meilenstein hinzufügen').trigger('click');
    await milestones.get('form').trigger('submit');
    await flushPromises();
    expect(sent).toBeUndefined();
    expect(document.activeElement?.getAttribute('aria-invalid')).toBe('true');

    const [title, due] = milestones.findAll('form input');
    await title?.setValue('Go-live');
    await due?.setValue('2027-01-15');
    await milestones.get('form').trigger('submit');
    await flushPromises();
    expect(sent).toEqual({ projectId: PROJECT_ID, title: 'Go-live', dueDate: '2027-01-15' });
  });

  it('assigns a new task and reassigns an existing one with its version', async () => {
    const sent: unknown[] = [];
    const { wrapper } = await openPage(sampleProject(), (operation, variables) => {
      if (operation !== 'AssignTask') return { data: {} };
      sent.push(variables.input);
      return success('assignTask', sampleProject());
    });
    const tasks = section(wrapper, 'Aufgaben');
    expect(
      tasks.findAll('tbody tr').map((row) => row.findAll('th, td').map(text).slice(0, 3)),
    ).toEqual([['Schnittstelle testen', 'Ludger Lang (Ludwigsburg)', '01.11.2026, überfällig']]);
    const form = tasks.get('form.project-task-form');
    const [taskChoice, assignee] = form.findAll('select');
    expect(assignee?.findAll('option').map((o) => o.text())).toEqual([
      'noch niemand',
      'Clara Koordinatorin (Esslingen am Neckar)',
      'Ludger Lang (Ludwigsburg)',
    ]);
    await form.get('input[type="text"]').setValue('Schulung planen');
    await assignee?.setValue('u1');
    await form.get('input[type="date"]').setValue('2026-12-10');
    await form.trigger('submit');
    await flushPromises();
    expect(tasks.findAll('[role="status"]').map(text).filter(Boolean)).toEqual([
      'Die Aufgabe „Schulung planen“ wurde angelegt.',
    ]);

    await taskChoice?.setValue('task1');
    expect(form.get<HTMLInputElement>('input[type="text"]').element.value).toBe(
      'Schnittstelle testen',
    );
    expect(assignee?.element).toHaveProperty('value', 'u2');
    await assignee?.setValue('u1');
    expect(text(buttonNamed(form, 'Aufgabe speichern'))).toBe('Aufgabe speichern');
    await form.trigger('submit');
    await flushPromises();

    expect(sent).toEqual([
      {
        projectId: PROJECT_ID,
        taskId: null,
        expectedVersion: null,
        title: 'Schulung planen',
        assigneeId: 'u1',
        dueDate: '2026-12-10',
      },
      {
        projectId: PROJECT_ID,
        taskId: 'task1',
        expectedVersion: 2,
        title: 'Schnittstelle testen',
        assigneeId: 'u1',
        dueDate: '2026-11-01',
      },
    ]);
  });

  it('sets a task’s state with the task’s version', async () => {
    let sent: unknown;
    const { wrapper } = await openPage(sampleProject(), (operation, variables) => {
      if (operation !== 'SetTaskState') return { data: {} };
      sent = variables;
      return success('setTaskState', sampleProject());
    });
    const row = section(wrapper, 'Aufgaben').get('tbody tr');
    expect(text(row.get('label'))).toBe('Stand von „Schnittstelle testen“');
    await row.get('select').setValue('DONE');
    const save = row.get('button');
    expect(save.attributes('aria-label')).toBe('Stand von „Schnittstelle testen“ speichern');
    await row.get('form').trigger('submit');
    await flushPromises();
    expect(sent).toEqual({ taskId: 'task1', state: 'DONE', expectedVersion: 2 });
  });

  it('publishes a comment', async () => {
    let sent: unknown;
    const { wrapper } = await openPage(sampleProject(), (operation, variables) => {
      if (operation !== 'AddProjectComment') return { data: {} };
      sent = variables;
      return success('addProjectComment', sampleProject());
    });
    const log = section(wrapper, 'Verlauf');
    await log.get('form').trigger('submit');
    await flushPromises();
    expect(sent).toBeUndefined();
    const field = log.get('textarea');
    expect(field.attributes('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field.element);

    await field.setValue('  Termin mit dem Rechenzentrum steht. ');
    await buttonNamed(log, 'Kommentar veröffentlichen').trigger('click');
    await log.get('form').trigger('submit');
    await flushPromises();
    expect(sent).toEqual({ projectId: PROJECT_ID, text: 'Termin mit dem Rechenzentrum steht.' });
    expect(text(log.get('[role="status"]'))).toBe('Ihr Kommentar wurde veröffentlicht.');
    expect(log.get<HTMLTextAreaElement>('textarea').element.value).toBe('');
  });

  it('is read-only for viewers who may not edit', async () => {
    const { wrapper } = await openPage(
      sampleProject({ viewerCanEdit: false, assignableUsers: [] }),
      undefined,
      memberOf('PROCESS_OWNER', esslingen),
    );
    expect(wrapper.findAll('form')).toHaveLength(0);
    expect(wrapper.findAll('input, select, textarea')).toHaveLength(0);
    expect(wrapper.text()).toContain('Sie sehen das Projekt nur.');
    const headings = wrapper.findAll('h2').map((h) => h.text());
    expect(headings).not.toContain('Status ändern');
    expect(headings).not.toContain('Projektdaten');
    expect(section(wrapper, 'Aufgaben').findAll('tbody td').map(text)).toEqual([
      'Ludger Lang (Ludwigsburg)',
      '01.11.2026, überfällig',
      'In Bearbeitung',
    ]);
    expect(section(wrapper, 'Meilensteine').findAll('tbody td').map(text)).toEqual([
      '01.10.2026, überfällig',
      'offen',
      '01.03.2026',
      'erreicht am 27.02.2026',
    ]);
  });

  it('edits the project details against the version it opened them at', async () => {
    let sent: unknown;
    const { wrapper } = await openPage(sampleProject(), (operation, variables) => {
      if (operation === 'ProjectFormOptions') {
        return {
          data: {
            projectTopics: [sampleProject().topic],
            cities: {
              edges: [esslingen, { id: 'c-lb', name: 'Ludwigsburg' }].map((node) => ({ node })),
            },
            partnerships: {
              edges: [
                {
                  node: {
                    id: 'p-nv',
                    name: 'Digitalverbund Neckar',
                    members: [{ id: 'pm1', status: 'ACCEPTED', city: { id: esslingen.id } }],
                  },
                },
              ],
            },
            processModels: { edges: [] },
            fundingApplications: [],
          },
        };
      }
      if (operation !== 'UpdateProject') return { data: {} };
      sent = variables.input;
      return success(
        'updateProject',
        sampleProject({ title: 'Servicekonto im Verbund', version: 5 }),
      );
    });
    const edit = section(wrapper, 'Projektdaten');
    await buttonNamed(edit, 'Projektdaten bearbeiten').trigger('click');
    await flushPromises();
    const title = edit.get<HTMLInputElement>('input[type="text"]');
    expect(title.element.value).toBe('Bürgerkonto im Verbund');
    expect(document.activeElement).toBe(title.element);
    await title.setValue('Servicekonto im Verbund');
    await edit.get('form').trigger('submit');
    await flushPromises();
    expect(sent).toEqual({
      projectId: PROJECT_ID,
      expectedVersion: 4,
      title: 'Servicekonto im Verbund',
      description: 'Ein gemeinsames Servicekonto für alle Verwaltungsleistungen.',
      topicId: sampleProject().topic.id,
      partnerCityIds: ['c-lb'],
      startDate: '2026-01-15',
      plannedEndDate: '2026-12-31',
      contacts: [
        {
          name: 'Erika Muster',
          email: 'erika.muster@esslingen.demo',
          phone: '0711 1234-56',
          role: 'Projektleitung',
        },
      ],
      visibility: 'PARTNERS',
      sharedWithPartnershipIds: ['p-nv'],
      processModelIds: [MODEL_ID],
      fundingApplicationIds: [APPLICATION_ID],
    });
    expect(wrapper.get('h1').text()).toBe('Servicekonto im Verbund');
    expect(text(edit.get('[role="status"]'))).toBe('Die Projektdaten wurden gespeichert.');
    expect(edit.find('form').exists()).toBe(false);
  });

  it('reads the project again on a live event, keeping what is typed in open forms', async () => {
    let current = sampleProject();
    const { wrapper } = await openPage(() => current);
    const status = section(wrapper, 'Status ändern');
    await status.get('textarea').setValue('Entwurf einer Notiz');
    current = sampleProject({ status: 'ON_HOLD', progressPercent: 60, version: 5 });
    liveEvents.onEvent?.({ kind: 'STATUS_CHANGED' });
    await flushPromises();
    expect(text(wrapper.get('dl.project-facts'))).toContain('Pausiert');
    expect(status.get<HTMLTextAreaElement>('textarea').element.value).toBe('Entwurf einer Notiz');
  });

  it('says when the project does not exist or is not visible', async () => {
    const { wrapper } = await openPage(null);
    expect(wrapper.text()).toContain(
      'Dieses Projekt gibt es nicht, oder Sie dürfen es nicht sehen.',
    );
  });
});
