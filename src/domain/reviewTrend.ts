import type { Action, PerformanceRow } from './plan';
import type { Rating, Review, ReviewEntry } from './review';
import { halfTermLabel } from './calendar';
import { reviewsInOrder, rollUpRating } from './rules';

export interface TrendColumn {
  reviewId: string;
  label: string;
  final: boolean;
}

export interface RatingTrend {
  /** Reviews oldest first. */
  columns: TrendColumn[];
  /** Each action's rating at each review (null: not rated then), in column order. */
  actions: Map<string, (Rating | null)[]>;
  /** Each area's rolled-up rating at each review, in column order. */
  areas: Map<string, (Rating | null)[]>;
}

/** Ratings across half terms at a glance: actions and areas down, reviews across. */
export function ratingTrend(
  reviews: Pick<Review, 'id' | 'schoolYear' | 'halfTerm' | 'status' | 'deleted'>[],
  entries: Pick<ReviewEntry, 'reviewId' | 'actionId' | 'rating' | 'deleted'>[],
  actions: Pick<Action, 'id' | 'areaId'>[],
): RatingTrend {
  const ordered = reviewsInOrder(reviews.filter((r) => !r.deleted));
  const column = new Map(ordered.map((r, i) => [r.id, i]));
  const byAction = new Map(actions.map((a) => [a.id, new Array<Rating | null>(ordered.length).fill(null)]));
  for (const e of entries) {
    const at = column.get(e.reviewId);
    const row = byAction.get(e.actionId);
    if (e.deleted || at === undefined || !row) continue;
    row[at] = e.rating;
  }
  const areas = new Map<string, (Rating | null)[]>();
  for (const areaId of new Set(actions.map((a) => a.areaId))) {
    const rows = actions.filter((a) => a.areaId === areaId).map((a) => byAction.get(a.id)!);
    areas.set(
      areaId,
      ordered.map((_, i) => rollUpRating(rows.map((r) => r[i]))),
    );
  }
  return {
    columns: ordered.map((r) => ({ reviewId: r.id, label: halfTermLabel(r), final: r.status === 'final' })),
    actions: byAction,
    areas,
  };
}

/** One letter per rating, for compact grids (always shown with the word for screen readers). */
export const ratingLetters: Record<Rating, string> = { red: 'R', amber: 'A', green: 'G', complete: 'C' };

export type TargetStatus = 'met' | 'missed' | 'no-data';
export const targetStatusLabels: Record<TargetStatus, string> = { met: 'Target met', missed: 'Target missed', 'no-data': 'No figure yet' };

/** Is this year's figure at or beyond this year's target (below it, for measures where lower is better)? */
export function targetStatus(row: Pick<PerformanceRow, 'schoolThisYear' | 'targetThisYear' | 'higherIsBetter'>): TargetStatus {
  if (row.schoolThisYear === null || row.targetThisYear === null) return 'no-data';
  const met = row.higherIsBetter ? row.schoolThisYear >= row.targetThisYear : row.schoolThisYear <= row.targetThisYear;
  return met ? 'met' : 'missed';
}
