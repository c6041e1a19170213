// The action log as .csv (formula-safe) and .xlsx. Loaded only when someone exports.
import { parseUkDate } from '../../../domain';
import { actionLogColumns } from '../../../domain/documents';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const dateColumns = new Set([0, 5]);

/**
 * The log as CSV: a heading row, then the rows. A cell that starts with =, +, - or @ (or a tab or
 * return) is written with a leading ' so a spreadsheet shows it as text and never runs it (papaparse
 * escapeFormulae). A byte-order mark so Excel reads it as UTF-8.
 */
export async function actionLogCsv(rows: string[][]): Promise<Blob> {
  const { default: Papa } = await import('papaparse');
  const text = `\uFEFF${Papa.unparse([[...actionLogColumns], ...rows], { newline: '\r\n', escapeFormulae: true })}\r\n`;
  return new Blob([text], { type: 'text/csv;charset=utf-8' });
}

/** The log as an Excel workbook: bold headings that stay in view, real dates shown dd/mm/yyyy. */
export async function actionLogXlsx(rows: string[][]): Promise<Blob> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const data = [
    actionLogColumns.map((c) => ({ value: c, fontWeight: 'bold' as const })),
    ...rows.map((r) =>
      r.map((cell, i) => {
        const date = dateColumns.has(i) ? parseUkDate(cell) : null;
        if (date) return { value: new Date(`${date}T00:00:00Z`), type: Date, format: 'dd/mm/yyyy' };
        return { value: cell, wrap: cell.length > 40, alignVertical: 'top' as const };
      }),
    ),
  ];
  const widths = [12, 26, 30, 50, 28, 12, 16, 9, 8];
  const blob = await writeXlsxFile(data, { sheet: 'Action log', stickyRowsCount: 1, columns: widths.map((width) => ({ width })) }).toBlob();
  return new Blob([blob], { type: XLSX_TYPE });
}
