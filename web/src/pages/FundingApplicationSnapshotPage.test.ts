import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RouterView } from 'vue-router';
import {
  APPLICATION_ID,
  APPLICATION_UUID,
  esslingen,
  officerOf,
  SNAPSHOT_ID,
  SNAPSHOT_UUID,
  sampleStatement,
} from '../components/fundingApplication/fundingApplicationTesting.ts';
import { useSession } from '../composables/useSession.ts';
import { mockGraphqlFetch } from '../testing/graphqlFetchMock.ts';
import { mountWithApp } from '../testing/mountWithApp.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  useSession().forget();
  document.body.innerHTML = '';
});

async function openSnapshot(snapshotId: string) {
  mockGraphqlFetch((operation) => {
    if (operation === 'Me') return { data: { me: officerOf(esslingen) } };
    return {
      data: {
        fundingApplication: {
          id: APPLICATION_ID,
          rawId: APPLICATION_UUID,
          title: 'Digitale Gewerbeanmeldung im Verbund',
          status: 'SUBMITTED',
          leadCity: esslingen,
          snapshots: [
            {
              id: SNAPSHOT_ID,
              rawId: SNAPSHOT_UUID,
              createdAt: '2026-11-18T10:00:00Z',
              submittedByName: 'Fritz Förder',
              statement: sampleStatement(),
            },
          ],
        },
      },
    };
  });
  await useSession().refresh();
  const mounted = await mountWithApp(
    RouterView,
    `/foerderantraege/${APPLICATION_ID}/fassungen/${snapshotId}`,
  );
  await flushPromises();
  return mounted;
}

describe('FundingApplicationSnapshotPage', () => {
  it('shows the frozen figures with the same table and exports of this version', async () => {
    const { wrapper } = await openSnapshot(SNAPSHOT_ID);
    expect(wrapper.get('h1').text()).toBe('Eingereichte Fassung vom 18.11.2026');
    expect(wrapper.text()).toContain(
      'Diese Fassung ist eingefroren; spätere Änderungen erscheinen hier nicht.',
    );
    const figures = wrapper.get('table.funding-statement__table');
    expect(figures.get('tfoot th').text()).toBe('Summe');
    expect(
      wrapper.findAll('h2, h3').map((heading) => `${heading.element.tagName} ${heading.text()}`),
    ).toEqual([
      'H2 Finanzierungsübersicht',
      'H3 Hinweise',
      'H2 Eingereichte Kostenpositionen',
      'H3 Kosten von Esslingen am Neckar',
      'H3 Kosten von Ludwigsburg',
      'H2 Eingereichte Unterlagen',
      'H2 Export dieser Fassung',
    ]);
    expect(
      wrapper
        .findAll('table.funding-statement-documents tbody tr')
        .map((row) => row.findAll('th, td').map((cell) => cell.text())),
    ).toEqual([
      ['Projektskizze', 'Esslingen am Neckar', 'hochgeladen', 'projektskizze.pdf'],
      [
        'Absichtserklärung Ludwigsburg',
        'Ludwigsburg',
        'nicht zutreffend',
        'Gemeinderatsbeschluss ersetzt sie.',
      ],
    ]);
    expect(wrapper.findAll('a[download]').map((a) => a.attributes('href'))).toEqual([
      `/exports/funding-applications/${APPLICATION_UUID}/summary.pdf?snapshot=${SNAPSHOT_UUID}`,
      `/exports/funding-applications/${APPLICATION_UUID}/budget.xlsx?snapshot=${SNAPSHOT_UUID}`,
      `/exports/funding-applications/${APPLICATION_UUID}/budget.csv?snapshot=${SNAPSHOT_UUID}`,
    ]);
  });

  it('says so when the version does not exist', async () => {
    const { wrapper } = await openSnapshot(btoa('ApplicationSnapshot:unknown'));
    expect(wrapper.text()).toContain('Diese eingereichte Fassung gibt es nicht');
  });
});
