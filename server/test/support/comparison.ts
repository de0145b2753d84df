import type { City, User, Visibility } from '../../src/generated/prisma/client.ts';
import { importProcessModel } from '../../src/processModels/versions.ts';
import { linearProcess } from './bpmnSamples.ts';
import type { GraphqlResponse, TestApp } from './testApp.ts';

// GraphQL documents and seeding for the comparison tests (issue 4). Queries ask for every field,
// so a tenancy test can search the whole answer for words it must not contain.

const stepFields = 'elementId label kind lane';
const figureFields = `activities userTasks manualTasks serviceTasks lanes handOffs gateways loops
  mediaBreaks { elementId label medium }`;

export const COMPARE = `query($left: ID!, $right: ID!) {
  compareProcesses(leftVersionId: $left, rightVersionId: $right) {
    __typename
    ... on Error { message }
    ... on NotFoundError { entity }
    ... on QueryCompareProcessesSuccess {
      data {
        left { id number processModel { title city { slug } } }
        right { id number processModel { title city { slug } } }
        similarity
        matches { left { ${stepFields} } right { ${stepFields} } score reason
          reasons { code terms } }
        onlyLeft { ${stepFields} }
        onlyRight { ${stepFields} }
        leftFigures { ${figureFields} }
        rightFigures { ${figureFields} }
      }
    }
  }
}`;

export const SIMILAR = `query($id: ID!, $first: Int) {
  similarProcesses(processModelId: $id, first: $first) {
    __typename
    ... on Error { message }
    ... on NotFoundError { entity }
    ... on ValidationError { fieldErrors { path message } }
    ... on QuerySimilarProcessesSuccess {
      data {
        model { id title serviceKey city { slug } }
        version { id number activityCount }
        similarity sameService matchedSteps
      }
    }
  }
}`;

export const VARIANTS = `query($serviceKey: String!) {
  serviceVariants(serviceKey: $serviceKey) {
    __typename
    ... on Error { message }
    ... on ValidationError { fieldErrors { path message } }
    ... on QueryServiceVariantsSuccess {
      data {
        serviceKey
        models {
          model { id title city { slug } }
          version { id number }
          outliers { ${stepFields} }
        }
        steps { label cityCount occurrences { model { id title } elementId label } }
      }
    }
  }
}`;

/** The titles of a `similarProcesses` answer, in its order. */
export function similarTitles(res: GraphqlResponse): string[] {
  return res.data.similarProcesses.data.map((row: { model: { title: string } }) => row.model.title);
}

export interface ComparisonModel {
  city: City;
  author: User;
  title: string;
  tasks: string[];
  /** Names of the start and end event, instead of the usual 'Antrag eingegangen' … */
  events?: [string, string];
  serviceKey?: string | null;
  visibility?: Visibility;
  sharedWithPartnershipIds?: string[];
}

/** A model with version 1 of `tasks` (start → tasks → end), created the way the API does. */
export async function seedComparisonModel(app: TestApp, input: ComparisonModel) {
  const model = await importProcessModel(app.prisma, {
    cityId: input.city.id,
    authorId: input.author.id,
    xml: withEvents(linearProcess(input.tasks), input.events),
    message: 'Import',
    title: input.title,
    description: '',
    serviceKey: input.serviceKey ?? null,
    tags: [],
    contactName: '',
    contactEmail: '',
    licence: 'CC_BY_4_0',
    visibility: input.visibility ?? 'PUBLIC',
    sharedWithPartnershipIds: input.sharedWithPartnershipIds ?? [],
  });
  const version = await app.prisma.processVersion.findUniqueOrThrow({
    where: { modelId_number: { modelId: model.id, number: 1 } },
  });
  return { ...model, version };
}

function withEvents(xml: string, events: [string, string] | undefined): string {
  if (!events) return xml;
  return xml
    .replace('name="Antrag eingegangen"', `name="${events[0]}"`)
    .replace('name="Bescheid versandt"', `name="${events[1]}"`);
}

/**
 * Makes a version look like one saved before graphs were stored (and its model's terms unset),
 * stamped 0 as the migration that added the stamps left such rows.
 */
export async function makeLegacy(app: TestApp, model: { id: string }, versionId: string) {
  await app.prisma.$executeRaw`
    UPDATE "ProcessVersion" SET graph = NULL, "graphVersion" = 0 WHERE id = ${versionId}::uuid`;
  await app.prisma.$executeRaw`
    UPDATE "ProcessModel" SET "stepTerms" = ARRAY[]::text[], "stepTermsVersion" = 0
    WHERE id = ${model.id}::uuid`;
}
