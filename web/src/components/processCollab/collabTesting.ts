// Test support for the collaboration panels: the app's German texts and a router that knows the
// model page (for links to copies and sources) without loading any page.
import { afterEach, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { createAppI18n } from '../../i18n/index.ts';

const Blank = { render: () => null };

export function collabPlugins() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', name: 'dashboard', component: Blank },
      { path: '/prozesse/:id', name: 'process-model', component: Blank },
    ],
  });
  return { router, plugins: [createAppI18n('de'), router] };
}

/** A GraphQL error answer, as the server sends FORBIDDEN and the like. */
export function graphqlError(code: string, message = 'You are not allowed to do this.') {
  return { data: null, errors: [{ message, extensions: { code } }] };
}

export function cleanUpAfterEach(): void {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });
}
