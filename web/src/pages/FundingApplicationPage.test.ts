import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RouterView } from 'vue-router';
import {
  APPLICATION_ID,
  APPLICATION_UUID,
  esslingen,
  ludwigsburg,
  MODEL_ID,
  officerOf,
  SNAPSHOT_ID,
  sampleApplication,
  waiblingen,
} from '../components/fundingApplication/fundingApplicationTesting.ts';
import type { FundingApplicationDetails } from '../composables/useFundingApplication.ts';
import { useSession } from '../composables/useSession.ts';
import { mockGraphqlFetch } from '../testing/graphqlFetchMock.ts';
import { mountWithApp } from '../testing/mountWithApp.ts';

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 21, 10, 0));
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  useSession().forget();
  document.body.innerHTML = '';
});

type Respond = (operation: string, variables: Record<string, unknown>) => unknown;

async function openPage(
  application: FundingApplicationDetails | null | (() => FundingApplicationDetails | null),
  respond: Respond = () => ({ data: {} }),
  me: unknown = officerOf(esslingen),
) {
  const fetchMock = mockGraphqlFetch((operation, variables) => {
    if (operation === 'Me') return { data: { me } };
    if (operation === 'FundingApplication') {
      const current = typeof application === 'function' ? application() : application;
      return { data: { fundingApplication: current } };
    }
    if (operation === 'PartnershipCities') {
      const cities = [esslingen, ludwigsburg, waiblingen, { id: 'c-bb', name: 'Böblingen' }];
      return {
        data: {
          cities: {
            edges: cities.map((city) => ({ node: { ...city, viewerCanManageMembers: false } })),
          },
        },
      };
    }
    return respond(operation, variables);
  });
  await useSession().refresh();
  const mounted = await mountWithApp(RouterView, `/foerderantraege/${APPLICATION_ID}`);
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

describe('FundingApplicationPage', () => {
  it('shows the key facts, partners with their status in words, and headings in order', async () => {
    const { wrapper } = await openPage(sampleApplication());

    expect(wrapper.get('h1').text()).toBe('Digitale Gewerbeanmeldung im Verbund');
    const facts = Object.fromEntries(
      wrapper
        .findAll('dl.funding-application-facts > div')
        .map((row) => [row.get('dt').text(), text(row.get('dd'))]),
    );
    expect(facts).toEqual({
      Status: 'Entwurf',
      Förderprogramm: 'Digitale Zukunftskommune@bw (Land Baden-Württemberg)',
      'Federführende Kommune': 'Esslingen am Neckar',
      Einreichungsfrist: '30.11.2026 noch 9 Tage',
    });

    const partners = section(wrapper, 'Partnerkommunen');
    const rows = partners
      .findAll('tbody tr')
      .map((row) => row.findAll('th, td').map((cell) => text(cell)));
    expect(rows).toEqual([
      ['Esslingen am Neckar', 'federführend', 'Zugesagt', ''],
      ['Ludwigsburg', 'Partnerin', 'Zugesagt', '12.11.2026'],
      ['Waiblingen', 'Partnerin', 'Eingeladen', ''],
    ]);

    const headings = wrapper.findAll('h1, h2, h3').map((h) => `${h.element.tagName} ${h.text()}`);
    expect(headings).toEqual([
      'H1 Digitale Gewerbeanmeldung im Verbund',
      'H2 Antragsdaten',
      'H2 Partnerkommunen',
      'H3 Partner einladen',
      'H2 Kosten der Partnerkommunen',
      'H3 Kosten von Esslingen am Neckar',
      'H3 Kosten von Ludwigsburg',
      'H2 Finanzierungsübersicht',
      'H3 Hinweise',
      'H2 Unterlagen',
      'H2 Verfahrensstand',
      'H3 Verlauf',
      'H2 Eingereichte Fassungen',
      'H2 Export',
      'H2 Zugehörige Prozessmodelle',
      'H2 Zugehörige Projekte',
    ]);
    expect(text(section(wrapper, 'Zugehörige Projekte').get('p'))).toBe(
      'Kein Projekt, das Sie sehen dürfen, verweist auf diesen Antrag.',
    );
  });

  it('lists the projects that refer to the application, with lead city and status in words', async () => {
    const { wrapper } = await openPage(
      sampleApplication({
        projects: [
          {
            id: 'UHJvamVjdDox',
            title: 'E-Akte im Verbund',
            status: 'IN_PROGRESS',
            leadCity: esslingen,
          },
          { id: 'UHJvamVjdDoy', title: 'Online-Gewerbeamt', status: 'IDEA', leadCity: ludwigsburg },
        ],
      }),
    );
    const items = section(wrapper, 'Zugehörige Projekte').findAll('li');
    expect(items.map((item) => text(item))).toEqual([
      'E-Akte im Verbund (Esslingen am Neckar) In Umsetzung',
      'Online-Gewerbeamt (Ludwigsburg) Idee',
    ]);
    expect(items.map((item) => item.get('a').attributes('href'))).toEqual([
      '/projekte/UHJvamVjdDox',
      '/projekte/UHJvamVjdDoy',
    ]);
  });

  it('shows the figures as a table with caption, row headers and a sum, and the flags as sentences', async () => {
    const { wrapper } = await openPage(sampleApplication());
    const figures = section(wrapper, 'Finanzierungsübersicht');
    const table = figures.get('table');
    expect(text(table.get('caption'))).toBe(
      'Finanzierungsübersicht nach Kommunen, berechnet am 21.11.2026',
    );
    expect(table.findAll('thead th').map((th) => th.attributes('scope'))).toEqual(
      Array(6).fill('col'),
    );
    expect(table.findAll('thead th').map((th) => th.text())).toEqual([
      'Kommune',
      'Gesamtkosten',
      'Förderfähige Kosten',
      'Zuwendung',
      'Eigenanteil',
      'Eigenanteil in %',
    ]);
    const rows = table.findAll('tbody tr, tfoot tr').map((row) => {
      expect(row.get('th').attributes('scope')).toBe('row');
      return row.findAll('th, td').map((cell) => text(cell));
    });
    expect(rows).toEqual([
      [
        'Esslingen am Neckar (federführend)',
        '55.000,00 €',
        '55.000,00 €',
        '40.000,00 € auf den Höchstbetrag je Kommune begrenzt',
        '15.000,00 €',
        '27,27 %',
      ],
      ['Ludwigsburg', '14.500,50 €', '12.500,50 €', '10.000,40 €', '4.500,10 €', '31,03 %'],
      ['Summe', '69.500,50 €', '67.500,50 €', '50.000,40 €', '19.500,10 €', '28,05 %'],
    ]);
    expect(figures.text()).not.toContain('Förderhöchstbetrag je Antrag');

    expect(figures.findAll('ul[aria-labelledby="funding-application-flags"] li').map(text)).toEqual(
      [
        'Ludwigsburg, Zeile 2: Die Kostenart „Schulungen“ (2.000,00 €) ist in diesem Programm nicht förderfähig und zählt nicht zu den förderfähigen Kosten.',
        'Die Einreichungsfrist endet in 9 Tagen (30.11.2026).',
      ],
    );
  });

  it('says when the cap per application was applied', async () => {
    const application = sampleApplication();
    application.statement.applicationCapApplied = true;
    const { wrapper } = await openPage(application);
    expect(text(section(wrapper, 'Finanzierungsübersicht'))).toContain(
      'Der Förderhöchstbetrag je Antrag von 100.000,00 € wurde angewendet',
    );
  });

  it('links exports by the raw uuid, submitted versions and the process models', async () => {
    const { wrapper } = await openPage(
      sampleApplication({
        snapshots: [
          { id: SNAPSHOT_ID, createdAt: '2026-11-18T10:00:00Z', submittedByName: 'Fritz Förder' },
        ],
      }),
    );
    const exports = section(wrapper, 'Export').findAll('a');
    expect(exports.map((a) => a.attributes('href'))).toEqual([
      `/exports/funding-applications/${APPLICATION_UUID}/summary.pdf`,
      `/exports/funding-applications/${APPLICATION_UUID}/budget.xlsx`,
      `/exports/funding-applications/${APPLICATION_UUID}/budget.csv`,
    ]);
    expect(exports.every((a) => a.attributes('download') !== undefined)).toBe(true);

    const snapshot = section(wrapper, 'Eingereichte Fassungen').get('a');
    expect(snapshot.text()).toBe('Eingereichte Fassung vom 18.11.2026');
    expect(snapshot.attributes('href')).toBe(
      `/foerderantraege/${APPLICATION_ID}/fassungen/${SNAPSHOT_ID}`,
    );
    const model = section(wrapper, 'Zugehörige Prozessmodelle').get('a');
    expect(model.attributes('href')).toBe(`/prozesse/${MODEL_ID}`);
  });

  it('lets the lead invite a city that does not take part yet', async () => {
    let invited: unknown;
    const { wrapper } = await openPage(sampleApplication(), (operation, variables) => {
      if (operation !== 'InviteApplicationPartner') return { data: {} };
      invited = variables;
      return success('inviteApplicationPartner', sampleApplication());
    });
    const options = wrapper.findAll('#funding-application-invite-city option').map((o) => o.text());
    expect(options).toEqual(['Böblingen']);
    await buttonNamed(wrapper, 'Partner einladen').trigger('click');
    await wrapper.get('.invite-city-form').trigger('submit');
    await flushPromises();
    expect(invited).toEqual({ applicationId: APPLICATION_ID, cityId: 'c-bb' });
    expect(wrapper.get('[role="status"]').text()).toBe('Böblingen wurde eingeladen.');
  });

  it('lets an invited city accept, and reloads the application', async () => {
    const invitedView = sampleApplication({
      viewerCanManage: false,
      allowedTransitions: [],
      viewerCanEditBudgetOf: [],
      viewerPendingInvitationCityIds: [waiblingen.id],
    });
    let answered: unknown;
    const { wrapper, fetchMock } = await openPage(
      invitedView,
      (_operation, variables) => {
        answered = variables;
        return success('respondToApplicationInvite', { id: APPLICATION_ID });
      },
      officerOf(waiblingen),
    );
    expect(wrapper.text()).toContain('Waiblingen ist zu diesem Förderantrag eingeladen.');
    expect(wrapper.find('.invite-city-form').exists()).toBe(false);
    expect(wrapper.text()).toContain(
      'Den Verfahrensstand ändert das Fördermittelmanagement der federführenden Kommune.',
    );
    const accept = buttonNamed(wrapper, 'Zusagen');
    expect(accept.attributes('aria-label')).toBe('Für Waiblingen zusagen');
    const before = fetchMock.mock.calls.length;
    await accept.trigger('click');
    await flushPromises();
    expect(answered).toEqual({
      applicationId: APPLICATION_ID,
      cityId: waiblingen.id,
      accept: true,
    });
    expect(fetchMock.mock.calls.length).toBe(before + 2); // the answer, then the application again
    expect(wrapper.get('[role="status"]').text()).toBe('Waiblingen hat zugesagt.');
  });

  it('goes back to the list after declining when the application is no longer visible', async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    let visible: FundingApplicationDetails | null = sampleApplication({
      viewerCanManage: false,
      allowedTransitions: [],
      viewerCanEditBudgetOf: [],
      viewerPendingInvitationCityIds: [waiblingen.id],
    });
    const { wrapper, router } = await openPage(
      () => visible,
      (operation, variables) => {
        if (operation === 'FundingApplications') return { data: { fundingApplications: [] } };
        expect(variables.accept).toBe(false);
        visible = null;
        return success('respondToApplicationInvite', { id: APPLICATION_ID });
      },
      officerOf(waiblingen),
    );
    await buttonNamed(wrapper, 'Absagen').trigger('click');
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('funding-applications'), {
      timeout: 10_000,
    });
    await flushPromises();
    expect(window.confirm).toHaveBeenCalledWith('Wollen Sie für Waiblingen wirklich absagen?');
    expect(wrapper.get('[role="status"]').text()).toBe('Waiblingen hat abgesagt.');
  });

  it('shows other cities’ lines read only and the own ones in an editor', async () => {
    const { wrapper } = await openPage(sampleApplication());
    const budget = section(wrapper, 'Kosten der Partnerkommunen');
    const [own, other] = budget.findAll('section');
    expect(own?.find('form').exists()).toBe(true);
    expect(own?.get('button[type="submit"]').text()).toBe(
      'Budget von Esslingen am Neckar speichern',
    );
    expect(other?.find('form').exists()).toBe(false);
    expect(
      other?.findAll('tbody tr').map((row) => row.findAll('td').map((cell) => text(cell))),
    ).toEqual([
      ['Personal', 'Projektleitung', '12.500,50 €', 'ja'],
      ['Schulungen Kostenart im Programm nicht förderfähig', 'Schulung', '2.000,00 €', 'ja'],
    ]);
  });

  it('saves the edited budget in cents against the version it started from', async () => {
    let sent: unknown;
    const saved = sampleApplication();
    const { wrapper } = await openPage(sampleApplication(), (operation, variables) => {
      if (operation !== 'SetBudgetLines') return { data: {} };
      sent = variables.input;
      const lead = saved.partners[0];
      if (lead) {
        lead.budgetVersion = 3;
        lead.lines = [
          {
            ...(lead.lines[0] ?? { id: 'l1', position: 0 }),
            category: 'HARDWARE_SOFTWARE',
            description: 'Fachverfahren',
            amount: '5500000',
            eligible: true,
          },
          {
            id: 'l9',
            position: 1,
            category: 'PERSONNEL',
            description: 'Einführung',
            amount: '1234567',
            eligible: false,
          },
        ];
      }
      return success('setBudgetLines', saved);
    });
    const editor = section(wrapper, 'Kosten der Partnerkommunen').get('form');
    expect(editor.get('label[for$="-amount"]').text()).toBe('Betrag in €, Zeile 1');
    await buttonNamed(wrapper, 'Zeile hinzufügen').trigger('click');
    const inputs = editor.findAll('tbody tr')[1];
    await inputs?.get('select').setValue('PERSONNEL');
    await inputs?.get('input[type="text"]').setValue('Einführung');
    await inputs?.get('input[inputmode="decimal"]').setValue('12.345,67');
    await inputs?.get('input[type="checkbox"]').setValue(false);
    expect(editor.text()).toContain('Ungespeicherte Änderungen');
    await editor.trigger('submit');
    await flushPromises();

    expect(sent).toEqual({
      applicationId: APPLICATION_ID,
      cityId: esslingen.id,
      expectedBudgetVersion: 2,
      lines: [
        {
          category: 'HARDWARE_SOFTWARE',
          description: 'Fachverfahren',
          amount: '5500000',
          eligible: true,
        },
        { category: 'PERSONNEL', description: 'Einführung', amount: '1234567', eligible: false },
      ],
    });
    expect(editor.get('[role="status"]').text()).toBe(
      'Das Budget von Esslingen am Neckar wurde gespeichert.',
    );
    expect(editor.text()).not.toContain('Ungespeicherte Änderungen');
    const amounts = editor.findAll<HTMLInputElement>('input[inputmode="decimal"]');
    expect(amounts.map((input) => input.element.value)).toEqual(['55.000,00', '12.345,67']);
  });

  it('checks amounts before sending and puts focus on the error summary', async () => {
    const { wrapper, fetchMock } = await openPage(sampleApplication());
    const before = fetchMock.mock.calls.length;
    const editor = section(wrapper, 'Kosten der Partnerkommunen').get('form');
    await editor.get('input[inputmode="decimal"]').setValue('1,234');
    await editor.trigger('submit');
    await flushPromises();

    expect(fetchMock.mock.calls.length).toBe(before);
    const summary = editor.get('[role="alert"]');
    expect(document.activeElement).toBe(summary.element);
    expect(summary.text()).toContain('Das Budget von Esslingen am Neckar wurde nicht gespeichert.');
    const link = summary.get('a');
    expect(link.text()).toContain('Zeile 1: Geben Sie einen Betrag in Euro an');
    const amount = editor.get('input[inputmode="decimal"]');
    expect(link.attributes('href')).toBe(`#${amount.attributes('id')}`);
    expect(amount.attributes('aria-invalid')).toBe('true');
    await link.trigger('click');
    expect(document.activeElement).toBe(amount.element);
  });

  it('shows the server’s field errors at the right row', async () => {
    const twoLines = sampleApplication();
    const lead = twoLines.partners[0];
    if (lead) {
      lead.lines = [
        ...lead.lines,
        {
          id: 'l4',
          position: 1,
          category: 'PERSONNEL',
          description: 'Betrieb',
          amount: '100',
          eligible: true,
        },
      ];
    }
    const { wrapper } = await openPage(twoLines, () => ({
      data: {
        setBudgetLines: {
          __typename: 'ValidationError',
          message: 'Invalid input',
          fieldErrors: [{ path: 'input.lines.1.amount', message: 'Too large.' }],
        },
      },
    }));
    const editor = section(wrapper, 'Kosten der Partnerkommunen').get('form');
    await editor.trigger('submit');
    await flushPromises();

    const amounts = editor.findAll('input[inputmode="decimal"]');
    expect(amounts[0]?.attributes('aria-invalid')).toBeUndefined();
    expect(amounts[1]?.attributes('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(editor.get('[role="alert"]').element);
    expect(editor.get('[role="alert"] a').text()).toContain('Zeile 2:');
  });

  it('explains a version conflict and loads the current budget on request', async () => {
    const newer = sampleApplication();
    const lead = newer.partners[0];
    if (lead) {
      lead.budgetVersion = 5;
      lead.lines = [
        {
          id: 'l7',
          position: 0,
          category: 'PERSONNEL',
          description: 'Neu',
          amount: '700',
          eligible: true,
        },
      ];
    }
    let current = sampleApplication();
    const { wrapper } = await openPage(
      () => current,
      (operation) => {
        if (operation !== 'SetBudgetLines') return { data: {} };
        // Someone else saved first: from now on the server has the newer lines.
        current = newer;
        return {
          data: {
            setBudgetLines: {
              __typename: 'VersionConflictError',
              message: 'Changed',
              entity: 'BudgetLines',
              currentVersion: 5,
            },
          },
        };
      },
    );
    const editor = section(wrapper, 'Kosten der Partnerkommunen').get('form');
    await editor.get('input[type="text"]').setValue('Meine Änderung');
    await editor.trigger('submit');
    await flushPromises();

    const alert = editor.get('[role="alert"]');
    expect(document.activeElement).toBe(alert.element);
    expect(alert.text()).toContain(
      'Jemand anderes hat das Budget von Esslingen am Neckar inzwischen geändert.',
    );
    // The user's input stays until they choose to load the other version.
    expect((editor.get('input[type="text"]').element as HTMLInputElement).value).toBe(
      'Meine Änderung',
    );
    await buttonNamed(wrapper, 'Aktuelle Fassung laden').trigger('click');
    await flushPromises();
    expect((editor.get('input[type="text"]').element as HTMLInputElement).value).toBe('Neu');
    expect(editor.get('[role="status"]').text()).toBe(
      'Die aktuelle Fassung des Budgets von Esslingen am Neckar wurde geladen.',
    );
    expect(editor.find('[role="alert"]').exists()).toBe(false);
  });

  it('offers the allowed steps and explains why submitting was refused', async () => {
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    let sent: unknown;
    const { wrapper } = await openPage(
      sampleApplication({ status: 'INTERNAL_REVIEW', allowedTransitions: ['SUBMITTED', 'DRAFT'] }),
      (operation, variables) => {
        if (operation !== 'TransitionFundingApplication') return { data: {} };
        sent = variables.input;
        return {
          data: {
            transitionFundingApplication: {
              __typename: 'ConflictError',
              message: 'Partners pending',
              reason: 'PARTNERS_PENDING',
            },
          },
        };
      },
    );
    const workflow = section(wrapper, 'Verfahrensstand');
    expect(workflow.findAll('fieldset button').map((b) => b.text())).toEqual([
      'Einreichen',
      'Zurück in den Entwurf',
    ]);
    await workflow.get('textarea').setValue('Alles geprüft');
    await buttonNamed(wrapper, 'Einreichen').trigger('click');
    await flushPromises();

    expect(window.confirm).toHaveBeenCalled();
    expect(sent).toEqual({
      applicationId: APPLICATION_ID,
      from: 'INTERNAL_REVIEW',
      to: 'SUBMITTED',
      comment: 'Alles geprüft',
    });
    const alert = wrapper.get('.funding-application > [role="alert"], [role="alert"]');
    expect(alert.text()).toContain('Es gibt noch offene Einladungen');
    expect(document.activeElement).toBe(alert.element);
  });

  it('moves the application on and lists the step in the history', async () => {
    const moved = sampleApplication({
      status: 'INTERNAL_REVIEW',
      allowedTransitions: ['DRAFT', 'SUBMITTED'],
      transitions: [
        {
          from: 'DRAFT',
          to: 'INTERNAL_REVIEW',
          actorName: 'Fritz Förder',
          comment: 'Bitte prüfen',
          at: '2026-11-21T09:05:00Z',
        },
      ],
    });
    const { wrapper } = await openPage(sampleApplication(), () =>
      success('transitionFundingApplication', moved),
    );
    await buttonNamed(wrapper, 'Zur internen Prüfung').trigger('click');
    await flushPromises();
    expect(wrapper.get('[role="status"]').text()).toBe(
      'Der Antrag hat jetzt den Status „Interne Prüfung“.',
    );
    const entries = section(wrapper, 'Verfahrensstand').findAll('ol > li');
    expect(entries).toHaveLength(1);
    const [step, meta, comment] = entries[0]?.findAll('span, p') ?? [];
    expect(step?.text()).toBe('Entwurf → Interne Prüfung');
    expect(meta?.text()).toMatch(/^21\.11\.2026, \d\d:05 von Fritz Förder$/);
    expect(comment?.text()).toBe('Bitte prüfen');
  });

  describe('application details', () => {
    const OTHER_MODEL_ID = btoa('ProcessModel:00000000-0000-4000-8000-000000000002');
    const formOptions = {
      data: {
        fundingProgrammes: [],
        cities: { edges: [] },
        processModels: {
          edges: [
            { node: { id: MODEL_ID, title: 'Gewerbeanmeldung', city: esslingen } },
            { node: { id: OTHER_MODEL_ID, title: 'Gewerbeummeldung', city: ludwigsburg } },
          ],
        },
      },
    };

    async function openEditor(respond: Respond, application = () => sampleApplication()) {
      const opened = await openPage(application, (operation, variables) =>
        operation === 'FundingApplicationFormOptions' ? formOptions : respond(operation, variables),
      );
      const edit = section(opened.wrapper, 'Antragsdaten');
      await buttonNamed(edit, 'Titel, Kurzbeschreibung und Prozessmodelle bearbeiten').trigger(
        'click',
      );
      await flushPromises();
      return { ...opened, edit };
    }

    it('saves title, summary and models against the version the form opened at', async () => {
      let sent: unknown;
      const { wrapper, edit } = await openEditor((operation, variables) => {
        if (operation !== 'UpdateFundingApplication') return { data: {} };
        sent = variables.input;
        return success(
          'updateFundingApplication',
          sampleApplication({ title: 'Gewerbe digital im Verbund', summary: '', version: 4 }),
        );
      });
      const title = edit.get<HTMLInputElement>('#funding-application-title');
      expect(title.element.value).toBe('Digitale Gewerbeanmeldung im Verbund');
      expect(document.activeElement).toBe(title.element);
      const boxes = edit.findAll<HTMLInputElement>('input[type="checkbox"]');
      expect(boxes.map((box) => box.element.checked)).toEqual([true, false]);
      await title.setValue('  Gewerbe digital im Verbund ');
      await edit.get('textarea').setValue('');
      await boxes[1]?.setValue(true);
      await edit.get('form').trigger('submit');
      await flushPromises();

      expect(sent).toEqual({
        applicationId: APPLICATION_ID,
        expectedVersion: 3,
        title: 'Gewerbe digital im Verbund',
        summary: '',
        processModelIds: [MODEL_ID, OTHER_MODEL_ID],
      });
      expect(wrapper.get('h1').text()).toBe('Gewerbe digital im Verbund');
      expect(text(edit.get('[role="status"]'))).toBe('Die Antragsdaten wurden gespeichert.');
      expect(edit.find('form').exists()).toBe(false);
      expect(document.activeElement?.textContent?.trim()).toBe(
        'Titel, Kurzbeschreibung und Prozessmodelle bearbeiten',
      );
    });

    it('refuses an empty title at the field without asking the server', async () => {
      const sent: string[] = [];
      const { edit } = await openEditor((operation) => {
        sent.push(operation);
        return { data: {} };
      });
      const title = edit.get<HTMLInputElement>('#funding-application-title');
      await title.setValue('   ');
      await edit.get('form').trigger('submit');
      await flushPromises();
      expect(sent).not.toContain('UpdateFundingApplication');
      expect(title.attributes('aria-invalid')).toBe('true');
      expect(document.activeElement).toBe(title.element);
    });

    it('keeps the input on a conflict and sends it again against the reloaded version', async () => {
      let current = sampleApplication();
      const sent: { expectedVersion: number; title: string }[] = [];
      const { wrapper, edit } = await openEditor(
        (operation, variables) => {
          if (operation !== 'UpdateFundingApplication') return { data: {} };
          sent.push(variables.input as { expectedVersion: number; title: string });
          if (sent.length === 1) {
            // Meanwhile a colleague renamed the application.
            current = sampleApplication({ title: 'Gewerbeanmeldung online', version: 4 });
            return {
              data: {
                updateFundingApplication: {
                  __typename: 'VersionConflictError',
                  message: 'FundingApplication was changed',
                  currentVersion: 4,
                },
              },
            };
          }
          return success(
            'updateFundingApplication',
            sampleApplication({ title: 'Mein Titel', version: 5 }),
          );
        },
        () => current,
      );
      await edit.get('#funding-application-title').setValue('Mein Titel');
      await edit.get('form').trigger('submit');
      await flushPromises();

      const alert = edit.get('[role="alert"]');
      expect(document.activeElement).toBe(alert.element);
      expect(text(alert)).toContain('Jemand anderes hat die Antragsdaten inzwischen geändert.');
      await buttonNamed(alert, 'Aktuellen Stand laden').trigger('click');
      await flushPromises();
      expect(wrapper.get('h1').text()).toBe('Gewerbeanmeldung online');
      expect(text(edit.get('[role="status"]'))).toContain('Ihre Eingaben sind erhalten');
      expect(edit.get<HTMLInputElement>('#funding-application-title').element.value).toBe(
        'Mein Titel',
      );

      await edit.get('form').trigger('submit');
      await flushPromises();
      expect(sent.map((input) => [input.expectedVersion, input.title])).toEqual([
        [3, 'Mein Titel'],
        [4, 'Mein Titel'],
      ]);
      expect(wrapper.get('h1').text()).toBe('Mein Titel');
    });

    it('are not offered to a partner city, nor once the application is closed', async () => {
      for (const application of [
        sampleApplication({ viewerCanManage: false }),
        sampleApplication({ status: 'CLOSED' }),
      ]) {
        const { wrapper } = await openPage(application);
        expect(wrapper.findAll('h2').map((h) => h.text())).not.toContain('Antragsdaten');
        expect(wrapper.text()).not.toContain('Titel, Kurzbeschreibung und Prozessmodelle');
        wrapper.unmount();
      }
    });
  });

  it('says so when the application does not exist or is not visible', async () => {
    const { wrapper } = await openPage(null);
    expect(wrapper.text()).toContain(
      'Diesen Förderantrag gibt es nicht, oder Sie dürfen ihn nicht sehen.',
    );
  });
});
