import { graphJson } from '../comparison/processGraphs.ts';
import { storableJson } from '../db/storableJson.ts';
import { ConflictError, NotFoundError, ProcessVersionConflictError } from '../errors.ts';
import type { Licence, PrismaClient, Visibility } from '../generated/prisma/client.ts';
import { type AnalysedVersion, analyseBpmn } from './analyse.ts';
import { searchTextOf } from './searchText.ts';
import { parentModelSharing, sharingSelection } from './visibility.ts';

export interface ModelMetadata {
  title: string;
  description: string;
  serviceKey: string | null;
  tags: string[];
  contactName: string;
  contactEmail: string;
  licence: Licence;
  visibility: Visibility;
  /** Partnerships that see the model when visibility is PARTNERS. */
  sharedWithPartnershipIds: string[];
}

function versionData(analysed: AnalysedVersion) {
  return {
    xml: analysed.xml,
    activityCount: analysed.activityCount,
    eventCount: analysed.eventCount,
    gatewayCount: analysed.gatewayCount,
    laneCount: analysed.laneCount,
    elementCount: analysed.elementCount,
    activityLabels: analysed.activityLabels,
    warnings: storableJson(analysed.warnings),
    lintFindings: storableJson(analysed.lintFindings),
    graph: graphJson(analysed.graph),
    graphVersion: analysed.matchingDataVersion,
  };
}

/**
 * Creates a model with its first version from BPMN XML. The XML is parsed and checked before
 * anything is written; model, version and sharing are stored together or not at all.
 */
export async function importProcessModel(
  prisma: PrismaClient,
  input: ModelMetadata & {
    cityId: string;
    authorId: string;
    xml: string;
    message: string;
    adoptedFromVersionId?: string;
  },
) {
  const analysed = await analyseBpmn(input.xml);
  const { sharedWithPartnershipIds, xml: _xml, message, authorId, ...meta } = input;
  return prisma.$transaction(async (tx) => {
    const model = await tx.processModel.create({
      data: {
        ...meta,
        createdById: authorId,
        latestVersionNumber: 1,
        searchText: searchTextOf({ ...meta, activityLabels: analysed.activityLabels }),
        stepTerms: analysed.stepTerms,
        stepTermsVersion: analysed.matchingDataVersion,
        sharedWith: {
          create: sharedWithPartnershipIds.map((partnershipId) => ({ partnershipId })),
        },
      },
    });
    await tx.processVersion.create({
      data: { ...versionData(analysed), modelId: model.id, number: 1, authorId, message },
    });
    return tx.processModel.findUniqueOrThrow({
      where: { id: model.id },
      include: sharingSelection,
    });
  });
}

/**
 * Stores a new version on top of `baseVersion`. If anyone saved since, nothing is written and the
 * caller learns the newest version: the conditional increment lets exactly one of several
 * concurrent saves on the same base win, and version numbers never skip.
 */
export async function saveProcessVersion(
  prisma: PrismaClient,
  input: { modelId: string; baseVersion: number; xml: string; message: string; authorId: string },
) {
  const analysed = await analyseBpmn(input.xml);
  return prisma.$transaction(async (tx) => {
    const model = await tx.processModel.findUnique({ where: { id: input.modelId } });
    if (!model) throw new NotFoundError('ProcessModel');
    if (model.status === 'ARCHIVED') {
      throw new ConflictError('MODEL_ARCHIVED', 'The model is archived. Restore it to edit it.');
    }
    const { count } = await tx.processModel.updateMany({
      where: { id: model.id, latestVersionNumber: input.baseVersion },
      data: {
        latestVersionNumber: { increment: 1 },
        // A changed diagram needs a new review before it counts as the reference again.
        status: 'DRAFT',
        searchText: searchTextOf({ ...model, activityLabels: analysed.activityLabels }),
        stepTerms: analysed.stepTerms,
        stepTermsVersion: analysed.matchingDataVersion,
      },
    });
    if (count === 0) {
      const latest = await tx.processVersion.findFirstOrThrow({
        where: { modelId: model.id },
        orderBy: { number: 'desc' },
      });
      throw new ProcessVersionConflictError(latest.id, latest.number);
    }
    return tx.processVersion.create({
      data: {
        ...versionData(analysed),
        modelId: model.id,
        number: input.baseVersion + 1,
        authorId: input.authorId,
        message: input.message,
      },
      include: parentModelSharing,
    });
  });
}
