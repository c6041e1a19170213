import { columnLetter, isBlank, normalHeader, cellText } from './cells';
import type { ColumnDef, SheetDef } from './layout';
import type { Cell, FileProblem, SheetRows } from './types';
import { columnDateOrder, dayFirst, type DateOrder } from './dateOrder';

/** Columns that hold dates, whose order (day or month first) is read from the whole column. */
const dateKeys = new Set(['start', 'finish', 'date', 'metOn', 'value']);

/** A date column where every written date could be day or month first, so the person is asked. */
export interface AmbiguousDates {
  sheet: string;
  column: string;
  examples: string[];
}

/** A data row of a sheet, with the means to read its cells and to say what is wrong with them. */
export interface Row {
  /** As the spreadsheet numbers it (the heading row is 1). */
  number: number;
  get(key: string): Cell;
  text(key: string): string;
  has(key: string): boolean;
  /** What the row says in columns Steward has no place for, as "Heading: text" lines. */
  extras: string[];
  /** Records a problem in a column of this row (or the whole row, without a key). */
  problem(key: string | null, message: string): void;
  /** True once any problem was recorded in this row. */
  bad: boolean;
}

export interface ReadSheet {
  /** The name the person knows it by: the sheet name, or the CSV file's name. */
  label: string;
  def: SheetDef;
  /** False when the headings are wrong: the rows cannot be read. */
  readable: boolean;
  rows: Row[];
  /** Records a problem with the sheet as a whole. */
  problem(message: string): void;
  /** Date columns whose order could not be told from their dates (read as the person chose, or day first). */
  ambiguous: AmbiguousDates[];
}

export interface SheetOptions {
  /** Things worth saying that are not problems (columns not read). */
  notes: string[];
  /** How to read date columns that could be either (the person's answer); day first when not given. */
  dateOrder?: DateOrder;
  /** Keep unknown columns' text in each row's extras (the Actions sheet keeps them in the notes). */
  keepExtras: boolean;
}

/**
 * Check a sheet's heading row against its definition and wrap each non-empty data row. Missing and
 * repeated columns are problems on row 1; a column Steward does not know is kept (or left out) with a note.
 * The order of each date column's written dates is read from the whole column.
 */
export function readSheet(sheet: SheetRows, def: SheetDef, label: string, problems: FileProblem[], opts: SheetOptions): ReadSheet {
  const header = sheet.rows[0] ?? [];
  const columns = new Map<string, number>();
  const unknown: { index: number; text: string }[] = [];
  const where = (index: number, text: string) => ({ letter: columnLetter(index), header: text });
  let readable = true;
  header.forEach((cell, index) => {
    if (isBlank(cell)) return;
    const text = cellText(cell);
    const column = findColumn(def, text);
    if (!column) unknown.push({ index, text });
    else if (columns.has(column.key)) {
      problems.push({
        sheet: label,
        row: 1,
        column: where(index, text),
        message: `Column ${columnLetter(index)} repeats the heading "${column.header}" (column ${columnLetter(columns.get(column.key)!)} has it too). Delete one of them.`,
      });
      readable = false;
    } else columns.set(column.key, index);
  });
  for (const column of def.columns) {
    if (!column.required || columns.has(column.key)) continue;
    problems.push({
      sheet: label,
      row: 1,
      message: `The ${def.name} sheet has no "${column.header}" column. Its first row must hold the headings ${headerList(def)}: copy them from the blank template.`,
    });
    readable = false;
  }
  if (unknown.length > 0 && readable) {
    const list = unknown.map((u) => `${columnLetter(u.index)} ("${u.text}")`).join(', ');
    const plural = unknown.length > 1;
    opts.notes.push(
      opts.keepExtras
        ? `${label}: column${plural ? 's' : ''} ${list} ${plural ? 'are' : 'is'} not one${plural ? 's' : ''} Steward has a place for, so what ${plural ? 'they say is' : 'it says is'} kept in each action’s notes.`
        : `${label}: column${plural ? 's' : ''} ${list} ${plural ? 'were' : 'was'} not read: Steward reads ${headerList(def)}.`,
    );
  }
  const ambiguous: AmbiguousDates[] = [];
  const body = sheet.rows.slice(1).map((r) => [...r]);
  for (const [key, index] of columns) {
    if (!dateKeys.has(key)) continue;
    const { order, examples } = columnDateOrder(body.map((r) => r[index]));
    const header = def.columns.find((c) => c.key === key)!.header;
    if (order === 'either') ambiguous.push({ sheet: label, column: header, examples });
    if (order === 'month-first' || (order === 'either' && opts.dateOrder === 'month-first'))
      for (const r of body) if (index < r.length) r[index] = dayFirst(r[index]);
  }
  const rows: Row[] = [];
  if (readable) {
    body.forEach((cells, index) => {
      if (cells.every(isBlank)) return;
      const row = makeRow(cells, index + 2, def, columns, label, problems);
      if (opts.keepExtras) for (const u of unknown) if (!isBlank(cells[u.index])) row.extras.push(`${u.text}: ${cellText(cells[u.index])}`);
      rows.push(row);
    });
  }
  return { label, def, readable, rows, ambiguous, problem: (message) => void problems.push({ sheet: label, message }) };
}

function makeRow(cells: Cell[], number: number, def: SheetDef, columns: Map<string, number>, label: string, problems: FileProblem[]): Row {
  const row: Row = {
    number,
    bad: false,
    extras: [],
    get: (key) => {
      const index = columns.get(key);
      return index === undefined ? null : (cells[index] ?? null);
    },
    text: (key) => cellText(row.get(key)),
    has: (key) => !isBlank(row.get(key)),
    problem(key, message) {
      row.bad = true;
      const index = key === null ? undefined : columns.get(key);
      const column = def.columns.find((c) => c.key === key);
      problems.push({
        sheet: label,
        row: number,
        ...(index !== undefined && column ? { column: { letter: columnLetter(index), header: column.header } } : {}),
        message,
      });
    },
  };
  return row;
}

export function findColumn(def: SheetDef, text: string): ColumnDef | undefined {
  const wanted = normalHeader(text);
  return def.columns.find((c) => normalHeader(c.header) === wanted || c.aliases?.some((a) => normalHeader(a) === wanted));
}

const headerList = (def: SheetDef) => def.columns.map((c) => `"${c.header}"`).join(', ');

/** Which import sheet a CSV file is, from its heading row: the one whose required headings it has most of. */
export function sheetForHeadings(header: Cell[], defs: SheetDef[]): SheetDef | undefined {
  const given = new Set(header.filter((c) => !isBlank(c)).map((c) => normalHeader(cellText(c))));
  let best: { def: SheetDef; score: number } | undefined;
  for (const def of defs) {
    const score = def.columns.filter((c) => given.has(normalHeader(c.header)) || c.aliases?.some((a) => given.has(normalHeader(a)))).length;
    if (score >= 2 && (!best || score > best.score)) best = { def, score };
  }
  return best?.def;
}
