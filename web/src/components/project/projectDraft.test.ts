import { describe, expect, it } from 'vitest';
import {
  emptyContact,
  emptyProjectDraft,
  parseProgress,
  projectDraftToCreateInput,
  projectDraftToUpdateInput,
  sentContactRows,
  serverInvalidProjectFields,
} from './projectDraft.ts';

function filledDraft() {
  return {
    ...emptyProjectDraft(),
    title: '  Bürgerkonto einführen ',
    topicId: 't1',
    leadCityId: 'c-es',
    partnerCityIds: ['c-lb'],
    status: 'IN_PROGRESS' as const,
    startDate: '2026-01-15',
    plannedEndDate: '2026-12-31',
    progressPercent: '40 %',
  };
}

describe('project draft', () => {
  it('reads progress as a whole percentage from 0 to 100', () => {
    expect(parseProgress('40')).toBe(40);
    expect(parseProgress(' 100 % ')).toBe(100);
    expect(parseProgress('101')).toBeNull();
    expect(parseProgress('4,5')).toBeNull();
    expect(parseProgress('')).toBeNull();
  });

  it('builds the create input, dropping empty contact rows', () => {
    const draft = filledDraft();
    draft.contacts = [
      { ...emptyContact(), name: 'Erika Muster', email: 'erika@esslingen.demo', role: 'Leitung' },
      emptyContact(),
    ];
    const checked = projectDraftToCreateInput(draft);
    expect(checked).toEqual({
      ok: true,
      input: {
        title: 'Bürgerkonto einführen',
        description: '',
        topicId: 't1',
        leadCityId: 'c-es',
        partnerCityIds: ['c-lb'],
        status: 'IN_PROGRESS',
        startDate: '2026-01-15',
        plannedEndDate: '2026-12-31',
        progressPercent: 40,
        contacts: [
          { name: 'Erika Muster', email: 'erika@esslingen.demo', phone: '', role: 'Leitung' },
        ],
        visibility: 'PRIVATE',
        sharedWithPartnershipIds: [],
        processModelIds: [],
        fundingApplicationIds: [],
      },
    });
  });

  it('names each field it rejects, contacts by row', () => {
    const draft = {
      ...emptyProjectDraft(),
      startDate: '2026-06-01',
      plannedEndDate: '2026-05-01',
      progressPercent: '120',
      visibility: 'PARTNERS' as const,
    };
    draft.contacts = [emptyContact(), { ...emptyContact(), email: 'kein-mail' }];
    const checked = projectDraftToCreateInput(draft);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect([...checked.invalid].sort()).toEqual(
      [
        'contacts.1.email',
        'contacts.1.name',
        'leadCityId',
        'plannedEndDate',
        'progressPercent',
        'sharedWithPartnershipIds',
        'title',
        'topicId',
      ].sort(),
    );
  });

  it('builds the update input with the version it was based on', () => {
    const checked = projectDraftToUpdateInput(filledDraft(), 'p1', 7);
    expect(checked.ok && checked.input).toMatchObject({
      projectId: 'p1',
      expectedVersion: 7,
      title: 'Bürgerkonto einführen',
      contacts: [],
    });
  });

  it('maps server paths onto the form’s fields', () => {
    expect(
      serverInvalidProjectFields([
        { path: 'input.title' },
        { path: 'input.contacts.1.email' },
        { path: 'plannedEndDate' },
      ]),
    ).toEqual(new Set(['title', 'contacts', 'contacts.1.email', 'plannedEndDate']));
    // An empty first row is not sent: the server's contact 0 is the form's row 1.
    const draft = emptyProjectDraft();
    draft.contacts = [emptyContact(), { ...emptyContact(), name: 'Erika Muster' }];
    expect(
      serverInvalidProjectFields([{ path: 'input.contacts.0.email' }], sentContactRows(draft)),
    ).toEqual(new Set(['contacts', 'contacts.1.email']));
  });
});
