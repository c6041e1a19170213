import { PerformanceGroupSchema, type PerformanceRow, type Strategy } from '../plan';
import { ukDate } from '../dates';
import type { IsoDate } from '../record';
import { cellDate, cellNumber, normalHeader } from './cells';
import { areaNumberOf, dateCell, textCell } from './readActions';
import type { ReadSheet, Row } from './rows';

export interface PlanDraft {
  title: string;
  startDate?: IsoDate;
  endDate?: IsoDate;
  priorities: string[];
}
export interface MilestoneDraft {
  area: number;
  number: number;
  date?: IsoDate;
  when?: string;
  /** The code of the action it belongs to, as the sheet writes it. */
  action?: string;
  description: string;
  metOn?: IsoDate;
  row: Row;
}
export type StrategyDraft = Pick<Strategy, 'kind' | 'scope' | 'who' | 'what' | 'when'>;
export type PerformanceDraft = Omit<
  PerformanceRow,
  'id' | 'schoolId' | 'createdAt' | 'updatedAt' | 'deleted' | 'visibility' | 'planId' | 'position'
>;

const planFields: Record<string, 'title' | 'startDate' | 'endDate' | 'priority'> = {
  title: 'title',
  'plan title': 'title',
  start: 'startDate',
  'start date': 'startDate',
  end: 'endDate',
  'end date': 'endDate',
  priority: 'priority',
};

/** The Plan sheet (Field | Value rows): the plan's title, dates and priorities; null when they cannot be used. */
export function readPlanSheet(sheet: ReadSheet): PlanDraft | null {
  const found: Partial<Record<'title' | 'startDate' | 'endDate', { value: string; row: Row }>> = {};
  const priorities: string[] = [];
  let bad = false;
  for (const row of sheet.rows) {
    const field = planFields[normalHeader(row.text('field'))];
    if (!field) {
      row.problem(
        'field',
        row.has('field')
          ? `Field "${row.text('field')}" is not one Steward reads. Write Title, Start, End or Priority.`
          : 'Field is empty. Write Title, Start, End or Priority.',
      );
      continue;
    }
    if (field === 'priority') {
      const text = textCell(row, 'value', 'A priority', 1000);
      if (text && !row.bad) priorities.push(text);
      continue;
    }
    const earlier = found[field];
    if (earlier) {
      row.problem('field', `The plan's ${label[field]} is also on row ${earlier.row.number}. Give it once.`);
      bad = true;
      continue;
    }
    let value: string | null =
      field === 'title' ? textCell(row, 'value', 'The title', 200) : dateCell(row, 'value', `The plan's ${label[field]} date`);
    if (field === 'title' && !value) row.problem('value', 'The title is empty. Write the plan’s title.');
    if (row.bad) value = null;
    if (value === null || value === '') bad = true;
    else found[field] = { value, row };
  }
  for (const field of ['title'] as const) {
    if (found[field]) continue;
    bad = true;
    if (!sheet.rows.some((r) => planFields[normalHeader(r.text('field'))] === field)) {
      sheet.problem(
        `The Plan sheet has no ${label[field]} row. Add a row with "${fieldName[field]}" in the Field column and the plan's ${label[field]} in the Value column.`,
      );
    }
  }
  const { title, startDate, endDate } = found;
  if (startDate && endDate && endDate.value < startDate.value) {
    endDate.row.problem(
      'value',
      `The plan ends (${ukDate(endDate.value)}) before it starts (${ukDate(startDate.value)}). Make the end the same day as the start or later.`,
    );
    bad = true;
  }
  return bad || !title
    ? null
    : {
        title: title.value,
        ...(startDate ? { startDate: startDate.value } : {}),
        ...(endDate ? { endDate: endDate.value } : {}),
        priorities,
      };
}
const label = { title: 'title', startDate: 'start', endDate: 'end' } as const;
const fieldName = { title: 'Title', startDate: 'Start', endDate: 'End' } as const;

/** The Milestones sheet: each row checked; the area (and the action, when one is named) is checked against the plan by the caller. */
export function readMilestones(sheet: ReadSheet): MilestoneDraft[] {
  const drafts: MilestoneDraft[] = [];
  const seen = new Map<string, number>();
  const numbered: { row: Row; area: number; number: number | null }[] = [];
  for (const row of sheet.rows) {
    const area = areaNumberOf(row, 'area');
    if (area === null) {
      row.problem(
        'area',
        row.has('area')
          ? `"${row.text('area')}" is not an area number. Write the number of the area for improvement: 1, 2, 3…`
          : 'Area is empty. Write the number of the area this milestone belongs to.',
      );
      continue;
    }
    const n = row.has('number') ? cellNumber(row.get('number')) : null;
    const number = n !== null && Number.isInteger(n) && n >= 1 ? n : null;
    if (row.has('number') && number === null)
      row.problem('number', `Milestone number ${row.text('number')} is not allowed. Write a whole number, 1 or more, or leave it empty.`);
    else if (number !== null && seen.has(`${area}.${number}`))
      row.problem(
        'number',
        `Area ${area} already has milestone ${number} on row ${seen.get(`${area}.${number}`)}. Number an area's milestones 1, 2, 3…, each once.`,
      );
    else if (number !== null) seen.set(`${area}.${number}`, row.number);
    numbered.push({ row, area, number });
  }
  for (const { row, area, number: given } of numbered) {
    // Unnumbered milestones take the next number free in their area.
    let number = given;
    if (number === null && !row.bad) {
      number = 1;
      while (seen.has(`${area}.${number}`)) number++;
      seen.set(`${area}.${number}`, row.number);
    }
    const date = row.has('date') ? (cellDate(row.get('date')) ?? undefined) : undefined;
    if (row.has('date') && !date)
      row.problem(
        'date',
        `"${row.text('date')}" is not a date. Write dates as dd/mm/yyyy, e.g. 01/09/2026, or leave it empty and say when in words.`,
      );
    const when = textCell(row, 'when', 'When', 300);
    const action = textCell(row, 'action', 'Action code', 30);
    const description = textCell(row, 'milestone', 'Milestone', 1000);
    if (!description) row.problem('milestone', 'Milestone is empty. Say what will be true by then.');
    let metOn: IsoDate | undefined;
    if (row.has('metOn')) {
      metOn = cellDate(row.get('metOn')) ?? undefined;
      if (!metOn)
        row.problem('metOn', `"${row.text('metOn')}" is not a date. Write dates as dd/mm/yyyy, e.g. 01/09/2026, or leave Met on empty.`);
    }
    if (!row.bad && number !== null)
      drafts.push({
        area,
        number,
        ...(date ? { date } : {}),
        ...(when ? { when } : {}),
        ...(action ? { action } : {}),
        description,
        ...(metOn ? { metOn } : {}),
        row,
      });
  }
  return drafts;
}

const choice = <T extends string>(row: Row, key: string, what: string, options: readonly T[]): T | null => {
  const text = row
    .text(key)
    .toLowerCase()
    .replace(/ strateg(y|ies)$/, '');
  const found = options.find((o) => o === text);
  if (!found) {
    const list = options.map((o) => o[0]!.toUpperCase() + o.slice(1)).join(' or ');
    row.problem(
      key,
      row.has(key) ? `${what} "${row.text(key)}" is not one Steward knows. Write ${list}.` : `${what} is empty. Write ${list}.`,
    );
  }
  return found ?? null;
};

/** The Strategies sheet: who, what and when of each monitoring or evaluation strategy. */
export function readStrategies(sheet: ReadSheet): StrategyDraft[] {
  const drafts: StrategyDraft[] = [];
  for (const row of sheet.rows) {
    const kind = choice(row, 'kind', 'Kind', ['monitoring', 'evaluation'] as const);
    const scope = choice(row, 'scope', 'Scope', ['internal', 'external'] as const);
    const [who, what, when] = (
      [
        ['who', 'Who', 300, 'Say who does it.'],
        ['what', 'What', 1000, 'Say what they do.'],
        ['when', 'When', 300, 'Say how often, or when.'],
      ] as const
    ).map(([key, name, max, fix]) => {
      const text = textCell(row, key, name, max);
      if (!text) row.problem(key, `${name} is empty. ${fix}`);
      return text;
    });
    if (!row.bad && kind && scope) drafts.push({ kind, scope, who: who!, what: what!, when: when! });
  }
  return drafts;
}

const figureKeys = [
  'schoolLastYear',
  'nationalLastYear',
  'targetThisYear',
  'schoolThisYear',
  'nationalThisYear',
  'targetNextYear',
] as const;

/** The Performance sheet: the performance-and-targets table. */
export function readPerformance(sheet: ReadSheet): PerformanceDraft[] {
  const drafts: PerformanceDraft[] = [];
  const seen = new Map<string, number>();
  const groups = PerformanceGroupSchema.options;
  for (const row of sheet.rows) {
    const group = groups.find((g) => g.toLowerCase() === row.text('group').toLowerCase());
    if (!group)
      row.problem(
        'group',
        row.has('group')
          ? `Group "${row.text('group')}" is not one Steward knows. Write ${groups.join(', ')}.`
          : `Group is empty. Write ${groups.join(', ')}.`,
      );
    const measure = textCell(row, 'measure', 'Measure', 300);
    if (!measure) row.problem('measure', 'Measure is empty. Say what is measured, e.g. Good level of development.');
    const key = `${group}|${measure.toLowerCase()}`;
    if (group && measure && seen.has(key))
      row.problem('measure', `${group}: "${measure}" is also on row ${seen.get(key)}. Give each measure one row.`);
    else seen.set(key, row.number);
    const better = row.text('higherIsBetter').toLowerCase();
    const higherIsBetter =
      better === '' || better === 'yes' || better === 'true' ? true : better === 'no' || better === 'false' ? false : null;
    if (higherIsBetter === null)
      row.problem(
        'higherIsBetter',
        `"${row.text('higherIsBetter')}" is not Yes or No. Write Yes, or No for a measure where lower is better (such as persistent absence).`,
      );
    const figures = figureKeys.map((k) => {
      if (!row.has(k)) return null;
      const n = cellNumber(row.get(k));
      if (n === null) row.problem(k, `"${row.text(k)}" is not a figure. Write a percentage from 0 to 100, or leave the cell empty.`);
      else if (n < 0 || n > 100) row.problem(k, `${n} is outside 0 to 100. Write a percentage from 0 to 100, or leave the cell empty.`);
      return n;
    });
    if (row.bad || !group || higherIsBetter === null) continue;
    drafts.push({ group, measure, higherIsBetter, ...Object.fromEntries(figureKeys.map((k, i) => [k, figures[i]!])) } as PerformanceDraft);
  }
  return drafts;
}
