import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  diagramFileName,
  downloadBlob,
  downloadBpmnXml,
  pngScale,
  svgSize,
} from './diagramExport.ts';

describe('diagramFileName', () => {
  it.each([
    ['Gewerbeanmeldung', 'bpmn', 'gewerbeanmeldung.bpmn'],
    ['Hundesteuer-Anmeldung (Köln)', 'png', 'hundesteuer-anmeldung-koeln.png'],
    ['Anwohnerparkausweis – Straße & Gebühren', 'svg', 'anwohnerparkausweis-strasse-gebuehren.svg'],
    ['Ärger über Öffnungszeiten', 'bpmn', 'aerger-ueber-oeffnungszeiten.bpmn'],
    ['Café Crème', 'bpmn', 'cafe-creme.bpmn'],
    ['../../etc/passwd', 'bpmn', 'etc-passwd.bpmn'],
    ['   ', 'svg', 'prozess.svg'],
    ['日本語', 'png', 'prozess.png'],
  ] as const)('%s (%s) → %s', (title, format, expected) => {
    expect(diagramFileName(title, format)).toBe(expected);
  });

  it('keeps names short', () => {
    const name = diagramFileName('Antrag '.repeat(40), 'bpmn');
    expect(name.length).toBeLessThanOrEqual(85);
    expect(name).toMatch(/^antrag-.*[a-z]\.bpmn$/);
  });
});

describe('svgSize', () => {
  it('reads width and height', () => {
    expect(svgSize('<svg xmlns="http://www.w3.org/2000/svg" width="640" height="200.5">')).toEqual({
      width: 640,
      height: 200.5,
    });
  });

  it('falls back to the viewBox', () => {
    expect(svgSize("<?xml version='1.0'?><svg viewBox='10 20 300,150'></svg>")).toEqual({
      width: 300,
      height: 150,
    });
  });

  it('rejects an SVG without size', () => {
    expect(() => svgSize('<svg></svg>')).toThrow('SVG has no usable size');
  });
});

describe('pngScale', () => {
  it('renders small diagrams at twice their size', () => {
    expect(pngScale({ width: 800, height: 400 })).toBe(2);
  });

  it('shrinks huge diagrams to a canvas browsers can draw', () => {
    const wide = { width: 20_000, height: 500 };
    expect(pngScale(wide) * wide.width).toBeLessThanOrEqual(8192);
    const big = { width: 8000, height: 8000 };
    const scale = pngScale(big);
    expect(big.width * scale * big.height * scale).toBeLessThanOrEqual(32 * 1024 * 1024 + 1);
  });
});

describe('downloads', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('offers the blob under the file name and releases the object URL', async () => {
    vi.useFakeTimers();
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:test/1';
    });
    URL.revokeObjectURL = vi.fn();
    const clicks: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicks.push({ href: this.href, download: this.download });
    });

    downloadBpmnXml('<definitions/>', 'Gewerbeanmeldung');

    expect(clicks).toEqual([{ href: 'blob:test/1', download: 'gewerbeanmeldung.bpmn' }]);
    expect(created[0]?.type).toBe('application/xml;charset=utf-8');
    expect(await created[0]?.text()).toBe('<definitions/>');
    expect(document.querySelector('a[download]')).toBeNull();
    expect(URL.revokeObjectURL).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:test/1');
  });

  it('releases the object URL even when the click fails', () => {
    vi.useFakeTimers();
    URL.createObjectURL = vi.fn(() => 'blob:test/2');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {
      throw new Error('blocked');
    });
    expect(() => downloadBlob(new Blob(['x']), 'x.svg')).toThrow('blocked');
    vi.runAllTimers();
    expect(URL.revokeObjectURL).toHaveBeenCalledWith('blob:test/2');
  });
});
