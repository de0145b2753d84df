import { statementFlag } from '../statement.ts';
import type { FundingStatement, StatementLine } from '../statementTypes.ts';

// A joint application of three cities under a 95 % programme with a 10 % minimum own share.
// Ludwigsburg books everything as eligible and ends up at 8,00 % own share; its training line is
// on a category the programme does not fund. The figures are what `computeFunding` gives for
// these lines (checked in statementFixture.test.ts), so the exports are tested on real numbers.

export const ESSLINGEN_ID = 'city-esslingen';
export const LUDWIGSBURG_ID = 'city-ludwigsburg';
export const WAIBLINGEN_ID = 'city-waiblingen';

const SHA_PROJEKTSKIZZE = '3f9a1c2b4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f8';
const SHA_FINANZIERUNGSPLAN = 'a0b1c2d3e4f5061728394a5b6c7d8e9f00112233445566778899aabbccddeeff';
const SHA_LOI_LUDWIGSBURG = '77e0c4a1f2b3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d';

const flag = statementFlag;

export function threeCityStatement(): FundingStatement {
  return {
    applicationTitle: 'Medienbruchfreie Gewerbeanmeldung im Verbund',
    leadCityName: 'Esslingen am Neckar',
    status: 'INTERNAL_REVIEW',
    computedOn: '2026-11-21',
    programme: {
      name: 'Digitale Kommune – Förderaufruf 2026',
      funder: 'Ministerium für Digitales Baden-Württemberg',
      rateBasisPoints: 9500,
      capPerMunicipalityCents: 4_000_000n,
      capPerApplicationCents: null,
      minOwnShareBasisPoints: 1000,
      eligibleCategories: ['PERSONNEL', 'EXTERNAL_SERVICES', 'HARDWARE_SOFTWARE'],
      deadline: '2026-12-01',
    },
    partners: [
      {
        cityId: ESSLINGEN_ID,
        cityName: 'Esslingen am Neckar',
        isLead: true,
        lines: [
          line('PERSONNEL', 'Projektleitung (0,3 VZÄ, 12 Monate)', 2_400_000n, true, true),
          line(
            'EXTERNAL_SERVICES',
            'Prozessmodellierung; Workshops "Ist-Analyse"',
            1_850_000n,
            true,
            true,
          ),
          line('HARDWARE_SOFTWARE', 'Lizenzen BPMN-Werkzeug', 423_456n, true, true),
          line('TRAINING', 'Schulung Sachbearbeitung', 120_000n, false, false),
        ],
        figures: {
          totalCostsCents: 4_793_456n,
          eligibleCostsCents: 4_673_456n,
          rateGrantCents: 4_439_783n,
          municipalityCappedGrantCents: 4_000_000n,
          grantCents: 4_000_000n,
          ownShareCents: 793_456n,
          ownShareBasisPoints: 1655,
        },
      },
      {
        cityId: LUDWIGSBURG_ID,
        cityName: 'Ludwigsburg',
        isLead: false,
        lines: [
          line('EXTERNAL_SERVICES', 'Anbindung an das Serviceportal', 1_800_000n, true, true),
          line('HARDWARE_SOFTWARE', 'Signaturkarten und Lesegeräte', 500_000n, true, true),
          line('TRAINING', 'Schulung Bürgerbüro', 75_000n, true, false),
        ],
        figures: {
          totalCostsCents: 2_375_000n,
          eligibleCostsCents: 2_300_000n,
          rateGrantCents: 2_185_000n,
          municipalityCappedGrantCents: 2_185_000n,
          grantCents: 2_185_000n,
          ownShareCents: 190_000n,
          ownShareBasisPoints: 800,
        },
      },
      {
        cityId: WAIBLINGEN_ID,
        cityName: 'Waiblingen',
        isLead: false,
        lines: [
          line(
            'EXTERNAL_SERVICES',
            'Schnittstelle Fachverfahren – E-Akte\nPhase 1',
            1_200_000n,
            true,
            true,
          ),
          line('PERSONNEL', 'Eigenpersonal IT', 350_000n, false, false),
        ],
        figures: {
          totalCostsCents: 1_550_000n,
          eligibleCostsCents: 1_200_000n,
          rateGrantCents: 1_140_000n,
          municipalityCappedGrantCents: 1_140_000n,
          grantCents: 1_140_000n,
          ownShareCents: 410_000n,
          ownShareBasisPoints: 2645,
        },
      },
    ],
    total: {
      totalCostsCents: 8_718_456n,
      eligibleCostsCents: 8_173_456n,
      rateGrantCents: 7_764_783n,
      municipalityCappedGrantCents: 7_325_000n,
      grantCents: 7_325_000n,
      ownShareCents: 1_393_456n,
      ownShareBasisPoints: 1598,
    },
    applicationCapApplied: false,
    flags: [
      flag({
        code: 'INELIGIBLE_CATEGORY',
        cityId: LUDWIGSBURG_ID,
        cityName: 'Ludwigsburg',
        lineIndex: 2,
        category: 'TRAINING',
        amountCents: 75_000n,
      }),
      flag({
        code: 'OWN_SHARE_BELOW_MINIMUM',
        cityId: LUDWIGSBURG_ID,
        cityName: 'Ludwigsburg',
        ownShareBasisPoints: 800,
        minimumBasisPoints: 1000,
      }),
      flag({ code: 'DEADLINE_WITHIN_14_DAYS', deadline: '2026-12-01', daysLeft: 10 }),
    ],
    documents: [
      {
        requirement: 'Projektskizze',
        cityId: ESSLINGEN_ID,
        cityName: 'Esslingen am Neckar',
        isLetterOfIntent: false,
        state: 'UPLOADED',
        fileName: 'Projektskizze_Gewerbeanmeldung.pdf',
        sha256: SHA_PROJEKTSKIZZE,
        sizeBytes: 482_113,
        notApplicableReason: null,
      },
      {
        requirement: 'Kosten- und Finanzierungsplan',
        cityId: ESSLINGEN_ID,
        cityName: 'Esslingen am Neckar',
        isLetterOfIntent: false,
        state: 'UPLOADED',
        fileName: 'Finanzierungsplan.xlsx',
        sha256: SHA_FINANZIERUNGSPLAN,
        sizeBytes: 20_480,
        notApplicableReason: null,
      },
      {
        requirement: 'Datenschutz-Folgenabschätzung',
        cityId: ESSLINGEN_ID,
        cityName: 'Esslingen am Neckar',
        isLetterOfIntent: false,
        state: 'NOT_APPLICABLE',
        fileName: null,
        sha256: null,
        sizeBytes: null,
        notApplicableReason: 'Es werden keine neuen personenbezogenen Daten verarbeitet.',
      },
      {
        requirement: '',
        cityId: LUDWIGSBURG_ID,
        cityName: 'Ludwigsburg',
        isLetterOfIntent: true,
        state: 'UPLOADED',
        fileName: 'LOI_Ludwigsburg_unterschrieben.pdf',
        sha256: SHA_LOI_LUDWIGSBURG,
        sizeBytes: 96_004,
        notApplicableReason: null,
      },
      {
        requirement: '',
        cityId: WAIBLINGEN_ID,
        cityName: 'Waiblingen',
        isLetterOfIntent: true,
        state: 'MISSING',
        fileName: null,
        sha256: null,
        sizeBytes: null,
        notApplicableReason: null,
      },
    ],
  };
}

function line(
  category: StatementLine['category'],
  description: string,
  amountCents: bigint,
  eligible: boolean,
  countsAsEligible: boolean,
): StatementLine {
  return { category, description, amountCents, eligible, countsAsEligible };
}

/**
 * The three-city statement with `count` lines of 1.000,00 € each for the lead, to push the budget
 * table over several pages. Figures are not recomputed: only layout is under test with it.
 */
export function statementWithManyLines(count: number): FundingStatement {
  const statement = threeCityStatement();
  const lead = statement.partners[0];
  if (!lead) throw new Error('fixture has no lead');
  lead.lines = Array.from({ length: count }, (_, index) =>
    line('EXTERNAL_SERVICES', `Leistungspaket ${index + 1}`, 100_000n, true, true),
  );
  return statement;
}
