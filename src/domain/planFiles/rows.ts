import { columnLetter, isBlank, normalHeader, cellText } from './cells';
import type { ColumnDef, SheetDef } from './layout';
import type { Cell, FileProblem, SheetRows } from './types';

/** A data row of a sheet, with the means to read its cells and to say what is wrong with them. */
export interface Row {
  /** As the spreadsheet numbers it (the heading row is 1). */
  number: number;
  get(key: string): Cell;
  text(key: string): string;
  has(key: string): boolean;
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
}

/**
 * Check a sheet's heading row against its definition and wrap each non-empty data row.
 * Wrong headings (missing, unknown or repeated columns) are problems on row 1.
 */
export function readSheet(sheet: SheetRows, def: SheetDef, label: string, problems: FileProblem[]): ReadSheet {
  const header = sheet.rows[0] ?? [];
  const columns = new Map<string, number>();
  const where = (index: number, text: string) => ({ letter: columnLetter(index), header: text });
  let readable = true;
  header.forEach((cell, index) => {
    if (isBlank(cell)) return;
    const text = cellText(cell);
    const column = findColumn(def, text);
    if (!column) {
      problems.push({
        sheet: label,
        row: 1,
        column: where(index, text),
        message: `Column ${columnLetter(index)} is headed "${text}", which is not a column of the ${def.name} sheet. Rename it to one of ${headerList(def)}, or delete the column.`,
      });
      readable = false;
    } else if (columns.has(column.key)) {
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
  const rows: Row[] = [];
  if (readable) {
    sheet.rows.forEach((cells, index) => {
      if (index === 0 || cells.every(isBlank)) return;
      rows.push(makeRow(cells, index + 1, def, columns, label, problems));
    });
  }
  return { label, def, readable, rows, problem: (message) => void problems.push({ sheet: label, message }) };
}

function makeRow(cells: Cell[], number: number, def: SheetDef, columns: Map<string, number>, label: string, problems: FileProblem[]): Row {
  const row: Row = {
    number,
    bad: false,
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

function findColumn(def: SheetDef, text: string): ColumnDef | undefined {
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
