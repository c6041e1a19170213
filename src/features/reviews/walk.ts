import { codeOf, halfTermLabel, type Review } from '../../domain';
import type { ReviewDetail } from '../../data';

/** One stop on the walk through a review: an action to rate, or an area to judge. */
export type Step = { kind: 'action'; areaId: string; actionId: string } | { kind: 'area'; areaId: string };

export const reviewTitle = (review: Pick<Review, 'schoolYear' | 'halfTerm'>) => `${halfTermLabel(review)} review`;

/** Area by area: each action the review covers, then the area's judgement. Areas with no actions are left out. */
export function stepsOf(detail: Pick<ReviewDetail, 'areas' | 'inReview'>): Step[] {
  return detail.areas.flatMap((area) => {
    const actions = detail.inReview.filter((a) => a.areaId === area.id);
    if (actions.length === 0) return [];
    return [...actions.map((a): Step => ({ kind: 'action', areaId: area.id, actionId: a.id })), { kind: 'area', areaId: area.id }];
  });
}

export function pathOf(reviewId: string, step: Step | 'finalise' | 'overview'): string {
  if (step === 'overview') return `/reviews/${reviewId}`;
  if (step === 'finalise') return `/reviews/${reviewId}/finalise`;
  return step.kind === 'action' ? `/reviews/${reviewId}/actions/${step.actionId}` : `/reviews/${reviewId}/areas/${step.areaId}`;
}

const same = (a: Step, b: Step) =>
  a.kind === b.kind && a.areaId === b.areaId && (a.kind === 'area' || a.actionId === (b as typeof a).actionId);

/** Where this step sits: its number, and the steps before and after it. */
export function placeOf(steps: Step[], current: Step) {
  const at = steps.findIndex((s) => same(s, current));
  return { number: at + 1, total: steps.length, previous: at > 0 ? steps[at - 1] : undefined, next: at >= 0 ? steps[at + 1] : undefined };
}

/** The first action not yet rated or area not yet judged (with a reason), if any. */
export function firstUnfinished(detail: ReviewDetail): Step | undefined {
  const rated = new Set(detail.entries.map((e) => e.actionId));
  const judged = new Set(detail.judgements.filter((j) => j.reason.trim()).map((j) => j.areaId));
  return stepsOf(detail).find((s) => (s.kind === 'action' ? !rated.has(s.actionId) : !judged.has(s.areaId)));
}

/** "1a(ii)" for an action of the review's plan. */
export function actionCodeIn(
  detail: Pick<ReviewDetail, 'areas' | 'needs'>,
  action: { areaId: string; needId: string; position: number; code?: string | undefined },
) {
  return codeOf(
    action,
    detail.areas.find((a) => a.id === action.areaId),
    detail.needs,
  );
}
