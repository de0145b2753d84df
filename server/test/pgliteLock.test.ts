import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyMigrations } from '@amtsweg/prisma/migrate';
import { describe, expect, it } from 'vitest';
import { DataDirLockedError, openPgliteDatabase } from '../src/db/pglite.ts';
import { testDatabaseKind } from './support/testDatabase.ts';

describe.runIf(testDatabaseKind === 'pglite')('embedded database directory', () => {
  it('is created on first use, kept across restarts and locked against a second process', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'amtsweg-data-')), 'nested', 'pglite');
    const first = await openPgliteDatabase(dir);
    await first.withMigrationConnection((c) => applyMigrations(c));
    await first.prisma.city.create({
      data: {
        name: 'Alphastadt',
        slug: 'alpha',
        ags: '08000001',
        federalState: 'BAYERN',
        population: 1,
      },
    });
    await expect(openPgliteDatabase(dir)).rejects.toThrow(DataDirLockedError);
    await first.close();

    const again = await openPgliteDatabase(dir);
    try {
      expect((await again.prisma.city.findMany()).map((c) => c.slug)).toEqual(['alpha']);
    } finally {
      await again.close();
    }
  });
});
