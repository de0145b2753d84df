import ExcelJS from 'exceljs';
import type { FundingStatement } from '../statementTypes.ts';
import { formatDecimalComma } from './format.ts';
import { COST_CATEGORY_LABELS, yesNo } from './labels.ts';

export const BUDGET_CSV_HEADER = [
  'Kommune',
  'Kostenart',
  'Beschreibung',
  'Betrag (EUR)',
  'förderfähig',
];

/**
 * Spreadsheet programs run a cell that starts with = + - @ (or a tab/CR before one) as a formula.
 * Descriptions come from other cities' staff, so such text gets a leading apostrophe, which
 * Excel and LibreOffice show as plain text (OWASP "CSV injection").
 */
function asText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * One row per budget line, for German spreadsheet users: ";" between fields, decimal comma,
 * CRLF and a UTF-8 byte order mark, which Excel needs to read umlauts as UTF-8. Quoting is left
 * to fast-csv (via ExcelJS) so that ";", quotes and line breaks in descriptions survive.
 */
export async function renderBudgetCsv(statement: FundingStatement): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Budget');
  sheet.addRow(BUDGET_CSV_HEADER);
  for (const partner of statement.partners) {
    for (const line of partner.lines) {
      // Every cell is a string, so ExcelJS writes it unchanged; amounts come exact from bigint.
      sheet.addRow([
        asText(partner.cityName),
        COST_CATEGORY_LABELS[line.category] ?? line.category,
        asText(line.description),
        formatDecimalComma(line.amountCents),
        yesNo(line.countsAsEligible),
      ]);
    }
  }
  const buffer = await workbook.csv.writeBuffer({
    sheetName: 'Budget',
    includeEmptyRows: false,
    formatterOptions: {
      delimiter: ';',
      rowDelimiter: '\r\n',
      quote: '"',
      writeBOM: true,
      includeEndRowDelimiter: true,
    },
  });
  // ExcelJS types its result as an ArrayBuffer; decoding through Buffer keeps the BOM, which
  // TextDecoder would drop.
  return Buffer.from(buffer).toString('utf8');
}
