import type { Prisma } from '../generated/prisma/client.ts';

/**
 * Serialises membership changes within one city, so two admins demoting each other at the same
 * moment cannot leave a city without any CITY_ADMIN.
 */
export async function lockCity(tx: Prisma.TransactionClient, cityId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "City" WHERE id = ${cityId}::uuid FOR UPDATE`;
}
