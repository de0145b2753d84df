// The matching engine lives in shared/ so that it can run in the browser as well as on the server:
// this proves it does in Chromium (no Node built-ins, CommonJS stemmers bundled by Vite).
import {
  compareProcesses,
  processFigures,
  readProcessGraph,
  stepTerms,
} from '@amtsweg/shared/matching';
import { describe, expect, it } from 'vitest';

function model(labels: string[], lane: string): string {
  const tasks = labels.map((label, index) => `<userTask id="t${index}" name="${label}"/>`);
  const ids = ['start', ...labels.map((_label, index) => `t${index}`), 'end'];
  const flows = ids
    .slice(1)
    .map(
      (id, index) => `<sequenceFlow id="f${index}" sourceRef="${ids[index]}" targetRef="${id}"/>`,
    );
  return `<?xml version="1.0" encoding="UTF-8"?>
<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
  <process id="p">
    <laneSet id="ls"><lane id="l" name="${lane}">${ids.map((id) => `<flowNodeRef>${id}</flowNodeRef>`).join('')}</lane></laneSet>
    <startEvent id="start"/>${tasks.join('')}<endEvent id="end"/>${flows.join('')}
  </process>
</definitions>`;
}

describe('matching engine in Chromium', () => {
  it('reads two cities’ models and matches their steps', async () => {
    const left = await readProcessGraph(
      model(
        ['Gewerbeanmeldung entgegennehmen', 'Antrag prüfen', 'Bescheid per Post versenden'],
        'Gewerbeamt',
      ),
    );
    const right = await readProcessGraph(
      model(
        ['Anmeldung des Gewerbes erhalten', 'Prüfung des Gesuchs', 'Entscheidung zusenden'],
        'Gewerbeamt',
      ),
    );
    const comparison = compareProcesses(left, right);
    expect(comparison.matches.map((match) => `${match.left}=${match.right}`)).toEqual([
      't0=t0',
      't1=t1',
      't2=t2',
    ]);
    expect(comparison.matches[0]?.reason).toContain("'Gewerbeanmeldung entgegennehmen'");
    expect(comparison.similarity).toBeGreaterThan(0.7);
    expect(processFigures(left).mediaBreaks.map((entry) => entry.medium)).toEqual(['POST']);
    expect(stepTerms(left)).toContain('pruf');
  });
});
