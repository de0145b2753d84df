import type { Auth } from '../auth/authz.ts';
import { Prisma } from '../generated/prisma/client.ts';

/**
 * `visibleModelsWhere` (./visibility.ts) as an SQL condition on a "ProcessModel" row
 * aliased `m`, for the raw candidate query that ranks by term overlap, which Prisma's query API
 * cannot express. Same rule: own cities, PUBLIC, and PARTNERS models shared with a partnership
 * the viewer's city and the model's city both belong to (accepted). A test holds the two together.
 */
export async function visibleModelsSql(auth: Auth): Promise<Prisma.Sql> {
  if (!auth.user) return Prisma.sql`FALSE`;
  const cities = await auth.cityIdsWith('processModel:view');
  if (cities === 'all') return Prisma.sql`TRUE`;
  const partnerships = [...(await auth.partnershipIds())];
  // IN (…) rather than a correlated EXISTS: PostgreSQL hashes the shared models once instead of
  // estimating a subquery per row, which made the planner switch on JIT (≈40 ms) at 10,000 models.
  return Prisma.sql`(
    m."cityId" = ANY(${cities}::uuid[])
    OR m.visibility = 'PUBLIC'
    OR (m.visibility = 'PARTNERS' AND (m.id, m."cityId") IN (
      SELECT s."modelId", owner."cityId"
      FROM "ProcessModelPartnership" s
      JOIN "PartnershipMember" owner
        ON owner."partnershipId" = s."partnershipId" AND owner.status = 'ACCEPTED'
      WHERE s."partnershipId" = ANY(${partnerships}::uuid[])
    ))
  )`;
}
