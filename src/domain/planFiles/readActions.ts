import { actionStatuses, actionStatusLabels, needCode, romanFor, actionCode, type ActionStatus } from '../plan';
import { ukDate } from '../dates';
import type { IsoDate } from '../record';
import { cellDate, cellLines, positionOfLetters, positionOfRoman } from './cells';
import type { ReadSheet, Row } from './rows';

export interface AreaDraft {
  number: number;
  title: string;
  targets: string[];
}
export interface NeedDraft {
  area: number;
  position: number;
  description: string;
}
export interface ActionDraft {
  area: number;
  need: number;
  position: number;
  description: string;
  lead: string;
  resources: string;
  start: IsoDate;
  finish: IsoDate;
  successCriteria: string;
  status: ActionStatus;
}
export interface ActionsRead {
  areas: AreaDraft[];
  needs: NeedDraft[];
  actions: ActionDraft[];
  /** Area numbers the sheet names whose rows cannot be used (so rows elsewhere that need them are skipped too). */
  badAreas: Set<number>;
  /** Rows with no problem whose area and need are usable too. */
  validRows: number;
}

/** A positive whole number from a cell such as 1, "1" or "Area 1"; null otherwise. */
export function areaNumberOf(row: Row, key: string): number | null {
  const m = /^(?:area|afi)?\s*(\d+)$/i.exec(row.text(key));
  const n = m ? Number(m[1]) : NaN;
  return Number.isInteger(n) && n >= 1 ? n : null;
}

/** Reads a required date cell, saying what is wrong if it is empty or not a date. */
export function dateCell(row: Row, key: string, what: string): IsoDate | null {
  if (!row.has(key)) {
    row.problem(key, `${what} is empty. Write the date as dd/mm/yyyy, e.g. 01/09/2026.`);
    return null;
  }
  const iso = cellDate(row.get(key));
  if (!iso) row.problem(key, `"${row.text(key)}" is not a date. Write dates as dd/mm/yyyy, e.g. 01/09/2026.`);
  return iso;
}

/** Text no longer than `max`; says so when it is. */
export function textCell(row: Row, key: string, what: string, max: number): string {
  const text = row.text(key);
  if (text.length > max) row.problem(key, `${what} is ${text.length} characters long; it may be at most ${max}. Shorten it.`);
  return text;
}

const statusOf = (text: string): ActionStatus | undefined =>
  actionStatuses.find((s) => s === text.toLowerCase().replace(/\s+/g, '-') || actionStatusLabels[s].toLowerCase() === text.toLowerCase());

interface Group<T> {
  value: T;
  row: number;
  rows: Row[];
  bad: boolean;
}

/** The Actions sheet: areas, improvement-needed rows and actions, each checked; rows that cannot be used are marked. */
export function readActions(sheet: ReadSheet): ActionsRead {
  const areas = new Map<number, Group<AreaDraft>>();
  const needs = new Map<string, Group<NeedDraft>>();
  const actions = new Map<string, { value: ActionDraft | null; row: Row }>();
  const placed = new Map<Row, string | null>();
  for (const row of sheet.rows) {
    const number = areaNumberOf(row, 'area');
    if (number === null) {
      row.problem(
        'area',
        row.has('area')
          ? `"${row.text('area')}" is not an area number. Write the number of the area for improvement: 1, 2, 3…`
          : 'Area is empty. Write the number of the area for improvement this row belongs to: 1, 2, 3…',
      );
      continue;
    }
    const area = groupFor(areas, number, row, () => ({ number, title: '', targets: [] }));
    const title = textCell(row, 'areaTitle', 'Area title', 300);
    if (title) {
      if (!area.value.title) area.value.title = title;
      else if (title !== area.value.title)
        conflict(
          row,
          area,
          'areaTitle',
          `Area ${number} is called "${area.value.title}" on row ${area.row} but "${title}" here. Write its title once, on its first row, or the same on every row.`,
        );
    }
    const targets = cellLines(row.get('areaTargets'));
    if (targets.length > 0) {
      if (area.value.targets.length === 0) area.value.targets = targets;
      else if (targets.join('\n') !== area.value.targets.join('\n'))
        conflict(
          row,
          area,
          'areaTargets',
          `Area ${number} has different targets here and on row ${area.row}. Write its targets once, on its first row.`,
        );
    }
    for (const t of targets)
      if (t.length > 1000)
        conflict(
          row,
          area,
          'areaTargets',
          `A target of area ${number} is ${t.length} characters long; each may be at most 1000. Shorten it.`,
        );
    placed.set(row, readNeedAndAction(row, number, needs, actions));
  }
  const badAreas = new Set<number>();
  for (const area of areas.values()) {
    if (!area.value.title)
      conflict(
        area.rows[0]!,
        area,
        'areaTitle',
        `Area ${area.value.number} has no title. Write it in "Area title" on the first row of area ${area.value.number}.`,
      );
    if (area.bad) badAreas.add(area.value.number);
  }
  // Where a row's need code was wrong, its improvement-needed text may belong to a need not found: say nothing more about that area's needs.
  const codeTrouble = new Set(
    [...placed].filter(([row, need]) => need === null && row.has('need')).map(([row]) => areaNumberOf(row, 'area')),
  );
  for (const need of needs.values()) {
    const code = needCode(need.value.area, need.value.position);
    if (!need.value.description && codeTrouble.has(need.value.area)) need.bad = true;
    else if (!need.value.description)
      conflict(
        need.rows[0]!,
        need,
        'needText',
        `Improvement needed is empty for ${code}. Write what needs to improve on the first row of ${code}.`,
      );
  }
  const usable = (rows: Row[]) => rows.every((r) => !r.bad);
  const goodNeed = (n: Group<NeedDraft>) => !n.bad && !badAreas.has(n.value.area);
  let validRows = 0;
  for (const [row, needKey] of placed) {
    const need = needKey === null ? undefined : needs.get(needKey);
    if (!row.bad && !badAreas.has(areaNumberOf(row, 'area')!) && (!need || goodNeed(need))) validRows++;
  }
  return {
    validRows,
    areas: [...areas.values()].filter((a) => !a.bad).map((a) => a.value),
    needs: [...needs.values()].filter(goodNeed).map((n) => n.value),
    actions: [...actions.values()].flatMap(({ value, row }) =>
      value && usable([row]) && goodNeed(needs.get(`${value.area}.${value.need}`)!) ? [value] : [],
    ),
    badAreas,
  };
}

function groupFor<K, T>(map: Map<K, Group<T>>, key: K, row: Row, make: () => T): Group<T> {
  let group = map.get(key);
  if (!group) map.set(key, (group = { value: make(), row: row.number, rows: [], bad: false }));
  group.rows.push(row);
  return group;
}

function conflict<T>(row: Row, group: Group<T>, key: string, message: string) {
  row.problem(key, message);
  group.bad = true;
}

/** Reads the need and action of a row; returns the need's key, or null when the row has no usable need. */
function readNeedAndAction(
  row: Row,
  area: number,
  needs: Map<string, Group<NeedDraft>>,
  actions: Map<string, { value: ActionDraft | null; row: Row }>,
): string | null {
  const hasAction = row.has('action') || row.has('actionText');
  if (!row.has('need')) {
    if (hasAction)
      row.problem('need', `Need code is empty. Write the code of the improvement needed this action belongs to, e.g. ${area}a.`);
    else if (row.has('needText')) row.problem('need', `Need code is empty. Give the improvement needed a code, e.g. ${area}a.`);
    return null;
  }
  const m = /^(\d+)?\s*([a-z]+)$/i.exec(row.text('need'));
  if (!m) {
    row.problem('need', `"${row.text('need')}" is not a need code. Write the area's number and a letter: ${area}a, ${area}b…`);
    return null;
  }
  if (m[1] !== undefined && Number(m[1]) !== area) {
    row.problem(
      'need',
      `Need code ${row.text('need')} does not fit area ${area}. Under area ${area} the codes are ${area}a, ${area}b, ${area}c…`,
    );
    return null;
  }
  const position = positionOfLetters(m[2]!.toLowerCase());
  const code = needCode(area, position);
  const need = groupFor(needs, `${area}.${position}`, row, () => ({ area, position, description: '' }));
  const text = textCell(row, 'needText', 'Improvement needed', 1000);
  if (text) {
    if (!need.value.description) need.value.description = text;
    else if (text !== need.value.description)
      conflict(
        row,
        need,
        'needText',
        `${code} says "${need.value.description}" on row ${need.row} but "${text}" here. Write it once, on the first row of ${code}, or the same on every row.`,
      );
  }
  const needKey = `${area}.${position}`;
  readAction(row, code, area, position, actions);
  return needKey;
}

function readAction(
  row: Row,
  code: string,
  area: number,
  position: number,
  actions: Map<string, { value: ActionDraft | null; row: Row }>,
): void {
  if (!row.has('action') && !row.has('actionText')) return;
  const a = /^(?:(\d+)\s*([a-z]+))?\s*\(?\s*([ivxlcdm]+)\s*\)?$/i.exec(row.text('action'));
  const ex = `(${romanFor(1)}), (${romanFor(2)}), (${romanFor(3)})…`;
  if (!row.has('action')) return row.problem('action', `Action code is empty. Number the actions under ${code}: ${ex}`);
  const actionPos = a ? positionOfRoman(a[3]!.toLowerCase(), romanFor) : null;
  if (!a || actionPos === null)
    return row.problem(
      'action',
      `"${row.text('action')}" is not an action code. Number the actions under ${code} with lower-case roman numerals: ${ex}`,
    );
  if (a[1] !== undefined && `${a[1]}${a[2]!.toLowerCase()}` !== code)
    return row.problem(
      'action',
      `Action code ${row.text('action')} does not fit need ${code}. Under ${code} the codes are ${code}(i), ${code}(ii)…`,
    );
  const description = textCell(row, 'actionText', 'Action', 2000);
  if (!description) row.problem('actionText', 'Action is empty. Say what will be done.');
  const lead = textCell(row, 'lead', 'Lead', 200);
  const resources = textCell(row, 'resources', 'Resources', 1000);
  const successCriteria = textCell(row, 'successCriteria', 'Success criteria', 2000);
  const start = dateCell(row, 'start', 'Start');
  const finish = dateCell(row, 'finish', 'Finish');
  if (start && finish && finish < start)
    row.problem(
      'finish',
      `Finish (${ukDate(finish)}) is before Start (${ukDate(start)}). Make the finish the same day as the start or later.`,
    );
  const statusText = row.text('status');
  const status = statusText ? statusOf(statusText) : 'not-started';
  if (!status)
    row.problem(
      'status',
      `Status "${statusText}" is not one Steward knows. Write Not started, In progress, Complete or Stalled (or leave it empty for Not started).`,
    );
  const key = `${area}.${position}.${actionPos}`;
  const earlier = actions.get(key);
  if (earlier)
    return row.problem(
      'action',
      `Action ${actionCode(area, position, actionPos)} is also on row ${earlier.row.number}. Give each action under ${code} its own number: ${ex}`,
    );
  const good = !row.bad && start && finish && status;
  actions.set(key, {
    row,
    value: good
      ? { area, need: position, position: actionPos, description, lead, resources, start, finish, successCriteria, status }
      : null,
  });
}
