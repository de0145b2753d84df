import ExcelJS from 'exceljs';

/**
 * Spreadsheet programs run a cell that starts with = + - @ (or a tab/CR before one) as a formula.
 * Text comes from other cities' staff, so such text gets a leading apostrophe, which Excel and
 * LibreOffice show as plain text (OWASP "CSV injection").
 */
export function asText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * Rows as CSV for German spreadsheet users: ";" between fields, CRLF and a UTF-8 byte order mark,
 * which Excel needs to read umlauts as UTF-8. Quoting is left to fast-csv (via ExcelJS) so that
 * ";", quotes and line breaks inside cells survive. Pass every cell as a string: ExcelJS then
 * writes it unchanged.
 */
export async function germanCsv(sheetName: string, rows: string[][]): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(sheetName);
  for (const row of rows) sheet.addRow(row);
  const buffer = await workbook.csv.writeBuffer({
    sheetName,
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
