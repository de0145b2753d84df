import { onBeforeUnmount, onMounted, readonly, ref, watch } from 'vue';
import {
  ProjectEventsDocument,
  type ProjectEventsSubscription,
} from '../graphql/generated/graphql.ts';
import { subscribeGraphqlSse } from './graphqlSse.ts';
import { GraphqlRequestError } from './useGraphql.ts';

export type ProjectEvent = ProjectEventsSubscription['projectEvents'];

export interface ProjectEventsOptions {
  /**
   * Called when the subscription is back after an interruption: events of the gap are lost, so
   * a page re-reads what it shows.
   */
  onReconnect?: () => void;
}

const FIRST_RETRY_MS = 1_000;
const LONGEST_RETRY_MS = 30_000;

/**
 * How long to wait before reconnect attempt `attempt` (0 = the first): doubling from one second
 * up to half a minute, spread by ±25 % so that many open pages do not return to a restarted
 * server in the same instant.
 */
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** attempt);
  return Math.round(base * (0.75 + random() * 0.5));
}

// The server says no for good: signed out, or this project is not the viewer's to see.
const FINAL_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN']);

function errorCode(
  errors: readonly { extensions?: { code?: unknown } }[] | undefined,
): string | null {
  const code = errors?.[0]?.extensions?.code;
  return typeof code === 'string' ? code : errors?.length ? 'INTERNAL_SERVER_ERROR' : null;
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
  });
}

/**
 * Live changes of one project (`projectId` returns its ID) or of every project the viewer may see
 * (it returns null), over the `projectEvents` subscription. Subscribes when the component mounts,
 * again when the ID changes, reconnects with backoff after network failures, and stops on unmount.
 */
export function useProjectEvents(
  projectId: () => string | null,
  onEvent: (event: ProjectEvent) => void,
  options: ProjectEventsOptions = {},
) {
  const connected = ref(false);
  /** Set when the server refused for good (e.g. the session ended); no more attempts then. */
  const stopped = ref<string | null>(null);
  let controller: AbortController | null = null;

  async function run(id: string | null, signal: AbortSignal): Promise<void> {
    let attempt = 0;
    let openedBefore = false;
    while (!signal.aborted) {
      let openedAt = 0;
      try {
        await subscribeGraphqlSse(
          ProjectEventsDocument,
          { projectId: id },
          {
            signal,
            onOpen() {
              openedAt = Date.now();
              connected.value = true;
              if (openedBefore) options.onReconnect?.();
              openedBefore = true;
            },
            onNext(result) {
              const code = errorCode(result.errors);
              if (code) throw new GraphqlRequestError(result.errors?.[0]?.message ?? '', code);
              attempt = 0;
              if (!result.data) return;
              try {
                onEvent(result.data.projectEvents);
              } catch (error) {
                // A failing page handler must not tear down (and endlessly rebuild) the stream.
                console.error(error);
              }
            },
          },
        );
      } catch (error) {
        if (signal.aborted) return;
        if (error instanceof GraphqlRequestError && FINAL_CODES.has(error.code)) {
          connected.value = false;
          stopped.value = error.code;
          return;
        }
      }
      // Failed, interrupted, or completed by the server (e.g. while it shuts down): try again.
      // A connection that held for a while starts the backoff afresh; one the server drops at
      // once keeps doubling it.
      if (openedAt && Date.now() - openedAt >= LONGEST_RETRY_MS) attempt = 0;
      connected.value = false;
      await wait(reconnectDelay(attempt++), signal);
    }
  }

  function start(): void {
    stop();
    stopped.value = null;
    controller = new AbortController();
    void run(projectId(), controller.signal);
  }

  function stop(): void {
    controller?.abort();
    controller = null;
    connected.value = false;
  }

  onMounted(start);
  onBeforeUnmount(stop);
  // Another project on the same page (route reuse): follow that one instead.
  watch(projectId, () => {
    if (controller) start();
  });

  return { connected: readonly(connected), stopped: readonly(stopped) };
}
