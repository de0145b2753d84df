// `pnpm --silent amtsweg compare <left.bpmn> <right.bpmn> [--json]`: which steps of two process
// models correspond, and key figures of both. Exit status 2 for bad usage or unreadable files.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { compareProcesses, ProcessGraphError, readProcessGraph } from '../matching/index.ts';
import { nodeLexicon } from '../matching/node.ts';
import { formatComparison } from './formatComparison.ts';

const USAGE = 'usage: amtsweg compare <left.bpmn> <right.bpmn> [--json]';

class UsageError extends Error {}

async function readGraph(path: string) {
  // pnpm runs scripts from the workspace root; INIT_CWD is where the user typed the command.
  const absolute = resolve(process.env.INIT_CWD ?? process.cwd(), path);
  let xml: string;
  try {
    xml = await readFile(absolute, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot be read (${code ?? error})`,
    );
  }
  try {
    return await readProcessGraph(xml);
  } catch (error) {
    if (error instanceof ProcessGraphError) throw new UsageError(`${path}: ${error.message}`);
    throw error;
  }
}

async function main(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const positional = args.filter((arg) => arg !== '--json');
  const unknownOption = positional.find((arg) => arg.startsWith('--'));
  if (unknownOption) throw new UsageError(`unknown option ${unknownOption}\n${USAGE}`);
  const [command, leftPath, rightPath, ...rest] = positional;
  if (command !== 'compare' || !leftPath || !rightPath || rest.length > 0) {
    throw new UsageError(USAGE);
  }
  const [left, right] = await Promise.all([readGraph(leftPath), readGraph(rightPath)]);
  const comparison = compareProcesses(left, right, { lexicon: nodeLexicon() });
  if (json) {
    // The documented shape, nothing more: scripts and other teams parse it.
    const output = {
      matches: comparison.matches.map(({ left, right, score, reason }) => ({
        left,
        right,
        score,
        reason,
      })),
      similarity: comparison.similarity,
      left: comparison.left,
      right: comparison.right,
    };
    process.stdout.write(`${JSON.stringify(output)}\n`);
  } else {
    process.stdout.write(formatComparison(comparison, left, right, [leftPath, rightPath]));
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`amtsweg: ${error.message}\n`);
      process.exitCode = 2;
      return;
    }
    process.stderr.write(`amtsweg: unexpected error: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
