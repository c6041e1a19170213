import { latestRatings, milestoneState, needCode, actionCode, rollUpRating, type IsoDate } from '../../domain';
import { planOf, reviewsFor } from '../../data';

/** The plan as the Plan screens show it: each area with its needs, actions, milestones and latest ratings. */
export async function planView(schoolId: string, today: IsoDate) {
  const [plan, reviews] = await Promise.all([planOf(schoolId), reviewsFor(schoolId)]);
  if (!plan) return null;
  const ratings = latestRatings(reviews.reviews, reviews.entries);
  const areas = plan.areas
    .filter((a) => !a.archived)
    .map((area) => {
      const needs = plan.needs
        .filter((n) => n.areaId === area.id && !n.archived)
        .map((need) => ({
          need,
          code: needCode(area.number, need.position),
          actions: plan.actions
            .filter((a) => a.needId === need.id && !a.archived)
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
      const rating = rollUpRating(needs.flatMap((n) => n.actions.map((a) => a.rating)));
      return { area, needs, milestones, rating };
    });
  return { plan: plan.plan, areas, performanceRows: plan.performanceRows, strategies: plan.strategies };
}
export type PlanView = NonNullable<Awaited<ReturnType<typeof planView>>>;
