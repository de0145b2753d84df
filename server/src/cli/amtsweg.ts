// `pnpm amtsweg <command>`: backup and restore of the whole installation (`export`, `import`:
// database and uploaded documents) run here, next to the database code; every other command
// (`compare`) is the shared package's CLI, which reads the same process.argv.
const command = process.argv[2];
if (command === 'export' || command === 'import') {
  // Loaded only for these commands, so `compare` does not pay for Prisma and PGlite.
  const { runBackupCommand } = await import('../backup/cli.ts');
  process.exitCode = await runBackupCommand(command, process.argv.slice(3));
} else if (command === undefined) {
  process.stderr.write(
    'usage: amtsweg compare <left.bpmn> <right.bpmn> [--json]\n' +
      '       amtsweg export <file.tar.gz>\n' +
      '       amtsweg import <file.tar.gz>\n',
  );
  process.exitCode = 2;
} else {
  await import('../../../shared/src/cli/amtsweg.ts');
}

export {};
