import { asText, germanCsv } from '../../funding/exports/germanCsv.ts';
import { projectColumns, projectsInReportOrder } from './reportTable.ts';
import type { ProjectReport } from './reportTypes.ts';

/**
 * The project table of the report (one row per project, grouped by the status at the end of the
 * year), in the German CSV dialect of the budget export.
 */
export async function renderReportCsv(report: ProjectReport): Promise<string> {
  const columns = projectColumns(report.year);
  const rows = projectsInReportOrder(report).map((project) =>
    columns.map((column) => {
      const value = column.value(project);
      return typeof value === 'string' ? asText(value) : value === null ? '' : String(value);
    }),
  );
  return germanCsv('Vorhaben', [columns.map((column) => column.header), ...rows]);
}
