import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSession } from '../composables/useSession.ts';
import { mockGraphqlFetch } from '../testing/graphqlFetchMock.ts';
import { mountWithApp } from '../testing/mountWithApp.ts';
import LoginPage from './LoginPage.vue';

const owner = {
  id: 'u1',
  displayName: 'Olivia Owner',
  email: 'owner@esslingen.demo',
  isGlobalAdmin: false,
  memberships: [],
};

beforeEach(() => {
  useSession().forget();
});

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('LoginPage', () => {
  it('has labelled fields, the "Anmelden" button and the demo login', async () => {
    mockGraphqlFetch(() => ({ data: { me: null } }));
    const { wrapper } = await mountWithApp(LoginPage, '/anmelden');

    expect(wrapper.get('label[for="login-email"]').text()).toBe('E-Mail-Adresse');
    expect(wrapper.get('label[for="login-password"]').text()).toBe('Passwort');
    expect(wrapper.get('button[type="submit"]').text()).toBe('Anmelden');
    expect(wrapper.text()).toContain('owner@esslingen.demo');
    expect(wrapper.text()).toContain('amtsweg-demo');
  });

  it('shows the German error in an alert when the password is wrong', async () => {
    mockGraphqlFetch((operation) =>
      operation === 'Login'
        ? { data: { login: { __typename: 'InvalidCredentialsError', message: 'Invalid' } } }
        : { data: { me: null } },
    );
    const { wrapper } = await mountWithApp(LoginPage, '/anmelden');

    await wrapper.get('#login-email').setValue('owner@esslingen.demo');
    await wrapper.get('#login-password').setValue('falsch');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(wrapper.get('[role="alert"]').text()).toContain(
      'E-Mail-Adresse oder Passwort ist nicht korrekt.',
    );
    expect((wrapper.get('#login-password').element as HTMLInputElement).value).toBe('');
  });

  it('asks for both fields before calling the server', async () => {
    const fetchMock = mockGraphqlFetch(() => ({ data: { me: null } }));
    const { wrapper } = await mountWithApp(LoginPage, '/anmelden');
    fetchMock.mockClear();

    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(wrapper.get('[role="alert"]').text()).toContain('Bitte prüfen Sie Ihre Eingaben.');
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('goes to the dashboard after a successful login', async () => {
    let signedIn = false;
    mockGraphqlFetch((operation) => {
      if (operation === 'Login') {
        signedIn = true;
        return { data: { login: { __typename: 'MutationLoginSuccess', data: owner } } };
      }
      if (operation === 'Partnerships') return { data: { partnerships: { edges: [] } } };
      return { data: { me: signedIn ? owner : null } };
    });
    const { wrapper, router } = await mountWithApp(LoginPage, '/anmelden');

    await wrapper.get('#login-email').setValue('owner@esslingen.demo');
    await wrapper.get('#login-password').setValue('amtsweg-demo');
    await wrapper.get('form').trigger('submit');
    // Generous: the full suite runs on two busy cores, and the route change follows two requests.
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('dashboard'), {
      timeout: 5_000,
    });
  });

  it('says to wait after too many wrong passwords', async () => {
    mockGraphqlFetch((operation) =>
      operation === 'Login'
        ? {
            data: {
              login: {
                __typename: 'TooManyAttemptsError',
                message: 'Too many failed sign-in attempts. Try again in 42 seconds.',
              },
            },
          }
        : { data: { me: null } },
    );
    const { wrapper } = await mountWithApp(LoginPage, '/anmelden');

    await wrapper.get('#login-email').setValue('owner@esslingen.demo');
    await wrapper.get('#login-password').setValue('amtsweg-demo');
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(wrapper.get('[role="alert"]').text()).toBe(
      'Zu viele fehlgeschlagene Anmeldeversuche. Bitte warten Sie eine Minute und versuchen Sie es dann erneut.',
    );
  });
});
