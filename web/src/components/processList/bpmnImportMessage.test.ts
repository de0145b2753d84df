import { describe, expect, it } from 'vitest';
import { createI18n } from 'vue-i18n';
import type { BpmnImportErrorReason } from '../../graphql/generated/graphql.ts';
import processListDe, { type ProcessListMessages } from '../../i18n/processList.de.ts';
import processListEn from '../../i18n/processList.en.ts';
import {
  type BpmnImportFailure,
  bpmnImportMessage,
  fileTooLarge,
  formatFileSize,
  formatMegabytes,
} from './bpmnImportMessage.ts';

function messageIn(language: 'de' | 'en', failure: BpmnImportFailure): string {
  const i18n = createI18n<[ProcessListMessages], 'de' | 'en', false>({
    legacy: false,
    locale: language,
    messages: { de: processListDe, en: processListEn },
  });
  return bpmnImportMessage(failure, i18n.global.t, language === 'de' ? 'de-DE' : 'en-GB');
}

const MiB = 1024 * 1024;

describe('bpmnImportMessage', () => {
  it('names size and limit of a too large file in German figures', () => {
    expect(messageIn('de', { reason: 'TOO_LARGE', limit: 5 * MiB, actual: 6.2 * MiB })).toBe(
      'Die Datei ist 6,2 MB groß, BPMN-Dateien dürfen höchstens 5 MB groß sein. Entfernen Sie eingebettete Inhalte wie Bilder oder teilen Sie das Modell in mehrere Modelle auf.',
    );
  });

  it('counts elements and nesting levels with German thousands separators', () => {
    expect(messageIn('de', { reason: 'TOO_MANY_ELEMENTS', limit: 10_000, actual: 12_345 })).toBe(
      'Das Modell hat 12.345 Elemente, erlaubt sind höchstens 10.000. Teilen Sie es in mehrere Modelle auf, zum Beispiel mit Aufrufaktivitäten (Call Activities).',
    );
    expect(messageIn('de', { reason: 'TOO_DEEPLY_NESTED', limit: 100, actual: 140 })).toContain(
      'Das Modell ist 140 Ebenen tief verschachtelt, erlaubt sind höchstens 100.',
    );
  });

  it('points to the line of an XML syntax error when the server knows it', () => {
    expect(messageIn('de', { reason: 'NOT_XML', line: 3 })).toContain(
      'Die Datei ist keine gültige XML-Datei (Fehler in Zeile 3).',
    );
    expect(messageIn('de', { reason: 'NOT_XML', line: null })).toMatch(
      /^Die Datei ist keine gültige XML-Datei\. Exportieren Sie/,
    );
  });

  it.each([
    ['NOT_BPMN', 'Die Datei ist kein BPMN-2.0-Modell.'],
    ['DTD_FORBIDDEN', 'Die Datei enthält eine Dokumenttyp-Deklaration'],
    ['NO_PROCESS', 'Die Datei enthält keinen Prozess'],
  ] as const)('explains %s', (reason, start) => {
    expect(messageIn('de', { reason })).toMatch(new RegExp(`^${start}`));
  });

  it('still says something useful without figures or for an unknown reason', () => {
    expect(messageIn('de', { reason: 'TOO_LARGE' })).toContain('höchstens 5 MB');
    expect(messageIn('de', { reason: 'TOO_MANY_ELEMENTS', limit: null })).toBe(
      'Das Modell hat zu viele Elemente. Teilen Sie es in mehrere Modelle auf, zum Beispiel mit Aufrufaktivitäten (Call Activities).',
    );
    expect(messageIn('de', { reason: 'SOMETHING_NEW' as BpmnImportErrorReason })).toMatch(
      /^Die Datei konnte nicht als BPMN-2.0-Modell übernommen werden/,
    );
  });

  it('tells the user what to do for every reason, in German and English', () => {
    const reasons: BpmnImportErrorReason[] = [
      'TOO_LARGE',
      'NOT_XML',
      'NOT_BPMN',
      'DTD_FORBIDDEN',
      'TOO_MANY_ELEMENTS',
      'TOO_DEEPLY_NESTED',
      'NO_PROCESS',
    ];
    for (const reason of reasons) {
      const failure = { reason, limit: 100, actual: 200, line: 1 };
      expect(messageIn('de', failure)).toMatch(/(Sie|Teilen|Lagern|Entfernen|Exportieren)/);
      expect(messageIn('en', failure)).not.toMatch(/processImport/);
    }
  });

  it('uses English figures in English', () => {
    expect(messageIn('en', { reason: 'TOO_MANY_ELEMENTS', limit: 10_000, actual: 12_345 })).toMatch(
      /^The model has 12,345 elements; at most 10,000 are allowed\./,
    );
  });
});

describe('file size check before uploading', () => {
  it('refuses files over 5 MiB with the server’s own reason and figures', () => {
    expect(fileTooLarge(5 * MiB)).toBeUndefined();
    expect(fileTooLarge(5 * MiB + 1)).toEqual({
      reason: 'TOO_LARGE',
      limit: 5 * MiB,
      actual: 5 * MiB + 1,
    });
  });

  it('reads the same as the server’s TOO_LARGE message', () => {
    const client = fileTooLarge(7 * MiB);
    expect(client && messageIn('de', client)).toBe(
      messageIn('de', { reason: 'TOO_LARGE', limit: 5 * MiB, actual: 7 * MiB }),
    );
  });

  it('rounds a size just over the limit up, so it does not read as the limit itself', () => {
    expect(formatMegabytes(5 * MiB, 'de-DE')).toBe('5 MB');
    expect(formatMegabytes(5 * MiB + 1, 'de-DE')).toBe('5,1 MB');
    expect(formatMegabytes(6.25 * MiB, 'en-GB')).toBe('6.3 MB');
  });
});

describe('formatFileSize', () => {
  it.each([
    [845, 'de-DE', '845 Byte'],
    [12_600, 'de-DE', '12,3 KB'],
    [1.25 * MiB, 'de-DE', '1,3 MB'],
    [12_600, 'en-GB', '12.3 KB'],
  ])('%d bytes in %s → %s', (bytes, locale, text) => {
    expect(formatFileSize(bytes, locale)).toBe(text);
  });
});
