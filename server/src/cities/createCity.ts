import { ConflictError } from '../errors.ts';
import type { City, PrismaClient } from '../generated/prisma/client.ts';
import type { FederalState } from '../generated/prisma/enums.ts';

export interface NewCity {
  name: string;
  slug: string;
  ags: string;
  federalState: FederalState;
  population: number;
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === 'P2002';
}

/** Adds a municipality; slug and AGS must be unused (the database enforces it, also under races). */
export async function createCity(prisma: PrismaClient, city: NewCity): Promise<City> {
  try {
    return await prisma.city.create({ data: city });
  } catch (error) {
    if (isUniqueViolation(error)) {
      throw new ConflictError('DUPLICATE_CITY', 'A city with this slug or AGS exists already.');
    }
    throw error;
  }
}
