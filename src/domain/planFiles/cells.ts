import { parseUkDate, ukDate } from '../dates';
import type { IsoDate } from '../record';
import type { Cell } from './types';

/** Column 0 → "A", 26 → "AA". */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** A heading as compared: lower case, single spaces, no stray punctuation at the ends. */
export const normalHeader = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^[\s:*]+|[\s:*]+$/g, '');

/** Is the cell empty (nothing, or only spaces)? */
export const isBlank = (cell: Cell) => cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');

/** A real date from a spreadsheet cell as yyyy-mm-dd (spreadsheet dates are midnight UTC). */
const isoOfDate = (d: Date): IsoDate =>
  `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;

/** The text of a cell, trimmed; numbers as written, dates as dd/mm/yyyy. */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : ukDate(isoOfDate(cell));
  if (typeof cell === 'boolean') return cell ? 'Yes' : 'No';
  if (typeof cell === 'number') return String(cell);
  return cell.replace(/\r\n?/g, '\n').trim();
}

/** The first and last day a spreadsheet date serial may stand for (1950–2100). */
const SERIAL_MIN = 18264;
const SERIAL_MAX = 73051;

/**
 * A date cell as yyyy-mm-dd: a real spreadsheet date, a date serial number, dd/mm/yyyy or yyyy-mm-dd.
 * null when it is none of these.
 */
export function cellDate(cell: Cell): IsoDate | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : isoOfDate(cell);
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell) || cell < SERIAL_MIN || cell > SERIAL_MAX) return null;
    return isoOfDate(new Date(Date.UTC(1899, 11, 30) + cell * 86_400_000));
  }
  const text = cellText(cell);
  const iso = /^\d{4}-\d{2}-\d{2}$/.exec(text) ? parseUkDate(`${text.slice(8, 10)}/${text.slice(5, 7)}/${text.slice(0, 4)}`) : null;
  return iso ?? parseUkDate(text);
}

/** A number from a cell: a number, or text such as "58", "67.7" or "58%". null when it is not one. */
export function cellNumber(cell: Cell): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  const text = cellText(cell).replace(/%$/, '').trim();
  if (!/^-?\d+(\.\d+)?$/.test(text)) return null;
  return Number(text);
}

/** Lines of a cell that lists several things (targets), without bullets or blank lines. */
export const cellLines = (cell: Cell): string[] =>
  cellText(cell)
    .split('\n')
    .map((line) => line.replace(/^\s*(?:[•\-*·–]|\d+[.)])\s+/, '').trim())
    .filter((line) => line.length > 0);

/** "a" → 1, "b" → 2, "aa" → 27 (the inverse of letterFor). */
export function positionOfLetters(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 96);
  return n;
}

const romanValues: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
/** "iv" → 4; null unless it is a lower-case roman numeral written the usual way. */
export function positionOfRoman(roman: string, romanFor: (n: number) => string): number | null {
  if (!/^[ivxlcdm]+$/.test(roman)) return null;
  let n = 0;
  for (let i = 0; i < roman.length; i++) {
    const v = romanValues[roman[i]!]!;
    const next = romanValues[roman[i + 1] ?? ''] ?? 0;
    n += v < next ? -v : v;
  }
  return n > 0 && romanFor(n) === roman ? n : null;
}

/** A file size said plainly: "10.0 MB", "812 KB". */
export function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
