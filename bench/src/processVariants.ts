import type { GraphNode, ProcessGraph, StepKind } from '@amtsweg/server/src/comparison/types.ts';

// Realistic variants of municipal procedures for the similarity benchmark: each city words the
// same steps differently (synonyms, nominal style), drops optional steps, splits one step in two,
// adds steps of its own, swaps neighbours and sometimes loops back to request missing documents.

/** One step of a procedure: its wordings, or a pair of steps some cities split it into. */
interface StepSpec {
  wordings: string[];
  split?: [string, string];
  optional?: boolean;
  lane: string;
}

interface Procedure {
  name: string;
  serviceKey: string;
  steps: StepSpec[];
}

const S = 'Sachbearbeitung';
const B = 'Bürgerbüro';
const K = 'Kasse';
const A = 'Antragsteller';

const step = (lane: string, wordings: string[], extra: Partial<StepSpec> = {}): StepSpec => ({
  lane,
  wordings,
  ...extra,
});

const checkApplication = step(S, ['Antrag prüfen', 'Prüfung des Antrags', 'Antrag sichten'], {
  split: ['Vollständigkeit prüfen', 'Zuständigkeit prüfen'],
});
const feeStep = step(K, ['Gebühr berechnen', 'Gebühren festsetzen', 'Kosten ermitteln'], {
  optional: true,
});
const notice = step(S, ['Bescheid erstellen', 'Bescheid erlassen', 'Bescheid ausfertigen']);
const sendNotice = step(B, [
  'Bescheid versenden',
  'Bescheid zustellen',
  'Bescheid per Post versenden',
]);

const PROCEDURES: Procedure[] = [
  {
    name: 'Gewerbeanmeldung',
    serviceKey: '99050012104000',
    steps: [
      step(A, ['Gewerbe anmelden', 'Gewerbeanmeldung einreichen', 'Anmeldeformular ausfüllen']),
      checkApplication,
      step(S, ['Gewerberegister aktualisieren', 'Eintrag ins Gewerberegister']),
      step(S, ['Finanzamt informieren', 'Mitteilung an das Finanzamt'], { optional: true }),
      step(S, ['IHK benachrichtigen', 'Kammer informieren'], { optional: true }),
      feeStep,
      step(B, ['Gewerbeschein ausstellen', 'Bestätigung der Anmeldung ausgeben']),
    ],
  },
  {
    name: 'Bewohnerparkausweis',
    serviceKey: '99106001012000',
    steps: [
      step(A, ['Parkausweis beantragen', 'Antrag auf Bewohnerparkausweis stellen']),
      step(S, ['Meldeadresse prüfen', 'Wohnsitz prüfen', 'Hauptwohnsitz abgleichen']),
      step(S, ['Fahrzeugschein prüfen', 'Zulassung prüfen', 'Halter prüfen']),
      feeStep,
      step(B, ['Parkausweis ausstellen', 'Ausweis drucken', 'Parkausweis erstellen']),
      step(B, ['Parkausweis versenden', 'Ausweis aushändigen'], { optional: true }),
    ],
  },
  {
    name: 'Hundesteuer',
    serviceKey: '99037005001000',
    steps: [
      step(A, ['Hund anmelden', 'Anmeldung des Hundes', 'Hundehaltung anzeigen']),
      checkApplication,
      step(S, ['Rasse prüfen', 'Listenhund prüfen'], { optional: true }),
      step(K, ['Steuer festsetzen', 'Hundesteuer berechnen', 'Steuerbescheid erstellen']),
      step(B, ['Hundemarke ausgeben', 'Steuermarke aushändigen', 'Hundemarke versenden']),
    ],
  },
  {
    name: 'Wohngeld',
    serviceKey: '99109001001000',
    steps: [
      step(A, ['Wohngeld beantragen', 'Antrag auf Wohngeld stellen']),
      checkApplication,
      step(S, ['Einkommen prüfen', 'Einkommensnachweise prüfen', 'Einkünfte ermitteln']),
      step(S, ['Miete prüfen', 'Mietvertrag prüfen', 'Wohnkosten ermitteln']),
      step(S, ['Wohngeld berechnen', 'Anspruch berechnen', 'Höhe des Wohngelds ermitteln']),
      notice,
      step(K, ['Zahlung anweisen', 'Auszahlung veranlassen'], { optional: true }),
    ],
  },
  {
    name: 'Baugenehmigung',
    serviceKey: '99113002001000',
    steps: [
      step(A, ['Bauantrag einreichen', 'Bauvorlagen einreichen']),
      checkApplication,
      step(S, [
        'Stellungnahmen einholen',
        'Fachämter beteiligen',
        'Träger öffentlicher Belange anhören',
      ]),
      step(S, ['Nachbarn beteiligen', 'Angrenzer benachrichtigen'], { optional: true }),
      step(S, ['Bauvorhaben bewerten', 'Genehmigungsfähigkeit prüfen', 'Bauplanungsrecht prüfen']),
      feeStep,
      notice,
    ],
  },
  {
    name: 'Meldebescheinigung',
    serviceKey: '99115004001000',
    steps: [
      step(A, ['Bescheinigung beantragen', 'Meldebescheinigung anfordern']),
      step(B, ['Identität prüfen', 'Ausweis prüfen', 'Personalausweis kontrollieren']),
      step(B, ['Melderegister abfragen', 'Meldedaten abrufen']),
      feeStep,
      step(B, ['Bescheinigung drucken', 'Meldebescheinigung ausstellen']),
    ],
  },
  {
    name: 'Personalausweis',
    serviceKey: '99102013001000',
    steps: [
      step(A, ['Termin buchen', 'Termin vereinbaren', 'Vorsprache vereinbaren']),
      step(B, ['Identität prüfen', 'Ausweis prüfen', 'Personalausweis kontrollieren']),
      step(B, ['Lichtbild prüfen', 'Passfoto prüfen', 'Biometrisches Foto erfassen']),
      step(B, ['Fingerabdrücke erfassen', 'Fingerabdruck scannen'], { optional: true }),
      step(B, [
        'Ausweis bestellen',
        'Antrag an Bundesdruckerei senden',
        'Ausweis in Auftrag geben',
      ]),
      feeStep,
      step(B, ['Ausweis aushändigen', 'Personalausweis ausgeben', 'Abholung des Ausweises']),
    ],
  },
  {
    name: 'Eheschließung',
    serviceKey: '99041001001000',
    steps: [
      step(A, ['Eheschließung anmelden', 'Anmeldung zur Eheschließung']),
      step(S, ['Urkunden prüfen', 'Geburtsurkunden prüfen', 'Nachweise sichten']),
      step(S, ['Ehefähigkeit prüfen', 'Ehehindernisse prüfen']),
      step(B, ['Trautermin festlegen', 'Termin für Trauung vergeben']),
      feeStep,
      step(S, ['Eheurkunde ausstellen', 'Eheschließung beurkunden', 'Eintrag ins Eheregister']),
    ],
  },
  {
    name: 'Sondernutzung',
    serviceKey: '99108004001000',
    steps: [
      step(A, ['Sondernutzung beantragen', 'Erlaubnis für Sondernutzung beantragen']),
      checkApplication,
      step(S, ['Ortsbesichtigung durchführen', 'Ortstermin wahrnehmen'], { optional: true }),
      step(S, ['Polizei anhören', 'Straßenverkehrsbehörde beteiligen']),
      feeStep,
      step(S, ['Erlaubnis erteilen', 'Sondernutzungserlaubnis erstellen', 'Genehmigung erteilen']),
    ],
  },
  {
    name: 'Kita-Platz',
    serviceKey: '99044001001000',
    steps: [
      step(A, ['Kita-Platz beantragen', 'Betreuungsplatz anmelden', 'Voranmeldung abgeben']),
      step(S, ['Bedarf prüfen', 'Betreuungsbedarf feststellen']),
      step(S, ['Platz vergeben', 'Betreuungsplatz zuteilen', 'Kita zuweisen']),
      step(S, ['Elternbeitrag berechnen', 'Gebühren für Betreuung festsetzen'], { optional: true }),
      step(B, [
        'Zusage versenden',
        'Platzzusage mitteilen',
        'Bescheid über Platzvergabe versenden',
      ]),
    ],
  },
  {
    name: 'Fundsache',
    serviceKey: '99079001001000',
    steps: [
      step(B, ['Fundsache annehmen', 'Fund entgegennehmen', 'Fundgegenstand erfassen']),
      step(B, ['Fundsache registrieren', 'Fund ins Fundregister eintragen']),
      step(B, ['Eigentümer ermitteln', 'Verlierer suchen'], { optional: true }),
      step(B, ['Fundsache aushändigen', 'Fund herausgeben', 'Rückgabe an Eigentümer']),
    ],
  },
  {
    name: 'Führungszeugnis',
    serviceKey: '99012001001000',
    steps: [
      step(A, ['Führungszeugnis beantragen', 'Antrag auf Führungszeugnis stellen']),
      step(B, ['Identität prüfen', 'Ausweis prüfen', 'Personalausweis kontrollieren']),
      feeStep,
      step(B, ['Antrag an Bundesamt übermitteln', 'Daten an Bundesamt für Justiz senden']),
    ],
  },
  {
    name: 'Anwohnerbeschwerde Lärm',
    serviceKey: '99108010001000',
    steps: [
      step(A, ['Beschwerde einreichen', 'Lärm melden', 'Beschwerde erfassen']),
      step(S, ['Sachverhalt prüfen', 'Sachverhalt ermitteln', 'Lärmquelle feststellen']),
      step(S, ['Verursacher anhören', 'Anhörung des Verursachers']),
      step(S, ['Maßnahme anordnen', 'Verfügung erlassen', 'Auflage erteilen'], { optional: true }),
      step(B, ['Beschwerdeführer informieren', 'Rückmeldung geben']),
    ],
  },
  {
    name: 'Sperrmüll',
    serviceKey: '99032001001000',
    steps: [
      step(A, ['Sperrmüll anmelden', 'Abholtermin anfragen', 'Sperrmüllabholung bestellen']),
      step(S, ['Termin planen', 'Abholtermin festlegen', 'Tour planen']),
      step(B, ['Termin bestätigen', 'Bestätigung versenden']),
      step(S, ['Sperrmüll abholen', 'Abholung durchführen']),
    ],
  },
  {
    name: 'Elterngeld',
    serviceKey: '99036001001000',
    steps: [
      step(A, ['Elterngeld beantragen', 'Antrag auf Elterngeld stellen']),
      checkApplication,
      step(S, ['Geburtsurkunde prüfen', 'Nachweis der Geburt prüfen']),
      step(S, ['Einkommen prüfen', 'Einkommensnachweise prüfen', 'Einkünfte ermitteln']),
      step(S, ['Elterngeld berechnen', 'Anspruch berechnen', 'Bezugsmonate festlegen']),
      notice,
      step(K, ['Zahlung anweisen', 'Auszahlung veranlassen']),
    ],
  },
  {
    name: 'Veranstaltung',
    serviceKey: '99108015001000',
    steps: [
      step(A, ['Veranstaltung anzeigen', 'Veranstaltung anmelden']),
      checkApplication,
      step(S, ['Sicherheitskonzept prüfen', 'Sicherheitskonzept bewerten']),
      step(S, ['Feuerwehr beteiligen', 'Brandschutz anhören', 'Ordnungsamt beteiligen']),
      feeStep,
      step(S, ['Genehmigung erteilen', 'Erlaubnis erteilen', 'Veranstaltung genehmigen']),
    ],
  },
  {
    name: 'Gaststättenerlaubnis',
    serviceKey: '99050004001000',
    steps: [
      step(A, ['Gaststättenerlaubnis beantragen', 'Konzession beantragen']),
      checkApplication,
      step(S, [
        'Zuverlässigkeit prüfen',
        'Führungszeugnis anfordern',
        'Gewerbezentralregister abfragen',
      ]),
      step(S, ['Räume besichtigen', 'Ortsbesichtigung durchführen'], { optional: true }),
      step(S, ['Lebensmittelkontrolle beteiligen', 'Veterinäramt anhören']),
      feeStep,
      step(S, ['Erlaubnis erteilen', 'Konzession erteilen', 'Gaststättenerlaubnis ausstellen']),
    ],
  },
  {
    name: 'Schwerbehindertenparkausweis',
    serviceKey: '99106002001000',
    steps: [
      step(A, ['Parkerleichterung beantragen', 'Blauen Parkausweis beantragen']),
      step(S, [
        'Schwerbehindertenausweis prüfen',
        'Merkzeichen prüfen',
        'Nachweis der Behinderung prüfen',
      ]),
      step(B, ['Lichtbild prüfen', 'Passfoto prüfen']),
      step(B, ['Parkausweis ausstellen', 'Ausweis drucken', 'Parkausweis erstellen']),
      step(B, ['Parkausweis versenden', 'Ausweis aushändigen']),
    ],
  },
  {
    name: 'Baumfällung',
    serviceKey: '99113010001000',
    steps: [
      step(A, ['Fällgenehmigung beantragen', 'Antrag auf Baumfällung stellen']),
      checkApplication,
      step(S, ['Baum begutachten', 'Ortsbesichtigung durchführen', 'Baumgutachten prüfen']),
      step(S, ['Naturschutzbehörde beteiligen', 'Untere Naturschutzbehörde anhören'], {
        optional: true,
      }),
      step(S, ['Ersatzpflanzung festlegen', 'Ausgleichsmaßnahme anordnen']),
      notice,
    ],
  },
  {
    name: 'Akteneinsicht',
    serviceKey: '99002001001000',
    steps: [
      step(A, ['Akteneinsicht beantragen', 'Informationszugang beantragen']),
      checkApplication,
      step(S, ['Schutzwürdige Daten schwärzen', 'Personenbezogene Daten schwärzen']),
      step(S, ['Dritte anhören', 'Betroffene beteiligen'], { optional: true }),
      feeStep,
      step(B, ['Akteneinsicht gewähren', 'Unterlagen bereitstellen', 'Kopien versenden']),
      sendNotice,
    ],
  },
];

/** Steps some cities add on their own. */
const EXTRA_STEPS: [string, string][] = [
  [S, 'Akte anlegen'],
  [S, 'Vorgang im Fachverfahren erfassen'],
  [S, 'Unterlagen nachfordern'],
  [S, 'Rücksprache mit Sachgebietsleitung'],
  [B, 'Eingangsbestätigung versenden'],
  [B, 'Unterlagen scannen'],
  [S, 'Vier-Augen-Prüfung durchführen'],
  [S, 'Vorgang archivieren'],
  [K, 'Zahlungseingang prüfen'],
  [B, 'Bürger telefonisch informieren'],
  [S, 'Statistik melden'],
  [S, 'Wiedervorlage einrichten'],
];

const START_EVENTS = ['Antrag eingegangen', 'Anliegen eingegangen', 'Antrag liegt vor'];
const END_EVENTS = ['Vorgang abgeschlossen', 'Verfahren beendet', 'Bescheid versandt'];
const TASK_KINDS: [StepKind, string][] = [
  ['TASK', 'bpmn:Task'],
  ['USER_TASK', 'bpmn:UserTask'],
  ['USER_TASK', 'bpmn:UserTask'],
  ['MANUAL_TASK', 'bpmn:ManualTask'],
  ['SERVICE_TASK', 'bpmn:ServiceTask'],
];

export const PROCEDURE_COUNT = PROCEDURES.length;

/** A seeded PRNG (mulberry32), so every run stores the same catalogue. */
export function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return { next, pick, chance: (p: number) => next() < p };
}

export type Random = ReturnType<typeof randomSource>;

export interface VariantModel {
  title: string;
  /** Null for the models whose city never entered a service key. */
  serviceKey: string | null;
  graph: ProcessGraph;
  xml: string;
}

/** One city's variant of procedure `index`: a linear flow, sometimes with a loop back. */
export function variantModel(index: number, cityName: string, random: Random): VariantModel {
  const procedure = PROCEDURES[index % PROCEDURES.length] as Procedure;
  const steps: { label: string; lane: string }[] = [];
  for (const spec of procedure.steps) {
    if (spec.optional && random.chance(0.3)) continue;
    if (spec.split && random.chance(0.15)) {
      for (const label of spec.split) steps.push({ label, lane: spec.lane });
    } else {
      steps.push({ label: random.pick(spec.wordings), lane: spec.lane });
    }
  }
  const extras = random.chance(0.5) ? 1 + Math.floor(random.next() * 3) : 0;
  for (let i = 0; i < extras; i++) {
    const [lane, label] = random.pick(EXTRA_STEPS);
    steps.splice(1 + Math.floor(random.next() * steps.length), 0, { label, lane });
  }
  if (steps.length > 3 && random.chance(0.2)) {
    const at = 1 + Math.floor(random.next() * (steps.length - 2));
    [steps[at], steps[at + 1]] = [steps[at + 1] as never, steps[at] as never];
  }

  const nodes: GraphNode[] = [
    {
      id: 'Start',
      label: random.pick(START_EVENTS),
      kind: 'START_EVENT',
      type: 'bpmn:StartEvent',
      lane: steps[0]?.lane ?? S,
    },
  ];
  steps.forEach((s, i) => {
    const [kind, type] = random.pick(TASK_KINDS);
    nodes.push({ id: `Task_${i + 1}`, label: s.label, kind, type, lane: s.lane });
  });
  const flows: [string, string][] = [];
  for (let i = 1; i < nodes.length; i++) {
    flows.push([(nodes[i - 1] as GraphNode).id, (nodes[i] as GraphNode).id]);
  }
  // A check that can send the application back for missing documents: gateway and loop.
  if (steps.length > 2 && random.chance(0.3)) {
    const last = nodes[nodes.length - 1] as GraphNode;
    nodes.push({
      id: 'Gateway_1',
      label: 'Unterlagen vollständig?',
      kind: 'GATEWAY',
      type: 'bpmn:ExclusiveGateway',
      lane: S,
    });
    flows.push([last.id, 'Gateway_1'], ['Gateway_1', 'Task_1']);
    nodes.push({
      id: 'End',
      label: random.pick(END_EVENTS),
      kind: 'END_EVENT',
      type: 'bpmn:EndEvent',
      lane: last.lane,
    });
    flows.push(['Gateway_1', 'End']);
  } else {
    const last = nodes[nodes.length - 1] as GraphNode;
    nodes.push({
      id: 'End',
      label: random.pick(END_EVENTS),
      kind: 'END_EVENT',
      type: 'bpmn:EndEvent',
      lane: last.lane,
    });
    flows.push([last.id, 'End']);
  }
  const lanes = [...new Set(nodes.map((n) => n.lane as string))];
  const graph: ProcessGraph = { nodes, flows, messageFlows: [], lanes, dataObjects: [] };
  const serviceKey = random.chance(0.1) ? null : procedure.serviceKey;
  return { title: `${procedure.name} ${cityName}`, serviceKey, graph, xml: bpmnXml(graph) };
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/** BPMN 2.0 XML of the graph (lanes, no diagram): what a lazy re-read of the row would see. */
function bpmnXml(graph: ProcessGraph): string {
  const tag = (type: string) => type.replace('bpmn:', '').replace(/^./, (c) => c.toLowerCase());
  const lanes = graph.lanes
    .map((lane, i) => {
      const refs = graph.nodes
        .filter((n) => n.lane === lane)
        .map((n) => `<bpmn:flowNodeRef>${n.id}</bpmn:flowNodeRef>`)
        .join('');
      return `<bpmn:lane id="Lane_${i + 1}" name="${escapeXml(lane)}">${refs}</bpmn:lane>`;
    })
    .join('\n      ');
  const nodes = graph.nodes
    .map((n) => `    <bpmn:${tag(n.type)} id="${n.id}" name="${escapeXml(n.label)}" />`)
    .join('\n');
  const flows = graph.flows
    .map(
      ([source, target], i) =>
        `    <bpmn:sequenceFlow id="Flow_${i + 1}" sourceRef="${source}" targetRef="${target}" />`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn">
  <bpmn:process id="Process_1" isExecutable="false">
    <bpmn:laneSet id="LaneSet_1">
      ${lanes}
    </bpmn:laneSet>
${nodes}
${flows}
  </bpmn:process>
</bpmn:definitions>
`;
}
