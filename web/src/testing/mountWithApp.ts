import { mount } from '@vue/test-utils';
import type { Component } from 'vue';
import { createMemoryHistory } from 'vue-router';
import { useSession } from '../composables/useSession.ts';
import { createAppI18n } from '../i18n/index.ts';
import { createAppRouter } from '../router/index.ts';

/** Mounts a component with the app's real i18n (German) and router on an in-memory history. */
export async function mountWithApp(component: Component, path = '/') {
  const i18n = createAppI18n('de');
  const router = createAppRouter(useSession(), createMemoryHistory());
  await router.push(path);
  await router.isReady();
  const wrapper = mount(component, {
    attachTo: document.body,
    global: { plugins: [i18n, router] },
  });
  return { wrapper, router, i18n };
}
