import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bpmnXml, chain } from '../matching/bpmnForTests.ts';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../..', import.meta.url));

/** Runs the CLI the way the README documents it; resolves with exit code, stdout and stderr. */
async function amtsweg(args: string[], cwd: string) {
  try {
    const { stdout, stderr } = await run('pnpm', ['--dir', root, '--silent', 'amtsweg', ...args], {
      cwd,
      env: { ...process.env, INIT_CWD: cwd },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('amtsweg compare', () => {
  let directory: string;
  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'amtsweg-cli-'));
    await writeFile(
      join(directory, 'left.bpmn'),
      bpmnXml(chain(['Antrag prüfen', 'Bescheid per Post versenden'], 'userTask')),
    );
    await writeFile(
      join(directory, 'right.bpmn'),
      bpmnXml(chain(['Prüfung des Antrags', 'Entscheidung verschicken'])),
    );
    await writeFile(join(directory, 'broken.bpmn'), '<definitions><process');
  });
  afterAll(() => rm(directory, { recursive: true, force: true }));

  it('prints one JSON object with matches, similarity and figures', async () => {
    const { code, stdout } = await amtsweg(
      ['compare', 'left.bpmn', 'right.bpmn', '--json'],
      directory,
    );
    expect(code).toBe(0);
    const output = JSON.parse(stdout);
    expect(Object.keys(output)).toEqual(['matches', 'similarity', 'left', 'right']);
    expect(output.matches).toEqual([
      { left: 's1', right: 's1', score: expect.any(Number), reason: expect.any(String) },
      { left: 's2', right: 's2', score: expect.any(Number), reason: expect.any(String) },
    ]);
    expect(output.similarity).toBeGreaterThan(0.5);
    expect(output.left).toMatchObject({ activities: 2, userTasks: 2 });
    expect(output.left.mediaBreaks).toEqual([
      { elementId: 's2', label: 'Bescheid per Post versenden', medium: 'POST' },
    ]);
  }, 30_000);

  it('prints a readable table without --json', async () => {
    const { code, stdout } = await amtsweg(['compare', 'left.bpmn', 'right.bpmn'], directory);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Antrag prüfen\s+Prüfung des Antrags/);
    expect(stdout).toMatch(/similarity \d\.\d\d/);
  }, 30_000);

  it.each([
    [['compare', 'left.bpmn', 'missing.bpmn', '--json'], /missing\.bpmn: no such file/],
    [['compare', 'left.bpmn', 'broken.bpmn', '--json'], /broken\.bpmn: .*BPMN/],
    [['compare', 'left.bpmn'], /usage: amtsweg compare/],
  ])(
    'exits with 2 and a message for %j',
    async (args, message) => {
      const { code, stdout, stderr } = await amtsweg(args, directory);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toMatch(message);
    },
    30_000,
  );
});
