// The file libraries (xlsx, CSV, zip). Heavy, so only ever loaded with `await import('./codec')`.
import readXlsxFile from 'read-excel-file/universal';
import writeXlsxFile, { type Cell as XlsxCell, type SheetData } from 'write-excel-file/universal';
import Papa from 'papaparse';
import { unzipSync, zipSync } from 'fflate';
import { cellText, type Cell, type SheetRows } from '../../domain/planFiles';
import { csvUnescape, FORMULA_START } from '../../domain/csv';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Every sheet of an .xlsx workbook as rows of cells (row 1 first; real dates as Date). */
export async function readWorkbook(bytes: Uint8Array): Promise<SheetRows[]> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const sheets = await readXlsxFile(buffer);
  return sheets.map((s) => ({ name: s.sheet, rows: s.data as unknown as Cell[][] }));
}

const widthOf = (rows: Cell[][], col: number) =>
  Math.min(60, Math.max(10, ...rows.slice(0, 200).map((r) => Math.min(60, cellText(r[col]).split('\n')[0]!.length + 2))));

/** Sheets as an .xlsx workbook: bold headings that stay in view, dates shown dd/mm/yyyy, long text wrapped. */
export async function writeWorkbook(sheets: SheetRows[]): Promise<Blob> {
  const blob = await writeXlsxFile(
    sheets.map((s) => {
      const columns = Math.max(0, ...s.rows.map((r) => r.length));
      const data: SheetData = s.rows.map((row, r) =>
        row.map((cell): XlsxCell => {
          if (cell === null || cell === undefined) return null;
          if (r === 0) return { value: cellText(cell), fontWeight: 'bold' };
          if (cell instanceof Date) return { value: cell, type: Date, format: 'dd/mm/yyyy' };
          if (typeof cell === 'string' && cell.length > 40) return { value: cell, wrap: true, alignVertical: 'top' };
          return { value: cell, alignVertical: 'top' };
        }),
      );
      return {
        sheet: s.name,
        data,
        stickyRowsCount: 1,
        columns: Array.from({ length: columns }, (_, c) => ({ width: widthOf(s.rows, c) })),
      };
    }),
  ).toBlob();
  return new Blob([blob], { type: XLSX_TYPE });
}

/** A CSV file's rows (every cell as text; the apostrophe that kept a formula from running taken off, see domain/csv.ts). */
export function readCsv(text: string): Cell[][] {
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: false });
  const rows = parsed.data.map((r) => r.map(csvUnescape));
  // A file that ends with a newline gives one empty row at the end: drop it.
  if (rows.length > 0 && rows[rows.length - 1]!.every((c) => c === '')) rows.pop();
  return rows;
}

/**
 * Rows as CSV text (dates as dd/mm/yyyy), with a byte-order mark so Excel reads it as UTF-8. Text that a
 * spreadsheet would run as a formula (=, +, -, @, tab, carriage return) is written with a leading apostrophe.
 */
export function writeCsv(rows: Cell[][]): string {
  return `\uFEFF${Papa.unparse(
    rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : typeof c === 'number' ? c : cellText(c)))),
    { newline: '\r\n', escapeFormulae: FORMULA_START },
  )}\r\n`;
}

/** The files in a zip. */
export function unzip(bytes: Uint8Array): { name: string; bytes: Uint8Array }[] {
  return Object.entries(unzipSync(bytes)).map(([name, data]) => ({ name, bytes: data }));
}

/** The names and unpacked sizes of the files in a zip (without unpacking any). */
export function zipEntries(bytes: Uint8Array): { name: string; size: number }[] {
  const entries: { name: string; size: number }[] = [];
  unzipSync(bytes, { filter: (f) => (entries.push({ name: f.name, size: f.originalSize }), false) });
  return entries;
}

/** Files zipped into one. */
export function zip(files: { name: string; text: string }[]): Blob {
  const encoder = new TextEncoder();
  const data = zipSync(Object.fromEntries(files.map((f) => [f.name, encoder.encode(f.text)])));
  return new Blob([data as Uint8Array<ArrayBuffer>], { type: 'application/zip' });
}
