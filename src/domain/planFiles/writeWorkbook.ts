import { actionCode, actionCodeOf, actionStatusLabels, isRealNeed, needCode, romanFor, type Action } from '../plan';
import { halfTermIndex, schoolYearLabel } from '../calendar';
import { judgementLabels } from '../review';
import type { IsoDate } from '../record';
import {
  actionsSheet,
  HELP_SHEET,
  importSheets,
  judgementsSheet,
  milestonesSheet,
  performanceSheet,
  planSheet,
  reviewsSheet,
  strategiesSheet,
  type SheetDef,
} from './layout';
import type { Cell, PlanData, SheetRows } from './types';

/** A date as a spreadsheet date cell (midnight UTC, which is how spreadsheets keep dates). */
export const dateCell = (iso: IsoDate | undefined): Date | null => (iso ? new Date(`${iso}T00:00:00.000Z`) : null);

const headings = (def: SheetDef): Cell[] => def.columns.filter((c) => !c.importOnly).map((c) => c.header);
const sheet = (def: SheetDef, rows: Cell[][]): SheetRows => ({ name: def.name, rows: [headings(def), ...rows] });
const byNumber = <T>(list: T[], ...keys: ((t: T) => number | string)[]) =>
  [...list].sort((a, b) => {
    for (const k of keys) if (k(a) !== k(b)) return k(a) < k(b) ? -1 : 1;
    return 0;
  });

/** The plan (areas, needs and actions that are not archived) and its reviews, one sheet per part, laid out like the blank template. */
export function planToSheets(data: PlanData): SheetRows[] {
  const areas = byNumber(
    data.areas.filter((a) => !a.archived),
    (a) => a.number,
  );
  const areaNo = new Map(data.areas.map((a) => [a.id, a.number]));
  const needs = byNumber(
    data.needs.filter((n) => !n.archived && areas.some((a) => a.id === n.areaId)),
    (n) => areaNo.get(n.areaId)!,
    (n) => n.position,
  );
  const needPos = new Map(data.needs.map((n) => [n.id, n.position]));
  const liveActions = data.actions.filter((a) => !a.archived && needs.some((n) => n.id === a.needId));

  const plan = [
    ['Title', data.plan.title],
    ...(data.plan.startDate ? [['Start', dateCell(data.plan.startDate)]] : []),
    ...(data.plan.endDate ? [['End', dateCell(data.plan.endDate)]] : []),
    ...data.plan.priorities.map((p) => ['Priority', p]),
  ];

  const actionRows: Cell[][] = [];
  for (const area of areas) {
    const areaCells = (first: boolean): Cell[] => [
      area.number,
      first ? area.title : null,
      first && area.targets.length ? area.targets.join('\n') : null,
    ];
    // After Status: When, Area code, Notes (the columns added to the template's own).
    const tail = (a: Action | null, first: boolean): Cell[] => [a?.when || null, first && area.code ? area.code : null, a?.notes || null];
    const areaNeeds = needs.filter((n) => n.areaId === area.id);
    if (areaNeeds.length === 0) actionRows.push([...areaCells(true), ...Array<Cell>(10).fill(null), ...tail(null, true)]);
    areaNeeds.forEach((need, ni) => {
      // The template's code (1a), the plan's own, or none for a plan without an "improvement needed" layer.
      const code = need.code || (isRealNeed(need) ? needCode(area.number, need.position) : null);
      const actions = byNumber(
        liveActions.filter((a) => a.needId === need.id),
        (a) => a.position,
      );
      const needCells = (first: boolean): Cell[] => [code, first && need.description ? need.description : null];
      if (actions.length === 0)
        actionRows.push([...areaCells(ni === 0), ...needCells(true), ...Array<Cell>(8).fill(null), ...tail(null, ni === 0)]);
      actions.forEach((a, ai) =>
        actionRows.push([...areaCells(ni === 0 && ai === 0), ...needCells(ai === 0), ...actionCells(a), ...tail(a, ni === 0 && ai === 0)]),
      );
    });
  }

  const areaById = new Map(data.areas.map((a) => [a.id, a]));
  const needById = new Map(data.needs.map((n) => [n.id, n]));
  const codeOfAction = new Map(liveActions.map((a) => [a.id, actionCodeOf(areaById.get(a.areaId)!, needById.get(a.needId)!, a)] as const));
  const milestones = byNumber(
    data.milestones.filter((m) => areas.some((a) => a.id === m.areaId)),
    (m) => areaNo.get(m.areaId)!,
    (m) => m.number,
  ).map((m) => [
    areaNo.get(m.areaId)!,
    m.number,
    dateCell(m.date),
    m.description,
    dateCell(m.metOn),
    (m.actionId && codeOfAction.get(m.actionId)) || null,
    m.when || null,
  ]);
  const strategies = data.strategies.map((s) => [cap(s.kind), cap(s.scope), s.who, s.what, s.when]);
  const performance = byNumber(data.performanceRows, (r) => r.position).map((r) => [
    r.group,
    r.measure,
    r.higherIsBetter ? 'Yes' : 'No',
    r.schoolLastYear,
    r.nationalLastYear,
    r.targetThisYear,
    r.schoolThisYear,
    r.nationalThisYear,
    r.targetNextYear,
  ]);
  return [
    sheet(planSheet, plan),
    sheet(actionsSheet, actionRows),
    sheet(milestonesSheet, milestones),
    sheet(strategiesSheet, strategies),
    sheet(performanceSheet, performance),
    ...reviewSheets(data, areaNo, needPos),
  ];
}

function actionCells(a: Action): Cell[] {
  return [
    a.code || `(${romanFor(a.position)})`,
    a.description,
    a.lead || null,
    a.resources || null,
    dateCell(a.start),
    dateCell(a.finish),
    a.successCriteria || null,
    actionStatusLabels[a.status],
  ];
}

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const ratingNames = { red: 'Red', amber: 'Amber', green: 'Green', complete: 'Complete' } as const;

function reviewSheets(data: PlanData, areaNo: Map<string, number>, needPos: Map<string, number>): SheetRows[] {
  const reviews = byNumber(
    data.reviews,
    (r) => halfTermIndex(r),
    (r) => r.heldOn,
  );
  const actions = new Map(data.actions.map((a) => [a.id, a]));
  const areas = new Map(data.areas.map((a) => [a.id, a]));
  const needs = new Map(data.needs.map((n) => [n.id, n]));
  const code = (a: Action) => {
    const area = areas.get(a.areaId);
    const need = needs.get(a.needId);
    return area && need ? actionCodeOf(area, need, a) : actionCode(areaNo.get(a.areaId) ?? 0, needPos.get(a.needId) ?? 0, a.position);
  };
  const order = (a: Action) =>
    [areaNo.get(a.areaId) ?? 0, needPos.get(a.needId) ?? 0, a.position].map((n) => String(n).padStart(4, '0')).join('.');
  const rows: Cell[][] = [];
  const judgements: Cell[][] = [];
  for (const r of reviews) {
    const when = [schoolYearLabel(r.schoolYear), r.halfTerm];
    const entries = byNumber(
      data.reviewEntries.filter((e) => e.reviewId === r.id && actions.has(e.actionId)),
      (e) => order(actions.get(e.actionId)!),
    );
    for (const e of entries) {
      const a = actions.get(e.actionId)!;
      rows.push([
        ...when,
        dateCell(r.heldOn),
        cap(r.status),
        code(a),
        a.description,
        ratingNames[e.rating],
        e.note || null,
        e.challenge || null,
        e.response || null,
        e.nextSteps || null,
      ]);
    }
    const js = byNumber(
      data.areaJudgements.filter((j) => j.reviewId === r.id && areas.has(j.areaId)),
      (j) => areas.get(j.areaId)!.number,
    );
    for (const j of js)
      judgements.push([...when, areas.get(j.areaId)!.number, areas.get(j.areaId)!.title, judgementLabels[j.judgement], j.reason || null]);
  }
  return [sheet(reviewsSheet, rows), sheet(judgementsSheet, judgements)];
}

/** The blank template: how to fill it in, then every sheet the import reads, with its headings only. */
export function blankTemplateSheets(): SheetRows[] {
  const help: Cell[][] = [
    ['Steward action plan template', null, null],
    [
      'Fill in the sheets after this one, keeping their names and the headings in row 1. Dates: dd/mm/yyyy. Empty rows are skipped.',
      null,
      null,
    ],
    ['Sheet', 'Column', 'What to write'],
  ];
  for (const def of importSheets) {
    help.push([def.name, null, def.help]);
    for (const c of def.columns.filter((x) => !x.importOnly))
      help.push([def.name, c.header, `${c.help}${c.required ? '' : ' (this column may be left out)'}`]);
  }
  return [{ name: HELP_SHEET, rows: help }, ...importSheets.map((def) => sheet(def, []))];
}
