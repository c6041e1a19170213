import { actionStatuses, actionStatusLabels, needCode, romanFor, actionCode, type ActionStatus } from '../plan';
import { ukDate } from '../dates';
import type { IsoDate } from '../record';
import { cellDate, cellLines, positionOfLetters, positionOfRoman } from './cells';
import type { ReadSheet, Row } from './rows';

export interface AreaDraft {
  number: number;
  code?: string;
  title: string;
  targets: string[];
}
export interface NeedDraft {
  area: number;
  position: number;
  code?: string;
  description: string;
}
export interface ActionDraft {
  area: number;
  need: number;
  position: number;
  code?: string;
  description: string;
  lead: string;
  resources: string;
  when?: string;
  start?: IsoDate;
  finish?: IsoDate;
  successCriteria: string;
  notes?: string;
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

/** Reads a date cell that may be empty; says what is wrong if it holds something that is not a date. */
export function optionalDateCell(row: Row, key: string): IsoDate | undefined {
  if (!row.has(key)) return undefined;
  const iso = cellDate(row.get(key));
  if (!iso)
    row.problem(
      key,
      `"${row.text(key)}" is not a date. Write dates as dd/mm/yyyy, e.g. 01/09/2026, or leave it empty and say when in words.`,
    );
  return iso ?? undefined;
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
  /** A need the plan does not name (it has no "improvement needed" layer). */
  implicit?: boolean;
}

/** The Actions sheet: areas, improvement-needed rows and actions, each checked; rows that cannot be used are marked. */
export function readActions(sheet: ReadSheet): ActionsRead {
  const areas = new Map<number, Group<AreaDraft>>();
  const needs = new Map<string, Group<NeedDraft>>();
  const actions = new Map<string, { value: ActionDraft | null; row: Row }>();
  const placed = new Map<Row, string | null>();
  /** The need each area's rows were last under: a row that names none belongs to it. */
  const lastNeed = new Map<number, string>();
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
    const areaCode = textCell(row, 'areaCode', 'Area code', 20);
    if (areaCode && !area.value.code) area.value.code = areaCode;
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
    placed.set(row, readNeedAndAction(row, number, needs, actions, lastNeed));
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
  const implicit = new Set([...needs.values()].filter((n) => n.implicit));
  for (const need of needs.values()) {
    const code = need.value.code ?? needCode(need.value.area, need.value.position);
    if (!need.value.description && implicit.has(need)) continue;
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

const nextIn = <T>(map: Map<string, Group<T>>, prefix: string, pos: (t: T) => number) =>
  Math.max(0, ...[...map.entries()].filter(([k]) => k.startsWith(prefix)).map(([, g]) => pos(g.value))) + 1;

/**
 * Reads the need and action of a row; returns the need's key, or null when the row has no usable need.
 * A need code such as 1a is the template's; any other text is the plan's own code, kept. A row with no
 * need code belongs to the need above it in the same area, or (a plan with no needs) to the area itself.
 */
function readNeedAndAction(
  row: Row,
  area: number,
  needs: Map<string, Group<NeedDraft>>,
  actions: Map<string, { value: ActionDraft | null; row: Row }>,
  lastNeed: Map<number, string>,
): string | null {
  const hasAction = row.has('action') || row.has('actionText');
  let needKey: string;
  if (!row.has('need')) {
    const text = textCell(row, 'needText', 'Improvement needed', 1000);
    const previous = lastNeed.get(area);
    const earlier = previous ? needs.get(previous) : undefined;
    if (earlier && (!text || text === earlier.value.description)) needKey = previous!;
    else if (text) {
      // An improvement needed written without a code: it gets the next letter.
      const position = nextIn(needs, `${area}.`, (n) => n.position);
      needKey = `${area}.${position}`;
      groupFor(needs, needKey, row, () => ({ area, position, description: text }));
    } else if (hasAction) {
      needKey = `${area}.1`;
      const need = groupFor(needs, needKey, row, () => ({ area, position: 1, description: '' }));
      if (need.rows.length === 1) need.implicit = true;
    } else return null;
    if (needs.get(needKey)!.rows.at(-1) !== row) needs.get(needKey)!.rows.push(row);
  } else {
    const m = /^(\d+)?\s*([a-z]+)$/i.exec(row.text('need'));
    let position: number;
    let code: string | undefined;
    if (m && (m[1] === undefined || Number(m[1]) === area)) position = positionOfLetters(m[2]!.toLowerCase());
    else if (m) {
      row.problem(
        'need',
        `Need code ${row.text('need')} does not fit area ${area}. Under area ${area} the codes are ${area}a, ${area}b, ${area}c…`,
      );
      return null;
    } else {
      code = textCell(row, 'need', 'Need code', 20);
      const found = [...needs.entries()].find(([k, g]) => k.startsWith(`${area}.`) && g.value.code === code);
      position = found ? found[1].value.position : nextIn(needs, `${area}.`, (n) => n.position);
    }
    needKey = `${area}.${position}`;
    const shown = code ?? needCode(area, position);
    const need = groupFor(needs, needKey, row, () => ({ area, position, description: '', ...(code ? { code } : {}) }));
    need.implicit = false;
    const text = textCell(row, 'needText', 'Improvement needed', 1000);
    if (text) {
      if (!need.value.description) need.value.description = text;
      else if (text !== need.value.description)
        conflict(
          row,
          need,
          'needText',
          `${shown} says "${need.value.description}" on row ${need.row} but "${text}" here. Write it once, on the first row of ${shown}, or the same on every row.`,
        );
    }
  }
  lastNeed.set(area, needKey);
  const need = needs.get(needKey)!;
  readAction(row, need, actions);
  return needKey;
}

function readAction(row: Row, need: Group<NeedDraft>, actions: Map<string, { value: ActionDraft | null; row: Row }>): void {
  if (!row.has('action') && !row.has('actionText')) return;
  const { area, position } = need.value;
  const code = need.value.code ?? (need.implicit ? String(area) : needCode(area, position));
  const prefix = `${area}.${position}.`;
  const a = /^(?:(\d+)\s*([a-z]+))?\s*\(?\s*([ivxlcdm]+)\s*\)?$/i.exec(row.text('action'));
  const roman = a ? positionOfRoman(a[3]!.toLowerCase(), romanFor) : null;
  const ex = `(${romanFor(1)}), (${romanFor(2)}), (${romanFor(3)})…`;
  let actionPos: number;
  let ownCode: string | undefined;
  if (a && roman !== null) {
    if (a[1] !== undefined && `${a[1]}${a[2]!.toLowerCase()}` !== code)
      return row.problem(
        'action',
        `Action code ${row.text('action')} does not fit need ${code}. Under ${code} the codes are ${code}(i), ${code}(ii)…`,
      );
    actionPos = roman;
  } else {
    // The plan's own code (1.1, 7, A2), or none: numbered in order within the need.
    ownCode = row.has('action') ? textCell(row, 'action', 'Action code', 20) : undefined;
    actionPos = nextFree(actions, prefix);
  }
  const description = textCell(row, 'actionText', 'Action', 2000);
  if (!description) row.problem('actionText', 'Action is empty. Say what will be done.');
  const lead = textCell(row, 'lead', 'Lead', 200);
  const resources = textCell(row, 'resources', 'Resources', 1000);
  const successCriteria = textCell(row, 'successCriteria', 'Success criteria', 2000);
  const when = textCell(row, 'when', 'When', 300);
  const start = optionalDateCell(row, 'start');
  const finish = optionalDateCell(row, 'finish');
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
  const noteLines = [
    ...(row.has('notes') ? [row.text('notes')] : []),
    ...(row.has('rag') ? [`RAG: ${row.text('rag')}`] : []),
    ...(row.has('evidence') ? [`Evidence: ${row.text('evidence')}`] : []),
    ...row.extras,
  ];
  const notes = noteLines.join('\n');
  if (notes.length > 4000)
    row.problem('notes', `The notes for this action come to ${notes.length} characters; they may be at most 4000. Shorten them.`);
  const key = `${prefix}${actionPos}`;
  const earlier = actions.get(key);
  if (earlier)
    return row.problem(
      'action',
      `Action ${actionCode(area, position, actionPos)} is also on row ${earlier.row.number}. Give each action under ${code} its own number: ${ex}`,
    );
  const good = !row.bad && status;
  actions.set(key, {
    row,
    value: good
      ? {
          area,
          need: position,
          position: actionPos,
          ...(ownCode ? { code: ownCode } : {}),
          description,
          lead,
          resources,
          ...(when ? { when } : {}),
          ...(start ? { start } : {}),
          ...(finish ? { finish } : {}),
          successCriteria,
          ...(notes ? { notes } : {}),
          status,
        }
      : null,
  });
}

/** The next action number free within a need. */
function nextFree(actions: Map<string, unknown>, prefix: string): number {
  let n = 1;
  while (actions.has(`${prefix}${n}`)) n++;
  return n;
}
