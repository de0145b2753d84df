import type { PrismaClient } from '../generated/prisma/client.ts';

/**
 * Ids of models whose text matches `terms` in German (stemmed: "Anträge" finds "Antrag").
 * Uses the GIN index on to_tsvector('german', "searchText"); the caller applies visibility.
 */
export async function searchModelIds(prisma: PrismaClient, terms: string): Promise<string[]> {
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    SELECT id FROM "ProcessModel"
    WHERE to_tsvector('german', "searchText") @@ websearch_to_tsquery('german', ${terms})
  `;
  return rows.map((r) => r.id);
}
