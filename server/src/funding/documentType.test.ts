import { crc32, deflateRawSync, deflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import {
  ALLOWED_DOCUMENT_EXTENSIONS,
  detectDocumentType,
  MAX_DOCUMENT_BYTES,
} from './documentType.ts';
import { renderBudgetXlsx } from './exports/budgetXlsx.ts';
import { threeCityStatement } from './exports/statementFixture.ts';

// Fixtures are built here, a few hundred bytes each, rather than committed as binaries.

function pdfBytes(): Promise<Buffer> {
  const doc = new PDFDocument();
  const chunks: Buffer[] = [];
  return new Promise((resolve) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.text('Absichtserklärung der Stadt Waiblingen').end();
  });
}

function u32(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32BE(value >>> 0);
  return buffer;
}

/** A 1×1 RGB PNG. */
function pngBytes(): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    return Buffer.concat([u32(data.length), body, u32(crc32(body))]);
  };
  const header = Buffer.concat([u32(1), u32(1), Buffer.from([8, 2, 0, 0, 0])]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from([0, 0x1f, 0x5f, 0x8f]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The start of a JFIF file (SOI, APP0) and its end; detection reads the markers. */
function jpegBytes(): Buffer {
  return Buffer.from([
    0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01,
    0x00, 0x01, 0x00, 0x00, 0xff, 0xd9,
  ]);
}

/**
 * A ZIP archive as Word and LibreOffice write one: entries deflated, except ODF's "mimetype",
 * which the format requires to be stored first and uncompressed.
 */
function zipBytes(entries: [name: string, content: string][]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const fileName = Buffer.from(name, 'utf8');
    const raw = Buffer.from(content, 'utf8');
    const stored = name === 'mimetype';
    const data = stored ? raw : deflateRawSync(raw);
    const fields = Buffer.alloc(26);
    fields.writeUInt16LE(20, 0); // version needed
    fields.writeUInt16LE(0x0800, 2); // UTF-8 names
    fields.writeUInt16LE(stored ? 0 : 8, 4); // method: stored or deflate
    fields.writeUInt16LE(0x21, 8); // 1980-01-01, the earliest DOS date
    fields.writeUInt32LE(crc32(raw), 10);
    fields.writeUInt32LE(data.length, 14);
    fields.writeUInt32LE(raw.length, 18);
    fields.writeUInt16LE(fileName.length, 22);
    const local = Buffer.concat([u32(0x04034b50).reverse(), fields, fileName, data]);
    // Comment length, disk, internal and external attributes (all 0), then the local offset.
    const central = Buffer.alloc(14);
    central.writeUInt32LE(offset, 10);
    centrals.push(
      Buffer.concat([u32(0x02014b50).reverse(), Buffer.from([20, 0]), fields, central, fileName]),
    );
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function openXml(mainPart: string, contentType: string): Buffer {
  const types = `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${mainPart}" ContentType="${contentType}"/></Types>`;
  return zipBytes([
    ['[Content_Types].xml', types],
    [mainPart, '<?xml version="1.0" encoding="UTF-8"?><document/>'],
  ]);
}

const DOCX_MAIN =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';

function openDocument(mimeType: string): Buffer {
  // ODF requires "mimetype" as the first, uncompressed entry; that is what identifies it.
  return zipBytes([
    ['mimetype', mimeType],
    ['content.xml', '<?xml version="1.0" encoding="UTF-8"?><office:document-content/>'],
  ]);
}

/** A DOS stub whose e_lfanew points at a "PE\0\0" header for x86-64. */
function windowsExecutable(): Buffer {
  const bytes = Buffer.alloc(0x80 + 24);
  bytes.write('MZ', 0, 'latin1');
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write('PE\0\0', 0x80, 'latin1');
  bytes.writeUInt16LE(0x8664, 0x84);
  return bytes;
}

describe('detectDocumentType', () => {
  it.each([
    ['a PDF written by PDFKit', pdfBytes, 'application/pdf', 'pdf'],
    ['a PNG', pngBytes, 'image/png', 'png'],
    ['a JPEG', jpegBytes, 'image/jpeg', 'jpg'],
    [
      'an XLSX written by ExcelJS',
      () => renderBudgetXlsx(threeCityStatement()),
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'xlsx',
    ],
    [
      'a DOCX',
      () => openXml('word/document.xml', DOCX_MAIN),
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'docx',
    ],
    [
      'an ODT',
      () => openDocument('application/vnd.oasis.opendocument.text'),
      'application/vnd.oasis.opendocument.text',
      'odt',
    ],
    [
      'an ODS',
      () => openDocument('application/vnd.oasis.opendocument.spreadsheet'),
      'application/vnd.oasis.opendocument.spreadsheet',
      'ods',
    ],
  ])('recognises %s', async (_name, bytes, mediaType, extension) => {
    expect(await detectDocumentType(await bytes())).toEqual({ mediaType, extension });
  });

  it.each([
    ['a Windows executable (whatever it is called)', windowsExecutable()],
    ['plain text', Buffer.from('Sehr geehrte Damen und Herren,\nanbei der Antrag.\n', 'utf8')],
    ['HTML', Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>')],
    ['SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>1</script></svg>')],
    ['a GIF', Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1')],
    ['an old Word .doc (OLE)', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])],
    ['a plain ZIP', zipBytes([['readme.txt', 'hallo']])],
    [
      'a macro-enabled Word file',
      openXml('word/document.xml', 'application/vnd.ms-word.document.macroEnabled.main+xml'),
    ],
    ['an ODF presentation', openDocument('application/vnd.oasis.opendocument.presentation')],
    ['nothing', Buffer.alloc(0)],
  ])('refuses %s', async (_name, bytes) => {
    expect(await detectDocumentType(bytes)).toBeNull();
  });

  // A limitation to know about, not a feature: uploads must be served as attachments with
  // `X-Content-Type-Options: nosniff`, never rendered inline.
  it('goes by the leading signature, so bytes that only start like a PDF pass', async () => {
    const exe = windowsExecutable();
    expect(await detectDocumentType(exe)).toBeNull();
    expect(await detectDocumentType(Buffer.concat([Buffer.from('%PDF-1.7\n'), exe]))).toEqual({
      mediaType: 'application/pdf',
      extension: 'pdf',
    });
  });

  it('tells the UI what is allowed and how much', () => {
    expect(ALLOWED_DOCUMENT_EXTENSIONS).toEqual([
      'pdf',
      'docx',
      'xlsx',
      'odt',
      'ods',
      'png',
      'jpg',
    ]);
    expect(MAX_DOCUMENT_BYTES).toBe(20_971_520);
  });
});
