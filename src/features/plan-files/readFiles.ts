import {
  checkSize,
  decodeText,
  isJsonText,
  readPlanJson,
  readPlanSheets,
  readPlanWord,
  sniffFile,
  zipKind,
  MAX_FILE_BYTES,
  type FileProblem,
  type IncomingPlan,
  type ReadContext,
  type SheetRows,
} from '../../domain/planFiles';
import type { AmbiguousDates } from '../../domain/planFiles/rows';

/** A file the person chose: its name and its bytes. */
export interface ChosenFile {
  name: string;
  bytes: Uint8Array;
}

/** What reading the chosen files gave. */
export interface ReadOutcome {
  /** 'json' files are all or nothing; spreadsheets may be imported in part. */
  format: 'xlsx' | 'csv' | 'docx' | 'json' | null;
  incoming: IncomingPlan | null;
  problems: FileProblem[];
  rows: { total: number; valid: number };
  notes: string[];
  /** Date columns whose dates could all be either way round: the person is asked (spreadsheets only). */
  ambiguousDates: AmbiguousDates[];
}

/** A workbook that unpacks to more than this is refused (a zip bomb, or not a plan). */
const MAX_UNPACKED_BYTES = 10 * MAX_FILE_BYTES;

/** Files too big (or empty), said before any is read. */
export function sizeProblems(files: { name: string; size: number }[]): FileProblem[] {
  const each = files.map((f) => checkSize(f.name, f.size)).filter((p) => p !== null);
  if (each.length > 0) return each;
  const total = files.reduce((n, f) => n + f.size, 0);
  return total > MAX_FILE_BYTES ? [{ sheet: '', message: checkSize('These files together', total)!.message }] : [];
}

export const failed = (problems: FileProblem[], format: ReadOutcome['format'] = null): ReadOutcome => ({
  format,
  incoming: null,
  problems,
  rows: { total: 0, valid: 0 },
  notes: [],
  ambiguousDates: [],
});

/**
 * Read one .xlsx, .json or .zip file, or one or more .csv files, and check every row against the
 * template. Sizes are checked before anything is read; the kind of file comes from its bytes.
 */
export async function readChosenFiles(files: ChosenFile[], ctx: ReadContext): Promise<ReadOutcome> {
  if (files.length === 0) return failed([{ sheet: '', message: 'Choose a file to import.' }]);
  const tooBig = sizeProblems(files.map((f) => ({ name: f.name, size: f.bytes.byteLength })));
  if (tooBig.length > 0) return failed(tooBig);
  const kinds = files.map((f) => sniffFile(f.name, f.bytes));
  const bad = kinds.filter((k): k is FileProblem => typeof k === 'object');
  if (bad.length > 0) return failed(bad);
  const codec = await import('./codec');

  if (files.length === 1 && kinds[0] === 'zip') {
    const file = files[0]!;
    let entries: { name: string; size: number }[];
    try {
      entries = codec.zipEntries(file.bytes);
    } catch {
      return failed([
        {
          sheet: file.name,
          message: `${file.name} is damaged: it could not be opened. Save it again from your spreadsheet program, then import it.`,
        },
      ]);
    }
    if (entries.reduce((n, e) => n + e.size, 0) > MAX_UNPACKED_BYTES) {
      return failed([
        {
          sheet: file.name,
          message: `${file.name} unpacks to more than ${MAX_UNPACKED_BYTES / (1024 * 1024)} MB, far more than a plan. Check it is the right file.`,
        },
      ]);
    }
    const kind = zipKind(
      file.name,
      entries.map((e) => e.name),
    );
    if (typeof kind === 'object') return failed([kind]);
    if (kind === 'docx') return readWordFile(file, ctx);
    if (kind === 'xlsx') {
      let sheets: SheetRows[];
      try {
        sheets = await codec.readWorkbook(file.bytes);
      } catch {
        return failed(
          [
            {
              sheet: file.name,
              message: `${file.name} could not be read as a workbook: it may be damaged. Open it in your spreadsheet program, save it as .xlsx again, then import it.`,
            },
          ],
          'xlsx',
        );
      }
      return { format: 'xlsx', ...readPlanSheets(sheets, false, ctx) };
    }
    const csvs = codec.unzip(file.bytes).filter((f) => /\.csv$/i.test(f.name) && !f.name.startsWith('__MACOSX/'));
    return readCsvFiles(
      csvs.map((f) => ({ name: f.name.split('/').pop()!, bytes: f.bytes })),
      ctx,
      codec.readCsv,
    );
  }
  if (kinds.includes('zip'))
    return failed([{ sheet: '', message: 'Choose one .xlsx, .docx, .zip or .json file on its own, or one or more .csv files.' }]);

  const texts = files.map((f) => decodeText(f.bytes));
  const json = texts.map(isJsonText);
  if (json.some(Boolean)) {
    if (files.length > 1) return failed([{ sheet: '', message: 'Choose one .json plan file on its own.' }]);
    const read = readPlanJson(texts[0]!, files[0]!.name, ctx.schoolId);
    const records = read.incoming ? countRecords(read.incoming) : 0;
    return {
      format: 'json',
      incoming: read.incoming,
      problems: read.problems,
      rows: { total: records, valid: read.problems.length ? 0 : records },
      notes: [],
      ambiguousDates: [],
    };
  }
  return readCsvFiles(files, ctx, codec.readCsv, texts);
}

async function readWordFile(file: ChosenFile, ctx: ReadContext): Promise<ReadOutcome> {
  const { readDocxBlocks } = await import('./docx');
  let blocks;
  try {
    blocks = readDocxBlocks(file.bytes);
  } catch {
    return failed(
      [
        {
          sheet: file.name,
          message: `${file.name} could not be read as a Word document: it may be damaged. Open it in Word, save it as a Word Document (.docx) again, then import it.`,
        },
      ],
      'docx',
    );
  }
  return { format: 'docx', ...readPlanWord(blocks, file.name, ctx) };
}

function readCsvFiles(files: ChosenFile[], ctx: ReadContext, readCsv: (text: string) => SheetRows['rows'], texts?: string[]): ReadOutcome {
  const sheets = files.map((f, i) => ({ name: f.name, rows: readCsv(texts?.[i] ?? decodeText(f.bytes)) }));
  return { format: 'csv', ...readPlanSheets(sheets, true, ctx) };
}

const countRecords = (p: IncomingPlan) =>
  (p.plan ? 1 : 0) +
  p.areas.length +
  p.needs.length +
  p.actions.length +
  p.milestones.length +
  p.strategies.length +
  p.performanceRows.length +
  p.reviews.length +
  p.reviewEntries.length +
  p.areaJudgements.length;
