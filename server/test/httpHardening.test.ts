import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_LIMITS } from '../src/http/bodyLimits.ts';
import { startHttpServer } from './support/httpServer.ts';
import { createTestApp, type TestApp } from './support/testApp.ts';

/** A raw request, so that headers fetch() would fix up (Content-Length) stay as written. */
function raw(
  base: string,
  options: { method: string; path: string; headers: Record<string, string>; body?: string },
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}${options.path}`, {
      method: options.method,
      headers: options.headers,
    });
    req.on('response', (res) => {
      let body = '';
      res.on('data', (chunk) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    // The server may answer and close before the whole body is sent: that is the point.
    req.on('error', (error) => (error.message.includes('EPIPE') ? undefined : reject(error)));
    if (options.body) req.write(options.body);
    req.end();
  });
}

describe.each([false, true])('HTTP hardening (behind a TLS proxy: %s)', (trustProxy) => {
  let app: TestApp;
  let base: string;
  let server: Awaited<ReturnType<typeof startHttpServer>>;

  beforeAll(async () => {
    app = await createTestApp();
    server = await startHttpServer(app, { trustProxy });
    base = server.base;
  });
  afterAll(async () => {
    await server.close();
    await app.close();
  });

  it('sends a strict policy with the SPA: own scripts only, no framing', async () => {
    const page = await fetch(`${base}/prozesse`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(page.status).toBe(200);
    const policy = page.headers.get('content-security-policy') ?? '';
    const directives = Object.fromEntries(
      policy.split(';').map((part) => {
        const [name, ...values] = part.trim().split(/\s+/);
        return [name, values];
      }),
    );
    expect(directives['script-src']).toEqual(["'self'"]);
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['frame-ancestors']).toEqual(["'none'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(policy).not.toMatch(/script-src[^;]*unsafe/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.headers.get('referrer-policy')).toBe('same-origin');
    // HSTS only when the request really came over TLS (here: as the trusted proxy says).
    const hsts = page.headers.get('strict-transport-security');
    if (trustProxy) expect(hsts).toMatch(/max-age=31536000/);
    else expect(hsts).toBeNull();
  });

  it('sends the same headers with API answers', async () => {
    const api = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(api.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(api.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('refuses a body larger than the limit before reading it', async () => {
    const tooLarge = await raw(base, {
      method: 'POST',
      path: '/graphql',
      headers: {
        'content-type': 'application/json',
        'content-length': String(BODY_LIMITS.json + 1),
      },
      body: '{"query":"{ me { id } }"',
    });
    expect(tooLarge.status).toBe(413);
    expect(JSON.parse(tooLarge.body).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses a body of unannounced length', async () => {
    const chunked = await raw(base, {
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    expect(chunked.status).toBe(411);
    expect(JSON.parse(chunked.body).errors[0].extensions.code).toBe('LENGTH_REQUIRED');
  });

  it('accepts a body within the limit', async () => {
    const ok = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(1_000_000) } }),
    });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ data: { me: null } });
  });
});
