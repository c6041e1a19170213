import type { Milestone } from './plan';
import type { Rating, Review, ReviewEntry } from './review';
import type { IsoDate } from './record';
import { daysBetween, compareIso } from './dates';
import { halfTermIndex } from './halfTerms';

/** How many days ahead a milestone counts as "due soon". */
export const DUE_SOON_DAYS = 14;

export type MilestoneState = 'met' | 'overdue' | 'due-soon' | 'upcoming';
export const milestoneStateLabels: Record<MilestoneState, string> = {
  met: 'Met',
  overdue: 'Overdue',
  'due-soon': 'Due soon',
  upcoming: 'Upcoming',
};

/** Overdue: the date has passed and it is not met. Due soon: today or within the next 14 days. Undated: upcoming. */
export function milestoneState(m: Pick<Milestone, 'date' | 'metOn'>, today: IsoDate): MilestoneState {
  if (m.metOn) return 'met';
  if (!m.date) return 'upcoming';
  const days = daysBetween(today, m.date);
  if (days < 0) return 'overdue';
  if (days <= DUE_SOON_DAYS) return 'due-soon';
  return 'upcoming';
}

/** Milestones needing attention, overdue first (oldest first), then due soon (soonest first). */
export function milestonesNeedingAttention<M extends Pick<Milestone, 'date' | 'metOn'>>(ms: M[], today: IsoDate) {
  const withState = ms.map((m) => ({ milestone: m, state: milestoneState(m, today) }));
  const pick = (s: MilestoneState) =>
    withState.filter((x) => x.state === s).sort((a, b) => compareIso(a.milestone.date ?? '', b.milestone.date ?? ''));
  return [...pick('overdue'), ...pick('due-soon')];
}

/**
 * An area's rating from its actions' ratings: any red makes it red; else any amber, amber;
 * all complete, complete; else green. No rated actions: null (not yet reviewed).
 */
export function rollUpRating(ratings: (Rating | null | undefined)[]): Rating | null {
  const rated = ratings.filter((r): r is Rating => !!r);
  if (rated.length === 0) return null;
  if (rated.includes('red')) return 'red';
  if (rated.includes('amber')) return 'amber';
  if (rated.every((r) => r === 'complete')) return 'complete';
  return 'green';
}

/** Reviews in time order (oldest first). */
export const reviewsInOrder = <R extends Pick<Review, 'schoolYear' | 'halfTerm'>>(reviews: R[]) =>
  [...reviews].sort((a, b) => halfTermIndex(a) - halfTermIndex(b));

/** The latest rating of each action, from the most recent review that rated it. */
export function latestRatings(
  reviews: Pick<Review, 'id' | 'schoolYear' | 'halfTerm' | 'deleted'>[],
  entries: Pick<ReviewEntry, 'reviewId' | 'actionId' | 'rating' | 'deleted'>[],
): Map<string, Rating> {
  const order = new Map(reviewsInOrder(reviews.filter((r) => !r.deleted)).map((r, i) => [r.id, i]));
  const best = new Map<string, { at: number; rating: Rating }>();
  for (const e of entries) {
    const at = order.get(e.reviewId);
    if (e.deleted || at === undefined) continue;
    const seen = best.get(e.actionId);
    if (!seen || at > seen.at) best.set(e.actionId, { at, rating: e.rating });
  }
  return new Map([...best].map(([id, v]) => [id, v.rating]));
}

/** Actions rated red at the last two reviews running (both reviews must have rated it). */
export function redTwoReviewsRunning(
  reviews: Pick<Review, 'id' | 'schoolYear' | 'halfTerm' | 'deleted'>[],
  entries: Pick<ReviewEntry, 'reviewId' | 'actionId' | 'rating' | 'deleted'>[],
): Set<string> {
  const ordered = reviewsInOrder(reviews.filter((r) => !r.deleted));
  const [previous, last] = ordered.slice(-2);
  if (!previous || !last) return new Set();
  const redAt = (reviewId: string) =>
    new Set(entries.filter((e) => !e.deleted && e.reviewId === reviewId && e.rating === 'red').map((e) => e.actionId));
  const before = redAt(previous.id);
  return new Set([...redAt(last.id)].filter((id) => before.has(id)));
}
