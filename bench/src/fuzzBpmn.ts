// fast-check generators of malformed and hostile BPMN files for the fuzz bench: each family is a
// way real uploads go wrong (or attackers try), built on a small valid process.
import fc from 'fast-check';

const NS = 'http://www.omg.org/spec/BPMN/20100524/MODEL';
const DI_NS =
  'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI"';

const label = fc.oneof(
  fc.constantFrom('Antrag prüfen', 'Bescheid erstellen', 'Gebühr erheben', 'Akte anlegen'),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

const escapeXml = (text: string) =>
  text.replace(
    /[<>&"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] ?? c,
  );

/** A small valid process: start, tasks in a row, end, with diagram shapes. */
export function validBpmn(labels: string[], withDiagram = true): string {
  const ids = ['Start', ...labels.map((_, i) => `Task_${i}`), 'End'];
  const nodes = [
    '<bpmn:startEvent id="Start"/>',
    ...labels.map((l, i) => `<bpmn:task id="Task_${i}" name="${escapeXml(l)}"/>`),
    '<bpmn:endEvent id="End"/>',
  ];
  const flows = ids
    .slice(1)
    .map((id, i) => `<bpmn:sequenceFlow id="Flow_${i}" sourceRef="${ids[i]}" targetRef="${id}"/>`);
  const shapes = withDiagram
    ? `<bpmndi:BPMNDiagram id="D"><bpmndi:BPMNPlane id="P" bpmnElement="Process_1">${ids
        .map(
          (id, i) =>
            `<bpmndi:BPMNShape id="${id}_di" bpmnElement="${id}"><dc:Bounds x="${i * 150}" y="80" width="100" height="80"/></bpmndi:BPMNShape>`,
        )
        .join('')}</bpmndi:BPMNPlane></bpmndi:BPMNDiagram>`
    : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="${NS}" ${DI_NS} id="Defs" targetNamespace="http://example.org">
<bpmn:process id="Process_1" isExecutable="false">${nodes.join('')}${flows.join('')}</bpmn:process>${shapes}
</bpmn:definitions>`;
}

const base = fc.array(label, { minLength: 1, maxLength: 8 }).map((labels) => validBpmn(labels));

const truncated = fc
  .tuple(base, fc.double({ min: 0, max: 1, noNaN: true }))
  .map(([xml, at]) => xml.slice(0, Math.floor(xml.length * at)));

const corrupted = fc
  .tuple(
    base,
    fc.array(fc.tuple(fc.nat(), fc.string({ unit: 'binary', maxLength: 4 })), {
      minLength: 1,
      maxLength: 10,
    }),
  )
  .map(([xml, edits]) =>
    edits.reduce((text, [pos, insert]) => {
      const i = pos % (text.length + 1);
      return text.slice(0, i) + insert + text.slice(i + 1);
    }, xml),
  );

const wrongNamespace = fc
  .tuple(
    base,
    fc.oneof(
      fc.webUrl(),
      fc.constant(''),
      fc.constant('http://www.omg.org/spec/BPMN/20100501/MODEL'),
    ),
  )
  .map(([xml, ns]) => xml.replace(NS, ns));

const notBpmnRoot = fc.constantFrom(
  '<svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>',
  '<html><body>Prozess</body></html>',
  '<?xml version="1.0"?><definitions/>',
  '<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"/>',
  '',
  '   ',
  '{"process": []}',
);

// Long values in attributes that are not labels (labels: see longLabel).
const hugeAttribute = (min: number, max: number) =>
  fc
    .tuple(
      base,
      fc.integer({ min, max }),
      fc.constantFrom('data-x', 'implementation', 'targetNamespace'),
    )
    .map(([xml, size, attribute]) =>
      xml.replace('<bpmn:task ', `<bpmn:task ${attribute}="${'ä'.repeat(size / 2)}" `),
    );

/** One long word as a step's label: goes through the matching engine's compound splitting. */
const longLabel = fc
  .tuple(fc.integer({ min: 100, max: 3_000 }), fc.constantFrom('ä', 'a', 'Antrag', 'ung'))
  .map(([length, unit]) => validBpmn([unit.repeat(Math.ceil(length / unit.length))]));

const deepNesting = fc
  .tuple(
    fc.integer({ min: 50, max: 5_000 }),
    fc.constantFrom('bpmn:subProcess', 'bpmn:extensionElements', 'x:any'),
  )
  .map(([depth, tag]) => {
    const open = Array.from({ length: depth }, (_, i) =>
      tag === 'bpmn:subProcess' ? `<bpmn:subProcess id="S${i}">` : `<${tag}>`,
    ).join('');
    const close = `</${tag}>`.repeat(depth);
    return `<bpmn:definitions xmlns:bpmn="${NS}" xmlns:x="urn:x" id="D"><bpmn:process id="P">${open}${close}</bpmn:process></bpmn:definitions>`;
  });

const manyElements = fc.integer({ min: 5_000, max: 12_000 }).map((count) =>
  validBpmn(
    Array.from({ length: count }, (_, i) => `Schritt ${i}`),
    false,
  ),
);

const entityAttacks = fc.constantFrom(
  // Billion laughs.
  `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><bpmn:definitions xmlns:bpmn="${NS}"><bpmn:process id="P"><bpmn:task id="T" name="&lol3;"/></bpmn:process></bpmn:definitions>`,
  // External entity (XXE).
  `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><bpmn:definitions xmlns:bpmn="${NS}"><bpmn:process id="P"><bpmn:task id="T" name="&xxe;"/></bpmn:process></bpmn:definitions>`,
  `<?xml version="1.0"?><!DOCTYPE d SYSTEM "http://127.0.0.1:1/evil.dtd"><bpmn:definitions xmlns:bpmn="${NS}"><bpmn:process id="P"/></bpmn:definitions>`,
  `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY % p SYSTEM "http://127.0.0.1:1/x"> %p;]><bpmn:definitions xmlns:bpmn="${NS}"/>`,
  // Entity references without a declaration, and a lower-case doctype.
  `<bpmn:definitions xmlns:bpmn="${NS}"><bpmn:process id="P"><bpmn:task id="T" name="&xxe;&#x0;&#xFFFF;&#99999999;"/></bpmn:process></bpmn:definitions>`,
  `<!doctype bpmn><bpmn:definitions xmlns:bpmn="${NS}"/>`,
  `<?xml version="1.0"?><?xml-stylesheet href="http://127.0.0.1:1/x.xsl"?><bpmn:definitions xmlns:bpmn="${NS}"><bpmn:process id="P"/></bpmn:definitions>`,
);

const randomBytes = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 2_000 }),
  fc.uint8Array({ maxLength: 2_000 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
  fc.string({
    unit: fc.constantFrom('<', '>', '/', '"', '=', ' ', 'a', ':', '!', '?', '&', ';'),
    maxLength: 500,
  }),
);

/** Looks like BPMN, but references point nowhere, ids repeat, or elements sit in odd places. */
const brokenReferences = fc
  .tuple(
    fc.array(label, { minLength: 1, maxLength: 6 }),
    fc.constantFrom(
      (x: string) => x.replace('sourceRef="Start"', 'sourceRef="Missing"'),
      (x: string) => x.replace(/targetRef="[^"]+"/, 'targetRef=""'),
      (x: string) => x.replace(/id="Task_0"/, 'id="Start"'),
      (x: string) => x.replace(/bpmnElement="Task_0"/, 'bpmnElement="Nope"'),
      (x: string) => x.replace('bpmnElement="Process_1"', 'bpmnElement="Flow_0"'),
      (x: string) =>
        x.replace(
          '</bpmn:process>',
          '<bpmn:laneSet><bpmn:lane id="L"><bpmn:flowNodeRef>Ghost</bpmn:flowNodeRef><bpmn:childLaneSet><bpmn:lane id="L"/></bpmn:childLaneSet></bpmn:lane></bpmn:laneSet></bpmn:process>',
        ),
      (x: string) =>
        x.replace(
          '</bpmn:process>',
          '<bpmn:sequenceFlow id="Loop" sourceRef="End" targetRef="Start"><bpmn:conditionExpression xsi:type="bpmn:tFormalExpression" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${x</bpmn:conditionExpression></bpmn:sequenceFlow></bpmn:process>',
        ),
      (x: string) =>
        x.replace(
          '</bpmn:process>',
          '</bpmn:process><bpmn:collaboration id="C"><bpmn:participant id="Pa" processRef="Nowhere"/><bpmn:messageFlow id="M" sourceRef="Task_0" targetRef="Task_0"/></bpmn:collaboration>',
        ),
      (x: string) =>
        x.replace(
          '<bpmn:startEvent id="Start"/>',
          '<bpmn:startEvent id="Start"><bpmn:timerEventDefinition><bpmn:timeCycle>R/P-1D</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent><bpmn:boundaryEvent id="B" attachedToRef="End"/>',
        ),
      (x: string) => x.replaceAll('bpmn:task', 'bpmn:unknownThing'),
      (x: string) => x.replace('id="Process_1"', 'id="__proto__"'),
      (x: string) => x.replace(/id="Task_0"/, 'id="constructor"'),
    ),
  )
  .map(([labels, breakIt]) => breakIt(validBpmn(labels)));

/**
 * Malformed BPMN texts; the slow families (megabytes, thousands of elements) are rare. Long
 * one-word labels block the server for minutes (reported to the lead): `longLabels: false` leaves
 * them out so the rest of the campaign can run.
 */
export const malformedBpmn = (longLabels: boolean): fc.Arbitrary<string> =>
  fc.oneof(
    { arbitrary: longLabel, weight: longLabels ? 50 : 0 },
    { arbitrary: truncated, weight: 400 },
    { arbitrary: corrupted, weight: 400 },
    { arbitrary: wrongNamespace, weight: 200 },
    { arbitrary: notBpmnRoot, weight: 100 },
    { arbitrary: hugeAttribute(10_000, 200_000), weight: 100 },
    { arbitrary: hugeAttribute(5_000_000, 6_000_000), weight: 2 },
    { arbitrary: deepNesting, weight: 100 },
    { arbitrary: manyElements, weight: 3 },
    { arbitrary: entityAttacks, weight: 200 },
    { arbitrary: randomBytes, weight: 300 },
    { arbitrary: brokenReferences, weight: 400 },
  );
