import { readFile } from 'node:fs/promises';
import { hashPassword } from '../auth/password.ts';
import type { PrismaClient } from '../generated/prisma/client.ts';
import { adoptProcessModel } from '../processModels/adoption.ts';
import { importProcessModel } from '../processModels/versions.ts';
import {
  DEMO_ADMIN_EMAIL,
  DEMO_PASSWORD,
  demoAccountsPerCity,
  demoCities,
  demoFundingProgrammes,
  demoPartnerships,
  demoProcessModels,
} from './demoData.ts';
import { seedDemoFundingApplication } from './demoFundingApplication.ts';
import { seedDemoProjects } from './demoProjects.ts';

export class ProductionSeedError extends Error {
  constructor() {
    super('Demo data is never created when NODE_ENV=production.');
  }
}

/**
 * Creates the demo cities, accounts and partnerships. Idempotent: existing rows (matched by slug
 * and e-mail) are left as they are, so running it twice changes nothing.
 */
export async function seedDemoData(prisma: PrismaClient, env = process.env) {
  if (env.NODE_ENV === 'production') throw new ProductionSeedError();
  // One hash for all demo accounts: they share the password, and 29 argon2 runs would slow start-up.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await prisma.$transaction(async (tx) => {
    const cityIds = new Map<string, string>();
    for (const city of demoCities) {
      const row = await tx.city.upsert({ where: { slug: city.slug }, create: city, update: {} });
      cityIds.set(city.slug, row.id);
    }
    const idOf = (slug: string) => cityIds.get(slug) as string;
    await tx.user.upsert({
      where: { email: DEMO_ADMIN_EMAIL },
      create: {
        email: DEMO_ADMIN_EMAIL,
        displayName: 'Amtsweg Admin',
        passwordHash,
        isGlobalAdmin: true,
      },
      update: {},
    });
    for (const city of demoCities) {
      for (const account of demoAccountsPerCity) {
        const user = await tx.user.upsert({
          where: { email: `${account.prefix}@${city.slug}.demo` },
          create: {
            email: `${account.prefix}@${city.slug}.demo`,
            displayName: `${account.label} ${city.name}`,
            passwordHash,
          },
          update: {},
        });
        await tx.membership.upsert({
          where: { userId_cityId: { userId: user.id, cityId: idOf(city.slug) } },
          create: { userId: user.id, cityId: idOf(city.slug), role: account.role },
          update: {},
        });
      }
    }
    for (const p of demoPartnerships) {
      if (await tx.partnership.findFirst({ where: { name: p.name } })) continue;
      await tx.partnership.create({
        data: {
          name: p.name,
          description: p.description,
          leadCityId: idOf(p.lead),
          members: {
            create: [
              ...[p.lead, ...p.partners].map((slug) => ({
                cityId: idOf(slug),
                status: 'ACCEPTED' as const,
                respondedAt: new Date(),
              })),
              ...p.invited.map((slug) => ({ cityId: idOf(slug) })),
            ],
          },
        },
      });
    }
  });
  await seedDemoProcessModels(prisma);
  await seedDemoFundingProgrammes(prisma);
  await seedDemoFundingApplication(prisma);
  await seedDemoProjects(prisma);
}

const MS_PER_DAY = 86_400_000;

/** Demo funding programmes, matched by name; deadlines count from today (UTC). */
async function seedDemoFundingProgrammes(prisma: PrismaClient) {
  const now = new Date();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  for (const { deadlineInDays, ...programme } of demoFundingProgrammes) {
    const exists = await prisma.fundingProgramme.findFirst({
      where: { name: { equals: programme.name, mode: 'insensitive' } },
    });
    if (exists) continue;
    await prisma.fundingProgramme.create({
      data: {
        ...programme,
        deadline: deadlineInDays === null ? null : new Date(today + deadlineInDays * MS_PER_DAY),
      },
    });
  }
}

/** Demo process models from ./bpmn, imported like uploads (parsed, linted, versioned). */
async function seedDemoProcessModels(prisma: PrismaClient) {
  for (const demo of demoProcessModels) {
    const city = await prisma.city.findUniqueOrThrow({ where: { slug: demo.city } });
    if (await prisma.processModel.findFirst({ where: { cityId: city.id, title: demo.title } })) {
      continue;
    }
    const author = await prisma.user.findUniqueOrThrow({
      where: { email: `owner@${demo.city}.demo` },
    });
    const partnerships = await prisma.partnership.findMany({
      where: { name: { in: demo.sharedWith } },
    });
    const model = await importProcessModel(prisma, {
      cityId: city.id,
      authorId: author.id,
      xml: await readFile(new URL(`./bpmn/${demo.file}`, import.meta.url), 'utf8'),
      message: 'Erstfassung',
      title: demo.title,
      description: demo.description,
      serviceKey: demo.serviceKey,
      tags: demo.tags,
      contactName: author.displayName,
      contactEmail: author.email,
      licence: demo.licence,
      visibility: demo.visibility,
      sharedWithPartnershipIds: partnerships.map((p) => p.id),
    });
    if (demo.adoptedBy) {
      const adopter = await prisma.city.findUniqueOrThrow({ where: { slug: demo.adoptedBy } });
      const adopterOwner = await prisma.user.findUniqueOrThrow({
        where: { email: `owner@${demo.adoptedBy}.demo` },
      });
      await adoptProcessModel(prisma, {
        modelId: model.id,
        cityId: adopter.id,
        authorId: adopterOwner.id,
      });
    }
  }
}

/** True when the database holds no city yet: a first start. */
export async function isEmpty(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.city.count()) === 0;
}
