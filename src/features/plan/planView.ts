import { latestRatings, milestoneState, needCodeOf, actionCodeOf, areaCodeOf, rollUpRating, type IsoDate } from '../../domain';
import { areaDetail, attendanceFor, planOf, ratingsOf, reviewsFor } from '../../data';
import type { Action, Area, ImprovementNeed, Milestone, Rating } from '../../domain';

/** Items grouped by a key, once (a plan of 5,000 actions is not searched once per need). */
function groupBy<T>(items: T[], key: (t: T) => string | undefined): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === undefined) continue;
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/**
 * The plan as the Plan screens show it: each area with its needs, actions, milestones and latest
 * ratings, each with the code the plan gives it (or the generated one). Archived areas, needs and
 * actions are included (each screen hides them unless asked); counts and ratings leave them out.
 * `rated: false` (the timeline) reads no reviews or attendance: no ratings, no attendance figures.
 */
export async function planView(schoolId: string, today: IsoDate, { rated = true } = {}) {
  const none = { reviews: [], entries: [] };
  const [plan, reviews, attendance] = await Promise.all([
    planOf(schoolId),
    rated ? reviewsFor(schoolId) : none,
    rated ? attendanceFor(schoolId) : { figures: [] },
  ]);
  if (!plan) return null;
  const ratings = latestRatings(reviews.reviews, reviews.entries);
  const needsOf = groupBy(plan.needs, (n) => n.areaId);
  const actionsOf = groupBy(plan.actions, (a) => a.needId);
  const milestonesOf = groupBy(plan.milestones, (m) => m.areaId);
  const areas = plan.areas.map((area) =>
    areaEntry(area, needsOf.get(area.id) ?? [], actionsOf, milestonesOf.get(area.id) ?? [], ratings, today),
  );
  return {
    plan: plan.plan,
    areas,
    performanceRows: plan.performanceRows,
    /** The attendance figures entered, for the actuals of the attendance rows. */
    attendanceFigures: attendance.figures,
    strategies: plan.strategies,
  };
}
export type PlanView = NonNullable<Awaited<ReturnType<typeof planView>>>;
export type AreaView = PlanView['areas'][number];
export type NeedView = AreaView['needs'][number];
export type ActionView = NeedView['actions'][number];

function areaEntry(
  area: Area,
  areaNeeds: ImprovementNeed[],
  actionsOf: Map<string, Action[]>,
  areaMilestones: Milestone[],
  ratings: Map<string, Rating>,
  today: IsoDate,
) {
  const needs = areaNeeds.map((need) => ({
    need,
    code: needCodeOf(area, need),
    actions: (actionsOf.get(need.id) ?? []).map((action) => ({
      action,
      code: actionCodeOf(area, need, action),
      rating: ratings.get(action.id) ?? null,
    })),
  }));
  const milestones = [...areaMilestones]
    .sort((a, b) => a.number - b.number)
    .map((m) => ({ milestone: m, state: milestoneState(m, today) }));
  const liveActions = needs.filter((n) => !n.need.archived).flatMap((n) => n.actions.filter((a) => !a.action.archived));
  const rating = rollUpRating(liveActions.map((a) => a.rating));
  return { area, code: areaCodeOf(area), needs, milestones, rating, actionCount: liveActions.length };
}

/** One area as its screen shows it, read on its own (not the whole plan): what a plan of thousands of actions needs to open quickly. */
export async function areaView(schoolId: string, areaId: string, today: IsoDate) {
  const detail = await areaDetail(areaId);
  if (!detail || detail.area.schoolId !== schoolId) return null;
  const ratings = await ratingsOf(
    schoolId,
    detail.needs.flatMap((n) => n.actions.map((a) => a.id)),
  );
  const actionsOf = new Map(detail.needs.map((n) => [n.need.id, n.actions]));
  return areaEntry(
    detail.area,
    detail.needs.map((n) => n.need),
    actionsOf,
    detail.milestones,
    ratings,
    today,
  );
}
