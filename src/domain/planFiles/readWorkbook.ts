import { actionCodeOf, type Action, type Area, type ImprovementNeed, type Milestone, type PerformanceRow, type Strategy } from '../plan';
import { isBlank, normalHeader } from './cells';
import { exportSheets, HELP_SHEET, importSheets, type SheetDef } from './layout';
import { readActions } from './readActions';
import { readMilestones, readPerformance, readPlanSheet, readStrategies } from './readOthers';
import { readSheet, sheetForHeadings, type AmbiguousDates, type ReadSheet } from './rows';
import type { DateOrder } from './dateOrder';
import type { FileProblem, IncomingPlan, PlanData, PlanPart, SheetRows } from './types';

/** What every new record read from a file is made with. */
export interface ReadContext {
  schoolId: string;
  /** createdAt and updatedAt of new records (an ISO instant). */
  now: string;
  makeId: () => string;
  /** The board's plan as it is now, if it has one. */
  current?: PlanData;
  /** How to read date columns whose dates could be either way round (the person's answer); day first when not given. */
  dateOrder?: DateOrder;
}

export interface ReadResult {
  /** The plan as the file's usable rows give it; null when nothing in it can be imported. */
  incoming: IncomingPlan | null;
  problems: FileProblem[];
  /** Rows with something in them (headings not counted), and how many of those can be imported. */
  rows: { total: number; valid: number };
  /** Things worth saying that are not problems, e.g. sheets that were not read. */
  notes: string[];
  /** Date columns whose dates could all be read day first or month first: the person is asked which (two examples each). */
  ambiguousDates: AmbiguousDates[];
}

/**
 * Read a workbook's sheets (or CSV files, `csv: true`, each named by its file name) laid out like the
 * blank template, and check every cell. Pure: the caller reads the file into rows.
 */
export function readPlanSheets(sheets: SheetRows[], csv: boolean, ctx: ReadContext): ReadResult {
  const problems: FileProblem[] = [];
  const notes: string[] = [];
  const found = new Map<SheetDef, ReadSheet>();
  const forReading: string[] = [];
  let total = 0;
  for (const sheet of sheets) {
    const def = csv
      ? sheetForHeadings(sheet.rows[0] ?? [], exportSheets)
      : exportSheets.find((d) => normalHeader(d.name) === normalHeader(sheet.name));
    if (!def) {
      if (csv)
        problems.push({
          sheet: sheet.name,
          row: 1,
          message: `The first row of ${sheet.name} does not match any sheet of the template. It must hold the headings of one sheet, e.g. for the actions: ${headingsOf(importSheets[1]!)}. Copy them from the blank template.`,
        });
      else if (normalHeader(sheet.name) !== normalHeader(HELP_SHEET))
        notes.push(`The sheet "${sheet.name}" was not read: Steward reads ${importSheets.map((d) => d.name).join(', ')}.`);
      continue;
    }
    const label = csv ? sheet.name : def.name;
    if (def.part === null) {
      forReading.push(csv ? sheet.name : `the ${def.name} sheet`);
      continue;
    }
    const dataRows = sheet.rows.slice(1).filter((r) => !r.every(isBlank)).length;
    total += dataRows;
    if (found.has(def)) {
      problems.push({
        sheet: label,
        message: `${found.get(def)!.label} and ${label} both hold the ${def.name} sheet. Import only one of them.`,
      });
      continue;
    }
    found.set(def, readSheet(sheet, def, label, problems, { notes, dateOrder: ctx.dateOrder, keepExtras: def.part === 'actions' }));
  }
  if (forReading.length > 0) {
    const list = forReading.join(' and ');
    notes.push(
      `${list[0]!.toUpperCase()}${list.slice(1)} ${forReading.length === 1 ? 'was' : 'were'} not read: reviews are exported for reading. Use the .json file to move reviews to another board.`,
    );
  }
  if (found.size === 0 && problems.length === 0) {
    problems.push({
      sheet: '',
      message: csv
        ? 'These files hold no part of a plan. Choose the CSV files exported from Steward or made from the blank template.'
        : `This workbook has none of the sheets Steward reads (${importSheets.map((d) => d.name).join(', ')}). Start from the blank template, or rename your sheets to match it.`,
    });
  }
  const result = buildIncoming(found, ctx, problems);
  const ambiguousDates = [...found.values()].flatMap((s) => s.ambiguous);
  return { incoming: result.incoming, problems, rows: { total, valid: result.valid }, notes, ambiguousDates };
}

/** Each action's id by its area's number and its code as shown (1a(ii), 1.1), lower case. */
function actionCodeIds(d: Pick<PlanData, 'areas' | 'needs' | 'actions'>): Map<string, string> {
  const areas = new Map(d.areas.map((a) => [a.id, a]));
  const needs = new Map(d.needs.map((n) => [n.id, n]));
  const ids = new Map<string, string>();
  for (const a of d.actions) {
    const area = areas.get(a.areaId);
    const need = needs.get(a.needId);
    if (area && need && !a.archived) ids.set(`${area.number}|${actionCodeOf(area, need, a).toLowerCase()}`, a.id);
  }
  return ids;
}

const headingsOf = (def: SheetDef) => def.columns.map((c) => `"${c.header}"`).join(', ');
const sheetOf = (found: Map<SheetDef, ReadSheet>, part: PlanPart) => [...found.entries()].find(([d]) => d.part === part)?.[1];

function buildIncoming(
  found: Map<SheetDef, ReadSheet>,
  ctx: ReadContext,
  problems: FileProblem[],
): { incoming: IncomingPlan | null; valid: number } {
  const make = () => ({
    id: ctx.makeId(),
    schoolId: ctx.schoolId,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    deleted: false,
    visibility: 'board' as const,
  });
  const planSheetRead = sheetOf(found, 'plan');
  const planDraft = planSheetRead?.readable ? readPlanSheet(planSheetRead) : null;
  const actionsSheet = sheetOf(found, 'actions');
  const actionsRead = actionsSheet?.readable ? readActions(actionsSheet) : null;
  const milestonesSheet = sheetOf(found, 'milestones');
  const milestoneDrafts = milestonesSheet?.readable ? readMilestones(milestonesSheet) : [];
  const strategiesSheet = sheetOf(found, 'strategies');
  const strategyDrafts = strategiesSheet?.readable ? readStrategies(strategiesSheet) : [];
  const performanceSheet = sheetOf(found, 'performance');
  const performanceDrafts = performanceSheet?.readable ? readPerformance(performanceSheet) : [];
  if (!planSheetRead && !ctx.current && found.size > 0) {
    problems.push({
      sheet: '',
      message: 'This board has no plan yet, so the file must have a Plan sheet (or plan.csv) giving at least the plan’s Title.',
    });
  }
  const plan = planDraft ? { ...make(), ...planDraft } : undefined;
  const planId = plan?.id ?? ctx.current?.plan.id;
  if (!planId || found.size === 0) return { incoming: null, valid: 0 };

  const areas: Area[] = (actionsRead?.areas ?? []).map((a) => ({
    ...make(),
    planId,
    number: a.number,
    ...(a.code ? { code: a.code } : {}),
    title: a.title,
    targets: a.targets,
    archived: false,
  }));
  const areaIds = new Map(areas.map((a) => [a.number, a.id]));
  const needs: ImprovementNeed[] = (actionsRead?.needs ?? []).map((n) => ({
    ...make(),
    areaId: areaIds.get(n.area)!,
    position: n.position,
    ...(n.code ? { code: n.code } : {}),
    description: n.description,
    archived: false,
  }));
  const needIds = new Map((actionsRead?.needs ?? []).map((n, i) => [`${n.area}.${n.position}`, needs[i]!.id]));
  const actions: Action[] = (actionsRead?.actions ?? []).map(({ area, need, ...a }) => ({
    ...make(),
    ...a,
    areaId: areaIds.get(area)!,
    needId: needIds.get(`${area}.${need}`)!,
    archived: false,
  }));

  // Milestones hang on areas: those of the Actions sheet, or (without one) those already in the plan.
  const knownAreas = actionsRead ? areaIds : new Map((ctx.current?.areas ?? []).filter((a) => !a.archived).map((a) => [a.number, a.id]));
  const milestones: Milestone[] = [];
  const actionIds = actionCodeIds(actionsRead ? { areas, needs, actions } : (ctx.current ?? { areas: [], needs: [], actions: [] }));
  for (const { row, area, action, ...m } of milestoneDrafts) {
    const areaId = knownAreas.get(area);
    const actionId = action ? actionIds.get(`${area}|${action.toLowerCase()}`) : undefined;
    if (areaId && action && !actionId)
      row.problem(
        'action',
        `Area ${area} has no action ${action}. Write the code of one of its actions as the Actions sheet gives it, or leave it empty.`,
      );
    else if (areaId) milestones.push({ ...make(), areaId, ...(actionId ? { actionId } : {}), ...m });
    else if (!actionsRead?.badAreas.has(area) && !(actionsSheet && !actionsSheet.readable)) {
      row.problem(
        'area',
        actionsRead
          ? `Area ${area} is not on the Actions sheet. Add area ${area} there, or correct the number.`
          : `Area ${area} is not in the plan on this board. Add it on the Actions sheet, or correct the number.`,
      );
    }
  }
  const strategies: Strategy[] = strategyDrafts.map((s) => ({ ...make(), planId, ...s }));
  const performanceRows: PerformanceRow[] = performanceDrafts.map((r, i) => ({ ...make(), planId, position: i + 1, ...r }));

  const parts = [...found.keys()].map((d) => d.part!).filter((p) => p !== 'plan' || plan);
  const goodRows = (s: ReadSheet | undefined) => (s?.readable ? s.rows.filter((r) => !r.bad).length : 0);
  const valid =
    (plan ? goodRows(planSheetRead) : 0) +
    (actionsRead?.validRows ?? 0) +
    milestones.length +
    goodRows(strategiesSheet) +
    goodRows(performanceSheet);
  const empty = { reviews: [], reviewEntries: [], areaJudgements: [] };
  return {
    incoming: { ...(plan ? { plan } : {}), areas, needs, actions, milestones, strategies, performanceRows, ...empty, parts },
    valid,
  };
}
