import { describe, expect, it } from 'vitest';
import {
  checkImportDraft,
  importArguments,
  importFieldOfPath,
  type ProcessImportDraft,
  parseTags,
  processNameOf,
  titleFromFileName,
} from './processImportDraft.ts';

const draft: ProcessImportDraft = {
  cityId: 'c1',
  title: 'Hundesteuer Esslingen',
  description: '',
  serviceKey: '',
  tags: '',
  contactName: '',
  contactEmail: '',
  licence: 'INTERNAL_USE_ONLY',
  visibility: 'PRIVATE',
  sharedWithPartnershipIds: [],
};

describe('parseTags', () => {
  it.each([
    ['Gewerbe, Wirtschaft', ['Gewerbe', 'Wirtschaft']],
    ['  Gewerbe ,, Wirtschaft ,', ['Gewerbe', 'Wirtschaft']],
    ['Gewerbe, gewerbe, GEWERBE', ['Gewerbe']],
    ['Ruhender  Verkehr', ['Ruhender Verkehr']],
    ['Steuern\nHund', ['Steuern', 'Hund']],
    ['', []],
    [' , ', []],
  ])('%j → %j', (text, tags) => {
    expect(parseTags(text)).toEqual(tags);
  });
});

describe('checkImportDraft', () => {
  it('accepts a complete draft', () => {
    expect(checkImportDraft(draft, true)).toEqual(new Set());
  });

  it('wants a file, a city and a title of at least 3 characters', () => {
    expect(checkImportDraft({ ...draft, cityId: '', title: ' Hu ' }, false)).toEqual(
      new Set(['file', 'cityId', 'title']),
    );
  });

  it('checks the Leistungsschlüssel only when given', () => {
    expect(checkImportDraft({ ...draft, serviceKey: '99 050 012 104 000' }, true).size).toBe(0);
    expect(checkImportDraft({ ...draft, serviceKey: '9905001210400' }, true)).toEqual(
      new Set(['serviceKey']),
    );
  });

  it('limits tags to 20 of at most 40 characters', () => {
    const many = Array.from({ length: 21 }, (_, index) => `Tag ${index}`).join(', ');
    expect(checkImportDraft({ ...draft, tags: many }, true)).toEqual(new Set(['tags']));
    expect(checkImportDraft({ ...draft, tags: 'x'.repeat(41) }, true)).toEqual(new Set(['tags']));
    expect(checkImportDraft({ ...draft, tags: 'x'.repeat(40) }, true).size).toBe(0);
  });

  it('checks an e-mail address only when given', () => {
    expect(checkImportDraft({ ...draft, contactEmail: 'steueramt' }, true)).toEqual(
      new Set(['contactEmail']),
    );
    expect(checkImportDraft({ ...draft, contactEmail: 'steueramt@esslingen.de' }, true).size).toBe(
      0,
    );
  });

  it('wants a partnership when shared with partnerships', () => {
    expect(checkImportDraft({ ...draft, visibility: 'PARTNERS' }, true)).toEqual(
      new Set(['sharedWithPartnershipIds']),
    );
    expect(
      checkImportDraft({ ...draft, visibility: 'PARTNERS', sharedWithPartnershipIds: ['p1'] }, true)
        .size,
    ).toBe(0);
  });
});

describe('importArguments', () => {
  it('trims, parses the tags and leaves out what is empty', () => {
    expect(
      importArguments(
        {
          ...draft,
          title: ' Hundesteuer ',
          serviceKey: ' 99 050 012 104 000',
          tags: 'Steuern, Hund',
          contactEmail: ' ',
          sharedWithPartnershipIds: ['p1'],
        },
        '<xml/>',
      ),
    ).toEqual({
      cityId: 'c1',
      xml: '<xml/>',
      title: 'Hundesteuer',
      description: undefined,
      serviceKey: '99050012104000',
      tags: ['Steuern', 'Hund'],
      contactName: undefined,
      contactEmail: undefined,
      licence: 'INTERNAL_USE_ONLY',
      visibility: 'PRIVATE',
      // Ticked while "Kooperationsverbünde" was chosen, then switched to private.
      sharedWithPartnershipIds: [],
    });
  });
});

describe('importFieldOfPath', () => {
  it.each([
    ['title', 'title'],
    ['tags.3', 'tags'],
    ['xml', 'file'],
    ['sharedWithPartnershipIds', 'sharedWithPartnershipIds'],
    ['message', undefined],
  ])('%s → %s', (path, field) => {
    expect(importFieldOfPath(path)).toBe(field);
  });
});

describe('title suggestions', () => {
  it('takes the file name without its extension', () => {
    expect(titleFromFileName('Hundesteuer-Anmeldung.bpmn')).toBe('Hundesteuer-Anmeldung');
    expect(titleFromFileName('gewerbe_anmeldung_v2.XML')).toBe('gewerbe anmeldung v2');
  });

  it('reads the name of the first process, else of the first pool', () => {
    const ns = 'xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"';
    expect(
      processNameOf(
        `<bpmn:definitions ${ns}><bpmn:collaboration><bpmn:participant name="Pool" processRef="P"/></bpmn:collaboration><bpmn:process id="P" name="Hundesteuer &amp; Marke"/></bpmn:definitions>`,
      ),
    ).toBe('Hundesteuer & Marke');
    expect(
      processNameOf(
        `<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"><collaboration><participant name="Stadtverwaltung"/></collaboration><process id="P"/></definitions>`,
      ),
    ).toBe('Stadtverwaltung');
    expect(processNameOf('kein XML <')).toBeUndefined();
    expect(processNameOf('<note><process name="fremd"/></note>')).toBeUndefined();
  });
});
