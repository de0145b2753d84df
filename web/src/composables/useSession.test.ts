import { describe, expect, it, vi } from 'vitest';
import { createSession } from './useSession.ts';

const anna = {
  id: 'u1',
  displayName: 'Anna Beispiel',
  email: 'anna@example.org',
  isGlobalAdmin: false,
  memberships: [],
};

describe('session', () => {
  it('signs in and then knows the user with their memberships', async () => {
    const request = vi.fn(async (document: { toString(): string }) => {
      const text = document.toString();
      if (text.includes('mutation Login')) {
        return { login: { __typename: 'MutationLoginSuccess', data: anna } };
      }
      return { me: anna };
    });
    const session = createSession(request as never);

    const outcome = await session.login('anna@example.org', 'secret');

    expect(outcome).toEqual({ ok: true, user: anna });
    expect(session.user.value?.displayName).toBe('Anna Beispiel');
    expect(session.isSignedIn.value).toBe(true);
  });

  it('hands back the typed failure for wrong credentials and stays signed out', async () => {
    const failure = { __typename: 'InvalidCredentialsError', message: 'Invalid credentials' };
    const session = createSession((async () => ({ login: failure })) as never);

    await expect(session.login('anna@example.org', 'wrong')).resolves.toEqual({
      ok: false,
      failure,
    });
    expect(session.user.value).toBeNull();
  });

  it('loads the user once for concurrent callers and forgets them on logout', async () => {
    const request = vi.fn(async (document: { toString(): string }) =>
      document.toString().includes('mutation Logout') ? { logout: true } : { me: anna },
    );
    const session = createSession(request as never);

    const [first, second] = await Promise.all([session.ensureLoaded(), session.ensureLoaded()]);
    expect(first).toEqual(anna);
    expect(second).toEqual(anna);
    expect(request).toHaveBeenCalledTimes(1);

    await session.logout();
    expect(session.user.value).toBeNull();
  });
});
