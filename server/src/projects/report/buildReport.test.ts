import { describe, expect, it } from 'vitest';
import { assembleReport, type ReportProjectRow } from './buildReport.ts';
import type { ReportScope } from './reportScope.ts';

const scope: ReportScope = {
  kind: 'CITY',
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Esslingen am Neckar',
  cities: [{ id: '00000000-0000-4000-8000-000000000001', name: 'Esslingen am Neckar' }],
};

let counter = 0;
function row(
  title: string,
  createdAt: string,
  current: Pick<ReportProjectRow, 'status' | 'progressPercent'>,
  updates: ReportProjectRow['updates'] = [],
  milestones: ReportProjectRow['milestones'] = [],
): ReportProjectRow {
  counter += 1;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    title,
    ...current,
    visibility: 'PRIVATE',
    createdAt: new Date(createdAt),
    startDate: null,
    plannedEndDate: null,
    topic: { labelDe: 'E-Akte' },
    leadCity: { name: 'Esslingen am Neckar' },
    partners: [{ city: { name: 'Ludwigsburg' } }],
    updates,
    milestones,
    processModels: [],
    fundingApplications: [],
  };
}

const at = (iso: string) => new Date(iso);

function rows() {
  return [
    // Idea in March 2025, in implementation from September 2025, done in June 2026.
    row('Online-Terminvergabe', '2025-03-10T09:00:00Z', { status: 'DONE', progressPercent: 100 }, [
      {
        at: at('2025-09-15T08:00:00Z'),
        fromStatus: 'IDEA',
        toStatus: 'IN_PROGRESS',
        fromProgress: 0,
        toProgress: 30,
      },
      {
        at: at('2026-06-10T08:00:00Z'),
        fromStatus: 'IN_PROGRESS',
        toStatus: 'DONE',
        fromProgress: 30,
        toProgress: 100,
      },
    ]),
    // Running since 2024, unchanged in 2025.
    row('E-Akte Bauamt', '2024-02-01T09:00:00Z', { status: 'IN_PROGRESS', progressPercent: 50 }),
    // Put on hold in 2025, with a milestone reached before.
    row(
      'Open-Data-Portal',
      '2024-05-01T09:00:00Z',
      { status: 'ON_HOLD', progressPercent: 20 },
      [
        {
          at: at('2025-07-01T08:00:00Z'),
          fromStatus: 'IN_PROGRESS',
          toStatus: 'ON_HOLD',
          fromProgress: 20,
          toProgress: 20,
        },
      ],
      [
        { title: 'Datenkatalog', dueDate: at('2025-03-31'), doneAt: at('2025-03-28T10:00:00Z') },
        { title: 'Altlast', dueDate: at('2024-12-01'), doneAt: at('2024-11-28T10:00:00Z') },
      ],
    ),
    // Created in 2026: not part of 2025.
    row('Chatbot', '2026-01-05T09:00:00Z', { status: 'IDEA', progressPercent: 0 }),
  ];
}

describe('assembleReport', () => {
  const report = assembleReport({ scope, year: 2025, generatedOn: '2026-11-21', rows: rows() });
  const titles = (status: string) =>
    report.groups.find((g) => g.status === status)?.projects.map((p) => p.title);

  it('groups the projects that existed by their status at the end of the year', () => {
    expect(report.groups.map((g) => g.status)).toEqual([
      'IDEA',
      'IN_PROGRESS',
      'DONE',
      'ON_HOLD',
      'CANCELLED',
    ]);
    expect(titles('IDEA')).toEqual([]);
    expect(titles('IN_PROGRESS')).toEqual(['E-Akte Bauamt', 'Online-Terminvergabe']);
    expect(titles('DONE')).toEqual([]);
    expect(titles('ON_HOLD')).toEqual(['Open-Data-Portal']);
  });

  it('lists what changed since the end of the year before', () => {
    expect(
      report.changes.map((p) => [
        p.title,
        p.isNew,
        p.previousStatus,
        p.status,
        p.previousProgressPercent,
        p.progressPercent,
      ]),
    ).toEqual([
      ['Online-Terminvergabe', true, null, 'IN_PROGRESS', null, 30],
      ['Open-Data-Portal', false, 'IN_PROGRESS', 'ON_HOLD', 20, 20],
    ]);
  });

  it('lists only milestones reached within the year', () => {
    expect(report.milestonesReached).toEqual([
      expect.objectContaining({
        projectTitle: 'Open-Data-Portal',
        title: 'Datenkatalog',
        dueDate: '2025-03-31',
        reachedOn: '2025-03-28',
      }),
    ]);
  });

  it('shows the following year with the project done and the 2026 project new', () => {
    const next = assembleReport({ scope, year: 2026, generatedOn: '2026-11-21', rows: rows() });
    const find = (title: string) =>
      next.groups.flatMap((g) => g.projects).find((p) => p.title === title);
    expect(find('Online-Terminvergabe')).toMatchObject({
      status: 'DONE',
      previousStatus: 'IN_PROGRESS',
      isNew: false,
    });
    expect(find('Chatbot')).toMatchObject({ status: 'IDEA', isNew: true });
    expect(next.changes.map((p) => p.title)).toEqual(['Chatbot', 'Online-Terminvergabe']);
  });
});
