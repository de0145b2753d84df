import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProjectEventsDocument } from '../graphql/generated/graphql.ts';
import { createSseParser, type SseMessage, subscribeGraphqlSse } from './graphqlSse.ts';
import { GraphqlRequestError } from './useGraphql.ts';

function parse(chunks: string[]): SseMessage[] {
  const messages: SseMessage[] = [];
  const parser = createSseParser((message) => messages.push(message));
  for (const chunk of chunks) parser.push(chunk);
  return messages;
}

/** A streamed response body that hands out `chunks` one by one. */
function streamOf(chunks: string[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
}

function eventStreamResponse(body: ReadableStream<Uint8Array>): Response {
  return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
}

const event = (kind: string) =>
  `event: next\ndata: ${JSON.stringify({ data: { projectEvents: { kind } } })}\n\n`;

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('createSseParser', () => {
  it('reads several events of one chunk and skips comments (pings)', () => {
    expect(
      parse([':\n\nevent: next\ndata: {"a":1}\n\n:\n\nevent: next\ndata: {"a":2}\n\n']),
    ).toEqual([
      { event: 'next', data: '{"a":1}' },
      { event: 'next', data: '{"a":2}' },
    ]);
  });

  it('joins lines split anywhere across chunks, also between CR and LF', () => {
    const text =
      'event: next\r\ndata: {"kind":"STATUS_CHANGED"}\r\n\r\nevent: complete\r\ndata:\r\n\r\n';
    const expected = [
      { event: 'next', data: '{"kind":"STATUS_CHANGED"}' },
      { event: 'complete', data: '' },
    ];
    for (let cut = 1; cut < text.length; cut++) {
      expect(parse([text.slice(0, cut), text.slice(cut)]), `cut at ${cut}`).toEqual(expected);
    }
    expect(parse([...text])).toEqual(expected);
  });

  it('keeps multi-line data, defaults the event type and waits for the blank line', () => {
    expect(parse(['data: one\ndata:two\n\n', 'data: incomplete\n'])).toEqual([
      { event: 'message', data: 'one\ntwo' },
    ]);
  });

  it('reads the complete event yoga ends a subscription with', () => {
    expect(parse(['event: complete\n', 'data:\n\n'])).toEqual([{ event: 'complete', data: '' }]);
  });
});

describe('subscribeGraphqlSse', () => {
  it('posts the operation asking for an event stream and hands on each result', async () => {
    const fetchMock = vi.fn(async () =>
      eventStreamResponse(
        streamOf([
          ':\n\n',
          event('STATUS_CHANGED').slice(0, 20),
          event('STATUS_CHANGED').slice(20),
        ]),
      ),
    );
    vi.stubGlobal('fetch', fetchMock);
    const results: unknown[] = [];
    const completed = await subscribeGraphqlSse(
      ProjectEventsDocument,
      { projectId: 'UHJvamVjdDox' },
      { signal: new AbortController().signal, onNext: (result) => results.push(result) },
    );

    expect(completed).toBe(false);
    expect(results).toEqual([{ data: { projectEvents: { kind: 'STATUS_CHANGED' } } }]);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/graphql');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect(init.headers).toEqual({
      accept: 'text/event-stream',
      'content-type': 'application/json',
      'x-graphql-yoga-csrf': '1',
    });
    const body = JSON.parse(String(init.body));
    expect(body.query).toContain('subscription ProjectEvents');
    expect(body.variables).toEqual({ projectId: 'UHJvamVjdDox' });
  });

  it('stops reading at the complete event', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        eventStreamResponse(
          streamOf([event('COMMENT_ADDED'), 'event: complete\ndata:\n\n', event('TASK_CHANGED')]),
        ),
      ),
    );
    const kinds: string[] = [];
    const completed = await subscribeGraphqlSse(
      ProjectEventsDocument,
      { projectId: null },
      {
        signal: new AbortController().signal,
        onNext: (result) => kinds.push(result.data?.projectEvents.kind ?? ''),
      },
    );
    expect(completed).toBe(true);
    expect(kinds).toEqual(['COMMENT_ADDED']);
  });

  it('reports an unreachable server and a refusing one as request errors', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }),
    );
    const options = { signal: new AbortController().signal, onNext: () => {} };
    await expect(
      subscribeGraphqlSse(ProjectEventsDocument, { projectId: null }, options),
    ).rejects.toMatchObject({ code: 'NETWORK' });

    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('{}', { status: 503, headers: { 'content-type': 'json' } })),
    );
    const refused = subscribeGraphqlSse(ProjectEventsDocument, { projectId: null }, options);
    await expect(refused).rejects.toBeInstanceOf(GraphqlRequestError);
    await expect(refused).rejects.toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
  });
});
