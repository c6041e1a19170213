import {
  halfTermIndex,
  halfTermLabel,
  type Action,
  type ActionPlan,
  type Area,
  type Evidence,
  type ImprovementNeed,
  type Milestone,
  type PerformanceRow,
  type Rating,
  type Strategy,
} from '../../domain';
import { db as appDb, type StewardDb } from '../db';
import { byAnyOf, bySchool, live, liveById, sortBy } from './common';

export interface PlanOf {
  plan: ActionPlan;
  /** By number. */
  areas: Area[];
  /** By area, then position (1a, 1b, 2a…). */
  needs: ImprovementNeed[];
  /** By area, need, then position (1a(i), 1a(ii)…). */
  actions: Action[];
  /** By area, then number. */
  milestones: Milestone[];
  /** Monitoring before evaluation, internal before external, then oldest first. */
  strategies: Strategy[];
  /** By position. */
  performanceRows: PerformanceRow[];
}

/** A school's current action plan (the latest to start) with everything in it; undefined if none. */
export async function planOf(schoolId: string, store: StewardDb = appDb): Promise<PlanOf | undefined> {
  const plans = sortBy(
    await bySchool(store, 'plans', schoolId),
    (p) => p.startDate ?? '',
    (p) => p.createdAt,
  );
  const plan = plans[plans.length - 1];
  if (!plan) return undefined;
  const [areas, strategies, performanceRows] = await Promise.all([
    byAnyOf(store, 'areas', 'planId', [plan.id]),
    byAnyOf(store, 'strategies', 'planId', [plan.id]),
    byAnyOf(store, 'performanceRows', 'planId', [plan.id]),
  ]);
  const areaIds = areas.map((a) => a.id);
  const [needs, actions, milestones] = await Promise.all([
    byAnyOf(store, 'needs', 'areaId', areaIds),
    byAnyOf(store, 'actions', 'areaId', areaIds),
    byAnyOf(store, 'milestones', 'areaId', areaIds),
  ]);
  const areaNumber = new Map(areas.map((a) => [a.id, a.number]));
  const needPosition = new Map(needs.map((n) => [n.id, n.position]));
  return {
    plan,
    areas: sortBy(
      areas,
      (a) => a.number,
      (a) => a.createdAt,
    ),
    needs: sortBy(
      needs,
      (n) => areaNumber.get(n.areaId) ?? 0,
      (n) => n.position,
    ),
    actions: sortBy(
      actions,
      (a) => areaNumber.get(a.areaId) ?? 0,
      (a) => needPosition.get(a.needId) ?? 0,
      (a) => a.position,
    ),
    milestones: sortBy(
      milestones,
      (m) => areaNumber.get(m.areaId) ?? 0,
      (m) => m.number,
    ),
    strategies: sortBy(
      strategies,
      (s) => s.kind,
      (s) => s.scope,
      (s) => s.createdAt,
    ),
    performanceRows: sortBy(performanceRows, (r) => r.position),
  };
}

export interface AreaDetail {
  area: Area;
  /** Each improvement-needed row with its actions, in order. */
  needs: { need: ImprovementNeed; actions: Action[] }[];
  milestones: Milestone[];
}

/** One area for improvement with its needs, actions and milestones; undefined if not on the device. */
export async function areaDetail(areaId: string, store: StewardDb = appDb): Promise<AreaDetail | undefined> {
  const area = await liveById(store, 'areas', areaId);
  if (!area) return undefined;
  const [needs, actions, milestones] = await Promise.all([
    byAnyOf(store, 'needs', 'areaId', [areaId]),
    byAnyOf(store, 'actions', 'areaId', [areaId]),
    byAnyOf(store, 'milestones', 'areaId', [areaId]),
  ]);
  return {
    area,
    needs: sortBy(needs, (n) => n.position).map((need) => ({
      need,
      actions: sortBy(
        actions.filter((a) => a.needId === need.id),
        (a) => a.position,
      ),
    })),
    milestones: sortBy(milestones, (m) => m.number),
  };
}

export interface ActionRating {
  reviewId: string;
  /** The review's half term, e.g. "Autumn 2 2026/27". */
  label: string;
  heldOn: string;
  rating: Rating;
  note: string;
}

export interface ActionDetail {
  action: Action;
  need: ImprovementNeed;
  area: Area;
  /** All evidence that supports the action, newest first. */
  evidence: Evidence[];
  /** Just the notes among it, newest first. */
  notes: Evidence[];
  /** Its rating at each review that rated it, oldest first. */
  ratings: ActionRating[];
}

/** One action with its need, area, supporting evidence and ratings; undefined if not on the device. */
export async function actionDetail(actionId: string, store: StewardDb = appDb): Promise<ActionDetail | undefined> {
  const action = await liveById(store, 'actions', actionId);
  if (!action) return undefined;
  const [need, area, evidence, entries] = await Promise.all([
    liveById(store, 'needs', action.needId),
    liveById(store, 'areas', action.areaId),
    byAnyOf(store, 'evidence', 'supports', [actionId]),
    byAnyOf(store, 'reviewEntries', 'actionId', [actionId]),
  ]);
  if (!need || !area) return undefined;
  const reviews = new Map(
    live(
      await store.reviews
        .where('id')
        .anyOf(entries.map((e) => e.reviewId))
        .toArray(),
    ).map((r) => [r.id, r]),
  );
  const ratings = entries.flatMap((e) => {
    const review = reviews.get(e.reviewId);
    return review ? [{ review, entry: e }] : [];
  });
  sortBy(
    ratings,
    ({ review }) => halfTermIndex(review),
    ({ review }) => review.heldOn,
  );
  const newestFirst = sortBy(
    evidence,
    (e) => e.recordedAt,
    (e) => e.id,
  ).reverse();
  return {
    action,
    need,
    area,
    evidence: newestFirst,
    notes: newestFirst.filter((e) => e.kind === 'note'),
    ratings: ratings.map(({ review, entry }) => ({
      reviewId: review.id,
      label: halfTermLabel(review),
      heldOn: review.heldOn,
      rating: entry.rating,
      note: entry.note,
    })),
  };
}

/** Every milestone of a school's live areas, by date. */
export async function milestonesFor(schoolId: string, store: StewardDb = appDb): Promise<Milestone[]> {
  const [milestones, areas] = await Promise.all([bySchool(store, 'milestones', schoolId), bySchool(store, 'areas', schoolId)]);
  const areaIds = new Set(areas.map((a) => a.id));
  return sortBy(
    milestones.filter((m) => areaIds.has(m.areaId)),
    (m) => m.date ?? '9999-12-31',
    (m) => m.number,
  );
}
