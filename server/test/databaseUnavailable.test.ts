import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { openPostgresDatabase } from '../src/db/postgres.ts';
import { createLogger } from '../src/logger.ts';
import { createAmtswegYoga } from '../src/yoga.ts';

describe('the database is unreachable', () => {
  // Nothing listens on port 9 (discard) here: every connection attempt is refused at once.
  const db = openPostgresDatabase('postgresql://postgres@127.0.0.1:9/amtsweg', 2);
  const yoga = createAmtswegYoga({
    prisma: db.prisma,
    config: loadConfig({ NODE_ENV: 'test' }),
    log: createLogger('silent'),
  });
  afterAll(() => db.close());

  it('answers 503 SERVICE_UNAVAILABLE with Retry-After, fast, and keeps serving', async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const started = performance.now();
      const response = await yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: 'amtsweg_session=x' },
        body: JSON.stringify({ query: '{ cities(first: 5) { edges { node { id } } } }' }),
      });
      expect(performance.now() - started).toBeLessThan(2_500);
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('5');
      const body = await response.json();
      expect(body.errors).toEqual([
        {
          message: 'Service temporarily unavailable: the database cannot be reached.',
          extensions: { code: 'SERVICE_UNAVAILABLE' },
        },
      ]);
      expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stack/);
    }
  });
});
