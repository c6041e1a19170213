// Ratings and judgements of progress, and their labels. No zod here, so the first screen can use
// them without loading the record schemas (review.ts has those and re-exports these).

import type { FieldRule } from './fieldRules';

/** A rating of an action at a review: red (off track), amber (at risk), green (on track) or complete. */
export const ratings = ['red', 'amber', 'green', 'complete'] as const;
export type Rating = (typeof ratings)[number];
export const ratingLabels: Record<Rating, string> = {
  red: 'Red: off track',
  amber: 'Amber: at risk',
  green: 'Green: on track',
  complete: 'Complete',
};

export const judgements = ['insufficient', 'some', 'good'] as const;
export type Judgement = (typeof judgements)[number];
export const judgementLabels: Record<Judgement, string> = {
  insufficient: 'Insufficient progress',
  some: 'Some progress',
  good: 'Good progress',
};

/** A red or amber rating needs a note saying why (seed 003: the committee records its reasons). */
export const ratingNeedsNote: FieldRule<{ rating: Rating | null; note: string }> = {
  field: 'note',
  problem: (e) =>
    (e.rating === 'red' || e.rating === 'amber') && !e.note.trim()
      ? `${e.rating === 'amber' ? 'An' : 'A'} ${e.rating} rating needs a note saying why`
      : null,
};
