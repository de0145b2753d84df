import type {
  BasisPoints,
  Cents,
  FundingCostCategory,
  FundingFigures,
  FundingFlagCode,
} from '@amtsweg/shared/funding';

/**
 * Everything a reader needs to check an application's money: the programme's terms, each
 * accepted partner's lines and figures, totals, flags and the checklist. The same shape serves the
 * live view, the frozen submission snapshot (stored as JSON, see `statementJson.ts`) and the
 * PDF/XLSX/CSV exports, so a snapshot always renders exactly like the live application did.
 */
export interface FundingStatement {
  applicationTitle: string;
  leadCityName: string;
  status: string;
  /** The day the deadline flags were computed for, YYYY-MM-DD (Europe/Berlin). */
  computedOn: string;
  programme: StatementProgramme;
  partners: StatementPartner[];
  total: StatementFigures;
  applicationCapApplied: boolean;
  flags: StatementFlag[];
  documents: StatementDocument[];
}

export interface StatementProgramme {
  name: string;
  funder: string;
  rateBasisPoints: BasisPoints;
  capPerMunicipalityCents: Cents | null;
  capPerApplicationCents: Cents | null;
  minOwnShareBasisPoints: BasisPoints | null;
  eligibleCategories: FundingCostCategory[];
  /** YYYY-MM-DD or null. */
  deadline: string | null;
}

export interface StatementPartner {
  cityId: string;
  cityName: string;
  isLead: boolean;
  lines: StatementLine[];
  figures: StatementFigures;
}

export interface StatementLine {
  category: FundingCostCategory;
  description: string;
  amountCents: Cents;
  /** The partner's own judgement. */
  eligible: boolean;
  /** Eligible and booked on a category the programme funds: counts towards eligible costs. */
  countsAsEligible: boolean;
}

/** Per partner or in total, exactly as `computeFunding` returns them. */
export type StatementFigures = FundingFigures;

export interface StatementFlag {
  code: FundingFlagCode;
  cityId: string | null;
  cityName: string | null;
  lineIndex: number | null;
  category: FundingCostCategory | null;
  amountCents: Cents | null;
  ownShareBasisPoints: BasisPoints | null;
  minimumBasisPoints: BasisPoints | null;
  /** YYYY-MM-DD. */
  deadline: string | null;
  daysLeft: number | null;
  daysOverdue: number | null;
}

export type StatementDocumentState = 'UPLOADED' | 'NOT_APPLICABLE' | 'MISSING';

export interface StatementDocument {
  /** The programme's document name; '' for a letter of intent. */
  requirement: string;
  cityId: string;
  cityName: string;
  isLetterOfIntent: boolean;
  state: StatementDocumentState;
  fileName: string | null;
  sha256: string | null;
  sizeBytes: number | null;
  notApplicableReason: string | null;
}
