import { describe, expect, it } from 'vitest';
import { bpmnXml, chain } from './bpmnForTests.ts';
import { compareProcesses } from './compare.ts';
import { readProcessGraph } from './graph.ts';
import type { ProcessComparison } from './types.ts';

const read = (model: Parameters<typeof bpmnXml>[0]) => readProcessGraph(bpmnXml(model));
const pairs = (comparison: ProcessComparison) =>
  comparison.matches.map((match) => `${match.left}=${match.right}`).sort();

describe('compareProcesses', () => {
  it('matches two cities’ wording of the same procedure step by step', async () => {
    const left = await read(
      chain([
        'Gewerbeanmeldung entgegennehmen',
        'Antrag prüfen',
        'Gebühr erheben',
        'Bescheid versenden',
      ]),
    );
    const right = await read(
      chain([
        'Anmeldung des Gewerbes erhalten',
        'Prüfung des Gesuchs',
        'Gebühr erheben',
        'Entscheidung zusenden',
      ]),
    );
    const comparison = compareProcesses(left, right);
    expect(pairs(comparison)).toEqual(['s1=s1', 's2=s2', 's3=s3', 's4=s4']);
    for (const match of comparison.matches) {
      expect(match.score).toBeGreaterThan(0.7);
      expect(match.score).toBeLessThanOrEqual(1);
    }
    const identical = comparison.matches.find((match) => match.left === 's3');
    expect(identical?.reasons.map((reason) => reason.code)).toContain('IDENTICAL_LABEL');
    const synonyms = comparison.matches.find((match) => match.left === 's4');
    expect(synonyms?.reasons.find((reason) => reason.code === 'SYNONYMS')?.terms).toEqual(
      expect.arrayContaining(['Bescheid', 'Entscheidung']),
    );
    expect(synonyms?.reason).toMatch(/synonyms 'Bescheid' ~ 'Entscheidung'/);
    expect(comparison.similarity).toBeGreaterThan(0.7);
  });

  it('matches a step one city splits in two to both steps of the other', async () => {
    const left = await read(
      chain(['Antrag erfassen', 'Antrag prüfen und bescheiden', 'Akte archivieren']),
    );
    const right = await read(
      chain(['Antrag erfassen', 'Antrag prüfen', 'Bescheid erstellen', 'Akte archivieren']),
    );
    const comparison = compareProcesses(left, right);
    expect(pairs(comparison)).toEqual(['s1=s1', 's2=s2', 's2=s3', 's3=s4']);
    const split = comparison.matches.filter((match) => match.left === 's2');
    for (const match of split) {
      expect(match.reasons.map((reason) => reason.code)).toContain('SPLIT_STEP');
    }
    expect(comparison.onlyRight).toEqual([]);
  });

  it('does not split a step that joins two objects of one action', async () => {
    const left = await read(chain(['Antrag und Unterlagen prüfen']));
    const right = await read(chain(['Antrag erfassen', 'Unterlagen prüfen']));
    expect(pairs(compareProcesses(left, right))).not.toContain('s1=s1');
  });

  it('does not split onto two steps that are far apart in the other model', async () => {
    const left = await read(chain(['Antrag prüfen und bescheiden']));
    const right = await read(
      chain([
        'Antrag prüfen',
        'Gebühr erheben',
        'Akte anlegen',
        'Unterlagen scannen',
        'Bescheid erstellen',
      ]),
    );
    const matched = compareProcesses(left, right).matches.map((match) => match.right);
    expect(matched).not.toContain('s5');
  });

  it('tells identical labels apart by their neighbours and lanes', async () => {
    // Both models check documents twice: once on receipt, once before the decision.
    const labels = [
      'Antrag erfassen',
      'Unterlagen prüfen',
      'Gebühr erheben',
      'Unterlagen prüfen',
      'Bescheid erstellen',
    ];
    const left = await read({
      ...chain(labels),
      lanes: { Bürgerbüro: ['s1', 's2'], Fachamt: ['s3', 's4', 's5'] },
    });
    const right = await read({
      ...chain(labels),
      lanes: { Servicecenter: ['s1', 's2'], Fachbereich: ['s3', 's4', 's5'] },
    });
    const comparison = compareProcesses(left, right);
    expect(pairs(comparison)).toEqual(['s1=s1', 's2=s2', 's3=s3', 's4=s4', 's5=s5']);
  });

  it('leaves unrelated steps unmatched and reports them', async () => {
    const left = await read(chain(['Antrag prüfen', 'Hund anmelden']));
    const right = await read(chain(['Antrag prüfen', 'Parkausweis drucken']));
    const comparison = compareProcesses(left, right);
    expect(pairs(comparison)).toEqual(['s1=s1']);
    expect(comparison.onlyLeft).toEqual(['s2']);
    expect(comparison.onlyRight).toEqual(['s2']);
    expect(comparison.similarity).toBeGreaterThan(0.3);
    expect(comparison.similarity).toBeLessThan(0.7);
  });

  it('reads a message event as receiving what its label names', async () => {
    const left = await read({
      nodes: [
        ['start', 'startEvent'],
        ['e1', 'intermediateCatchEvent', 'Rejected', '<messageEventDefinition id="m1"/>'],
        ['end', 'endEvent'],
      ],
      flows: [
        ['start', 'e1'],
        ['e1', 'end'],
      ],
    });
    const right = await read(chain(['Reject application', 'Receive rejection']));
    expect(pairs(compareProcesses(left, right))).toEqual(['e1=s2']);
  });

  it('matches English models too', async () => {
    const left = await read(chain(['Check application', 'Send decision by letter']));
    const right = await read(chain(['Verify the request', 'Mail the notice']));
    expect(pairs(compareProcesses(left, right))).toEqual(['s1=s1', 's2=s2']);
  });

  it('matches German steps worded differently by two cities', async () => {
    const left = await read(
      chain([
        'Antrag per Post senden',
        'Antrag auf Vollständigkeit prüfen',
        'Fehlende Unterlagen per Brief anfordern',
        'Unterlagen per Post nachreichen',
        'Hauptwohnsitz im Melderegister prüfen',
        'Gebühr festsetzen',
      ]),
    );
    const right = await read(
      chain([
        'Antrag über das Serviceportal übersenden',
        'Vollständigkeitsprüfung der Unterlagen',
        'Fehlende Unterlagen über das Postfach nachfordern',
        'Unterlagen im Serviceportal nachreichen',
        'Hauptwohnsitz im Einwohnermelderegister prüfen',
        'Gebührenbescheid erstellen',
      ]),
    );
    const comparison = compareProcesses(left, right);
    expect(pairs(comparison)).toEqual(
      expect.arrayContaining(['s1=s1', 's2=s2', 's3=s3', 's4=s4', 's5=s5']),
    );
    expect(comparison.similarity).toBeGreaterThan(0.6);
  });

  it('matches a step that differs only in its channel', async () => {
    const left = await read(chain(['Unterlagen per Post nachreichen']));
    const right = await read(chain(['Unterlagen im Serviceportal nachreichen']));
    expect(pairs(compareProcesses(left, right))).toEqual(['s1=s1']);
  });

  it('does not match unrelated German steps', async () => {
    const left = await read(chain(['Gebühr festsetzen']));
    const right = await read(chain(['Parkausweis drucken']));
    const comparison = compareProcesses(left, right);
    expect(comparison.matches).toEqual([]);
    expect(comparison.similarity).toBeLessThan(0.1);
  });

  it('matches start and end events by their role, not a step to an end event', async () => {
    const model = (labels: [string, string, string]): Parameters<typeof bpmnXml>[0] => ({
      nodes: [
        ['start', 'startEvent', labels[0]],
        ['s1', 'task', labels[1]],
        ['end', 'endEvent', labels[2]],
      ],
      flows: [
        ['start', 's1'],
        ['s1', 'end'],
      ],
    });
    const left = await read(
      model(['Hund angeschafft oder zugezogen', 'Anmeldung erfassen', 'Hund angemeldet']),
    );
    const right = await read(
      model(['Hundehaltung begonnen', 'Hund online anmelden', 'Hundesteuer veranlagt']),
    );
    const comparison = compareProcesses(left, right);
    expect(pairs(comparison)).toContain('start=start');
    expect(pairs(comparison)).toContain('end=end');
    expect(pairs(comparison)).not.toContain('end=s1');
  });

  it('rates two models of one procedure clearly above two unrelated ones', async () => {
    const base = await read(
      chain(['Antrag per Post senden', 'Antrag prüfen', 'Gebühr festsetzen', 'Bescheid versenden']),
    );
    const variant = await read(
      chain([
        'Online-Antrag stellen',
        'Antrag auf Vollständigkeit prüfen',
        'Gebühr erheben',
        'Bescheid elektronisch zustellen',
      ]),
    );
    const unrelated = await read(
      chain(['Termin vereinbaren', 'Ausweis vorzeigen', 'Foto aufnehmen', 'Karte drucken']),
    );
    const same = compareProcesses(base, variant).similarity;
    expect(compareProcesses(base, base).similarity).toBeGreaterThan(0.95);
    expect(same).toBeGreaterThan(0.6);
    expect(compareProcesses(base, unrelated).similarity).toBeLessThan(0.2);
    expect(same).toBeLessThanOrEqual(1);
  });
});
