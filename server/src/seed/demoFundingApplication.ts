import type { FundingCostCategory, PrismaClient } from '../generated/prisma/client.ts';

const TITLE = 'Digitalisierungsstrategie Neckar-Verbund';
const PROGRAMME = 'Digitale Zukunftskommune@bw';

const lines: Record<string, [FundingCostCategory, string, number][]> = {
  esslingen: [
    ['PERSONNEL', 'Projektleitung Digitalisierung (0,5 Stelle, 12 Monate)', 30_000],
    ['EXTERNAL_SERVICES', 'Beratung Strategieentwicklung und Bürgerbeteiligung', 25_000],
  ],
  ludwigsburg: [
    ['EXTERNAL_SERVICES', 'Prozessanalyse Bürgerservice', 18_000],
    ['TRAINING', 'Schulungen Prozessmodellierung für Fachämter', 4_000],
  ],
};

/**
 * One joint application in preparation, so the funding pages have something to show: Esslingen
 * leads, Ludwigsburg has accepted and entered its budget, Waiblingen's answer is still open.
 * Matched by title; an existing one is left alone.
 */
export async function seedDemoFundingApplication(prisma: PrismaClient) {
  if (await prisma.fundingApplication.findFirst({ where: { title: TITLE } })) return;
  const programme = await prisma.fundingProgramme.findFirst({ where: { name: PROGRAMME } });
  if (!programme) return;
  const cities = await prisma.city.findMany({
    where: { slug: { in: ['esslingen', 'ludwigsburg', 'waiblingen'] } },
  });
  const id = (slug: string) => cities.find((c) => c.slug === slug)?.id as string;
  const lead = await prisma.user.findUniqueOrThrow({ where: { email: 'funding@esslingen.demo' } });
  await prisma.$transaction(async (tx) => {
    const application = await tx.fundingApplication.create({
      data: {
        programmeId: programme.id,
        title: TITLE,
        summary:
          'Esslingen, Ludwigsburg und Waiblingen erarbeiten gemeinsam eine Digitalisierungsstrategie und modellieren ihre wichtigsten Verfahren einheitlich.',
        leadCityId: id('esslingen'),
        createdById: lead.id,
        partners: {
          create: [
            {
              cityId: id('esslingen'),
              status: 'ACCEPTED',
              invitedByName: lead.displayName,
              respondedByName: lead.displayName,
              respondedAt: new Date(),
            },
            {
              cityId: id('ludwigsburg'),
              status: 'ACCEPTED',
              invitedByName: lead.displayName,
              respondedByName: 'Fördermittelmanagement Ludwigsburg',
              respondedAt: new Date(),
            },
            { cityId: id('waiblingen'), invitedByName: lead.displayName },
          ],
        },
      },
    });
    await tx.budgetLine.createMany({
      data: Object.entries(lines).flatMap(([slug, cityLines]) =>
        cityLines.map(([category, description, euros], position) => ({
          applicationId: application.id,
          cityId: id(slug),
          position,
          category,
          description,
          amountCents: BigInt(euros) * 100n,
          eligible: true,
        })),
      ),
    });
  });
}
