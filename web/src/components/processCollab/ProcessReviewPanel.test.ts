import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { mockGraphqlFetch } from '../../testing/graphqlFetchMock.ts';
import { cleanUpAfterEach, collabPlugins } from './collabTesting.ts';
import ProcessReviewPanel from './ProcessReviewPanel.vue';

type Status = 'DRAFT' | 'IN_REVIEW' | 'RELEASED' | 'ARCHIVED';

function review(overrides: Record<string, unknown> = {}) {
  return {
    id: 'r1',
    reviewerName: 'Petra Prüfer',
    requestedByName: 'Olivia Owner',
    versionNumber: 3,
    decision: 'PENDING',
    comment: '',
    createdAt: '2026-11-20T09:00:00Z',
    decidedAt: null,
    viewerIsReviewer: false,
    ...overrides,
  };
}

const esslingen = { id: 'c1', name: 'Esslingen am Neckar' };
const member = (id: string, displayName: string, email: string) => ({
  node: { id: `m-${id}`, user: { id, displayName, email } },
});

function fakeServer(options: {
  status: Status;
  viewerCanEdit: boolean;
  reviews?: ReturnType<typeof review>[];
  answer?: (operation: string, variables: Record<string, unknown>) => unknown;
}) {
  const calls: { operation: string; variables: Record<string, unknown> }[] = [];
  mockGraphqlFetch((operation, variables) => {
    calls.push({ operation, variables });
    if (operation === 'ProcessReviewState') {
      return {
        data: {
          processModel: {
            id: 'pm1',
            status: options.status,
            viewerCanEdit: options.viewerCanEdit,
            latestVersionNumber: 3,
            reviews: options.reviews ?? [],
          },
        },
      };
    }
    if (operation === 'ProcessReviewerCandidates') {
      return {
        data: {
          me: {
            id: 'u1',
            memberships: [
              {
                id: 'ms1',
                city: {
                  ...esslingen,
                  members: {
                    edges: [
                      member('u1', 'Olivia Owner', 'owner@esslingen.demo'),
                      member('u3', 'Kim Koordination', 'kim@esslingen.demo'),
                      member('u2', 'Petra Prüfer', 'pruefer@esslingen.demo'),
                    ],
                  },
                },
              },
            ],
          },
        },
      };
    }
    const answer = options.answer?.(operation, variables);
    if (answer === undefined) throw new Error(`Unexpected operation ${operation}`);
    return answer;
  });
  return calls;
}

async function mountPanel() {
  const { plugins } = collabPlugins();
  const wrapper = mount(ProcessReviewPanel, {
    props: { modelId: 'pm1' },
    attachTo: document.body,
    global: { plugins },
  });
  await flushPromises();
  return wrapper;
}

const button = (wrapper: Awaited<ReturnType<typeof mountPanel>>, text: string) => {
  const found = wrapper.findAll('button').filter((candidate) => candidate.text() === text);
  if (found.length !== 1) throw new Error(`${found.length} buttons "${text}"`);
  return found[0] as NonNullable<(typeof found)[number]>;
};

cleanUpAfterEach();

describe('ProcessReviewPanel', () => {
  it('shows the status in its lifecycle and the reviews with German decisions', async () => {
    fakeServer({
      status: 'IN_REVIEW',
      viewerCanEdit: false,
      reviews: [
        review({
          id: 'r2',
          decision: 'CHANGES_REQUESTED',
          comment: 'Bitte die Gebühr ergänzen.',
          decidedAt: '2026-11-21T10:00:00Z',
        }),
        review({ id: 'r1', reviewerName: 'Kim Koordination', versionNumber: 2 }),
      ],
    });
    const wrapper = await mountPanel();

    expect(wrapper.get('.review-status').text()).toBe('Status: In Prüfung');
    const steps = wrapper.findAll('ol[aria-label="Lebenszyklus des Prozessmodells"] li');
    expect(steps.map((step) => step.text().replace(/\s*\(aktueller Status\)/, ''))).toEqual([
      'Entwurf',
      'In Prüfung',
      'Freigegeben',
      'Archiviert',
    ]);
    expect(steps[1]?.attributes('aria-current')).toBe('step');

    const rows = wrapper
      .findAll('tbody tr')
      .map((row) => row.findAll('th, td').map((c) => c.text()));
    expect(rows).toEqual([
      [
        'Petra Prüfer',
        '3',
        'Änderungen erbeten',
        'Bitte die Gebühr ergänzen.',
        'Olivia Owner',
        '21.11.2026',
      ],
      ['Kim Koordination', '2', 'Offen', '–', 'Olivia Owner', '20.11.2026'],
    ]);
    // Not an editor: no status buttons, no review request.
    expect(wrapper.findAll('button')).toHaveLength(0);
  });

  it('says in German why a model without approval cannot be released (NOT_APPROVED)', async () => {
    const calls = fakeServer({
      status: 'IN_REVIEW',
      viewerCanEdit: true,
      reviews: [review()],
      answer: (operation) =>
        operation === 'ChangeProcessStatus'
          ? {
              data: {
                setProcessStatus: {
                  __typename: 'ConflictError',
                  reason: 'NOT_APPROVED',
                  message: 'Release needs at least one approval of the newest version.',
                },
              },
            }
          : undefined,
    });
    const wrapper = await mountPanel();

    expect(wrapper.text()).toContain(
      'Zur Freigabe braucht die neueste Version (Version 3) mindestens eine Zustimmung',
    );
    await button(wrapper, 'Freigeben').trigger('click');
    await flushPromises();

    expect(calls.find((call) => call.operation === 'ChangeProcessStatus')?.variables).toEqual({
      modelId: 'pm1',
      status: 'RELEASED',
    });
    const alert = wrapper.get('[role="alert"]');
    expect(alert.text()).toBe(
      'Freigeben können Sie erst, wenn jemand die neueste Version geprüft und freigegeben hat. Fordern Sie dafür eine Prüfung an.',
    );
    expect(document.activeElement).toBe(alert.element);
    expect(wrapper.emitted('changed')).toBeUndefined();
  });

  it('offers the status changes the lifecycle allows', async () => {
    fakeServer({ status: 'RELEASED', viewerCanEdit: true });
    const wrapper = await mountPanel();
    const texts = wrapper.findAll('.review-status-actions button').map((b) => b.text());
    expect(texts).toEqual(['Zurück in Entwurf', 'Archivieren']);
  });

  it('requests a review from chosen colleagues (not the viewer)', async () => {
    const calls = fakeServer({
      status: 'DRAFT',
      viewerCanEdit: true,
      answer: (operation) =>
        operation === 'RequestProcessReview'
          ? {
              data: {
                requestReview: { __typename: 'MutationRequestReviewSuccess', data: [{ id: 'r9' }] },
              },
            }
          : undefined,
    });
    const wrapper = await mountPanel();

    const legend = wrapper.get('fieldset legend');
    expect(legend.text()).toBe('Prüfende auswählen');
    const options = wrapper.findAll('fieldset label').map((label) => label.text());
    expect(options).toEqual([
      'Kim Koordination (kim@esslingen.demo)',
      'Petra Prüfer (pruefer@esslingen.demo)',
    ]);

    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('fieldset').attributes('aria-describedby')).toBeTruthy();
    expect(wrapper.get(`#${wrapper.get('fieldset').attributes('aria-describedby')}`).text()).toBe(
      'Wählen Sie mindestens eine Person aus.',
    );
    expect(document.activeElement).toBe(wrapper.get('fieldset input').element);
    expect(calls.map((call) => call.operation)).not.toContain('RequestProcessReview');

    const petra = wrapper.findAll('fieldset input').at(1);
    await petra?.setValue(true);
    await wrapper.get('form').trigger('submit');
    await flushPromises();

    expect(calls.find((call) => call.operation === 'RequestProcessReview')?.variables).toEqual({
      modelId: 'pm1',
      reviewerIds: ['u2'],
    });
    expect(wrapper.get('[role="status"]').text()).toBe(
      'Die Prüfung wurde angefordert bei: Petra Prüfer.',
    );
    expect(wrapper.emitted('changed')).toHaveLength(1);
  });

  it('lets the reviewer approve with a comment, and asks what to change before requesting changes', async () => {
    const calls = fakeServer({
      status: 'IN_REVIEW',
      viewerCanEdit: false,
      reviews: [review({ viewerIsReviewer: true })],
      answer: (operation) =>
        operation === 'SubmitProcessReview'
          ? {
              data: {
                submitReview: {
                  __typename: 'MutationSubmitReviewSuccess',
                  data: { id: 'r1', decision: 'APPROVED' },
                },
              },
            }
          : undefined,
    });
    const wrapper = await mountPanel();

    expect(wrapper.get('h3').text()).toBe('Ihre Prüfung von Version 3');
    const field = wrapper.get('textarea');
    expect(wrapper.get(`label[for="${field.attributes('id')}"]`).text()).toBe(
      'Kommentar zu Ihrer Prüfung',
    );

    await button(wrapper, 'Änderungen erbitten').trigger('click');
    await flushPromises();
    expect(field.attributes('aria-invalid')).toBe('true');
    expect(wrapper.text()).toContain('Beschreiben Sie, welche Änderungen Sie erbitten.');
    expect(document.activeElement).toBe(field.element);

    await field.setValue('Passt so.');
    await button(wrapper, 'Freigeben').trigger('click');
    await flushPromises();

    expect(calls.find((call) => call.operation === 'SubmitProcessReview')?.variables).toEqual({
      reviewId: 'r1',
      decision: 'APPROVED',
      comment: 'Passt so.',
    });
    expect(wrapper.get('[role="status"]').text()).toBe('Sie haben Version 3 freigegeben.');
    expect(wrapper.emitted('changed')).toHaveLength(1);
  });
});
