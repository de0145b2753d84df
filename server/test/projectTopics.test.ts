import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  CREATE_PROJECT_TOPIC,
  errorCodes,
  PROJECT_TOPICS,
  resultOf,
} from './support/projectsOperations.ts';
import { newProject } from './support/projectsSteps.ts';
import { type ProjectWorld, projectData, seedProjectWorld } from './support/projectsWorld.ts';
import { createTestApp, type TestApp } from './support/testApp.ts';

const SMART_CITY = { key: 'SMART_CITY', labelDe: 'Smart City', labelEn: 'Smart city' };

describe('project topics', () => {
  let app: TestApp;
  let w: ProjectWorld;
  beforeEach(async () => {
    app = await createTestApp();
    w = await seedProjectWorld(app);
  });
  afterEach(() => app.close());

  it('are extended by global admins, and then offered to every city', async () => {
    const res = await w.as('admin', CREATE_PROJECT_TOPIC, SMART_CITY);
    const topic = resultOf(res)?.data as unknown as { id: string; key: string };
    expect(resultOf(res)).toMatchObject({
      __typename: 'MutationCreateProjectTopicSuccess',
      data: { id: expect.any(String), ...SMART_CITY },
    });
    const listed = await w.as('tina', PROJECT_TOPICS);
    expect(listed.data.projectTopics).toHaveLength(6);
    expect(listed.data.projectTopics).toContainEqual({ id: topic.id, ...SMART_CITY });
    // The new topic can be chosen right away.
    const project = await newProject(w, {
      as: 'tina',
      lead: 'tuebingen',
      partners: [],
      title: 'Sensoren am Neckar',
      topicId: topic.id,
    });
    expect(project.topic).toEqual({ id: topic.id, ...SMART_CITY });
  });

  it.each([
    ['a coordinator', 'emil'],
    ['a city admin', 'eva'],
    ['a user of no city', 'nora'],
  ] as const)('are FORBIDDEN to extend for %s', async (_who, person) => {
    const before = await projectData(app);
    const res = await w.as(person, CREATE_PROJECT_TOPIC, SMART_CITY);
    expect(errorCodes(res)).toEqual(['FORBIDDEN']);
    expect(await projectData(app)).toEqual(before);
  });

  it('ask anonymous visitors to sign in', async () => {
    expect(errorCodes(await w.as(null, CREATE_PROJECT_TOPIC, SMART_CITY))).toEqual([
      'UNAUTHENTICATED',
    ]);
    expect(errorCodes(await w.as(null, PROJECT_TOPICS))).toEqual(['UNAUTHENTICATED']);
  });

  it('refuse a key that exists already, storing nothing', async () => {
    const before = await projectData(app);
    for (const key of ['E_FILE', ' E_FILE ']) {
      const res = await w.as('admin', CREATE_PROJECT_TOPIC, { ...SMART_CITY, key });
      expect(res.errors).toBeUndefined();
      expect(resultOf(res)).toMatchObject({
        __typename: 'ValidationError',
        fieldErrors: [{ path: 'key', message: expect.any(String) }],
      });
    }
    expect(await projectData(app)).toEqual(before);
  });

  it.each([
    ['a key in lower case', { key: 'smart_city' }, 'key'],
    ['an empty German label', { labelDe: '  ' }, 'labelDe'],
    ['an empty English label', { labelEn: '' }, 'labelEn'],
  ])('refuse %s with a ValidationError', async (_what, change, path) => {
    const before = await projectData(app);
    const res = await w.as('admin', CREATE_PROJECT_TOPIC, { ...SMART_CITY, ...change });
    expect(resultOf(res)).toMatchObject({
      __typename: 'ValidationError',
      fieldErrors: [{ path, message: expect.any(String) }],
    });
    expect(await projectData(app)).toEqual(before);
  });
});
