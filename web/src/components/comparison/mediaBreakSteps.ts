import type { ComparisonFigures } from '../../composables/useProcessComparison.ts';

type MediaBreak = ComparisonFigures['mediaBreaks'][number];

export interface MediaBreakStep {
  elementId: string;
  label: string;
  media: MediaBreak['medium'][];
}

/**
 * The API lists one entry per medium a step mentions ("per Post senden und unterschreiben" is a
 * POST and a PAPER entry); process owners count steps, so entries of one element become one step
 * with all its media, in the order the steps come.
 */
export function mediaBreakSteps(mediaBreaks: readonly MediaBreak[]): MediaBreakStep[] {
  const steps = new Map<string, MediaBreakStep>();
  for (const { elementId, label, medium } of mediaBreaks) {
    const step = steps.get(elementId);
    if (!step) steps.set(elementId, { elementId, label, media: [medium] });
    else if (!step.media.includes(medium)) step.media.push(medium);
  }
  return [...steps.values()];
}
