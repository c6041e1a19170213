// The spreadsheet readers (xlsx, CSV), loaded only when a file is chosen: `await import('./codec')`.
import readXlsxFile from 'read-excel-file/universal';
import Papa from 'papaparse';
import type { Cell, SheetRows } from '../../domain/attendanceFiles';

/** Every sheet of an .xlsx workbook as rows of cells. */
export async function readWorkbook(bytes: Uint8Array): Promise<SheetRows[]> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const sheets = await readXlsxFile(buffer);
  return sheets.map((s) => ({ name: s.sheet, rows: s.data as unknown as Cell[][] }));
}

/** A CSV file's rows (every cell as text). */
export function readCsv(text: string): Cell[][] {
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: false }).data;
  if (rows.length > 0 && rows[rows.length - 1]!.every((c) => c === '')) rows.pop();
  return rows;
}
