import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteExpiredSessions } from '../src/auth/session.ts';
import { createTestApp, type TestApp } from './support/testApp.ts';

const ME = '{ me { email displayName memberships { role city { slug } } } }';
const LOGIN = `mutation($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    __typename
    ... on MutationLoginSuccess { data { email } }
    ... on Error { message }
    ... on ValidationError { fieldErrors { path message } }
  }
}`;

describe('login, session and logout', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await createTestApp();
    await app.seed.twoCities();
  });
  afterEach(() => app.close());

  it('signs in with the right password and sets an HttpOnly, SameSite session cookie', async () => {
    const res = await app.gql(LOGIN, {
      email: ' Owner@Alpha.test ',
      password: 'correct horse battery',
    });
    expect(res.data.login).toEqual({
      __typename: 'MutationLoginSuccess',
      data: { email: 'owner@alpha.test' },
    });
    expect(res.setCookie).toMatch(/^amtsweg_session=[\w-]{40,};/);
    expect(res.setCookie).toContain('HttpOnly');
    expect(res.setCookie).toContain('SameSite=Lax');
    expect(res.setCookie).toMatch(/Max-Age=28\d{3}/);

    const cookie = res.setCookie?.split(';')[0];
    const me = await app.gql(ME, {}, { cookie });
    expect(me.data.me).toEqual({
      email: 'owner@alpha.test',
      displayName: 'owner',
      memberships: [{ role: 'PROCESS_OWNER', city: { slug: 'alpha' } }],
    });
  });

  it('answers a wrong password and an unknown e-mail with the same typed error', async () => {
    const wrong = await app.gql(LOGIN, { email: 'owner@alpha.test', password: 'nope' });
    const unknown = await app.gql(LOGIN, { email: 'nobody@alpha.test', password: 'nope' });
    expect(wrong.data.login.__typename).toBe('InvalidCredentialsError');
    expect(unknown.data.login).toEqual(wrong.data.login);
    expect(wrong.setCookie).toBeNull();
  });

  it('rejects empty input with field errors', async () => {
    const res = await app.gql(LOGIN, { email: '   ', password: '' });
    expect(res.data.login.__typename).toBe('ValidationError');
    expect(res.data.login.fieldErrors.map((e: { path: string }) => e.path).sort()).toEqual([
      'email',
      'password',
    ]);
  });

  it('is anonymous without a cookie and refuses private lists', async () => {
    expect((await app.gql(ME)).data.me).toBeNull();
    const cities = await app.gql('{ cities(first: 5) { edges { node { name } } } }');
    expect(cities.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('logs out: the old cookie no longer works and the cookie is cleared', async () => {
    const cookie = await app.login('owner@alpha.test');
    const res = await app.gql('mutation { logout }', {}, { cookie });
    expect(res.data.logout).toBe(true);
    expect(res.setCookie).toMatch(/^amtsweg_session=;.*Max-Age=0/);
    expect((await app.gql(ME, {}, { cookie })).data.me).toBeNull();
  });

  it('treats an expired session as signed out', async () => {
    const cookie = await app.login('owner@alpha.test');
    await app.prisma.session.updateMany({ data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await app.gql(ME, {}, { cookie })).data.me).toBeNull();
  });

  it('clears expired sessions from the database and keeps live ones', async () => {
    const live = await app.login('owner@alpha.test');
    await app.login('admin@alpha.test');
    const admin = await app.prisma.user.findUniqueOrThrow({ where: { email: 'admin@alpha.test' } });
    await app.prisma.session.updateMany({
      where: { userId: admin.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await deleteExpiredSessions(app.prisma)).toBe(1);
    expect(await app.prisma.session.count()).toBe(1);
    expect((await app.gql(ME, {}, { cookie: live })).data.me.email).toBe('owner@alpha.test');
  });

  it('ignores a forged cookie', async () => {
    const me = await app.gql(ME, {}, { cookie: 'amtsweg_session=forged-token-value' });
    expect(me.data.me).toBeNull();
  });
});
