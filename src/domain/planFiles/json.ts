import type { z } from 'zod';
import { recordKinds, type RecordOf } from '../kinds';
import { check } from '../validation';
import { actionCode, needCode } from '../plan';
import { planKinds, type FileProblem, type IncomingPlan, type PlanData, type PlanKind } from './types';

export const PLAN_FORMAT = 'steward-plan';
export const PLAN_FORMAT_VERSION = 1;

/** The JSON field that holds each kind ("plan" holds one record; the rest hold lists). */
export const jsonFields: Record<PlanKind, keyof PlanData> = {
  plans: 'plan',
  areas: 'areas',
  needs: 'needs',
  actions: 'actions',
  milestones: 'milestones',
  strategies: 'strategies',
  performanceRows: 'performanceRows',
  reviews: 'reviews',
  reviewEntries: 'reviewEntries',
  areaJudgements: 'areaJudgements',
};

/** A record as the file holds it: every field but schoolId (the board it goes into gives that), id first, the rest by name. */
function forFile(record: object): Record<string, unknown> {
  const entries = Object.entries(record).filter(([k, v]) => k !== 'schoolId' && v !== undefined);
  entries.sort(([a], [b]) => (a === 'id' ? -1 : b === 'id' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries);
}

/** The plan and its reviews as a Steward plan file (docs/plan-format.md). The same data always gives the same text. */
export function planToJson(data: PlanData): string {
  const file: Record<string, unknown> = { format: PLAN_FORMAT, version: PLAN_FORMAT_VERSION };
  for (const kind of planKinds) {
    const field = jsonFields[kind];
    file[field] = kind === 'plans' ? forFile(data.plan) : (data[field] as object[]).map(forFile);
  }
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Read a Steward plan file: every record checked, and every reference and code checked against the others. */
export function readPlanJson(text: string, fileName: string, schoolId: string): { incoming: IncomingPlan | null; problems: FileProblem[] } {
  const problems: FileProblem[] = [];
  const fail = (message: string, path?: string) => problems.push({ sheet: fileName, ...(path ? { path } : {}), message });
  let file: unknown;
  try {
    file = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    fail(`This .json file is damaged (${e instanceof Error ? e.message : 'it is not JSON'}). Export the plan from Steward again.`);
    return { incoming: null, problems };
  }
  if (typeof file !== 'object' || file === null || Array.isArray(file) || (file as Record<string, unknown>).format !== PLAN_FORMAT) {
    fail(
      `This .json file is not a Steward plan file (its "format" is not "${PLAN_FORMAT}"). Choose a plan exported from Steward, or a spreadsheet.`,
    );
    return { incoming: null, problems };
  }
  const f = file as Record<string, unknown>;
  if (f.version !== PLAN_FORMAT_VERSION) {
    fail(
      `This plan file is version ${JSON.stringify(f.version)}; this copy of Steward reads version ${PLAN_FORMAT_VERSION}. Update Steward, then import it again.`,
      'version',
    );
    return { incoming: null, problems };
  }
  const out: Record<string, unknown[]> = {};
  for (const kind of planKinds) {
    const field = jsonFields[kind];
    const value = f[field];
    const list = kind === 'plans' ? [value] : value;
    if (value === undefined || !Array.isArray(list)) {
      fail(`The file has no "${field}" ${kind === 'plans' ? 'record' : 'list'}. Export the plan from Steward again.`, field);
      continue;
    }
    const schema = recordKinds[kind].schema as z.ZodType;
    const seen = new Map<string, number>();
    out[field] = list.flatMap((item: unknown, i) => {
      const path = kind === 'plans' ? field : `${field}[${i}]`;
      const result = check(schema, typeof item === 'object' && item !== null ? { ...item, schoolId } : item);
      if (!result.ok) {
        // One problem per place: a bad date need not also be reported as out of order.
        const places = new Set<string>();
        for (const p of result.problems) {
          const place = [path, p.field].filter(Boolean).join('.');
          if (!places.has(place)) fail(p.message, place);
          places.add(place);
        }
        return [];
      }
      const record = result.value as { id: string };
      if (seen.has(record.id))
        fail(`Another record in "${field}" has this id (${field}[${seen.get(record.id)}]). Each record needs its own id.`, `${path}.id`);
      seen.set(record.id, i);
      return [record];
    });
  }
  if (problems.length > 0) return { incoming: null, problems };
  const data = { ...out, plan: out.plan![0] } as unknown as PlanData;
  checkLinks(data, fail);
  if (problems.length > 0) return { incoming: null, problems };
  return { incoming: { ...data, parts: ['plan', 'actions', 'milestones', 'strategies', 'performance', 'reviews'] }, problems };
}

type Fail = (message: string, path?: string) => void;

/** Every reference points at a record in the file, and no two records share a code. */
function checkLinks(d: PlanData, fail: Fail) {
  const ids = <K extends PlanKind>(list: RecordOf<K>[]) => new Map(list.map((r) => [r.id, r]));
  const areas = ids<'areas'>(d.areas);
  const needs = ids<'needs'>(d.needs);
  const actions = ids<'actions'>(d.actions);
  const reviews = ids<'reviews'>(d.reviews);
  const link = (field: string, i: number, ref: string, to: Map<string, unknown>, what: string) => {
    if (!to.has(ref))
      fail(`This refers to ${what} ${ref}, which is not in the file. Export the plan from Steward again.`, `${field}[${i}]`);
  };
  const unique = (field: string, keys: string[], say: (key: string) => string) => {
    const first = new Map<string, number>();
    keys.forEach((k, i) => {
      if (first.has(k)) fail(`${say(k)} (also ${field}[${first.get(k)}]). Give each its own code.`, `${field}[${i}]`);
      else first.set(k, i);
    });
  };
  for (const field of ['areas', 'strategies', 'performanceRows', 'reviews'] as const) {
    d[field].forEach(
      (r, i) =>
        r.planId !== d.plan.id && fail(`This belongs to plan ${r.planId}, not to the file's plan ${d.plan.id}.`, `${field}[${i}].planId`),
    );
  }
  d.needs.forEach((n, i) => link('needs', i, n.areaId, areas, 'area'));
  d.actions.forEach((a, i) => {
    link('actions', i, a.needId, needs, 'improvement needed');
    if (needs.has(a.needId) && needs.get(a.needId)!.areaId !== a.areaId)
      fail('Its areaId is not the area of its improvement needed.', `actions[${i}].areaId`);
  });
  d.milestones.forEach((m, i) => link('milestones', i, m.areaId, areas, 'area'));
  d.reviewEntries.forEach((e, i) => {
    link('reviewEntries', i, e.reviewId, reviews, 'review');
    link('reviewEntries', i, e.actionId, actions, 'action');
  });
  d.areaJudgements.forEach((j, i) => {
    link('areaJudgements', i, j.reviewId, reviews, 'review');
    link('areaJudgements', i, j.areaId, areas, 'area');
  });
  const areaNo = (id: string) => areas.get(id)?.number ?? 0;
  const needPos = (id: string) => needs.get(id)?.position ?? 0;
  unique(
    'areas',
    d.areas.map((a) => String(a.number)),
    (k) => `Area ${k} appears twice`,
  );
  unique(
    'needs',
    d.needs.map((n) => needCode(areaNo(n.areaId), n.position)),
    (k) => `${k} appears twice`,
  );
  unique(
    'actions',
    d.actions.map((a) => actionCode(areaNo(a.areaId), needPos(a.needId), a.position)),
    (k) => `Action ${k} appears twice`,
  );
  unique(
    'milestones',
    d.milestones.map((m) => `${areaNo(m.areaId)}.${m.number}`),
    (k) => `Milestone ${k.split('.')[1]} of area ${k.split('.')[0]} appears twice`,
  );
  unique(
    'reviews',
    d.reviews.map((r) => `${r.halfTerm} ${r.schoolYear}`),
    (k) => `The ${k} review appears twice`,
  );
}
