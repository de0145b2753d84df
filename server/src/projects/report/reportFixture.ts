import type { ProjectReport, ReportProject } from './reportTypes.ts';

// A small report for the renderer tests: three projects of the Neckar partnership in 2025, one of
// them new, one that moved from idea to implementation, one unchanged.

function project(overrides: Partial<ReportProject> & Pick<ReportProject, 'id' | 'title'>) {
  return {
    topicLabel: 'Digitale Bürgerdienste (OZG)',
    leadCityName: 'Esslingen am Neckar',
    partnerCityNames: [],
    visibility: 'PARTNERS',
    status: 'IN_PROGRESS',
    progressPercent: 40,
    previousStatus: 'IN_PROGRESS',
    previousProgressPercent: 40,
    isNew: false,
    startDate: '2024-09-01',
    plannedEndDate: '2026-06-30',
    milestonesReached: [],
    processModels: [],
    fundingApplications: [],
    ...overrides,
  } satisfies ReportProject;
}

export function neckarReport2025(): ProjectReport {
  const portal = project({
    id: '11111111-1111-4111-8111-111111111111',
    title: 'Digitaler Bewohnerparkausweis',
    partnerCityNames: ['Ludwigsburg', 'Waiblingen'],
    status: 'IN_PROGRESS',
    progressPercent: 60,
    previousStatus: 'IDEA',
    previousProgressPercent: 0,
    milestonesReached: [
      {
        projectId: '11111111-1111-4111-8111-111111111111',
        projectTitle: 'Digitaler Bewohnerparkausweis',
        title: 'Anbindung Melderegister',
        dueDate: '2025-10-31',
        reachedOn: '2025-11-05',
      },
    ],
    processModels: [
      {
        id: '21111111-1111-4111-8111-111111111111',
        title: 'Bewohnerparkausweis beantragen',
        cityName: 'Esslingen am Neckar',
      },
    ],
    fundingApplications: [
      {
        id: '31111111-1111-4111-8111-111111111111',
        title: 'Digitalisierungsstrategie Neckar-Verbund',
        programmeName: 'Digitale Zukunftskommune@bw',
        status: 'SUBMITTED',
      },
    ],
  });
  const openData = project({
    id: '12222222-2222-4222-8222-222222222222',
    title: '=Open-Data-Portal; Stufe "1"',
    topicLabel: 'Open Data',
    leadCityName: 'Ludwigsburg',
    status: 'IDEA',
    progressPercent: 0,
    previousStatus: null,
    previousProgressPercent: null,
    isNew: true,
    startDate: null,
    plannedEndDate: null,
  });
  const eFile = project({
    id: '13333333-3333-4333-8333-333333333333',
    title: 'E-Akte im Bürgerbüro',
    topicLabel: 'E-Akte',
    leadCityName: 'Waiblingen',
    status: 'DONE',
    progressPercent: 100,
    previousStatus: 'DONE',
    previousProgressPercent: 100,
  });
  return {
    scopeKind: 'PARTNERSHIP',
    scopeId: '41111111-1111-4111-8111-111111111111',
    scopeName: 'Digitalisierungsverbund Neckar',
    cityNames: ['Böblingen', 'Esslingen am Neckar', 'Ludwigsburg', 'Waiblingen'],
    year: 2025,
    generatedOn: '2026-11-21',
    groups: [
      { status: 'IDEA', projects: [openData] },
      { status: 'IN_PROGRESS', projects: [portal] },
      { status: 'DONE', projects: [eFile] },
      { status: 'ON_HOLD', projects: [] },
      { status: 'CANCELLED', projects: [] },
    ],
    changes: [openData, portal],
    milestonesReached: portal.milestonesReached,
  };
}
