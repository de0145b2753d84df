// Users with think time, for the load bench: each of `users` keeps one keep-alive connection and
// walks the scenario's request sequence, pausing a random think time (exponentially distributed
// around a mean) before each request. autocannon's own rate limit fires every connection's timer
// at the same instant, so 50 "paced" connections arrive as one burst of 50; people do not.
import { Agent, request } from 'node:http';
import type { Request as AutocannonRequest } from 'autocannon';
import type { loadScenario } from './loadScenario.ts';

export interface UsersResult {
  requestsPerSecond: number;
  /** Connection errors and requests unanswered after `timeoutMs`. */
  errors: number;
  timeouts: number;
  non2xx: number;
}

type Scenario = ReturnType<typeof loadScenario>;
/** The scenario's steps as loadScenario builds them (functions, never autocannon's file names). */
interface Step {
  setupRequest: (request: AutocannonRequest, context: object) => AutocannonRequest;
  onResponse: (status: number, body: string, context: object) => void;
}

function send(
  agent: Agent,
  url: URL,
  prepared: { method?: string; path?: string; headers?: Record<string, string>; body?: string },
  timeoutMs: number,
) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        method: prepared.method,
        path: prepared.path,
        headers: prepared.headers,
        timeout: timeoutMs,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }),
        );
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
    req.end(prepared.body);
  });
}

const thinkTime = (meanMs: number) => -Math.log(1 - Math.random()) * meanMs;

export async function runUsers(options: {
  url: string;
  scenario: Scenario;
  users: number;
  seconds: number;
  thinkMs: number;
  timeoutMs?: number;
}): Promise<UsersResult> {
  const { scenario, users, seconds, thinkMs } = options;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const url = new URL(options.url);
  const end = Date.now() + seconds * 1000;
  const result: UsersResult = { requestsPerSecond: 0, errors: 0, timeouts: 0, non2xx: 0 };
  let answered = 0;

  const user = async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    // The same per-connection context autocannon would give (the scenario keys passes by it).
    const context: Record<string, unknown> = { ...scenario.initialContext };
    try {
      // A first pause spreads the users' starts like everything after it.
      await new Promise((resolve) => setTimeout(resolve, thinkTime(thinkMs)));
      for (let i = 0; Date.now() < end; i = (i + 1) % scenario.requests.length) {
        const step = scenario.requests[i] as AutocannonRequest & Step;
        const prepared = step.setupRequest({ ...step }, context);
        const started = performance.now();
        try {
          const answer = await send(agent, url, prepared as never, timeoutMs);
          const latency = performance.now() - started;
          step.onResponse(answer.status, answer.body, context);
          if (answer.status < 200 || answer.status >= 300) result.non2xx++;
          scenario.onResponse(latency);
          answered++;
        } catch (error) {
          if ((error as Error).message === 'timeout') result.timeouts++;
          else result.errors++;
        }
        await new Promise((resolve) => setTimeout(resolve, thinkTime(thinkMs)));
      }
    } finally {
      agent.destroy();
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: users }, user));
  result.requestsPerSecond = answered / ((Date.now() - started) / 1000);
  return result;
}
