import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { mockGraphqlFetch } from '../../testing/graphqlFetchMock.ts';
import { cleanUpAfterEach, collabPlugins, graphqlError } from './collabTesting.ts';
import ProcessCommentsPanel from './ProcessCommentsPanel.vue';

const xml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d1">
  <bpmn:process id="p1">
    <bpmn:userTask id="Task_Pruefen" name="Antrag&#10;prüfen" />
    <bpmn:endEvent id="End_1" />
  </bpmn:process>
</bpmn:definitions>`;

interface FakeComment {
  id: string;
  body: string;
  authorName: string;
  createdAt: string;
  elementId: string | null;
  versionNumber: number | null;
  resolved: boolean;
  resolvedAt: string | null;
  replies: FakeComment[];
}

function comment(overrides: Partial<FakeComment> & { id: string; body: string }): FakeComment {
  return {
    authorName: 'Olivia Owner',
    createdAt: '2026-11-20T09:30:00Z',
    elementId: null,
    versionNumber: 2,
    resolved: false,
    resolvedAt: null,
    replies: [],
    ...overrides,
  };
}

/** A fake API holding the threads; answers the panel's operations. */
function fakeServer(options: { viewerCanEdit?: boolean; threads?: FakeComment[] } = {}) {
  const threads = options.threads ?? [];
  const calls: { operation: string; variables: Record<string, unknown> }[] = [];
  let resolveAnswer: unknown = null;
  const fetchMock = mockGraphqlFetch((operation, variables) => {
    calls.push({ operation, variables });
    switch (operation) {
      case 'ProcessCommentThreads':
        return {
          data: {
            me: { id: 'u9', displayName: 'Petra Prüfer' },
            processModel: {
              id: 'pm1',
              viewerCanEdit: options.viewerCanEdit ?? false,
              latestVersion: { id: 'pv2', number: 2 },
              comments: threads,
            },
          },
        };
      case 'ProcessCommentElementNames':
        return { data: { processModel: { id: 'pm1', latestVersion: { id: 'pv2', xml } } } };
      case 'AddProcessComment': {
        const created = comment({
          id: `c${threads.length + 10}`,
          body: String(variables.body),
          authorName: 'Petra Prüfer',
          createdAt: '2026-11-21T10:00:00Z',
          elementId: (variables.elementId as string | null) ?? null,
        });
        const parent = threads.find((thread) => thread.id === variables.parentId);
        if (parent) parent.replies.push(created);
        else threads.push(created);
        return {
          data: {
            addComment: { __typename: 'MutationAddCommentSuccess', data: { id: created.id } },
          },
        };
      }
      case 'ResolveProcessComment':
        return resolveAnswer;
      default:
        throw new Error(`Unexpected operation ${operation}`);
    }
  });
  return {
    calls,
    fetchMock,
    answerResolve: (answer: unknown) => {
      resolveAnswer = answer;
    },
  };
}

async function mountPanel(props: { selectedElementId?: string | null } = {}) {
  const { plugins } = collabPlugins();
  const wrapper = mount(ProcessCommentsPanel, {
    props: { modelId: 'pm1', ...props },
    attachTo: document.body,
    global: { plugins },
  });
  await flushPromises();
  return wrapper;
}

cleanUpAfterEach();

describe('ProcessCommentsPanel', () => {
  it('shows threads oldest first with replies, author, date, element and resolved state', async () => {
    fakeServer({
      threads: [
        comment({
          id: 'c1',
          body: 'Fehlt hier nicht die Prüfung der Unterlagen?',
          elementId: 'Task_Pruefen',
          resolved: true,
          resolvedAt: '2026-11-21T08:00:00Z',
          replies: [
            comment({
              id: 'c2',
              body: 'Ist ergänzt.',
              authorName: 'Anna Admin',
              versionNumber: null,
            }),
          ],
        }),
        comment({ id: 'c3', body: 'Zweiter Punkt', createdAt: '2026-11-21T07:00:00Z' }),
      ],
    });
    const wrapper = await mountPanel();

    expect(wrapper.get('h2').text()).toBe('Kommentare');
    const threads = wrapper.findAll('ol[aria-label="Diskussionen, älteste zuerst"] > li');
    expect(threads).toHaveLength(2);
    const first = threads[0]?.text() ?? '';
    expect(first).toContain('Olivia Owner');
    expect(first).toContain('20.11.2026');
    expect(first).toContain('zu Version 2');
    expect(first).toContain('zu Element: Antrag prüfen');
    expect(first).toContain('Erledigt');
    expect(first).toContain('Erledigt am 21.11.2026');
    expect(threads[0]?.get('ol[aria-label="Antworten"]').text()).toMatch(
      /Anna Admin.*Ist ergänzt\./s,
    );
    expect(threads[1]?.text()).toContain('Zweiter Punkt');
    expect(threads[1]?.text()).not.toContain('Erledigt');
    expect(wrapper.text()).toContain(
      'Mit @name@stadt.de erwähnen Sie Kolleginnen und Kollegen; sie werden benachrichtigt.',
    );
    // Only the author (by name) or the process owners may resolve; the viewer is neither.
    expect(wrapper.findAll('button').map((button) => button.text())).not.toContain(
      'Als erledigt markieren',
    );
  });

  it('posts a comment attached to the selected element; it appears in the list', async () => {
    const server = fakeServer();
    const wrapper = await mountPanel({ selectedElementId: 'Task_Pruefen' });
    expect(wrapper.text()).toContain('Zu diesem Prozessmodell gibt es noch keine Kommentare.');

    const field = wrapper.get('textarea');
    expect(wrapper.get(`label[for="${field.attributes('id')}"]`).text()).toBe('Ihr Kommentar');
    await field.setValue('Bitte @kim@esslingen.demo prüfen.');
    await wrapper.get('input[type="checkbox"]').setValue(true);
    expect(wrapper.get('.comment-attach').text()).toBe(
      'An das ausgewählte Element heften (Antrag prüfen)',
    );
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(server.calls.find((call) => call.operation === 'AddProcessComment')?.variables).toEqual({
      modelId: 'pm1',
      body: 'Bitte @kim@esslingen.demo prüfen.',
      elementId: 'Task_Pruefen',
      versionId: 'pv2',
      parentId: null,
    });
    expect(wrapper.get('[role="status"]').text()).toBe('Ihr Kommentar wurde veröffentlicht.');
    const thread = wrapper.get('ol[aria-label="Diskussionen, älteste zuerst"] > li');
    expect(thread.text()).toContain('Bitte @kim@esslingen.demo prüfen.');
    expect(thread.text()).toContain('zu Element: Antrag prüfen');
    expect((wrapper.get('textarea').element as HTMLTextAreaElement).value).toBe('');
    expect(wrapper.emitted('changed')).toHaveLength(1);
  });

  it('asks for text instead of posting an empty comment', async () => {
    const server = fakeServer();
    const wrapper = await mountPanel();

    await wrapper.get('textarea').setValue('   ');
    await wrapper.get('form').trigger('submit');

    const field = wrapper.get('textarea');
    expect(field.attributes('aria-invalid')).toBe('true');
    expect(wrapper.text()).toContain('Schreiben Sie zuerst einen Kommentar.');
    expect(document.activeElement).toBe(field.element);
    expect(server.calls.map((call) => call.operation)).not.toContain('AddProcessComment');
  });

  it('replies to a thread and returns focus to its reply button', async () => {
    const server = fakeServer({ threads: [comment({ id: 'c1', body: 'Frage' })] });
    const wrapper = await mountPanel();

    const replyButton = wrapper.findAll('button').find((button) => button.text() === 'Antworten');
    await replyButton?.trigger('click');
    const replyField = wrapper.get('textarea[id$="-reply"]');
    expect(document.activeElement).toBe(replyField.element);
    expect(wrapper.get(`label[for="${replyField.attributes('id')}"]`).text()).toBe(
      'Ihre Antwort an Olivia Owner',
    );
    await replyField.setValue('Antwort darauf');
    await wrapper.get('form:has(textarea[id$="-reply"])').trigger('submit');
    await flushPromises();

    expect(server.calls.find((call) => call.operation === 'AddProcessComment')?.variables).toEqual({
      modelId: 'pm1',
      body: 'Antwort darauf',
      elementId: null,
      versionId: null,
      parentId: 'c1',
    });
    expect(wrapper.get('ol[aria-label="Antworten"]').text()).toContain('Antwort darauf');
    expect(wrapper.find('textarea[id$="-reply"]').exists()).toBe(false);
    expect(document.activeElement).toBe(replyButton?.element);
    expect(wrapper.get('[role="status"]').text()).toBe('Ihre Antwort wurde veröffentlicht.');
  });

  it('explains in German who may resolve when the API refuses (FORBIDDEN)', async () => {
    // A namesake of the author: the button shows, the API says no.
    const server = fakeServer({
      threads: [comment({ id: 'c1', body: 'Frage', authorName: 'Petra Prüfer' })],
    });
    server.answerResolve(graphqlError('FORBIDDEN'));
    const wrapper = await mountPanel();

    const resolve = wrapper.get(
      'button[aria-label="Kommentar von Petra Prüfer als erledigt markieren"]',
    );
    expect(resolve.text()).toBe('Als erledigt markieren');
    await resolve.trigger('click');
    await flushPromises();

    const alert = wrapper.get('[role="alert"]');
    expect(alert.text()).toBe(
      'Als erledigt markieren können nur die Verfasserin oder der Verfasser des Kommentars und die Prozessverantwortlichen der Kommune, der das Prozessmodell gehört.',
    );
    expect(document.activeElement).toBe(alert.element);
    expect(wrapper.emitted('changed')).toBeUndefined();
  });

  it('lets process owners mark a thread as resolved', async () => {
    const thread = comment({ id: 'c1', body: 'Frage' });
    const server = fakeServer({ viewerCanEdit: true, threads: [thread] });
    server.answerResolve({
      data: {
        resolveComment: {
          __typename: 'MutationResolveCommentSuccess',
          data: { id: 'c1', resolved: true },
        },
      },
    });
    const wrapper = await mountPanel();
    thread.resolved = true;
    thread.resolvedAt = '2026-11-21T11:00:00Z';

    await wrapper.get('button[aria-label$="als erledigt markieren"]').trigger('click');
    await flushPromises();

    expect(
      server.calls.find((call) => call.operation === 'ResolveProcessComment')?.variables,
    ).toEqual({ commentId: 'c1' });
    expect(wrapper.get('[role="status"]').text()).toBe('Die Diskussion ist als erledigt markiert.');
    expect(wrapper.find('button[aria-label$="als erledigt markieren"]').exists()).toBe(false);
    expect(document.activeElement?.tagName).toBe('ARTICLE');
    expect(wrapper.get('article').text()).toContain('Erledigt am 21.11.2026');
    expect(wrapper.emitted('changed')).toHaveLength(1);
  });
});
