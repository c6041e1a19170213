import { sizeText } from './cells';
import { MAX_FILE_BYTES, type FileProblem } from './types';

/** What a file turned out to be, from its bytes (not its name). */
export type FileKind = 'zip' | 'text';

const NOT_A_PLAN =
  'Choose an .xlsx workbook or .csv files laid out like the blank template, a Word (.docx) plan with its actions in a table, or a .json plan file exported from Steward.';

/** Say so before reading a file that is too big (a plan is usually well under 1 MB), or empty. */
export function checkSize(name: string, bytes: number): FileProblem | null {
  if (bytes > MAX_FILE_BYTES) {
    return {
      sheet: name,
      message: `${name} is ${sizeText(bytes)}; Steward imports plan files of up to ${sizeText(MAX_FILE_BYTES)}. A plan is usually far smaller: check it is the right file, or take pictures and other sheets out of it.`,
    };
  }
  if (bytes === 0) return { sheet: name, message: `${name} is empty. ${NOT_A_PLAN}` };
  return null;
}

const startsWith = (bytes: Uint8Array, sig: number[]) => sig.every((b, i) => bytes[i] === b);

/** A zip (an .xlsx workbook, or CSV files zipped together) or text (CSV or JSON); otherwise a problem saying what was expected. */
export function sniffFile(name: string, bytes: Uint8Array): FileKind | FileProblem {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    return {
      sheet: name,
      message: `${name} is an old-style Excel (.xls) file. Open it in Excel and save it as an Excel Workbook (.xlsx), then import that.`,
    };
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46]))
    return { sheet: name, message: `${name} is a PDF, which Steward cannot read a plan from. ${NOT_A_PLAN}` };
  if (!looksLikeText(bytes)) return { sheet: name, message: `${name} is not a spreadsheet or a plan file. ${NOT_A_PLAN}` };
  return 'text';
}

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

/** Text in UTF-8 (with or without a byte-order mark), or else Windows-1252 (what Excel's plain "CSV" uses). */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    // Some engines decode "windows-1252" as Latin-1; map its 0x80–0x9F characters (’ “ ” – € …) ourselves.
    return new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => cp1252[c.charCodeAt(0) - 0x80] || c);
  }
}

const cp1252 = [...'€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'];

/** Is this text a JSON file (it starts with "{")? Otherwise it is read as CSV. */
export const isJsonText = (text: string) => text.trimStart().startsWith('{');

/** What a zip holds: a workbook, a Word document, CSV files, or none of them (a problem). */
export function zipKind(name: string, entries: string[]): 'xlsx' | 'csv' | 'docx' | FileProblem {
  if (entries.includes('xl/workbook.xml')) return 'xlsx';
  const csv = entries.filter((e) => /\.csv$/i.test(e) && !e.startsWith('__MACOSX/'));
  if (csv.length > 0) return 'csv';
  if (entries.includes('word/document.xml')) return 'docx';
  return { sheet: name, message: `${name} is a zip file with no workbook, Word document or CSV files in it. ${NOT_A_PLAN}` };
}

export { NOT_A_PLAN };
