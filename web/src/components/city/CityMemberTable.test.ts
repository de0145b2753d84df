import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { CityMember } from '../../composables/useCityMembers.ts';
import { createAppI18n } from '../../i18n/index.ts';
import CityMemberTable from './CityMemberTable.vue';

const member: CityMember = {
  id: 'm1',
  role: 'PROCESS_OWNER',
  version: 3,
  user: { id: 'u1', displayName: 'Olivia Owner', email: 'owner@esslingen.demo' },
};

function mountTable() {
  return mount(CityMemberTable, {
    props: { members: [member], canManage: true, disabled: false },
    global: { plugins: [createAppI18n('de')] },
  });
}

describe('CityMemberTable', () => {
  it('shows each member with a labelled role select in German', () => {
    const wrapper = mountTable();

    expect(wrapper.get('tbody th').text()).toBe('Olivia Owner');
    expect(wrapper.get('label[for="member-role-m1"]').text()).toBe('Rolle von Olivia Owner');
    const select = wrapper.get('select').element as HTMLSelectElement;
    expect(select.selectedOptions[0]?.text).toBe('Prozessverantwortliche(r)');
    expect([...select.options].map((option) => option.text)).toEqual([
      'Prozessverantwortliche(r)',
      'Koordination',
      'Fördermittelmanagement',
      'Kommunale Administration',
    ]);
  });

  it('asks to change the role only when "Speichern" is pressed with a new role', async () => {
    const wrapper = mountTable();
    const save = wrapper.findAll('button').find((button) => button.text().startsWith('Speichern'));

    await save?.trigger('click');
    expect(wrapper.emitted('changeRole')).toBeUndefined();

    await wrapper.get('select').setValue('CITY_ADMIN');
    await save?.trigger('click');
    expect(wrapper.emitted('changeRole')).toEqual([[member, 'CITY_ADMIN']]);
  });
});
