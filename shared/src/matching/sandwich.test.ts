import { describe, expect, it } from 'vitest';
import { bpmnXml, chain, type TestModel } from './bpmnForTests.ts';
import { compareProcesses } from './compare.ts';
import { readProcessGraph } from './graph.ts';
import type { ProcessComparison } from './types.ts';

const read = (model: TestModel) => readProcessGraph(bpmnXml(model));
const pairs = (comparison: ProcessComparison) =>
  comparison.matches.map((match) => `${match.left}=${match.right}`).sort();

/** start → 'Antrag prüfen' → decision → two branches of one step each, each to its own end. */
const decision = (accept: string, reject: string): TestModel => ({
  nodes: [
    ['start', 'startEvent'],
    ['check', 'task', 'Antrag prüfen'],
    ['xor', 'exclusiveGateway'],
    ['yes', 'task', accept],
    ['no', 'task', reject],
    ['end1', 'endEvent'],
    ['end2', 'endEvent'],
  ],
  flows: [
    ['start', 'check'],
    ['check', 'xor'],
    ['xor', 'yes'],
    ['xor', 'no'],
    ['yes', 'end1'],
    ['no', 'end2'],
  ],
});

describe('steps between matched steps', () => {
  it('matches a differently worded step between two matched pairs', async () => {
    const left = await read(
      chain(['Antrag erfassen', 'Gebühr festsetzen', 'Bescheid versenden', 'Akte archivieren']),
    );
    const right = await read(
      chain([
        'Antrag erfassen',
        'Verwaltungsgebühr buchen',
        'Bescheid versenden',
        'Akte archivieren',
      ]),
    );
    const comparison = compareProcesses(left, right);
    expect(pairs(comparison)).toEqual(['s1=s1', 's2=s2', 's3=s3', 's4=s4']);
    const between = comparison.matches.find((match) => match.left === 's2');
    expect(between?.reasons.map((reason) => reason.code)).toContain('SAME_NEIGHBOURS');
    expect(between?.reason).toContain(
      "between matching steps: 'Antrag erfassen' ~ 'Antrag erfassen' and 'Bescheid versenden' ~ 'Bescheid versenden'",
    );
    expect(between?.score).toBeGreaterThan(0.5);
    expect(between?.score).toBeLessThanOrEqual(1);
  });

  it('leaves an unrelated step between matches unmatched', async () => {
    const left = await read({
      ...chain(['Antrag erfassen', 'Gebühr festsetzen', 'Bescheid versenden', 'Akte archivieren']),
      lanes: { Sachbearbeitung: ['s1', 's2', 's3', 's4'] },
    });
    const right = await read({
      ...chain([
        'Antrag erfassen',
        'Hund beim Tierarzt vorstellen',
        'Unterlagen einscannen',
        'Bescheid versenden',
        'Akte archivieren',
      ]),
      lanes: { Sachbearbeitung: ['s1', 's4', 's5'], Bürgerin: ['s2', 's3'] },
    });
    const comparison = compareProcesses(left, right);
    expect(pairs(comparison)).toEqual(['s1=s1', 's3=s4', 's4=s5']);
    expect(comparison.onlyLeft).toEqual(['s2']);
  });

  it('does not continue from a matched step into a branch', async () => {
    const left = await read(decision('Verwaltungsgebühr buchen', 'Akte archivieren'));
    const right = await read(decision('Gebühr festsetzen', 'Ablehnung schreiben'));
    const comparison = compareProcesses(left, right);
    expect(pairs(comparison)).toEqual(['check=check']);
  });

  it('continues a plain sequence from a matched step, one step at a time', async () => {
    const left = await read(
      chain(['Antrag erfassen', 'Gebühr festsetzen', 'Zahlungseingang verbuchen']),
    );
    const right = await read(
      chain(['Antrag erfassen', 'Verwaltungsgebühr buchen', 'Eingang der Zahlung kontrollieren']),
    );
    const comparison = compareProcesses(left, right);
    expect(pairs(comparison)).toEqual(['s1=s1', 's2=s2', 's3=s3']);
    const next = comparison.matches.find((match) => match.left === 's2');
    expect(next?.reason).toContain("after matching steps: 'Antrag erfassen' ~ 'Antrag erfassen'");
  });
});
