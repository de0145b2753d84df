import { flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppI18n, readStoredLocale } from '../../i18n/index.ts';
import LanguageSwitch from './LanguageSwitch.vue';

afterEach(() => {
  localStorage.clear();
  document.documentElement.lang = '';
});

describe('LanguageSwitch', () => {
  it('is a labelled select that switches to English, remembers it and sets <html lang>', async () => {
    const i18n = createAppI18n('de');
    const wrapper = mount(LanguageSwitch, { global: { plugins: [i18n] } });

    expect(wrapper.get('label').text()).toBe('Sprache');
    expect(wrapper.get('label').attributes('for')).toBe(wrapper.get('select').attributes('id'));

    await wrapper.get('select').setValue('en');
    // English messages are loaded on demand.
    await vi.waitFor(() => expect(i18n.global.locale.value).toBe('en'));
    await flushPromises();
    expect(wrapper.get('label').text()).toBe('Language');
    expect(document.documentElement.lang).toBe('en');
    expect(readStoredLocale()).toBe('en');
  });
});
