import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, h, ref } from 'vue';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import { createProcessI18n } from '../testing/processI18n.ts';
import { useUnsavedChangesGuard } from './useUnsavedChangesGuard.ts';

const dirty = ref(false);
const confirm = vi.fn<(message: string) => boolean>();

const EditorPage = defineComponent({
  setup() {
    useUnsavedChangesGuard(dirty, { confirm });
    return () => h('p', 'Editor');
  },
});

async function setup() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/editor', component: EditorPage, meta: { titleKey: 'x' } },
      {
        path: '/other',
        component: { render: () => h('p', 'Andere Seite') },
        meta: { titleKey: 'x' },
      },
    ],
  });
  await router.push('/editor');
  await router.isReady();
  const wrapper = mount(RouterView, {
    attachTo: document.body,
    global: { plugins: [router, createProcessI18n()] },
  });
  return { router, wrapper };
}

afterEach(() => {
  dirty.value = false;
  confirm.mockReset();
  document.body.innerHTML = '';
});

describe('useUnsavedChangesGuard', () => {
  it('lets the user leave without asking when nothing is unsaved', async () => {
    const { router, wrapper } = await setup();
    await router.push('/other');
    expect(router.currentRoute.value.path).toBe('/other');
    expect(confirm).not.toHaveBeenCalled();
    wrapper.unmount();
  });

  it('asks in German and stays when the user cancels', async () => {
    const { router, wrapper } = await setup();
    dirty.value = true;
    confirm.mockReturnValue(false);
    await router.push('/other');
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('ungespeicherte Änderungen'));
    expect(router.currentRoute.value.path).toBe('/editor');

    confirm.mockReturnValue(true);
    await router.push('/other');
    expect(router.currentRoute.value.path).toBe('/other');
    wrapper.unmount();
  });

  it('asks the browser to confirm closing the tab while changes are unsaved', async () => {
    const { wrapper } = await setup();
    const unload = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(unload()).toBe(false);
    dirty.value = true;
    expect(unload()).toBe(true);

    wrapper.unmount();
    expect(unload()).toBe(false);
  });
});
