import {
  CSRF_HEADERS,
  type GraphqlDocument,
  GraphqlRequestError,
  operationParams,
} from './useGraphql.ts';

/** One server-sent event: its type (`message` when the server names none) and its data. */
export interface SseMessage {
  event: string;
  data: string;
}

/**
 * Reads a text/event-stream as it arrives (WHATWG HTML "event stream interpretation"): chunks may
 * end anywhere, even inside a line or between CR and LF. Comments (`:` pings) are skipped, `id`
 * and `retry` are not needed here.
 */
export function createSseParser(onMessage: (message: SseMessage) => void) {
  let buffer = '';
  let event = '';
  let data: string[] = [];
  // A chunk that ended with CR: a LF at the start of the next one belongs to the same line break.
  let skipLeadingLf = false;

  function processLine(line: string): void {
    if (line === '') {
      if (data.length > 0) onMessage({ event: event || 'message', data: data.join('\n') });
      event = '';
      data = [];
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  }

  return {
    push(text: string): void {
      if (skipLeadingLf && text.startsWith('\n')) text = text.slice(1);
      skipLeadingLf = false;
      buffer += text;
      let start = 0;
      for (let i = 0; i < buffer.length; i++) {
        const char = buffer[i];
        if (char !== '\n' && char !== '\r') continue;
        processLine(buffer.slice(start, i));
        if (char === '\r') {
          if (i + 1 === buffer.length) skipLeadingLf = true;
          else if (buffer[i + 1] === '\n') i++;
        }
        start = i + 1;
      }
      buffer = buffer.slice(start);
    },
  };
}

/** A GraphQL execution result as yoga sends it in an `event: next`. */
export interface GraphqlSseResult<TResult> {
  data?: TResult | null;
  errors?: { message: string; extensions?: { code?: unknown } }[];
}

export interface GraphqlSseOptions<TResult> {
  signal: AbortSignal;
  /** The server accepted the subscription (HTTP 200, event stream). */
  onOpen?: () => void;
  onNext: (result: GraphqlSseResult<TResult>) => void;
}

/**
 * Runs one GraphQL subscription over server-sent events in graphql-yoga's "distinct connections"
 * mode: a POST to /graphql that the server answers with a text/event-stream of `next` events and
 * a final `complete`. A POST rather than EventSource's GET: the session cookie rides along the
 * same way as for every other request, the JSON content type keeps the request out of simple
 * (CSRF-able) cross-site requests, the operation stays out of URLs and logs, the HTTP status is
 * visible, and an AbortSignal ends it. Reconnecting is the caller's job.
 *
 * Resolves when the server completes the stream (`true`) or closes it without saying so
 * (`false`); rejects with a GraphqlRequestError when the server cannot be reached or refuses,
 * and with an AbortError when `signal` aborts.
 */
export async function subscribeGraphqlSse<TResult, TVariables>(
  document: GraphqlDocument<TResult, TVariables>,
  variables: TVariables,
  options: GraphqlSseOptions<TResult>,
): Promise<boolean> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        accept: 'text/event-stream',
        'content-type': 'application/json',
        ...CSRF_HEADERS,
      },
      body: JSON.stringify({ ...operationParams(document), variables }),
      signal: options.signal,
    });
  } catch (cause) {
    if (options.signal.aborted) throw cause;
    throw new GraphqlRequestError(
      cause instanceof Error ? cause.message : 'Network request failed',
      'NETWORK',
    );
  }
  const contentType = response.headers.get('content-type') ?? '';
  if (!response.ok || !response.body || !contentType.includes('text/event-stream')) {
    await response.body?.cancel();
    throw new GraphqlRequestError(
      `GraphQL subscription failed with HTTP ${response.status}`,
      response.status >= 500 || response.ok ? 'INTERNAL_SERVER_ERROR' : `HTTP_${response.status}`,
    );
  }
  options.onOpen?.();

  let completed = false;
  const parser = createSseParser((message) => {
    if (message.event === 'complete') completed = true;
    else if (message.event === 'next' && !completed) {
      options.onNext(JSON.parse(message.data) as GraphqlSseResult<TResult>);
    }
  });
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
  try {
    while (!completed) {
      const { done, value } = await reader.read();
      if (done) break;
      parser.push(value);
    }
  } catch (cause) {
    // An abort, or onNext refusing the result (an error the server sent), stays as it is.
    if (options.signal.aborted || cause instanceof GraphqlRequestError) throw cause;
    throw new GraphqlRequestError(
      cause instanceof Error ? cause.message : 'Event stream interrupted',
      'NETWORK',
    );
  } finally {
    // Closes the connection when we stop early (complete seen, a refused result, an abort).
    await reader.cancel().catch(() => {});
    reader.releaseLock();
  }
  return completed;
}
