// Reading an attendance sheet (an .xlsx sheet or a .csv file, as rows of cells) into figures, with
// every problem said by row and column. Nothing is written here: the screen shows the preview.
import type { FigureValues } from '../attendance';
import { halfTermProblems } from '../attendanceRules';
import { halfTermIndex, halfTermLabel, type HalfTermRef } from '../halfTerms';
import { cellDate, cellNumber, cellText, columnLetter, isBlank } from '../planFiles/cells';
import type { Cell, FileProblem, SheetRows } from '../planFiles/types';
import { attendanceColumns, columnFor, groupFor, halfTermFor, schoolYearFor, type ColumnKey, type ColumnSpec } from './columns';

/** One row read from the file: its figures and where it was. */
export interface IncomingFigure {
  values: FigureValues;
  row: number;
}

export interface AttendanceRead {
  sheet: string;
  figures: IncomingFigure[];
  problems: FileProblem[];
  /** The half terms the file holds, oldest first. */
  terms: HalfTermRef[];
  /** Things worth knowing that are not problems: columns not read, percentages read as fractions. */
  notes: string[];
}

/** The most rows an attendance file may have (six years of 15 groups is 540). */
export const MAX_ATTENDANCE_ROWS = 5000;

const HEADINGS = attendanceColumns.map((c) => c.heading).join(', ');

/** Reads the sheet named Attendance, or else the first, into figures; any problem means nothing is imported. */
export function readAttendanceSheets(sheets: SheetRows[], fileName: string): AttendanceRead {
  const sheet = sheets.find((s) => /^attendance$/i.test(s.name.trim())) ?? sheets[0];
  const place = sheets.length > 1 || (sheet && !/\.csv$/i.test(fileName)) ? (sheet?.name ?? fileName) : fileName;
  const out: AttendanceRead = { sheet: place, figures: [], problems: [], terms: [], notes: [] };
  const fail = (p: Omit<FileProblem, 'sheet'>) => (out.problems.push({ sheet: place, ...p }), out);
  const rows = (sheet?.rows ?? []).map((r) => r ?? []);
  const headerAt = rows.findIndex((r) => r.some((c) => !isBlank(c)));
  if (!sheet || headerAt < 0)
    return fail({ message: `There are no figures in ${place}: it is empty. The first row should hold the headings (${HEADINGS}).` });

  // Headings: the first row with anything in it.
  const header = rows[headerAt]!;
  const columns = new Map<ColumnKey, { index: number; spec: ColumnSpec; header: string }>();
  const unread: string[] = [];
  header.forEach((cell, index) => {
    const text = cellText(cell);
    if (!text) return;
    const spec = columnFor(text);
    if (!spec) return unread.push(`${columnLetter(index)} (${text})`);
    if (columns.has(spec.key)) {
      out.problems.push({
        sheet: place,
        row: headerAt + 1,
        column: { letter: columnLetter(index), header: text },
        message: `Two columns are headed ${spec.heading} (${columnLetter(columns.get(spec.key)!.index)} and ${columnLetter(index)}): delete or rename one.`,
      });
      return;
    }
    columns.set(spec.key, { index, spec, header: text });
  });
  const missing = attendanceColumns.filter((c) => c.required && !columns.has(c.key));
  if (missing.length > 0) {
    const found = header.map((c, i) => (cellText(c) ? `${columnLetter(i)} (${cellText(c)})` : '')).filter(Boolean);
    return fail({
      row: headerAt + 1,
      message: `Row ${headerAt + 1} has no column for ${missing.map((c) => c.heading).join(', ')}. Headings found: ${found.join(', ') || 'none'}. Name the columns as docs/attendance-format.md lists (other names that work are listed there too).`,
    });
  }
  if (out.problems.length > 0) return out;
  if (unread.length > 0) out.notes.push(`Not read (not an attendance column): ${unread.join(', ')}.`);

  const body = rows.slice(headerAt + 1).map((cells, i) => ({ cells, row: headerAt + 2 + i }));
  const data = body.filter(({ cells }) => cells.some((c) => !isBlank(c)));
  if (data.length === 0)
    return fail({
      row: headerAt + 2,
      message: `There are no figures under the headings in row ${headerAt + 1}: add a row per pupil group and half term.`,
    });
  if (data.length > MAX_ATTENDANCE_ROWS)
    return fail({
      message: `${place} has ${data.length} rows of figures; Steward reads up to ${MAX_ATTENDANCE_ROWS}. Split the file by school year.`,
    });

  // A spreadsheet formatted as percentages stores 93.5% as 0.935: when every attendance figure is
  // at most 1, every percentage column is read that way.
  const att = columns.get('attendance')!.index;
  const fractions = data.every(({ cells }) => {
    const n = cellNumber(cells[att]);
    return n === null || (n >= 0 && n <= 1);
  });
  if (fractions) out.notes.push('Percentages were read as fractions (0.935 is 93.5%), as the spreadsheet stores them.');

  const where = (key: ColumnKey) => {
    const c = columns.get(key)!;
    return { letter: columnLetter(c.index), header: c.header };
  };
  for (const { cells, row } of data) {
    const problem = (key: ColumnKey, message: string) => out.problems.push({ sheet: place, row, column: where(key), message });
    const before = out.problems.length;
    const values: Record<string, unknown> = {};
    for (const [key, { index, spec }] of columns) {
      const cell: Cell = cells[index];
      const text = cellText(cell);
      if (isBlank(cell)) {
        if (spec.required) problem(key, `${spec.heading} is empty: give a figure.`);
        continue;
      }
      if (spec.kind === 'halfTerm') {
        const ht = cell instanceof Date || cellDate(cell) ? undefined : halfTermFor(text);
        if (!ht)
          problem(
            key,
            cell instanceof Date || cellDate(cell)
              ? `“${text}” is a date; a half term is named Autumn 1, Autumn 2, Spring 1, Spring 2, Summer 1 or Summer 2 (put the school year, like 2025/26, in the School year column). If your spreadsheet turned it into a date, format the column as text.`
              : `“${text}” is not a half term: use Autumn 1, Autumn 2, Spring 1, Spring 2, Summer 1 or Summer 2.`,
          );
        else {
          values.halfTerm = ht.halfTerm;
          if (ht.schoolYear !== undefined) values.schoolYear = ht.schoolYear;
        }
      } else if (spec.kind === 'year') {
        const y = cell instanceof Date ? undefined : schoolYearFor(text);
        if (y === undefined || y < 2000 || y > 2100) problem(key, `“${text}” is not a school year: write it like 2025/26.`);
        else if (values.schoolYear !== undefined && values.schoolYear !== y)
          problem(key, `The school year ${text} does not match the half term’s (${values.schoolYear}).`);
        else values.schoolYear = y;
      } else if (spec.kind === 'group') {
        const g = groupFor(text);
        if (!g)
          problem(
            key,
            `“${text}” is not a pupil group Steward knows: use All pupils, Disadvantaged, SEND support, EHCP, FSM, EAL, Social worker, Boys, Girls, Reception or Year 1 to Year 13.`,
          );
        else values.group = g;
      } else {
        const n = cellNumber(cell);
        if (n === null)
          problem(key, `“${text}” is not a number: give ${spec.heading} as a number${spec.kind === 'percent' ? ', like 93.5' : ''}.`);
        else if (spec.kind === 'count') {
          if (!Number.isInteger(n) || n < 0) problem(key, `${spec.heading} must be a whole number of pupils, not ${text}.`);
          else values[key] = n;
        } else {
          const v = fractions ? Math.round(n * 1000) / 10 : n;
          if (v < 0 || v > 100) problem(key, `${spec.heading} is ${v}%: a percentage must be between 0 and 100.`);
          else values[key] = v;
        }
      }
    }
    if (out.problems.length > before) continue;
    if (values.schoolYear === undefined) {
      problem(
        columns.has('schoolYear') ? 'schoolYear' : 'halfTerm',
        'Which school year? Add a School year column (like 2025/26), or write it after the half term (Autumn 1 2025/26).',
      );
      continue;
    }
    out.figures.push({ values: values as FigureValues, row });
  }

  // Rules across a half term's rows: severe ≤ persistent, a group no larger than the school, no group twice.
  const byTerm = new Map<number, IncomingFigure[]>();
  for (const f of out.figures) byTerm.set(halfTermIndex(f.values), [...(byTerm.get(halfTermIndex(f.values)) ?? []), f]);
  for (const rowsOfTerm of byTerm.values()) {
    const found = halfTermProblems(rowsOfTerm.map((f) => f.values));
    for (const { group, problem } of found) {
      const at = rowsOfTerm.filter((f) => f.values.group === group);
      const f = problem.field === 'group' ? at[at.length - 1]! : at[0]!;
      const key = (columns.has(problem.field as ColumnKey) ? problem.field : 'group') as ColumnKey;
      out.problems.push({
        sheet: place,
        row: f.row,
        column: where(key),
        message:
          problem.field === 'group'
            ? `${problem.message.replace(/\.$/, '')} for ${halfTermLabel(f.values)}: keep one row.`
            : problem.message,
      });
    }
  }
  out.problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  out.terms = [...byTerm.values()]
    .map((r) => ({ schoolYear: r[0]!.values.schoolYear, halfTerm: r[0]!.values.halfTerm }))
    .sort((a, b) => halfTermIndex(a) - halfTermIndex(b));
  return out;
}
