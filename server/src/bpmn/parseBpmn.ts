/// <reference path="./vendorModules.d.ts" />
import { BpmnModdle, type ModdleElement, type ModdleImportWarning } from 'bpmn-moddle';
import {
  BPMN_LIMITS,
  BPMN_MODEL_NAMESPACE,
  BpmnImportError,
  type BpmnImportErrorDetails,
} from './errors.ts';
import { type BpmnFigures, isModdleElement, nestingDepth, summarizeModel } from './modelFigures.ts';

export interface BpmnImportWarning {
  message: string;
  elementId?: string;
}

export interface ParsedBpmn {
  /** The moddle root (`bpmn:Definitions`). */
  definitions: ModdleElement;
  /** Every element carrying an id, semantic and diagram interchange alike. */
  elementsById: ReadonlyMap<string, ModdleElement>;
  /** Parts of the file that were skipped or could not be resolved; the import still succeeded. */
  warnings: BpmnImportWarning[];
  figures: BpmnFigures;
  activityLabels: string[];
  /** Whether the file carries diagram interchange (bpmndi), i.e. can be drawn as exported. */
  hasDiagram: boolean;
}

// One instance for the process: it only holds the (immutable) type registry, each fromXML call
// gets its own reader.
const moddle = new BpmnModdle();

// Only scanned for, never processed: the reader expands no entities, but a file carrying a DTD is
// either hostile or broken, and refusing it keeps us safe should the parser ever change.
const DTD_MARKUP = /<!(?:DOCTYPE|ENTITY)/i;

/**
 * Characters XML 1.0 does not allow anywhere (C0 controls other than tab, LF, CR; U+FFFE/FFFF).
 * The XML reader lets them through, but PostgreSQL refuses U+0000 in text, so the save would fail.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const NON_XML_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
/** Half of a UTF-16 surrogate pair without the other half: no character at all. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const CHARACTER_REFERENCE = /&#(?:x([0-9a-fA-F]{1,8})|([0-9]{1,10}));/g;

/**
 * Parses and validates an uploaded BPMN 2.0 XML text.
 * @throws {BpmnImportError} when the file cannot be accepted.
 */
export async function parseBpmn(xml: string): Promise<ParsedBpmn> {
  if (typeof xml !== 'string') {
    throw new BpmnImportError('NOT_XML', 'The upload is not a text file.');
  }
  assertSize(xml);
  assertXmlCharacters(xml);
  if (DTD_MARKUP.test(xml)) {
    throw new BpmnImportError(
      'DTD_FORBIDDEN',
      'The file contains a document type declaration (<!DOCTYPE> or <!ENTITY>), which BPMN ' +
        'files do not use. Export the model again from your modelling tool without it.',
    );
  }

  const { rootElement: definitions, elementsById, warnings } = await readXml(xml);

  const depth = nestingDepth(definitions);
  if (depth > BPMN_LIMITS.maxDepth) {
    throw new BpmnImportError(
      'TOO_DEEPLY_NESTED',
      `The model nests elements more than ${BPMN_LIMITS.maxDepth} levels deep (for example ` +
        'sub-processes inside sub-processes). Flatten it, for example with call activities.',
      { limit: BPMN_LIMITS.maxDepth, actual: depth },
    );
  }

  const { figures, activityLabels } = summarizeModel(definitions);
  if (figures.elementCount > BPMN_LIMITS.maxElements) {
    throw new BpmnImportError(
      'TOO_MANY_ELEMENTS',
      `The model has ${formatCount(figures.elementCount)} elements; at most ` +
        `${formatCount(BPMN_LIMITS.maxElements)} are allowed. Split it into several models, ` +
        'for example with call activities.',
      { limit: BPMN_LIMITS.maxElements, actual: figures.elementCount },
    );
  }
  assertHasProcess(definitions);

  const byId = new Map<string, ModdleElement>();
  for (const [id, element] of Object.entries(elementsById)) {
    if (element) byId.set(id, element);
  }
  return {
    definitions,
    elementsById: byId,
    warnings: warnings.map(toImportWarning),
    figures,
    activityLabels,
    hasDiagram: asElements(definitions.diagrams).length > 0,
  };
}

/** A character XML 1.0 forbids, written out or as a character reference (`&#0;`, `&#xD800;`). */
function assertXmlCharacters(xml: string): void {
  const raw = NON_XML_CHARACTER.exec(xml) ?? LONE_SURROGATE.exec(xml);
  const reference = raw ? undefined : forbiddenReference(xml);
  const found = raw
    ? { index: raw.index, code: raw[0].charCodeAt(0) }
    : reference && { index: reference.index, code: reference.code };
  if (!found) return;
  const before = xml.slice(0, found.index).split('\n');
  const line = before.length;
  const column = (before.at(-1)?.length ?? 0) + 1;
  const name = `U+${found.code.toString(16).toUpperCase().padStart(4, '0')}`;
  throw new BpmnImportError(
    'NOT_XML',
    `The file is not well-formed XML: it contains the character ${name}, which XML does not ` +
      `allow (line ${line}, column ${column}).`,
    { line, column },
  );
}

function forbiddenReference(xml: string): { index: number; code: number } | undefined {
  for (const match of xml.matchAll(CHARACTER_REFERENCE)) {
    const [, hex, decimal] = match;
    const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(decimal);
    const allowed =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      (code >= 0x10000 && code <= 0x10ffff);
    if (!allowed) return { index: match.index, code: Number.isFinite(code) ? code : 0 };
  }
  return undefined;
}

function assertSize(xml: string): void {
  // Checked on the UTF-8 bytes: umlauts count twice, exactly as in the uploaded file.
  // A string can hold at most 3 bytes per UTF-16 unit, so short strings need no counting.
  if (xml.length * 3 <= BPMN_LIMITS.maxBytes) return;
  const bytes = Buffer.byteLength(xml, 'utf8');
  if (bytes > BPMN_LIMITS.maxBytes) {
    throw new BpmnImportError(
      'TOO_LARGE',
      `The file is ${formatMegabytes(bytes)} large; BPMN files may be at most ` +
        `${formatMegabytes(BPMN_LIMITS.maxBytes)}.`,
      { limit: BPMN_LIMITS.maxBytes, actual: bytes },
    );
  }
}

async function readXml(xml: string) {
  try {
    return await moddle.fromXML(xml.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw toImportError(error);
  }
}

function toImportError(error: unknown): BpmnImportError {
  const message = error instanceof Error ? error.message : String(error);
  // moddle reports a document whose root element it cannot read as bpmn:Definitions this way;
  // anything else it throws comes from the XML reader.
  if (message.startsWith('failed to parse document as')) {
    const warnings = (error as { warnings?: ModdleImportWarning[] }).warnings ?? [];
    const details: BpmnImportErrorDetails = { parserMessage: message };
    const found = warnings
      .map((warning) => /unexpected element <([^>]+)>/.exec(warning.message)?.[1])
      .find(Boolean);
    if (found) details.rootElement = found;
    return new BpmnImportError(
      'NOT_BPMN',
      'The file is not a BPMN 2.0 model: it must start with a <definitions> element in the ' +
        `namespace ${BPMN_MODEL_NAMESPACE}${found ? `, but starts with <${found}>` : ''}.`,
      details,
    );
  }
  const parsed = parseReaderMessage(message);
  const where = parsed.line ? ` (line ${parsed.line}, column ${parsed.column})` : '';
  return new BpmnImportError(
    'NOT_XML',
    `The file is not well-formed XML: ${parsed.problem}${where}.`,
    {
      parserMessage: message,
      ...(parsed.line ? { line: parsed.line, column: parsed.column } : {}),
    },
  );
}

interface ReaderMessage {
  problem: string;
  content?: string;
  line?: number;
  column?: number;
}

// moddle-xml formats reader problems as
// "unparsable content <x> detected\n\tline: 0\n\tcolumn: 12\n\tnested error: unknown type <X>"
// with 0-based positions.
const READER_MESSAGE =
  /^unparsable content ?([\s\S]*?) ?detected\n\tline: (\d+)\n\tcolumn: (\d+)\n\tnested error: ([\s\S]*)$/;

function parseReaderMessage(message: string): ReaderMessage {
  const match = READER_MESSAGE.exec(message);
  if (!match) return { problem: message };
  const [, content, line, column, problem] = match;
  return {
    problem: problem ?? message,
    ...(content ? { content } : {}),
    line: Number(line) + 1,
    column: Number(column) + 1,
  };
}

function toImportWarning(warning: ModdleImportWarning): BpmnImportWarning {
  const parsed = parseReaderMessage(warning.message);
  const message = parsed.line
    ? `Skipped ${parsed.content ?? 'content'}: ${parsed.problem} (line ${parsed.line}, column ${parsed.column})`
    : warning.message;
  const elementId = warning.element?.id;
  return elementId ? { message, elementId } : { message };
}

function assertHasProcess(definitions: ModdleElement): void {
  const rootElements = asElements(definitions.rootElements);
  if (!rootElements.some((element) => element.$instanceOf('bpmn:Process'))) {
    throw new BpmnImportError(
      'NO_PROCESS',
      'The file contains no process, so there is nothing to share. Export the process model ' +
        'itself, not only a collaboration or a set of definitions.',
    );
  }
  for (const collaboration of rootElements) {
    if (!collaboration.$instanceOf('bpmn:Collaboration')) continue;
    const participants = asElements(collaboration.participants);
    const withProcess = participants.some((participant) => {
      const process = participant.processRef;
      return isModdleElement(process) && process.$instanceOf('bpmn:Process');
    });
    if (!withProcess) {
      const name = collaboration.id ? ` "${collaboration.id}"` : '';
      throw new BpmnImportError(
        'NO_PROCESS',
        `None of the pools in the collaboration${name} contains a process (they are all ` +
          'collapsed "black box" pools). Model the process inside at least one pool.',
      );
    }
  }
}

export function asElements(value: unknown): ModdleElement[] {
  return Array.isArray(value) ? value.filter(isModdleElement) : [];
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;
}

function formatCount(count: number): string {
  return count.toLocaleString('en');
}
