import type { ProcessComparison, ProcessFigures, ProcessGraph } from '../matching/types.ts';

function table(rows: string[][]): string {
  const widths = rows[0]?.map((_cell, column) =>
    Math.max(...rows.map((row) => (row[column] ?? '').length)),
  );
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths?.[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

const FIGURES: Array<[keyof Omit<ProcessFigures, 'mediaBreaks'>, string]> = [
  ['activities', 'activities'],
  ['userTasks', 'user tasks'],
  ['manualTasks', 'manual tasks'],
  ['serviceTasks', 'service tasks'],
  ['lanes', 'lanes'],
  ['handOffs', 'hand-offs'],
  ['gateways', 'gateways'],
  ['loops', 'loops'],
];

/** The comparison as plain-text tables for a terminal. */
export function formatComparison(
  comparison: ProcessComparison,
  left: ProcessGraph,
  right: ProcessGraph,
  names: [string, string],
): string {
  const labelOf = (graph: ProcessGraph, id: string) =>
    graph.nodes.find((node) => node.id === id)?.label || id;
  const matchRows = comparison.matches.map((match) => [
    match.score.toFixed(2),
    labelOf(left, match.left),
    labelOf(right, match.right),
    match.reason,
  ]);
  const figureRows = FIGURES.map(([key, title]) => [
    title,
    String(comparison.left[key]),
    String(comparison.right[key]),
  ]);
  figureRows.push([
    'media breaks',
    String(comparison.left.mediaBreaks.length),
    String(comparison.right.mediaBreaks.length),
  ]);
  const only = (graph: ProcessGraph, ids: string[]) =>
    ids.map((id) => `  - ${labelOf(graph, id)}`).join('\n') || '  (none)';
  return [
    `similarity ${comparison.similarity.toFixed(2)}`,
    '',
    table([['score', names[0], names[1], 'why'], ...matchRows]),
    '',
    `only in ${names[0]}:`,
    only(left, comparison.onlyLeft),
    `only in ${names[1]}:`,
    only(right, comparison.onlyRight),
    '',
    table([['figure', names[0], names[1]], ...figureRows]),
    '',
  ].join('\n');
}
