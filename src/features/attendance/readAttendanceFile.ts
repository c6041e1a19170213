import { decodeText, readAttendanceSheets, sniffAttendanceFile, type AttendanceRead } from '../../domain/attendanceFiles';

const failed = (sheet: string, message: string): AttendanceRead => ({
  sheet,
  figures: [],
  problems: [{ sheet, message }],
  terms: [],
  notes: [],
});

/** Read a chosen .xlsx or .csv file into figures, every problem by row and column; nothing is written. */
export async function readAttendanceFile(name: string, bytes: Uint8Array): Promise<AttendanceRead> {
  const kind = sniffAttendanceFile(name, bytes);
  if (typeof kind === 'object') return { sheet: name, figures: [], problems: [kind], terms: [], notes: [] };
  const codec = await import('./codec');
  if (kind === 'xlsx') {
    try {
      return readAttendanceSheets(await codec.readWorkbook(bytes), name);
    } catch {
      return failed(
        name,
        `${name} could not be read as a workbook: it may be damaged. Open it in your spreadsheet program, save it as .xlsx again, then import it.`,
      );
    }
  }
  return readAttendanceSheets([{ name, rows: codec.readCsv(decodeText(bytes)) }], name);
}
