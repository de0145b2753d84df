import { basename } from 'node:path';
import { z } from 'zod';
import type { Auth } from '../auth/authz.ts';
import { ConflictError, NotFoundError } from '../errors.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { isUploadedFile } from '../http/uploadedFile.ts';
import {
  assertCanEditCity,
  assertCanView,
  assertOpen,
  lockApplication,
} from './applicationAccess.ts';
import type { Actor } from './applications.ts';
import { checklistEntry } from './checklist.ts';
import { storeDocument } from './documentStorage.ts';
import { detectDocumentType, MAX_DOCUMENT_BYTES } from './documentType.ts';

const itemFields = {
  applicationId: z.string(),
  cityId: z.string(),
  requirement: z.string().max(200),
};

export const uploadDocumentSchema = z.object({
  ...itemFields,
  file: z.custom<File>((value) => isUploadedFile(value), 'Attach a file.'),
});

export const notApplicableSchema = z.object({
  ...itemFields,
  reason: z
    .string()
    .trim()
    .min(1, 'Say why the document is not needed.')
    .max(1000, 'The reason can have at most 1000 characters.'),
});

/** Finds the checklist item, or NotFoundError: it must exist before anyone may fill it. */
async function checklistItemFor(
  prisma: PrismaClient,
  auth: Auth,
  input: { applicationId: string; cityId: string; requirement: string },
) {
  await assertCanView(auth, input.applicationId);
  const application = await prisma.fundingApplication.findUniqueOrThrow({
    where: { id: input.applicationId },
    include: { programme: true, partners: true, documents: true },
  });
  const entry = checklistEntry(application, input.cityId, input.requirement);
  if (!entry) throw new NotFoundError('ChecklistItem');
  await assertCanEditCity(auth, input.cityId);
  assertOpen(application);
  return entry;
}

/** Keeps what a user can recognise of the name; the content decides the type, never the name. */
function cleanFileName(name: string, extension: string): string {
  const cleaned = basename(name.replaceAll('\\', '/'))
    .replace(/[\p{Cc}\p{Cf}]/gu, '')
    .trim()
    .slice(0, 200);
  return cleaned === '' ? `dokument.${extension}` : cleaned;
}

export async function uploadApplicationDocument(
  prisma: PrismaClient,
  auth: Auth,
  actor: Actor,
  dataDir: string,
  input: z.infer<typeof uploadDocumentSchema>,
) {
  await checklistItemFor(prisma, auth, input);
  if (input.file.size > MAX_DOCUMENT_BYTES) {
    throw new ConflictError('FILE_TOO_LARGE', 'A document can be at most 20 MB.');
  }
  const bytes = new Uint8Array(await input.file.arrayBuffer());
  const type = await detectDocumentType(bytes);
  if (!type) {
    throw new ConflictError(
      'FILE_TYPE_NOT_ALLOWED',
      'Only PDF, DOCX, XLSX, ODT, ODS, PNG and JPG files are accepted (checked by their content).',
    );
  }
  // The file goes first: if the database write then fails, an unreferenced copy remains on disk,
  // never a row pointing at a missing file.
  const sha256 = await storeDocument(dataDir, bytes);
  const document = {
    state: 'UPLOADED' as const,
    notApplicableReason: null,
    fileName: cleanFileName(input.file.name, type.extension),
    mediaType: type.mediaType,
    sizeBytes: bytes.byteLength,
    sha256,
    updatedByName: actor.displayName,
    updatedAt: new Date(),
  };
  return saveItem(prisma, input, document);
}

export async function markDocumentNotApplicable(
  prisma: PrismaClient,
  auth: Auth,
  actor: Actor,
  input: z.infer<typeof notApplicableSchema>,
) {
  await checklistItemFor(prisma, auth, input);
  return saveItem(prisma, input, {
    state: 'NOT_APPLICABLE',
    notApplicableReason: input.reason,
    fileName: null,
    mediaType: null,
    sizeBytes: null,
    sha256: null,
    updatedByName: actor.displayName,
    updatedAt: new Date(),
  });
}

async function saveItem(
  prisma: PrismaClient,
  item: { applicationId: string; cityId: string; requirement: string },
  document: {
    state: 'UPLOADED' | 'NOT_APPLICABLE';
    notApplicableReason: string | null;
    fileName: string | null;
    mediaType: string | null;
    sizeBytes: number | null;
    sha256: string | null;
    updatedByName: string;
    updatedAt: Date;
  },
) {
  const { applicationId, cityId, requirement } = item;
  return prisma.$transaction(async (tx) => {
    await lockApplication(tx, applicationId);
    const application = await tx.fundingApplication.findUniqueOrThrow({
      where: { id: applicationId },
    });
    assertOpen(application);
    await tx.applicationDocument.upsert({
      where: { applicationId_cityId_requirement: { applicationId, cityId, requirement } },
      create: { applicationId, cityId, requirement, ...document },
      update: document,
    });
    return tx.fundingApplication.update({
      where: { id: applicationId },
      data: { updatedAt: new Date() },
    });
  });
}
