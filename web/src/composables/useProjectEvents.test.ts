import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import { type ProjectEvent, reconnectDelay, useProjectEvents } from './useProjectEvents.ts';

/** A live event stream the test writes into, like a server holding the connection open. */
function openStream() {
  const encoder = new TextEncoder();
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
      c.enqueue(encoder.encode(':\n\n'));
    },
  });
  return {
    response: new Response(body, { headers: { 'content-type': 'text/event-stream' } }),
    send(text: string) {
      controller.enqueue(encoder.encode(text));
    },
    close() {
      controller.close();
    },
  };
}

function projectEvent(kind: string, projectId = 'UHJvamVjdDox') {
  return {
    kind,
    actorName: 'Clara Coordinator',
    at: '2026-11-21T12:00:00.000Z',
    taskId: null,
    project: {
      id: projectId,
      title: 'Bürgerkonto',
      status: 'IN_PROGRESS',
      progressPercent: 40,
      version: 3,
      updatedAt: '2026-11-21T12:00:00.000Z',
    },
  };
}

const next = (payload: unknown) => `event: next\ndata: ${JSON.stringify(payload)}\n\n`;

function mountListener(projectId = ref<string | null>(null)) {
  const events: ProjectEvent[] = [];
  const onReconnect = vi.fn();
  let state!: ReturnType<typeof useProjectEvents>;
  const wrapper = mount(
    defineComponent({
      setup() {
        state = useProjectEvents(
          () => projectId.value,
          (event) => events.push(event),
          { onReconnect },
        );
        return () => h('p');
      },
    }),
  );
  return { wrapper, events, onReconnect, state: () => state, projectId };
}

function requestOf(fetchMock: ReturnType<typeof vi.fn>, call: number) {
  const init = fetchMock.mock.calls[call]?.[1] as RequestInit;
  return { init, variables: JSON.parse(String(init.body)).variables };
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('useProjectEvents', () => {
  it('subscribes on mount, hands on each event and aborts on unmount', async () => {
    const stream = openStream();
    const fetchMock = vi.fn(async () => stream.response);
    vi.stubGlobal('fetch', fetchMock);
    const { wrapper, events, state } = mountListener(ref('UHJvamVjdDox'));
    await flushPromises();

    expect(fetchMock).toHaveBeenCalledTimes(1);
    const { init, variables } = requestOf(fetchMock, 0);
    expect(variables).toEqual({ projectId: 'UHJvamVjdDox' });
    expect(state().connected.value).toBe(true);

    stream.send(next({ data: { projectEvents: projectEvent('STATUS_CHANGED') } }));
    stream.send(next({ data: { projectEvents: projectEvent('COMMENT_ADDED') } }).slice(0, 30));
    await flushPromises();
    expect(events.map((event) => event.kind)).toEqual(['STATUS_CHANGED']);
    stream.send(next({ data: { projectEvents: projectEvent('COMMENT_ADDED') } }).slice(30));
    await vi.waitFor(() => expect(events).toHaveLength(2));
    expect(events[1]?.project.title).toBe('Bürgerkonto');

    wrapper.unmount();
    expect(init.signal?.aborted).toBe(true);
    expect(state().connected.value).toBe(false);
  });

  it('reconnects with backoff after a network error and says when it is back', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const streams: ReturnType<typeof openStream>[] = [];
    let failures = 1;
    const fetchMock = vi.fn(async () => {
      if (failures-- > 0) throw new TypeError('Failed to fetch');
      const stream = openStream();
      streams.push(stream);
      return stream.response;
    });
    vi.stubGlobal('fetch', fetchMock);
    const { wrapper, onReconnect, state } = mountListener();
    await flushPromises();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(state().connected.value).toBe(false);

    await vi.advanceTimersByTimeAsync(reconnectDelay(0, () => 1));
    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(state().connected.value).toBe(true);
    expect(onReconnect).not.toHaveBeenCalled();

    // The server drops the new connection at once: the second delay is twice as long; once
    // back, the page is told to re-read.
    streams[0]?.close();
    await flushPromises();
    expect(state().connected.value).toBe(false);
    await vi.advanceTimersByTimeAsync(reconnectDelay(0, () => 1));
    expect(fetchMock).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(reconnectDelay(1, () => 1) - reconnectDelay(0, () => 1));
    expect(fetchMock).toHaveBeenCalledTimes(3);
    expect(onReconnect).toHaveBeenCalledTimes(1);

    wrapper.unmount();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('gives up when the server says the session is gone', async () => {
    const stream = openStream();
    const fetchMock = vi.fn(async () => stream.response);
    vi.stubGlobal('fetch', fetchMock);
    const { state, events } = mountListener();
    await flushPromises();

    stream.send(
      next({ errors: [{ message: 'Not signed in', extensions: { code: 'UNAUTHENTICATED' } }] }),
    );
    await vi.waitFor(() => expect(state().stopped.value).toBe('UNAUTHENTICATED'));
    // Stopped for good: no reconnect is even scheduled.
    await flushPromises();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(events).toEqual([]);
    expect(state().connected.value).toBe(false);
  });

  it('follows another project when the ID changes', async () => {
    const fetchMock = vi.fn(async () => openStream().response);
    vi.stubGlobal('fetch', fetchMock);
    const { projectId } = mountListener(ref('UHJvamVjdDox'));
    await flushPromises();
    projectId.value = 'UHJvamVjdDoy';
    await flushPromises();

    expect(fetchMock).toHaveBeenCalledTimes(2);
    expect(requestOf(fetchMock, 0).init.signal?.aborted).toBe(true);
    expect(requestOf(fetchMock, 1).variables).toEqual({ projectId: 'UHJvamVjdDoy' });
  });
});

describe('reconnectDelay', () => {
  it('doubles from one second up to half a minute, spread by a quarter either way', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((attempt) => reconnectDelay(attempt, () => 0.5))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000,
    ]);
    expect(reconnectDelay(0, () => 0)).toBe(750);
    expect(reconnectDelay(0, () => 1)).toBe(1_250);
  });
});
