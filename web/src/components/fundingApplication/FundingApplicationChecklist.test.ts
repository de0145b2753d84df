import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import type { ChecklistItem } from '../../composables/useFundingChecklist.ts';
import { createAppI18n } from '../../i18n/index.ts';
import FundingApplicationChecklist from './FundingApplicationChecklist.vue';

const esslingen = { id: 'c1', name: 'Esslingen am Neckar' };
const ludwigsburg = { id: 'c2', name: 'Ludwigsburg' };
const SHA = 'a3f1c09e7b2d44e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d';

const items: ChecklistItem[] = [
  {
    requirement: 'Projektskizze',
    isLetterOfIntent: false,
    city: esslingen,
    state: 'UPLOADED',
    document: {
      id: 'd1',
      fileName: 'projektskizze.pdf',
      mediaType: 'application/pdf',
      sizeBytes: 1_258_291,
      sha256: SHA,
      notApplicableReason: null,
      updatedByName: 'Fiona Funding',
      updatedAt: '2026-11-20T09:30:00.000Z',
      downloadUrl: '/files/application-documents/d1',
    },
  },
  {
    requirement: 'Finanzierungsplan',
    isLetterOfIntent: false,
    city: esslingen,
    state: 'NOT_APPLICABLE',
    document: {
      id: 'd2',
      fileName: null,
      mediaType: null,
      sizeBytes: null,
      sha256: null,
      notApplicableReason: 'Steht im Antragsformular.',
      updatedByName: 'Fiona Funding',
      updatedAt: '2026-11-20T10:00:00.000Z',
      downloadUrl: null,
    },
  },
  {
    requirement: 'Stellungnahme Datenschutz',
    isLetterOfIntent: false,
    city: esslingen,
    state: 'MISSING',
    document: null,
  },
  { requirement: '', isLetterOfIntent: true, city: ludwigsburg, state: 'MISSING', document: null },
];

interface Sent {
  url: string;
  body: BodyInit | null | undefined;
}

/** A /graphql endpoint that answers every mutation with `answer` and records what it got. */
function fakeServer(answer: (operation: string) => unknown) {
  const sent: Sent[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    sent.push({ url: String(input), body: init?.body });
    const query =
      init?.body instanceof FormData
        ? (JSON.parse(String(init.body.get('operations'))) as { query: string }).query
        : (JSON.parse(String(init?.body)) as { query: string }).query;
    const operation = /mutation\s+(\w+)/.exec(query)?.[1] ?? '';
    return new Response(JSON.stringify(answer(operation)), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchMock);
  return sent;
}

const success = (operation: string) => ({
  data: {
    [operation === 'UploadApplicationDocument'
      ? 'uploadApplicationDocument'
      : 'markDocumentNotApplicable']: {
      __typename: `Mutation${operation}Success`,
      data: { id: 'app1' },
    },
  },
});

function conflict(operation: string, reason: string) {
  const field =
    operation === 'UploadApplicationDocument'
      ? 'uploadApplicationDocument'
      : 'markDocumentNotApplicable';
  return {
    data: { [field]: { __typename: 'ConflictError', message: 'refused', reason } },
  };
}

function mountChecklist(editableCityIds = ['c1']) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/', component: { render: () => null } }],
  });
  return mount(FundingApplicationChecklist, {
    attachTo: document.body,
    props: { applicationId: 'app1', items, editableCityIds },
    global: { plugins: [createAppI18n('de'), router] },
  });
}

type Wrapper = ReturnType<typeof mountChecklist>;

const text = (element: { text(): string }) => element.text().replace(/\s+/g, ' ').trim();

function article(wrapper: Wrapper, index: number) {
  const found = wrapper.findAll('article')[index];
  if (!found) throw new Error(`no checklist item ${index}`);
  return found;
}

function facts(wrapper: Wrapper, index: number): Record<string, string> {
  return Object.fromEntries(
    article(wrapper, index)
      .findAll('dl > div')
      .map((row) => [row.get('dt').text(), text(row.get('dd'))]),
  );
}

async function chooseFile(wrapper: Wrapper, index: number, file: File) {
  const input = article(wrapper, index).get('input[type="file"]');
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true });
  await input.trigger('change');
  return input;
}

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('FundingApplicationChecklist', () => {
  it('names each item and says its state in words, with file, size and short checksum', () => {
    const wrapper = mountChecklist();

    expect(wrapper.get('p').text()).toBe(
      '2 von 4 Unterlagen erledigt (hochgeladen oder nicht zutreffend).',
    );
    expect(wrapper.get('ul').attributes('aria-label')).toBe('Unterlagen des Förderantrags');
    expect(wrapper.findAll('h3').map((heading) => heading.text())).toEqual([
      'Projektskizze',
      'Finanzierungsplan',
      'Stellungnahme Datenschutz',
      'Absichtserklärung Ludwigsburg',
    ]);
    expect(facts(wrapper, 0)).toEqual({
      'Zuständige Kommune': 'Esslingen am Neckar',
      Stand: 'hochgeladen',
      Datei: 'projektskizze.pdf herunterladen',
      Größe: '1,2 MB',
      'Prüfsumme (SHA-256)': 'a3f1c09e7b2d… (gekürzt)',
      'Zuletzt geändert': expect.stringMatching(/^Fiona Funding am 20\.11\.2026, \d\d:30$/),
    });
    const download = article(wrapper, 0).get('dd a');
    expect(download.attributes('href')).toBe('/files/application-documents/d1');
    expect(download.attributes('download')).toBeDefined();
    expect(article(wrapper, 0).get('code').attributes('title')).toBe(SHA);

    expect(facts(wrapper, 1)).toMatchObject({
      Stand: 'nicht zutreffend',
      Begründung: 'Steht im Antragsformular.',
    });
    expect(facts(wrapper, 2)).toEqual({
      'Zuständige Kommune': 'Esslingen am Neckar',
      Stand: 'fehlt',
    });
    expect(facts(wrapper, 3)).toEqual({ 'Zuständige Kommune': 'Ludwigsburg', Stand: 'fehlt' });
  });

  it('offers upload and "Nicht zutreffend" only for the cities the viewer may edit', () => {
    const wrapper = mountChecklist(['c1']);

    for (const index of [0, 1, 2]) {
      const item = article(wrapper, index);
      const name = item.get('h3').text();
      const input = item.get('input[type="file"]');
      expect(item.get(`label[for="${input.attributes('id')}"]`).text()).toBe(`Datei für „${name}“`);
      expect(input.attributes('accept')).toBe('.pdf,.docx,.xlsx,.odt,.ods,.png,.jpg,.jpeg');
      expect(item.findAll('button').map((button) => button.text())).toEqual([
        'Hochladen',
        'Nicht zutreffend',
        'Als nicht zutreffend speichern',
        'Abbrechen',
      ]);
    }
    const partner = article(wrapper, 3);
    expect(partner.find('input').exists()).toBe(false);
    expect(partner.find('button').exists()).toBe(false);

    const none = mountChecklist([]);
    expect(none.find('input').exists()).toBe(false);
    expect(none.find('button').exists()).toBe(false);
  });

  it('refuses a file over 20 MB before sending it, and says so at the field', async () => {
    const sent = fakeServer(success);
    const wrapper = mountChecklist();
    const tooLarge = new File([new Uint8Array(21 * 1024 * 1024)], 'scan.pdf', {
      type: 'application/pdf',
    });

    const input = await chooseFile(wrapper, 2, tooLarge);
    await article(wrapper, 2).get('form').trigger('submit');
    await flushPromises();

    const errorId = `${input.attributes('id')}-error`;
    expect(document.getElementById(errorId)?.textContent).toBe(
      'Die Datei „scan.pdf“ ist 21 MB groß, erlaubt sind höchstens 20 MB. Verkleinern Sie die Datei, zum Beispiel mit geringerer Bildauflösung, oder teilen Sie sie auf.',
    );
    expect(input.attributes('aria-invalid')).toBe('true');
    expect(input.attributes('aria-describedby')).toContain(errorId);
    expect(document.activeElement).toBe(input.element);
    expect(sent).toEqual([]);
  });

  it('asks for a file before uploading', async () => {
    const sent = fakeServer(success);
    const wrapper = mountChecklist();
    await article(wrapper, 2).get('form').trigger('submit');
    await flushPromises();

    expect(article(wrapper, 2).get('.field-error').text()).toBe(
      'Wählen Sie zuerst eine Datei aus.',
    );
    expect(document.activeElement).toBe(article(wrapper, 2).get('input').element);
    expect(sent).toEqual([]);
  });

  it('uploads as a GraphQL multipart request and reports success', async () => {
    const sent = fakeServer(success);
    const wrapper = mountChecklist();
    const file = new File(['%PDF-1.7 …'], 'stellungnahme.pdf', { type: 'application/pdf' });

    await chooseFile(wrapper, 2, file);
    await article(wrapper, 2).get('form').trigger('submit');
    await flushPromises();

    expect(sent).toHaveLength(1);
    const [{ url, body } = { url: '', body: null }] = sent;
    expect(url).toBe('/graphql');
    if (!(body instanceof FormData)) throw new Error('expected a multipart body');
    expect([...body.keys()]).toEqual(['operations', 'map', '0']);
    const operations = JSON.parse(String(body.get('operations')));
    expect(operations.query).toContain('mutation UploadApplicationDocument');
    expect(operations.variables).toEqual({
      input: {
        applicationId: 'app1',
        cityId: 'c1',
        requirement: 'Stellungnahme Datenschutz',
        file: null,
      },
    });
    expect(JSON.parse(String(body.get('map')))).toEqual({ 0: ['variables.input.file'] });
    const part = body.get('0');
    expect(part).toBeInstanceOf(File);
    expect((part as File).name).toBe('stellungnahme.pdf');

    expect(text(article(wrapper, 2).get('[role="status"]'))).toBe(
      '„Stellungnahme Datenschutz“ ist hochgeladen: stellungnahme.pdf.',
    );
    expect(wrapper.emitted('changed')).toHaveLength(1);
    expect((article(wrapper, 2).get('input').element as HTMLInputElement).value).toBe('');
  });

  it('words a refused file type and puts focus on the message', async () => {
    fakeServer((operation) => conflict(operation, 'FILE_TYPE_NOT_ALLOWED'));
    const wrapper = mountChecklist();
    await chooseFile(wrapper, 2, new File(['MZ'], 'tool.pdf'));
    await article(wrapper, 2).get('form').trigger('submit');
    await flushPromises();

    const alert = article(wrapper, 2).get('[role="alert"]');
    expect(alert.text()).toBe(
      'Dateityp nicht erlaubt: nur PDF, DOCX, XLSX, ODT, ODS, PNG oder JPG – geprüft wird der Inhalt, nicht die Endung.',
    );
    expect(document.activeElement).toBe(alert.element);
    expect(wrapper.emitted('changed')).toBeUndefined();
  });

  it('marks an item not applicable with a required reason', async () => {
    const sent = fakeServer(success);
    const wrapper = mountChecklist();
    const item = article(wrapper, 2);
    const toggle = item.findAll('button').find((b) => b.text() === 'Nicht zutreffend');
    expect(toggle?.attributes('aria-expanded')).toBe('false');
    await toggle?.trigger('click');
    await flushPromises();
    expect(toggle?.attributes('aria-expanded')).toBe('true');
    const field = item.get('textarea');
    expect(document.activeElement).toBe(field.element);
    expect(item.get(`label[for="${field.attributes('id')}"]`).text()).toBe(
      'Begründung, warum „Stellungnahme Datenschutz“ nicht zutreffend ist',
    );

    const form = item.findAll('form')[1];
    await form?.trigger('submit');
    await flushPromises();
    expect(item.get('.field-error').text()).toBe('Geben Sie eine Begründung an.');
    expect(field.attributes('aria-invalid')).toBe('true');
    expect(sent).toEqual([]);

    await field.setValue('  Kein Datenschutzbezug.  ');
    await form?.trigger('submit');
    await flushPromises();

    expect(JSON.parse(String(sent[0]?.body)).variables).toEqual({
      input: {
        applicationId: 'app1',
        cityId: 'c1',
        requirement: 'Stellungnahme Datenschutz',
        reason: 'Kein Datenschutzbezug.',
      },
    });
    expect(text(item.get('[role="status"]'))).toBe(
      '„Stellungnahme Datenschutz“ ist als nicht zutreffend markiert.',
    );
    expect(toggle?.attributes('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(toggle?.element);
    expect(wrapper.emitted('changed')).toHaveLength(1);
  });

  it('tells a closed application apart and lets the page reload it', async () => {
    fakeServer((operation) => conflict(operation, 'APPLICATION_CLOSED'));
    const wrapper = mountChecklist();
    await chooseFile(wrapper, 0, new File(['%PDF'], 'neu.pdf'));
    await article(wrapper, 0).get('form').trigger('submit');
    await flushPromises();

    expect(article(wrapper, 0).get('[role="alert"]').text()).toBe(
      'Der Förderantrag ist abgeschlossen. Seine Unterlagen können nicht mehr geändert werden.',
    );
    expect(wrapper.emitted('changed')).toHaveLength(1);
  });
});
