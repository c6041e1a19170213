import type { RecordOf } from '../kinds';
import { letterFor, romanFor } from '../plan';
import { partKinds, planKinds, type IncomingPlan, type PlanData, type PlanKind, type PlanPart } from './types';

/** The records to save, by kind (the shape importBoard takes). */
export type PlanWrites = { [K in PlanKind]?: RecordOf<K>[] };

export interface KindCounts {
  added: number;
  changed: number;
  unchanged: number;
  archived: number;
  removed: number;
  kept: number;
}
export type MergeSummary = Record<PlanKind, KindCounts>;

export interface MergeOptions {
  schoolId: string;
  /** updatedAt of every changed record. */
  now: string;
  makeId: () => string;
  /** Ids already used on this device by records outside the board's plan: a new record never takes one. */
  taken: Set<string>;
  /** Archive (areas, needs, actions) or remove (milestones, strategies, rows of figures) what the file's parts no longer have. */
  removeMissing: boolean;
  /** Keep each matched record's visibility (spreadsheets do not carry it). */
  keepVisibility: boolean;
}

type Rec = RecordOf<PlanKind> & Record<string, unknown>;
const refs = ['planId', 'areaId', 'needId', 'reviewId', 'actionId'] as const;
const archivable = new Set<PlanKind>(['areas', 'needs', 'actions']);
const removable = new Set<PlanKind>(['milestones', 'strategies', 'performanceRows']);

/** How a record is known apart from its id: its code (1a(ii)), number, half term… */
function keyer(d: Omit<PlanData, 'plan'>) {
  const areaNo = new Map(d.areas.map((a) => [a.id, a.number]));
  const need = new Map(d.needs.map((n) => [n.id, `${areaNo.get(n.areaId)}${letterFor(n.position)}`]));
  const strategyIndex = new Map<string, string>();
  const groups = new Map<string, number>();
  for (const s of d.strategies) {
    const g = `${s.kind}.${s.scope}`;
    groups.set(g, (groups.get(g) ?? 0) + 1);
    strategyIndex.set(s.id, `${g}.${groups.get(g)}`);
  }
  return (kind: PlanKind, r: Rec): string => {
    switch (kind) {
      case 'plans':
        return 'plan';
      case 'areas':
        return String(r.number);
      case 'needs':
        return `${areaNo.get(r.areaId as string)}${letterFor(r.position as number)}`;
      case 'actions':
        return `${need.get(r.needId as string)}(${romanFor(r.position as number)})`;
      case 'milestones':
        return `${areaNo.get(r.areaId as string) ?? r.areaId}.${r.number}`;
      case 'strategies':
        return strategyIndex.get(r.id)!;
      case 'performanceRows':
        return `${r.group}|${String(r.measure).toLowerCase()}`;
      case 'reviews':
        return `${r.schoolYear} ${r.halfTerm}`;
      default:
        return r.id;
    }
  };
}

const listOf = (d: Omit<PlanData, 'plan'> & { plan?: PlanData['plan'] }, kind: PlanKind): Rec[] =>
  kind === 'plans' ? (d.plan ? [d.plan] : []) : (d[kind] as Rec[]);

/**
 * What to save so the board's plan matches the file: records are matched by their codes (area number,
 * 1a, 1a(ii), milestone number, half term…), so a matched record keeps its id and whatever refers to it
 * (reviews, evidence) stays linked. Only the parts the file carries are touched. Reviews already on the
 * board are kept as they are; reviews new to it are added with their ratings and judgements.
 */
export function mergePlan(
  current: PlanData | undefined,
  incoming: IncomingPlan,
  opts: MergeOptions,
): { writes: PlanWrites; summary: MergeSummary } {
  const empty: Omit<PlanData, 'plan'> = {
    areas: [],
    needs: [],
    actions: [],
    milestones: [],
    strategies: [],
    performanceRows: [],
    reviews: [],
    reviewEntries: [],
    areaJudgements: [],
  };
  const cur = current ?? empty;
  const keyCur = keyer(cur);
  const keyIn = keyer({ ...empty, ...incoming, ...fallbackLookups(cur, incoming) });
  const currentIds = new Set(planKinds.flatMap((k) => listOf(cur, k).map((r) => r.id)));
  const idMap = new Map<string, string>();
  const keptReviews = new Set<string>();
  const writes: PlanWrites = {};
  const summary = Object.fromEntries(
    planKinds.map((k) => [k, { added: 0, changed: 0, unchanged: 0, archived: 0, removed: 0, kept: 0 }]),
  ) as MergeSummary;
  for (const kind of planKinds) {
    if (!incoming.parts.some((p: PlanPart) => partKinds[p].includes(kind))) continue;
    const out: Rec[] = [];
    const count = summary[kind];
    const byKey = new Map<string, Rec>();
    for (const r of listOf(cur, kind)) if (!byKey.has(keyCur(kind, r)) || !r.archived) byKey.set(keyCur(kind, r), r);
    const used = new Set<Rec>();
    for (const rec of listOf(incoming, kind)) {
      if ((kind === 'reviewEntries' || kind === 'areaJudgements') && keptReviews.has(rec.reviewId as string)) {
        count.kept++;
        continue;
      }
      const match = kind === 'reviewEntries' || kind === 'areaJudgements' ? undefined : byKey.get(keyIn(kind, rec));
      const remapped = { ...rec } as Rec;
      for (const f of refs)
        if (typeof remapped[f] === 'string' && idMap.has(remapped[f] as string))
          (remapped as Record<string, unknown>)[f] = idMap.get(remapped[f] as string);
      if (match && !used.has(match)) {
        used.add(match);
        idMap.set(rec.id, match.id);
        if (kind === 'reviews') {
          keptReviews.add(rec.id);
          count.kept++;
          continue;
        }
        const candidate = {
          ...remapped,
          id: match.id,
          schoolId: opts.schoolId,
          createdAt: match.createdAt,
          updatedAt: match.updatedAt,
          deleted: false,
          visibility: opts.keepVisibility ? match.visibility : rec.visibility,
        } as Rec;
        if (sameData(candidate, match)) count.unchanged++;
        else {
          out.push({ ...candidate, updatedAt: opts.now });
          count.changed++;
        }
        continue;
      }
      const id = opts.taken.has(rec.id) || currentIds.has(rec.id) ? opts.makeId() : rec.id;
      idMap.set(rec.id, id);
      out.push({ ...remapped, id, schoolId: opts.schoolId, deleted: false });
      count.added++;
    }
    if (opts.removeMissing) {
      for (const r of listOf(cur, kind)) {
        if (used.has(r)) continue;
        if (archivable.has(kind) && !r.archived) {
          out.push({ ...r, archived: true, updatedAt: opts.now });
          count.archived++;
        } else if (removable.has(kind)) {
          out.push({ ...r, deleted: true, updatedAt: opts.now });
          count.removed++;
        }
      }
    }
    if (out.length > 0) (writes as Record<string, Rec[]>)[kind] = out;
  }
  return { writes, summary };
}

/** Records the file refers to but does not carry (e.g. milestones for areas already in the plan) are looked up on the board. */
function fallbackLookups(cur: Omit<PlanData, 'plan'>, incoming: IncomingPlan) {
  return incoming.parts.includes('actions') ? {} : { areas: cur.areas, needs: cur.needs, actions: cur.actions };
}

/** Do two records hold the same data? (plain data: what IndexedDB keeps; absent and undefined are the same) */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(x), ...Object.keys(y)].filter((k) => x[k] !== undefined || y[k] !== undefined));
  return [...keys].every((k) => sameData(x[k], y[k]));
}
