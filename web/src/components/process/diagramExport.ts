// Downloads of a process diagram as BPMN 2.0 XML, SVG or PNG, entirely in the browser.

export type DiagramFormat = 'bpmn' | 'svg' | 'png';

const MIME_TYPES: Record<DiagramFormat, string> = {
  bpmn: 'application/xml',
  svg: 'image/svg+xml',
  png: 'image/png',
};

const GERMAN_LETTERS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };
const MAX_BASE_NAME = 80;

/**
 * A portable file name for a diagram: "Gewerbeanmeldung (Köln)" → "gewerbeanmeldung-koeln.bpmn".
 * Umlauts are spelled out the German way; other accents lose their marks.
 */
export function diagramFileName(title: string, format: DiagramFormat): string {
  const base = title
    .toLowerCase()
    .replace(/[äöüß]/g, (letter) => GERMAN_LETTERS[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_BASE_NAME)
    .replace(/^-+|-+$/g, '');
  return `${base || 'prozess'}.${format}`;
}

/** Offers `blob` as a download named `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoked on the next task: the download has started by then.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

export function downloadBpmnXml(xml: string, title: string): void {
  downloadBlob(
    new Blob([xml], { type: `${MIME_TYPES.bpmn};charset=utf-8` }),
    diagramFileName(title, 'bpmn'),
  );
}

export function downloadSvg(svg: string, title: string): void {
  downloadBlob(
    new Blob([svg], { type: `${MIME_TYPES.svg};charset=utf-8` }),
    diagramFileName(title, 'svg'),
  );
}

export async function downloadPng(svg: string, title: string): Promise<void> {
  downloadBlob(await svgToPng(svg), diagramFileName(title, 'png'));
}

export interface Size {
  width: number;
  height: number;
}

/** The drawing size of an SVG document from its width/height, else its viewBox. */
export function svgSize(svg: string): Size {
  const root = /<svg\b[^>]*>/i.exec(svg)?.[0] ?? '';
  const attribute = (name: string) =>
    new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(root)?.[1];
  const width = Number.parseFloat(attribute('width') ?? '');
  const height = Number.parseFloat(attribute('height') ?? '');
  if (width > 0 && height > 0) return { width, height };
  const [, , boxWidth = 0, boxHeight = 0] = (attribute('viewBox') ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (boxWidth > 0 && boxHeight > 0) return { width: boxWidth, height: boxHeight };
  throw new Error('SVG has no usable size');
}

// Browsers refuse canvases beyond roughly 16k pixels per side or ~268M pixels in total.
const MAX_SIDE = 8192;
const MAX_PIXELS = 32 * 1024 * 1024;

/** Scale for a sharp PNG (2× for high-density screens), reduced so the canvas stays drawable. */
export function pngScale(size: Size, preferred = 2): number {
  const bySide = MAX_SIDE / Math.max(size.width, size.height);
  const byArea = Math.sqrt(MAX_PIXELS / (size.width * size.height));
  return Math.min(preferred, bySide, byArea);
}

/** Renders an SVG document to a PNG on a white background (BPMN shapes are transparent). */
export async function svgToPng(svg: string, preferredScale = 2): Promise<Blob> {
  const size = svgSize(svg);
  const scale = pngScale(size, preferredScale);
  const url = URL.createObjectURL(new Blob([svg], { type: `${MIME_TYPES.svg};charset=utf-8` }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();

    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(size.width * scale));
    canvas.height = Math.max(1, Math.round(size.height * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('canvas 2d context unavailable');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);

    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
        MIME_TYPES.png,
      );
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
