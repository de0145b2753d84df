import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteOldAuditEntries } from '../src/audit/auditRetention.ts';
import { loadConfig } from '../src/config.ts';
import { startHousekeeping } from '../src/housekeeping.ts';
import { createLogger } from '../src/logger.ts';
import { createTestApp, type TestApp } from './support/testApp.ts';

// The audit log names people, so it is kept only AUDIT_RETENTION_DAYS (default a year).

const DAY_MS = 24 * 60 * 60 * 1000;
const NOW = new Date();

let app: TestApp;

beforeEach(async () => {
  app = await createTestApp();
  const { a } = await app.seed.twoCities();
  const at = (days: number) => new Date(NOW.getTime() - days * DAY_MS);
  await app.prisma.auditLogEntry.createMany({
    data: [
      { createdAt: at(400), cityId: a.id, operation: 'inviteMember', outcome: 'OK' },
      { createdAt: at(365.5), cityId: a.id, operation: 'updateCity', outcome: 'OK' },
      { createdAt: at(364), cityId: a.id, operation: 'saveProcessVersion', outcome: 'OK' },
      { createdAt: at(3), cityId: null, operation: 'login', outcome: 'LoginFailed' },
    ],
  });
});

afterEach(() => app.close());

async function operationsLeft() {
  const rows = await app.prisma.auditLogEntry.findMany({ orderBy: { createdAt: 'asc' } });
  return rows.map((row) => row.operation);
}

describe('audit log retention', () => {
  it('deletes the entries older than the retention, of every city and without one', async () => {
    expect(await deleteOldAuditEntries(app.prisma, 365, NOW)).toBe(2);
    expect(await operationsLeft()).toEqual(['saveProcessVersion', 'login']);
    // Deleting again finds nothing (several instances run the job).
    expect(await deleteOldAuditEntries(app.prisma, 365, NOW)).toBe(0);
  });

  it('keeps everything when the retention is 0', async () => {
    expect(await deleteOldAuditEntries(app.prisma, 0, NOW)).toBe(0);
    expect(await operationsLeft()).toHaveLength(4);
  });

  it('runs when the server starts, with expired sessions', async () => {
    const user = await app.seed.user('expired@alpha.test');
    await app.prisma.session.create({
      data: { userId: user.id, tokenHash: 'x'.repeat(64), expiresAt: new Date(Date.now() - 1000) },
    });
    // Entries 364 days old now are kept; a retention of 300 days removes them.
    const stop = startHousekeeping(app.prisma, { auditRetentionDays: 300 }, createLogger('silent'));
    try {
      await expect
        .poll(async () => [await operationsLeft(), await app.prisma.session.count()])
        .toEqual([['login'], 0]);
    } finally {
      stop();
    }
  });

  it('is configured in whole days: a year unless AUDIT_RETENTION_DAYS says otherwise', () => {
    expect(loadConfig({}).auditRetentionDays).toBe(365);
    expect(loadConfig({ AUDIT_RETENTION_DAYS: '90' }).auditRetentionDays).toBe(90);
    expect(loadConfig({ AUDIT_RETENTION_DAYS: '0' }).auditRetentionDays).toBe(0);
    for (const wrong of ['-1', '1.5', 'ein Jahr']) {
      expect(() => loadConfig({ AUDIT_RETENTION_DAYS: wrong })).toThrow(
        `AUDIT_RETENTION_DAYS must be a whole number of 0 or more, got "${wrong}".`,
      );
    }
  });
});
