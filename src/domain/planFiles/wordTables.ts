import { actionCode, areaCodeOf, romanFor } from '../plan';
import { cellDate, normalHeader, positionOfRoman } from './cells';
import { actionsSheet } from './layout';
import { findColumn } from './rows';

/** What a Word document holds, in order: paragraphs and tables (each cell's text, a merged cell's text in its first column). */
export type DocBlock = { kind: 'paragraph'; text: string; heading: boolean } | { kind: 'table'; rows: string[][] };

/** One row read from a Word table, with the table and row it came from (both counted from 1). */
export interface WordRow {
  table: number;
  row: number;
  values: Map<string, string>;
}

/** An actions table's headings: the first row, with a second row of sub-headings (Start, Finish under Timescales) folded in. */
export function tableHeadings(rows: string[][]): { headings: string[]; headingRows: number } {
  const top = rows[0] ?? [];
  const second = rows[1] ?? [];
  const given = second.filter((c) => c.trim() !== '');
  const subHeadings = given.length > 0 && given.every((c) => findColumn(actionsSheet, c) !== undefined || isMilestoneHeading(c));
  if (!subHeadings) return { headings: top, headingRows: 1 };
  const width = Math.max(top.length, second.length);
  return { headings: Array.from({ length: width }, (_, i) => (second[i]?.trim() ? second[i]! : (top[i] ?? ''))), headingRows: 2 };
}

const isMilestoneHeading = (text: string) => /^milestones?\b/i.test(text.trim());

/** Is this the heading row of an actions table (it has an Action column)? */
export const isActionsTable = (headings: string[]) => headings.some((h) => findColumn(actionsSheet, h)?.key === 'actionText');

/** Is this a milestones table (every heading is "Milestone 1 (date)")? */
export const isMilestonesTable = (headings: string[]) =>
  headings.filter((h) => h.trim()).length > 0 && headings.filter((h) => h.trim()).every((h) => /^milestone\s*\d+/i.test(h.trim()));

/** The number and the date or words of a heading such as "Milestone 2 (31/10/2026)" or "Milestone 2 (By Christmas)". */
export function milestoneHeading(text: string): { number: number; date?: string; when?: string } {
  const m = /^milestone\s*(\d+)\s*(?:\((.*)\))?/i.exec(text.trim())!;
  const inside = (m[2] ?? '').trim();
  const number = Number(m[1]);
  if (!inside || normalHeader(inside) === 'date') return { number };
  return cellDate(inside) ? { number, date: inside } : { number, when: inside };
}

/** A cell's lines with bullets dropped, empty lines left out. */
export const cellLines = (text: string) =>
  text
    .split(/\n/)
    .map((l) => l.replace(/^\s*(?:[•·\-*–]|\d+[.)])\s*/, '').trim())
    .filter((l) => l !== '');

/**
 * The rows of an actions table as column keys to text: headings matched as in a spreadsheet (with their
 * aliases), the template's "1a Improve…" and "(i) Establish…" split into code and text, and the
 * Milestones column kept apart. Unknown headings keep their own text as the key.
 */
export function actionRows(rows: string[][], table: number): { rows: WordRow[]; unknown: string[] } {
  const { headings, headingRows } = tableHeadings(rows);
  const keys = headings.map((h) => (isMilestoneHeading(h) ? 'milestones' : (findColumn(actionsSheet, h)?.key ?? (h.trim() || null))));
  const unknown = headings.filter((h, i) => h.trim() && keys[i] === h);
  const out: WordRow[] = [];
  rows.slice(headingRows).forEach((cells, i) => {
    const values = new Map<string, string>();
    cells.forEach((text, c) => {
      const key = keys[c];
      if (key && text.trim() && !values.has(key)) values.set(key, text.trim());
    });
    wordsToWhen(values);
    if (!keys.includes('need')) splitCode(values, 'needText', 'need', /^(\d+[a-z])(?=$|[\s:.)–-])[\s:.)–-]*/i);
    if (!keys.includes('action')) splitCode(values, 'actionText', 'action', /^(\([ivxlc]+\)|[ivxlc]+\))(?=$|\s)\s*/i);
    if ([...values.values()].some((v) => v.replace(/[•·\s-]/g, '') !== '')) out.push({ table, row: headingRows + i + 1, values });
  });
  return { rows: out, unknown };
}

const DATE_SHAPE = /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}$/;

/** Start or Finish in words ("Termly", "Oct 15") under the template's Timescales: kept as When, not refused as a date. */
function wordsToWhen(values: Map<string, string>) {
  const words = ['start', 'finish'].filter((k) => values.has(k) && !DATE_SHAPE.test(values.get(k)!));
  if (words.length === 0 || values.has('when')) return;
  values.set('when', words.map((k) => values.get(k)!).join(' – '));
  for (const k of words) values.delete(k);
}

function splitCode(values: Map<string, string>, textKey: string, codeKey: string, pattern: RegExp) {
  const text = values.get(textKey);
  const m = text ? pattern.exec(text) : null;
  if (!m || !text) return;
  values.set(codeKey, m[1]!);
  const rest = text.slice(m[0].length).trim();
  if (rest) values.set(textKey, rest);
  else values.delete(textKey);
}

/**
 * The code an action will be shown with, so that the milestones of its row can name it: its own code,
 * or the one Steward generates (1a(ii), or 1(ii) in a plan with no needs), as the plan's code rules say.
 */
export function codeForRow(
  area: { number: number; code?: string },
  need: { position: number } | null,
  action: string | undefined,
  position: number,
): string {
  const roman = action ? /^\(?([ivxlc]+)\)$/i.exec(action)?.[1]?.toLowerCase() : undefined;
  if (action && !roman) return action;
  const at = roman ? (positionOfRoman(roman, romanFor) ?? position) : position;
  return need ? actionCode(area.number, need.position, at) : `${areaCodeOf(area)}(${romanFor(at)})`;
}
