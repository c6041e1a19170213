import { latestRatings, milestoneState, needCode, actionCode, rollUpRating, type IsoDate } from '../../domain';
import { planOf, reviewsFor } from '../../data';

/**
 * The plan as the Plan screens show it: each area with its needs, actions, milestones and latest
 * ratings. Archived areas, needs and actions are included (each screen hides them unless asked);
 * counts and ratings leave them out.
 */
export async function planView(schoolId: string, today: IsoDate) {
  const [plan, reviews] = await Promise.all([planOf(schoolId), reviewsFor(schoolId)]);
  if (!plan) return null;
  const ratings = latestRatings(reviews.reviews, reviews.entries);
  const areas = plan.areas.map((area) => {
    const needs = plan.needs
      .filter((n) => n.areaId === area.id)
      .map((need) => ({
        need,
        code: needCode(area.number, need.position),
        actions: plan.actions
          .filter((a) => a.needId === need.id)
          .map((action) => ({
            action,
            code: actionCode(area.number, need.position, action.position),
            rating: ratings.get(action.id) ?? null,
          })),
      }));
    const milestones = plan.milestones
      .filter((m) => m.areaId === area.id)
      .sort((a, b) => a.number - b.number)
      .map((m) => ({ milestone: m, state: milestoneState(m, today) }));
    const liveActions = needs.filter((n) => !n.need.archived).flatMap((n) => n.actions.filter((a) => !a.action.archived));
    const rating = rollUpRating(liveActions.map((a) => a.rating));
    return { area, needs, milestones, rating, actionCount: liveActions.length };
  });
  return { plan: plan.plan, areas, performanceRows: plan.performanceRows, strategies: plan.strategies };
}
export type PlanView = NonNullable<Awaited<ReturnType<typeof planView>>>;
export type AreaView = PlanView['areas'][number];
export type NeedView = AreaView['needs'][number];
export type ActionView = NeedView['actions'][number];
