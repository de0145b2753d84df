import { describe, expect, it } from 'vitest';
import { bpmnXml, chain } from './bpmnForTests.ts';
import { compareProcesses } from './compare.ts';
import { readProcessGraph } from './graph.ts';
import { nodeLexicon } from './node.ts';

describe('nodeLexicon', () => {
  it('adds English WordNet synonyms the default lexicon lacks', async () => {
    const left = await readProcessGraph(bpmnXml(chain(['Receive order', 'Pay invoice'])));
    const right = await readProcessGraph(bpmnXml(chain(['Receive order', 'Pay bill'])));
    const payment = (lexicon?: ReturnType<typeof nodeLexicon>) =>
      compareProcesses(left, right, lexicon ? { lexicon } : {}).matches.find(
        (match) => match.left === 's2',
      );
    const withWordNet = payment(nodeLexicon());
    expect(withWordNet?.reasons).toContainEqual({ code: 'SYNONYMS', terms: ['invoice', 'bill'] });
    expect(withWordNet?.score).toBeGreaterThan(payment()?.score ?? 0);
  });

  it('looks words up by lemma and is loaded once', () => {
    const lexicon = nodeLexicon();
    expect(nodeLexicon()).toBe(lexicon);
    const declined = lexicon.synonymSets('declined', 'declin', 'en');
    const rejects = lexicon.synonymSets('rejects', 'reject', 'en');
    expect(declined.some((set) => rejects.includes(set))).toBe(true);
  });
});
