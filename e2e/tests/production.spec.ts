import { expect, test } from '../support/fixtures.ts';
import { OWNER_EMAIL, signIn } from '../support/session.ts';

// Runs against the second server, started with NODE_ENV=production (see playwright.config.ts):
// the built SPA must work there with nothing but its persisted operations and the strict
// Content-Security-Policy (the fixture fails the test on any policy violation).

test.describe('production mode', () => {
  test('the SPA works with persisted operations only; other requests learn nothing', async ({
    page,
    request,
  }) => {
    test.setTimeout(90_000);
    const response = await page.goto('/anmelden');
    const headers = response?.headers() ?? {};
    expect(headers['content-security-policy']).toMatch(/script-src 'self';/);
    expect(headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(headers['x-frame-options']).toBe('DENY');

    await signIn(page, OWNER_EMAIL);
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Prozessmodelle' })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prozessmodelle');
    await page
      .getByRole('region', { name: 'Ergebnisse' })
      .getByRole('link', { name: 'Gewerbeanmeldung', exact: true })
      .first()
      .click();
    await expect(page.getByRole('heading', { level: 1, name: 'Gewerbeanmeldung' })).toBeVisible();
    await expect(page.locator('.djs-container').first()).toBeVisible({ timeout: 30_000 });

    const text = await request.post('/graphql', { data: { query: '{ me { id } }' } });
    expect(text.status()).toBe(400);
    expect((await text.json()).errors[0].extensions.code).toBe('PERSISTED_QUERY_ONLY');

    const unknown = await request.post('/graphql', {
      data: { extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } },
    });
    expect((await unknown.json()).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    const graphiql = await request.get('/graphql', { headers: { accept: 'text/html' } });
    expect(await graphiql.text()).not.toMatch(/graphiql/i);
  });
});
