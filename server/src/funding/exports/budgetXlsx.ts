import ExcelJS from 'exceljs';
import type { FundingStatement, StatementFigures } from '../statementTypes.ts';
import { COST_CATEGORY_LABELS, yesNo } from './labels.ts';

export const EURO_NUMBER_FORMAT = '#,##0.00 "€"';
export const PERCENT_NUMBER_FORMAT = '0.00 %';

/**
 * Spreadsheet cells hold doubles, so this is the one place where cents leave `bigint`. Every
 * integer up to 2^53 (about 9 · 10^15) is exact as a double, and the nearest double to n / 100 is
 * within 10^-3 cents of it for any budget below 10^15 cents (10 trillion euros), so the value
 * rounds back to the same cent when the number format shows two decimals.
 */
function euros(cents: bigint): number {
  return Number(cents) / 100;
}

function percent(basisPoints: number | null): number | null {
  return basisPoints === null ? null : basisPoints / 10_000;
}

function styleHeader(sheet: ExcelJS.Worksheet): void {
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

function addBudgetSheet(workbook: ExcelJS.Workbook, statement: FundingStatement): void {
  const sheet = workbook.addWorksheet('Budget');
  sheet.columns = [
    { header: 'Kommune', key: 'city', width: 24 },
    { header: 'Kostenart', key: 'category', width: 26 },
    { header: 'Beschreibung', key: 'description', width: 50 },
    { header: 'Betrag (EUR)', key: 'amount', width: 16, style: { numFmt: EURO_NUMBER_FORMAT } },
    // Whether the line counts towards the eligible costs: marked eligible by the city and on a
    // category the programme funds, so the "ja" rows add up to "förderfähige Kosten".
    { header: 'förderfähig', key: 'eligible', width: 12 },
  ];
  for (const partner of statement.partners) {
    for (const line of partner.lines) {
      sheet.addRow({
        city: partner.cityName,
        category: COST_CATEGORY_LABELS[line.category] ?? line.category,
        description: line.description,
        amount: euros(line.amountCents),
        eligible: yesNo(line.countsAsEligible),
      });
    }
  }
  sheet.getColumn('description').alignment = { wrapText: true, vertical: 'top' };
  styleHeader(sheet);
  sheet.autoFilter = { from: 'A1', to: 'E1' };
}

function addOverviewSheet(workbook: ExcelJS.Workbook, statement: FundingStatement): void {
  const sheet = workbook.addWorksheet('Übersicht');
  const money = { numFmt: EURO_NUMBER_FORMAT };
  sheet.columns = [
    { header: 'Kommune', key: 'city', width: 24 },
    { header: 'Gesamtkosten', key: 'total', width: 18, style: money },
    { header: 'förderfähige Kosten', key: 'eligible', width: 20, style: money },
    { header: 'Zuwendung', key: 'grant', width: 18, style: money },
    { header: 'Eigenanteil', key: 'ownShare', width: 18, style: money },
    {
      header: 'Eigenanteil %',
      key: 'ownSharePercent',
      width: 14,
      style: { numFmt: PERCENT_NUMBER_FORMAT },
    },
  ];
  const row = (city: string, figures: StatementFigures) => ({
    city,
    total: euros(figures.totalCostsCents),
    eligible: euros(figures.eligibleCostsCents),
    grant: euros(figures.grantCents),
    ownShare: euros(figures.ownShareCents),
    ownSharePercent: percent(figures.ownShareBasisPoints),
  });
  for (const partner of statement.partners) sheet.addRow(row(partner.cityName, partner.figures));
  // Values, not SUM formulas: ExcelJS cannot store a computed result, and viewers that do not
  // recalculate (previews, mail clients) would show an empty total.
  sheet.addRow(row('Summe', statement.total)).font = { bold: true };
  styleHeader(sheet);
}

/** The budget lines and per-city figures as an Excel workbook ("Budget" and "Übersicht"). */
export async function renderBudgetXlsx(statement: FundingStatement): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Amtsweg';
  workbook.title = `Budget: ${statement.applicationTitle}`;
  workbook.subject = statement.programme.name;
  // The statement's day instead of the wall clock keeps a snapshot's export stable.
  const day = new Date(`${statement.computedOn}T00:00:00Z`);
  workbook.created = day;
  workbook.modified = day;
  addBudgetSheet(workbook, statement);
  addOverviewSheet(workbook, statement);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
