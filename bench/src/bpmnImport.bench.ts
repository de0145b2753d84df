// `pnpm bench:bpmn`: CPU cost of taking in a BPMN upload (parse + validate + lint) for a generated
// 1,000-element model. Target for the whole import including storing it: < 300 ms median.
import { diffBpmn } from '@amtsweg/server/src/bpmn/diffBpmn.ts';
import { generateBpmnModel } from '@amtsweg/server/src/bpmn/fixtures/generateBpmn.ts';
import { lintBpmn } from '@amtsweg/server/src/bpmn/lintBpmn.ts';
import { parseBpmn } from '@amtsweg/server/src/bpmn/parseBpmn.ts';
import { measure } from './timing.ts';

const ELEMENTS = 1000;
const WARMUP_RUNS = 15;
const RUNS = 100;

async function timeIt(label: string, fn: () => Promise<unknown>) {
  const { runs, p50, p95 } = await measure(RUNS, fn, WARMUP_RUNS);
  return [label, runs, p50, p95];
}

const xml = generateBpmnModel({ elements: ELEMENTS });
// The next version of the same model: one task renamed, every shape moved.
const nextXml = xml
  .replace('Schritt 1: Unterlagen prüfen', 'Schritt 1: Unterlagen vollständig prüfen')
  .replace(/<dc:Bounds x="(\d+)"/g, (_match, x: string) => `<dc:Bounds x="${Number(x) + 10}"`);

const parsed = await parseBpmn(xml);
console.log(
  `model\t${parsed.figures.elementCount} elements, ${(Buffer.byteLength(xml) / 1024).toFixed(0)} KiB`,
);
console.log(['step', 'runs', 'median ms', 'p95 ms'].join('\t'));
const rows = [
  await timeIt('parse + validate + lint', async () => lintBpmn((await parseBpmn(xml)).definitions)),
  await timeIt('parse + validate', () => parseBpmn(xml)),
  await timeIt('lint (parsed model)', () => lintBpmn(parsed.definitions)),
  await timeIt('diff two versions', () => diffBpmn(xml, nextXml)),
];
for (const row of rows) console.log(row.join('\t'));
