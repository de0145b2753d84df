import { describe, expect, it } from 'vitest';
import { bpmnXml, chain } from './bpmnForTests.ts';
import { compareProcesses } from './compare.ts';
import { readProcessGraph } from './graph.ts';
import { stepTerms } from './stepTerms.ts';

const graphOf = (labels: string[]) => readProcessGraph(bpmnXml(chain(labels)));
const overlap = (a: string[], b: string[]) => a.filter((term) => b.includes(term)).length;

describe('stepTerms', () => {
  it('returns distinct normalised terms, synonyms canonicalised', async () => {
    const terms = stepTerms(await graphOf(['Gesuch prüfen', 'Prüfung der Unterlagen']));
    expect(new Set(terms).size).toBe(terms.length);
    expect(terms).toContain('pruf');
    // 'Gesuch' carries the id of its synonym group, which 'Antrag' shares.
    const antrag = stepTerms(await graphOf(['Antrag stellen']));
    expect(overlap(terms, antrag)).toBeGreaterThan(0);
  });

  it('leaves out the broad related-word groups', async () => {
    const terms = stepTerms(await graphOf(['Antrag prüfen', 'Unterlagen nachreichen']));
    expect(terms.filter((term) => term.startsWith('rel:'))).toEqual([]);
  });

  it('overlaps more for models the engine finds more similar', async () => {
    const base = await graphOf(['Antrag prüfen', 'Gebühr erheben', 'Bescheid versenden']);
    const close = await graphOf([
      'Gesuch kontrollieren',
      'Gebühr erheben',
      'Entscheidung zusenden',
    ]);
    const far = await graphOf(['Hund anmelden', 'Steuer festsetzen', 'Bescheid versenden']);
    const terms = stepTerms(base);
    expect(overlap(terms, stepTerms(close))).toBeGreaterThan(overlap(terms, stepTerms(far)));
    expect(compareProcesses(base, close).similarity).toBeGreaterThan(
      compareProcesses(base, far).similarity,
    );
  });
});
