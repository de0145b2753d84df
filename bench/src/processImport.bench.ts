// `pnpm bench`: importing a 1,000-element BPMN model end to end on the server — parse, validate,
// lint and store model + version in one transaction. Target: median < 300 ms.
import { generateBpmnModel } from '@amtsweg/server/src/bpmn/fixtures/generateBpmn.ts';
import type { Database } from '@amtsweg/server/src/db/database.ts';
import { importProcessModel } from '@amtsweg/server/src/processModels/versions.ts';
import { onEachDatabase } from './benchDatabases.ts';
import { measure } from './timing.ts';

const xml = generateBpmnModel({ elements: 1000 });

async function measureImport(kind: string, db: Database) {
  const city = await db.prisma.city.create({
    data: {
      name: 'Benchstadt',
      slug: 'bench',
      ags: '08000001',
      federalState: 'BAYERN',
      population: 1,
    },
  });
  const user = await db.prisma.user.create({
    data: { email: 'bench@example.test', displayName: 'Bench', passwordHash: 'x' },
  });
  let n = 0;
  const result = await measure(
    50,
    () =>
      importProcessModel(db.prisma, {
        cityId: city.id,
        authorId: user.id,
        xml,
        message: 'bench',
        title: `Modell ${++n}`,
        description: '',
        serviceKey: null,
        tags: [],
        contactName: '',
        contactEmail: '',
        licence: 'INTERNAL_USE_ONLY',
        visibility: 'PRIVATE',
        sharedWithPartnershipIds: [],
      }),
    5,
  );
  console.log([kind, 'import 1,000-element model', result.runs, result.p50, result.p95].join('\t'));
}

console.log(['database', 'step', 'runs', 'median ms', 'p95 ms'].join('\t'));
await onEachDatabase(measureImport);
