import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedFundingApplication, seedProject } from './projectReportFixtures.ts';
import {
  type ProjectPerson,
  type ProjectWorld,
  seedProjectWorld,
} from './support/projectsWorld.ts';
import { createTestApp, globalId, type TestApp } from './support/testApp.ts';

// The projects register links projects to funding applications; the application shows, to each
// viewer, the linking projects that viewer may see — and never another city's private project.
//
//   Application "Förderung E-Akte": Esslingen leads, Ludwigsburg takes part.
//   Ämterübergreifende E-Akte   Esslingen with Ludwigsburg as partner, PRIVATE, linked.
//   Esslinger Antragsvorlage    Esslingen alone, PRIVATE, linked.
//   Offenes Aktenportal         Waiblingen, PUBLIC, linked.
//   Esslinger Nebenprojekt      Esslingen, PRIVATE, not linked.

const PROJECTS_OF = `query($id: ID!) {
  fundingApplication(id: $id) {
    title
    projects { id rawId title status leadCity { name } }
  }
}`;

interface Answer {
  data?: {
    fundingApplication: {
      title: string;
      projects: { id: string; rawId: string; title: string; leadCity: { name: string } }[];
    } | null;
  };
  errors?: unknown[];
}

let app: TestApp;
let w: ProjectWorld;
let applicationId: string;
const projectIds: Record<string, string> = {};

beforeAll(async () => {
  app = await createTestApp();
  w = await seedProjectWorld(app);
  const { cities, topics } = w;
  const application = await seedFundingApplication(app, {
    title: 'Förderung E-Akte',
    lead: cities.esslingen,
    partners: [cities.ludwigsburg],
  });
  applicationId = globalId('FundingApplication', application.id);
  const common = { topic: topics.E_FILE, status: 'IN_PROGRESS' as const, createdAt: '2026-01-05' };
  const linked = { fundingApplicationIds: [application.id] };
  for (const project of [
    {
      ...common,
      ...linked,
      title: 'Esslinger Antragsvorlage',
      lead: cities.esslingen,
    },
    {
      ...common,
      ...linked,
      title: 'Ämterübergreifende E-Akte',
      lead: cities.esslingen,
      partners: [cities.ludwigsburg],
    },
    {
      ...common,
      ...linked,
      title: 'Offenes Aktenportal',
      lead: cities.waiblingen,
      visibility: 'PUBLIC' as const,
    },
    { ...common, title: 'Esslinger Nebenprojekt', lead: cities.esslingen },
  ]) {
    projectIds[project.title] = (await seedProject(app, project)).id;
  }
});

afterAll(async () => {
  await app?.close();
});

async function projectsSeenBy(person: ProjectPerson) {
  const answer = (await w.as(person, PROJECTS_OF, { id: applicationId })) as Answer;
  expect(answer.errors).toBeUndefined();
  return answer.data?.fundingApplication?.projects;
}

describe('the projects of a funding application', () => {
  it('are listed for the lead city by German title, with their ids and lead city', async () => {
    const projects = await projectsSeenBy('elke');
    expect(projects?.map((p) => p.title)).toEqual([
      'Ämterübergreifende E-Akte',
      'Esslinger Antragsvorlage',
      'Offenes Aktenportal',
    ]);
    expect(projects?.[0]).toMatchObject({
      id: globalId('Project', projectIds['Ämterübergreifende E-Akte'] ?? ''),
      rawId: projectIds['Ämterübergreifende E-Akte'],
      leadCity: { name: 'Esslingen am Neckar' },
    });
  });

  it("hide the lead city's private project from a partner city of the application", async () => {
    // Ludwigsburg's coordinator and city admin read the application (process owners do not).
    for (const person of ['lars', 'lisa'] as const) {
      const projects = await projectsSeenBy(person);
      expect(projects?.map((p) => p.title)).toEqual([
        'Ämterübergreifende E-Akte',
        'Offenes Aktenportal',
      ]);
      expect(JSON.stringify(projects)).not.toContain(projectIds['Esslinger Antragsvorlage']);
    }
  });

  it('are nothing to a city outside the application, even with a public project linked', async () => {
    const answer = (await w.as('willi', PROJECTS_OF, { id: applicationId })) as Answer;
    expect(answer.errors).toBeUndefined();
    expect(answer.data).toEqual({ fundingApplication: null });
  });
});
