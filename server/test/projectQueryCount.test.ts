import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedModel } from './support/processModels.ts';
import {
  changeStatus,
  comment,
  newMilestone,
  newProject,
  newTask,
} from './support/projectsSteps.ts';
import { type ProjectWorld, seedProjectWorld } from './support/projectsWorld.ts';
import { createTestApp, globalId, type PrismaOperation, type TestApp } from './support/testApp.ts';

// Style item 5 for the register: the Prisma operations of a `projects` request must not grow with
// the number of projects. Measured with 1 project and again with 5.

// What the register page and the dashboard ask for (web/src/graphql/projects.graphql).
const REGISTER = `{
  projects(first: 50) {
    edges {
      node {
        id title status progressPercent updatedAt plannedEndDate visibility
        topic { key labelDe }
        leadCity { name }
        partners { name }
      }
    }
  }
}`;

// A client may ask for everything a project has in the list.
const RICH = `{
  projects(first: 50) {
    edges {
      node {
        id title status version viewerCanEdit
        contacts { name email }
        sharedWith { name }
        milestones { title dueDate done overdue }
        tasks { title state overdue assignee { id displayName } }
        updates { actorName fromStatus toStatus text }
        processModels { title }
        fundingApplications { title }
      }
    }
  }
}`;

describe('Prisma operations of the project register stay constant as it grows', () => {
  let app: TestApp;
  let w: ProjectWorld;
  const operations: PrismaOperation[] = [];

  beforeEach(async () => {
    operations.length = 0;
    app = await createTestApp({ onQuery: (operation) => operations.push(operation) });
    w = await seedProjectWorld(app);
  });
  afterEach(() => app.close());

  /**
   * Projects Ludwigsburg's coordinator sees in every way: joint ones led by Esslingen (with a
   * milestone, tasks, history, a comment and a linked model), PARTNERS ones shared with Verbund
   * Neckar led by Esslingen (seen by Waiblingen's coordinator, who measures too), and a PRIVATE
   * one of Tübingen no measurer sees.
   */
  async function addProjects(from: number, count: number) {
    for (let n = from; n < from + count; n++) {
      const model = await seedModel(app, {
        city: w.cities.esslingen,
        author: w.people.erik,
        title: `Ablauf ${n}`,
        visibility: 'PUBLIC',
        licence: 'CC_BY_4_0',
      });
      const joint = await newProject(w, {
        title: `Gemeinsam ${n}`,
        partners: ['ludwigsburg'],
        visibility: 'PARTNERS',
        sharedWith: ['neckar'],
        contacts: [{ name: `Kontakt ${n}`, email: `kontakt${n}@esslingen.test` }],
        processModelIds: [globalId('ProcessModel', model.id)],
      });
      await newMilestone(w, joint.id, { title: `Meilenstein ${n}`, dueDate: '2027-01-01' });
      await newTask(w, joint.id, {
        title: `Aufgabe ${n}`,
        assignee: 'lars',
        dueDate: '2026-01-01',
      });
      await newTask(w, joint.id, { title: `Zweite Aufgabe ${n}`, assignee: 'ella', as: 'lars' });
      await changeStatus(w, joint.id, {
        status: 'IN_PROGRESS',
        progressPercent: 10 + n,
        expectedVersion: joint.version,
      });
      await comment(w, joint.id, `Stand ${n}`, 'lars');
      await newProject(w, { title: `Tübingen ${n}`, lead: 'tuebingen', partners: [] });
    }
  }

  async function measure(query: string, as: 'lars' | 'willi' = 'lars') {
    // Sign in first: the login is not part of the measured request.
    await w.cookie(as);
    operations.length = 0;
    const res = await w.as(as, query);
    expect(res.errors).toBeUndefined();
    return { data: res.data, operations: operations.map((o) => `${o.model}.${o.operation}`) };
  }

  it('answers the register page for 1 or 5 projects with the same Prisma operations', async () => {
    await addProjects(0, 1);
    const one = await measure(REGISTER);
    expect(one.data.projects.edges).toHaveLength(1);
    await addProjects(1, 4);
    const five = await measure(REGISTER);
    expect(five.data.projects.edges).toHaveLength(5);
    expect(five.data.projects.edges[0].node).toMatchObject({
      title: 'Gemeinsam 4',
      status: 'IN_PROGRESS',
      progressPercent: 14,
      topic: { key: 'DIGITAL_SERVICES' },
      leadCity: { name: 'Esslingen am Neckar' },
      partners: [{ name: 'Ludwigsburg' }],
    });
    expect(five.operations).toEqual(one.operations);
  });

  it('adds milestones, tasks, history, links and permissions without a query per project', async () => {
    await addProjects(0, 1);
    const one = await measure(RICH);
    const oneForWilli = await measure(RICH, 'willi');
    await addProjects(1, 4);
    const five = await measure(RICH);
    expect(five.data.projects.edges).toHaveLength(5);
    expect(five.data.projects.edges[4].node).toMatchObject({
      title: 'Gemeinsam 0',
      viewerCanEdit: true,
      // Ludwigsburg is no member of Verbund Neckar: a partnership stays private to its members.
      sharedWith: [],
      milestones: [{ title: 'Meilenstein 0', done: false }],
      tasks: [
        { title: 'Aufgabe 0', overdue: true, assignee: { displayName: 'lars' } },
        { title: 'Zweite Aufgabe 0', overdue: false, assignee: { displayName: 'ella' } },
      ],
      processModels: [{ title: 'Ablauf 0' }],
    });
    expect(five.data.projects.edges[4].node.updates.map((u: { text: string }) => u.text)).toEqual([
      'Stand 0',
      '',
      '',
    ]);
    expect(five.operations).toEqual(one.operations);

    const fiveForWilli = await measure(RICH, 'willi');
    expect(fiveForWilli.data.projects.edges).toHaveLength(5);
    expect(fiveForWilli.data.projects.edges[0].node).toMatchObject({
      viewerCanEdit: false,
      sharedWith: [{ name: 'Verbund Neckar' }],
    });
    expect(fiveForWilli.operations).toEqual(oneForWilli.operations);
  });
});
