// `pnpm admin:create --email it@stadt.de --name "IT-Amt"` with the password in
// AMTSWEG_ADMIN_PASSWORD (an environment variable keeps it out of the shell history and `ps`).
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/open.ts';
import { createLogger } from '../logger.ts';
import { ensureGlobalAdmin } from './globalAdmin.ts';

const { values } = parseArgs({
  options: { email: { type: 'string' }, name: { type: 'string', default: '' } },
});
if (!values.email) {
  console.error(
    'Usage: AMTSWEG_ADMIN_PASSWORD=… pnpm admin:create --email <e-mail> [--name <name>]',
  );
  process.exit(2);
}
const config = loadConfig();
const log = createLogger(config.logLevel);
const db = await openDatabase(config, log);
try {
  const { user, created } = await ensureGlobalAdmin(db.prisma, {
    email: values.email,
    displayName: values.name ?? '',
    password: process.env.AMTSWEG_ADMIN_PASSWORD ?? '',
  });
  console.log(`${created ? 'Created' : 'Promoted'} global admin ${user.email}.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
} finally {
  await db.close();
}
