// `tsx src/loadProfile.ts <file.cpuprofile>`: where a V8 CPU profile's time went — self time by
// package (or our own source folder) and the hottest functions — to tell the lead what to speed up.
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
const profile = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
};

const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
const byNode = new Map<number, number>();
profile.samples.forEach((id, i) => {
  byNode.set(id, (byNode.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
});

/** node_modules/.pnpm/<pkg>/node_modules/<name>/… → <name>; our files → their folder. */
function area(url: string): string {
  if (!url) return '(native / V8)';
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(?!.*node_modules)/.exec(url)?.[1];
  if (pkg) return pkg;
  const own = /\/work\/main\/(\w+\/src\/[^/]+)/.exec(url)?.[1];
  return own ?? url.replace(/^.*\/(node:)?/, '');
}

const byArea = new Map<string, number>();
const byFunction = new Map<string, number>();
let total = 0;
for (const [id, micros] of byNode) {
  const frame = nodes.get(id)?.callFrame;
  if (!frame) continue;
  total += micros;
  const where = area(frame.url);
  byArea.set(where, (byArea.get(where) ?? 0) + micros);
  const name = `${frame.functionName || '(anonymous)'} ${where}:${frame.lineNumber + 1}`;
  byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
}

const top = (map: Map<string, number>, n: number) =>
  [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
console.log(
  `total sampled ${(total / 1e6).toFixed(1)} s\n\n| Self time by package / folder | s | % |\n| --- | --: | --: |`,
);
for (const [k, v] of top(byArea, 20)) {
  console.log(`| ${k} | ${(v / 1e6).toFixed(1)} | ${((100 * v) / total).toFixed(1)} |`);
}
console.log('\n| Hottest functions (self time) | s | % |\n| --- | --: | --: |');
for (const [k, v] of top(byFunction, 25)) {
  console.log(`| ${k} | ${(v / 1e6).toFixed(1)} | ${((100 * v) / total).toFixed(1)} |`);
}
