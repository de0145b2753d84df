import { computed, readonly, ref } from 'vue';
import {
  LoginDocument,
  type LoginMutation,
  LogoutDocument,
  MeDocument,
  type MeQuery,
} from '../graphql/generated/graphql.ts';
import { onUnauthenticated, requestGraphql } from './useGraphql.ts';

export type SessionUser = NonNullable<MeQuery['me']>;

type LoginResult = LoginMutation['login'];
export type LoginFailure = Exclude<LoginResult, { __typename: 'MutationLoginSuccess' }>;

export type LoginOutcome = { ok: true; user: SessionUser } | { ok: false; failure: LoginFailure };

/**
 * The signed-in user, shared by the whole app. The session itself lives in an HttpOnly cookie the
 * server sets; the SPA only asks `me` who that is.
 */
function createSession(request = requestGraphql) {
  const user = ref<SessionUser | null>(null);
  const loaded = ref(false);
  let pending: Promise<SessionUser | null> | null = null;

  async function refresh(): Promise<SessionUser | null> {
    try {
      const { me } = await request(MeDocument);
      user.value = me;
    } finally {
      loaded.value = true;
    }
    return user.value;
  }

  /** Loads the user once; concurrent callers (router guard, pages) share the one request. */
  function ensureLoaded(): Promise<SessionUser | null> {
    if (loaded.value) return Promise.resolve(user.value);
    pending ??= refresh()
      .catch(() => {
        // An unreachable server counts as signed out here; the login page reports the error.
        user.value = null;
        return null;
      })
      .finally(() => {
        pending = null;
      });
    return pending;
  }

  async function login(email: string, password: string): Promise<LoginOutcome> {
    const { login: result } = await request(LoginDocument, { email, password });
    if (result.__typename !== 'MutationLoginSuccess') return { ok: false, failure: result };
    // The login payload has no memberships; `me` gives the full picture for the dashboard.
    const me = await refresh();
    if (!me) throw new Error('Signed in, but the server does not know the session.');
    return { ok: true, user: me };
  }

  async function logout(): Promise<void> {
    try {
      await request(LogoutDocument);
    } finally {
      user.value = null;
      loaded.value = true;
    }
  }

  function forget(): void {
    user.value = null;
    loaded.value = true;
  }

  return {
    user: readonly(user),
    isSignedIn: computed(() => user.value !== null),
    ensureLoaded,
    refresh,
    login,
    logout,
    forget,
  };
}

export type Session = ReturnType<typeof createSession>;

let shared: Session | undefined;

export function useSession(): Session {
  if (!shared) {
    const session = createSession();
    onUnauthenticated(() => session.forget());
    shared = session;
  }
  return shared;
}

export { createSession };
