// What a chosen file is, from its size and bytes, before anything is parsed.
import { sizeText } from '../planFiles/cells';
import type { FileProblem } from '../planFiles/types';

/** The largest attendance file Steward reads: a school's figures for years fit in far less. */
export const MAX_ATTENDANCE_FILE_BYTES = 2 * 1024 * 1024;

const EXPECTED = 'Choose an .xlsx workbook or a .csv file with a row per pupil group and half term (see “What the file should look like”).';

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** Text has no NUL bytes and almost no control characters. */
function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return false;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b)) control++;
  }
  return control <= sample.length / 100;
}

/** 'xlsx' (a zip), 'csv' (text), or what is wrong with the file as a whole. */
export function sniffAttendanceFile(name: string, bytes: Uint8Array): 'xlsx' | 'csv' | FileProblem {
  const whole = (message: string): FileProblem => ({ sheet: name, message });
  if (bytes.byteLength > MAX_ATTENDANCE_FILE_BYTES)
    return whole(
      `${name} is ${sizeText(bytes.byteLength)}; Steward reads attendance files of up to ${sizeText(MAX_ATTENDANCE_FILE_BYTES)}. Six years of figures for every group is well under 100 KB: check it is the right file, or save just the attendance sheet.`,
    );
  if (bytes.byteLength === 0) return whole(`${name} is empty. ${EXPECTED}`);
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'xlsx';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0]))
    return whole(`${name} is an old-style Excel (.xls) file. Open it in Excel and save it as an Excel Workbook (.xlsx), then import that.`);
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return whole(`${name} is a PDF, which Steward cannot read figures from. ${EXPECTED}`);
  if (!looksLikeText(bytes)) return whole(`${name} is not a spreadsheet: Steward could not read it. ${EXPECTED}`);
  return 'csv';
}
