import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedModel } from './support/processModels.ts';
import {
  PROJECTS,
  type ProjectView,
  projectTitles,
  resultOf,
  UPDATE_PROJECT,
} from './support/projectsOperations.ts';
import { expectProject, newProject, readProject } from './support/projectsSteps.ts';
import {
  type ProjectPerson,
  type ProjectWorld,
  projectData,
  seedProjectWorld,
} from './support/projectsWorld.ts';
import { createTestApp, globalId, type TestApp } from './support/testApp.ts';

/** The full record as updateProject takes it, from what the editor read, with `changes`. */
function recordOf(project: ProjectView, changes: Record<string, unknown> = {}) {
  return {
    projectId: project.id,
    expectedVersion: project.version,
    title: project.title,
    description: project.description,
    topicId: project.topic.id,
    partnerCityIds: project.partners.map((c) => c.id),
    startDate: project.startDate,
    plannedEndDate: project.plannedEndDate,
    contacts: project.contacts,
    visibility: project.visibility,
    sharedWithPartnershipIds: project.sharedWith.map((p) => p.id),
    processModelIds: [],
    fundingApplicationIds: [],
    ...changes,
  };
}

describe('editing a project’s record', () => {
  let app: TestApp;
  let w: ProjectWorld;
  let project: ProjectView;
  beforeEach(async () => {
    app = await createTestApp();
    w = await seedProjectWorld(app);
    project = await newProject(w, {
      title: 'E-Akte im Bauamt',
      topic: 'E_FILE',
      partners: ['ludwigsburg'],
      startDate: '2026-02-01',
      plannedEndDate: '2026-12-31',
    });
  });
  afterEach(() => app.close());

  const update = (as: ProjectPerson, input: Record<string, unknown>) =>
    w.as(as, UPDATE_PROJECT, { input });

  it('replaces the record and the partner cities, without a status history entry', async () => {
    const updated = expectProject(
      await update(
        'emil',
        recordOf(project, {
          title: 'E-Akte in Bauamt und Ordnungsamt',
          description: 'Zweite Ausbaustufe',
          topicId: w.topicId('DIGITAL_SERVICES'),
          partnerCityIds: [w.cityId('waiblingen')],
          plannedEndDate: '2027-06-30',
          contacts: [{ name: 'Erik', email: 'erik@esslingen.test', role: 'Fachamt' }],
          visibility: 'PARTNERS',
          sharedWithPartnershipIds: [w.partnershipId('neckar')],
        }),
      ),
      'updateProject',
    );
    expect(updated).toMatchObject({
      title: 'E-Akte in Bauamt und Ordnungsamt',
      description: 'Zweite Ausbaustufe',
      topic: { key: 'DIGITAL_SERVICES' },
      partners: [{ slug: 'waiblingen' }],
      startDate: '2026-02-01',
      plannedEndDate: '2027-06-30',
      contacts: [{ name: 'Erik', email: 'erik@esslingen.test', phone: '', role: 'Fachamt' }],
      visibility: 'PARTNERS',
      sharedWith: [{ id: w.partnershipId('neckar'), name: 'Verbund Neckar' }],
      version: project.version + 1,
      status: 'IDEA',
    });
    expect(updated.updates).toHaveLength(project.updates.length);

    // Ludwigsburg no longer takes part and is in no partnership it is shared with.
    expect(await readProject(w, project.id, 'lars')).toBeNull();
    expect(projectTitles(await w.as('lars', PROJECTS))).toEqual([]);
    // Waiblingen now runs it.
    expect(await readProject(w, project.id, 'willi')).toMatchObject({ viewerCanEdit: true });
  });

  it('lets the partner city’s coordinator edit it too', async () => {
    const updated = expectProject(
      await update('lars', recordOf(project, { title: 'E-Akte Bauamt (gemeinsam)' })),
      'updateProject',
    );
    expect(updated.title).toBe('E-Akte Bauamt (gemeinsam)');
  });

  it('keeps the shares a partner city cannot see when its coordinator edits', async () => {
    // Shared with Verbund Neckar, which Ludwigsburg (a partner of the project) does not belong to.
    const shared = await newProject(w, {
      title: 'Verbund-Bürgerkonto',
      partners: ['ludwigsburg'],
      visibility: 'PARTNERS',
      sharedWith: ['neckar'],
    });
    const forLars = (await readProject(w, shared.id, 'lars')) as ProjectView;
    expect(forLars.sharedWith).toEqual([]);
    // Lars sends back the record as he sees it, with a new title only.
    const res = await update('lars', recordOf(forLars, { title: 'Bürgerkonto im Verbund' }));
    expect(expectProject(res, 'updateProject by the partner').title).toBe('Bürgerkonto im Verbund');
    expect(await readProject(w, shared.id, 'willi')).toMatchObject({
      title: 'Bürgerkonto im Verbund',
      visibility: 'PARTNERS',
      sharedWith: [{ name: 'Verbund Neckar' }],
    });
  });

  it('refuses a stale expectedVersion with VersionConflictError, changing nothing', async () => {
    expectProject(await update('lars', recordOf(project, { title: 'Von Lars' })), 'first');
    const before = await projectData(app);
    const res = await update('emil', recordOf(project, { title: 'Von Emil' }));
    expect(resultOf(res)).toMatchObject({
      __typename: 'VersionConflictError',
      currentVersion: project.version + 1,
    });
    expect(await projectData(app)).toEqual(before);
  });

  it.each<[string, (w: ProjectWorld) => Record<string, unknown>, string]>([
    [
      'a planned end before the start',
      () => ({ plannedEndDate: '2026-01-31' }),
      'input.plannedEndDate',
    ],
    ['an empty title', () => ({ title: '' }), 'input.title'],
    [
      'a contact with an invalid e-mail address',
      () => ({ contacts: [{ name: 'Erik', email: 'erik@' }] }),
      'input.contacts.0.email',
    ],
    [
      'the lead city as partner',
      (w) => ({ partnerCityIds: [w.cityId('esslingen')] }),
      'input.partnerCityIds',
    ],
    [
      'PARTNERS without a partnership',
      () => ({ visibility: 'PARTNERS', sharedWithPartnershipIds: [] }),
      'input.sharedWithPartnershipIds',
    ],
    [
      'PARTNERS with a partnership the lead city has not joined',
      (w) => ({ visibility: 'PARTNERS', sharedWithPartnershipIds: [w.partnershipId('alb')] }),
      'input.sharedWithPartnershipIds',
    ],
  ])('refuses %s with a ValidationError, changing nothing', async (_what, changes, path) => {
    const before = await projectData(app);
    const res = await update('emil', recordOf(project, changes(w)));
    expect(res.errors).toBeUndefined();
    expect(resultOf(res)).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ path, message: expect.any(String) }],
    });
    expect(await projectData(app)).toEqual(before);
  });

  it('links only process models the editor may see', async () => {
    const own = await seedModel(app, {
      city: w.cities.esslingen,
      author: w.people.erik,
      title: 'Bauantrag intern',
    });
    const foreign = await seedModel(app, {
      city: w.cities.tuebingen,
      author: w.people.tom,
      title: 'Tübinger Geheimverfahren',
    });
    const linked = expectProject(
      await update(
        'emil',
        recordOf(project, { processModelIds: [globalId('ProcessModel', own.id)] }),
      ),
      'link own',
    );
    expect(linked.processModels).toEqual([{ title: 'Bauantrag intern' }]);
    const before = await projectData(app);
    const res = await update(
      'emil',
      recordOf(linked, {
        processModelIds: [globalId('ProcessModel', own.id), globalId('ProcessModel', foreign.id)],
      }),
    );
    expect(resultOf(res)).toMatchObject({ __typename: 'NotFoundError', entity: 'ProcessModel' });
    expect(JSON.stringify(res)).not.toContain('Tübinger Geheimverfahren');
    expect(await projectData(app)).toEqual(before);
  });
});
