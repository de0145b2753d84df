import { describe, expect, it } from 'vitest';
import { mediaBreakSteps } from './mediaBreakSteps.ts';

describe('mediaBreakSteps', () => {
  it('counts a step mentioning two media once, with both media', () => {
    const steps = mediaBreakSteps([
      { elementId: 'a', label: 'Formular ausdrucken', medium: 'PAPER' },
      { elementId: 'b', label: 'Unterschrieben per Post senden', medium: 'POST' },
      { elementId: 'b', label: 'Unterschrieben per Post senden', medium: 'PAPER' },
    ]);
    expect(steps).toEqual([
      { elementId: 'a', label: 'Formular ausdrucken', media: ['PAPER'] },
      { elementId: 'b', label: 'Unterschrieben per Post senden', media: ['POST', 'PAPER'] },
    ]);
  });
});
