import type { PrismaClient } from '../generated/prisma/client.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes audit entries older than `retentionDays` (0: none): the log names people, so it is
 * kept only as long as the city's data-protection concept says (AUDIT_RETENTION_DAYS).
 * Hands back how many were deleted.
 */
export async function deleteOldAuditEntries(
  prisma: PrismaClient,
  retentionDays: number,
  now = new Date(),
): Promise<number> {
  if (retentionDays <= 0) return 0;
  const { count } = await prisma.auditLogEntry.deleteMany({
    where: { createdAt: { lt: new Date(now.getTime() - retentionDays * DAY_MS) } },
  });
  return count;
}
