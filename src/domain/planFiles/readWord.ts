import { cellDate } from './cells';
import { actionsSheet, milestonesSheet, planSheet } from './layout';
import { readPlanSheets, type ReadContext, type ReadResult } from './readWorkbook';
import type { Cell, FileProblem, SheetRows } from './types';
import {
  actionRows,
  cellLines,
  codeForRow,
  isActionsTable,
  isMilestonesTable,
  milestoneHeading,
  tableHeadings,
  type DocBlock,
  type WordRow,
} from './wordTables';

interface AreaState {
  number: number;
  title: string;
  code?: string;
  targets: string[];
  /** Has a row of it been written (the title and targets go on its first row only)? */
  written: boolean;
  needs: Map<string, number>;
  lastNeed: number | null;
  counts: Map<string, number>;
}

const AREA =
  /^(?:\d+[.)]\s*)?(?:la\s+|local authority\s+|school\s+)?(?:area for improvement|area|priority|afi|key issue)\s+(\d+)\b\s*[:.–-]?\s*(.*)$/i;
const PRIORITIES = /^(?:local authority|la|trust|the plan['’]s|school)?\s*priorities\s*:?$/i;
const TARGETS = /^targets\s*:?\s*(.*)$/is;
const DATED_LINE = /^(\d{1,2}\/\d{1,2}\/\d{2,4})\s*[:–-]?\s*(.+)$/s;

/** What a Word document cannot be read as, and how to make it readable. */
export const NO_ACTIONS_TABLE =
  'has no table of actions Steward can read. Put the actions in a table whose first row holds headings such as Action, Lead, When, Success criteria and Milestones (in any order), or use the tables of the local authority’s action plan template (Improvement Needed, Action, Resources, Timescales, Success Criteria), then import it again.';

/**
 * Read a plan from a Word document's paragraphs and tables: the seed-003 action plan template (an
 * "Area for Improvement n" heading, its targets, a table of needs and actions and a table of
 * milestones 1–5) or a plan laid out as actions tables (Action / Lead / When / Success criteria /
 * Milestones, in any order). The rows go through the spreadsheet reader, so the checks, the preview
 * and the problems are the same; problems name the table and row of the document.
 */
export function readPlanWord(blocks: DocBlock[], fileName: string, ctx: ReadContext): ReadResult {
  const paragraphs = blocks.filter((b) => b.kind === 'paragraph' && b.text.trim() !== '') as { text: string; heading: boolean }[];
  const title = (paragraphs.find((p) => p.heading) ?? paragraphs[0])?.text.trim();
  const priorities: string[] = [];
  const actionRowsOut: { origin: WordRow; values: Map<string, string> }[] = [];
  const milestoneRowsOut: { table: number; row: number; values: Map<string, string> }[] = [];
  const unknownByTable: string[] = [];
  const notRead: string[] = [];
  const areas = new Map<number, AreaState>();
  let area: AreaState | null = null;
  let mode: 'priorities' | 'targets' | 'title' | null = null;
  let lastText = '';
  let table = 0;

  const openArea = (number: number, areaTitle: string) => {
    area = areas.get(number) ?? {
      number,
      title: areaTitle,
      targets: [],
      written: false,
      needs: new Map(),
      lastNeed: null,
      counts: new Map(),
    };
    if (!area.title) area.title = areaTitle;
    areas.set(number, area);
    return area;
  };

  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      const text = block.text.trim();
      if (!text) continue;
      const areaMatch = AREA.exec(text);
      const targets = TARGETS.exec(text);
      if (areaMatch) {
        openArea(Number(areaMatch[1]), areaMatch[2]!.trim());
        mode = areaMatch[2]!.trim() ? null : 'title';
      } else if (PRIORITIES.test(text)) mode = 'priorities';
      else if (targets && area) {
        mode = 'targets';
        (area as AreaState).targets.push(...cellLines(targets[1]!));
      } else if (mode === 'title' && area) {
        (area as AreaState).title = text;
        mode = null;
      } else if (mode === 'priorities') priorities.push(...cellLines(text));
      else if (mode === 'targets' && area) (area as AreaState).targets.push(...cellLines(text));
      lastText = text;
      continue;
    }
    table++;
    mode = null;
    const rows = block.rows;
    const first = (rows[0]?.[0] ?? '').trim();
    if (TARGETS.test(first) && area) {
      (area as AreaState).targets.push(...rows.flatMap((r) => r.flatMap((c) => cellLines(c.replace(/^\s*targets\s*:?/i, '')))));
      continue;
    }
    const { headings } = tableHeadings(rows);
    if (isMilestonesTable(headings)) {
      const target = area as AreaState | null;
      if (!target) {
        notRead.push(`Table ${table} holds milestones but comes before any area, so it was not read: put it after its area’s actions.`);
        continue;
      }
      headings.forEach((h, c) => {
        if (!h.trim()) return;
        const lines = rows.slice(1).flatMap((r) => cellLines(r[c] ?? ''));
        if (lines.length === 0) return;
        const head = milestoneHeading(h);
        const values = new Map([
          ['area', String(target.number)],
          ['number', String(head.number)],
          ['milestone', lines.join('\n')],
        ]);
        if (head.date) values.set('date', head.date);
        if (head.when) values.set('when', head.when);
        milestoneRowsOut.push({ table, row: 2, values });
      });
      continue;
    }
    if (!isActionsTable(headings)) {
      const shown = headings.filter((h) => h.trim()).slice(0, 3);
      notRead.push(
        `Table ${table}${shown.length ? ` (headed ${shown.map((h) => `"${h.trim()}"`).join(', ')})` : ''} was not read: it is not a table of actions or milestones.`,
      );
      continue;
    }
    const read = actionRows(rows, table);
    // A table under no area heading is an area of its own, titled by the paragraph before it.
    const implicit = area === null;
    if (read.unknown.length > 0) unknownByTable.push(`Table ${table}: ${read.unknown.map((u) => `"${u.trim()}"`).join(', ')}`);
    for (const row of read.rows) {
      const given = row.values.get('area');
      const number = given ? Number(/(\d+)/.exec(given)?.[1] ?? NaN) : NaN;
      let target: AreaState;
      if (Number.isInteger(number) && number > 0) {
        const before: AreaState | null = area;
        target = openArea(number, row.values.get('areaTitle') ?? '');
        if (implicit) area = before;
      } else if (area) target = area;
      else target = openArea(Math.max(0, ...areas.keys()) + 1, lastText && lastText !== title ? lastText : (title ?? ''));
      placeRow(target, row, actionRowsOut, milestoneRowsOut);
    }
    if (implicit) area = null;
  }

  if (actionRowsOut.length === 0) {
    return {
      incoming: null,
      problems: [{ sheet: fileName, message: `${fileName} ${NO_ACTIONS_TABLE}` }],
      rows: { total: 0, valid: 0 },
      notes: notRead,
      ambiguousDates: [],
    };
  }
  const sheets: SheetRows[] = [];
  if (title)
    sheets.push({
      name: planSheet.name,
      rows: [['Field', 'Value'], ['Title', title.slice(0, 200)], ...priorities.map((p) => ['Priority', p])],
    });
  sheets.push(
    toSheet(
      actionsSheet.name,
      actionsSheet.columns,
      actionRowsOut.map((r) => r.values),
    ),
  );
  if (milestoneRowsOut.length > 0)
    sheets.push(
      toSheet(
        milestonesSheet.name,
        milestonesSheet.columns,
        milestoneRowsOut.map((r) => r.values),
      ),
    );
  const result = readPlanSheets(sheets, false, ctx);
  const origins: Record<string, { table: number; row: number }[]> = {
    [actionsSheet.name]: actionRowsOut.map((r) => r.origin),
    [milestonesSheet.name]: milestoneRowsOut,
  };
  const problems = result.problems.map((p): FileProblem => {
    const origin = p.row !== undefined ? origins[p.sheet]?.[p.row - 2] : undefined;
    const { column, ...rest } = p;
    return {
      ...rest,
      sheet: fileName,
      ...(origin ? { table: origin.table, row: origin.row } : { row: undefined }),
      ...(column ? { column: { letter: '', header: column.header } } : {}),
    };
  });
  const notes = [
    ...result.notes.filter((n) => !n.startsWith(`${actionsSheet.name}: column`)),
    ...unknownByTable.map(
      (t) =>
        `${t}: Steward has no place for ${t.includes('", "') ? 'these columns' : 'this column'}, so what it says is kept in each action’s notes.`,
    ),
    ...notRead,
  ];
  return { ...result, problems, notes };
}

function placeRow(
  area: AreaState,
  row: WordRow,
  out: { origin: WordRow; values: Map<string, string> }[],
  milestones: { table: number; row: number; values: Map<string, string> }[],
) {
  const values = new Map(row.values);
  values.set('area', String(area.number));
  values.delete('milestones');
  if (!area.written) {
    values.set('areaTitle', area.title || values.get('areaTitle') || '');
    if (area.targets.length > 0 && !values.has('areaTargets')) values.set('areaTargets', area.targets.join('\n'));
    area.written = true;
  } else values.delete('areaTitle');
  const needCodeText = values.get('need');
  if (needCodeText || values.has('needText')) {
    const key = needCodeText ?? `#${area.needs.size + 1}`;
    const letter = needCodeText ? /^\d*([a-z])$/i.exec(needCodeText)?.[1] : undefined;
    if (!area.needs.has(key)) area.needs.set(key, letter ? letter.toLowerCase().charCodeAt(0) - 96 : area.needs.size + 1);
    area.lastNeed = area.needs.get(key)!;
  }
  if (!values.has('actionText')) {
    out.push({ origin: row, values });
    return;
  }
  const countKey = String(area.lastNeed ?? 0);
  const position = (area.counts.get(countKey) ?? 0) + 1;
  area.counts.set(countKey, position);
  out.push({ origin: row, values });
  const lines = cellLines(row.values.get('milestones') ?? '');
  if (lines.length === 0) return;
  const code = codeForRow(area, area.lastNeed ? { position: area.lastNeed } : null, values.get('action'), position);
  for (const line of lines) {
    const dated = DATED_LINE.exec(line);
    const m = new Map([
      ['area', String(area.number)],
      ['action', code],
      ['milestone', dated && cellDate(dated[1]!) ? dated[2]! : line],
    ]);
    if (dated && cellDate(dated[1]!)) m.set('date', dated[1]!);
    milestones.push({ table: row.table, row: row.row, values: m });
  }
}

function toSheet(name: string, columns: { key: string; header: string }[], rows: Map<string, string>[]): SheetRows {
  const known = columns.filter((c) => rows.some((r) => r.has(c.key)));
  const knownKeys = new Set(columns.map((c) => c.key));
  const extra = [...new Set(rows.flatMap((r) => [...r.keys()].filter((k) => !knownKeys.has(k))))];
  const header: Cell[] = [...known.map((c) => c.header), ...extra];
  const keys = [...known.map((c) => c.key), ...extra];
  return { name, rows: [header, ...rows.map((r) => keys.map((k) => r.get(k) ?? null))] };
}
