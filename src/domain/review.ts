import { z } from 'zod';
import { BaseRecordSchema, DateSchema, IdSchema, InstantSchema, optionalText } from './record';
import { HalfTermSchema } from './calendar';

/** A rating of an action at a review: red (off track), amber (at risk), green (on track) or complete. */
export const ratings = ['red', 'amber', 'green', 'complete'] as const;
export const RatingSchema = z.enum(ratings, { message: 'Choose a rating' });
export type Rating = z.infer<typeof RatingSchema>;
export const ratingLabels: Record<Rating, string> = {
  red: 'Red: off track',
  amber: 'Amber: at risk',
  green: 'Green: on track',
  complete: 'Complete',
};

export const judgements = ['insufficient', 'some', 'good'] as const;
export const JudgementSchema = z.enum(judgements, { message: 'Choose a judgement of progress' });
export type Judgement = z.infer<typeof JudgementSchema>;
export const judgementLabels: Record<Judgement, string> = {
  insufficient: 'Insufficient progress',
  some: 'Some progress',
  good: 'Good progress',
};

/** A half-termly review by the School Improvement Committee. Draft until the chair finalises it; then locked. */
export const ReviewSchema = BaseRecordSchema.extend({
  planId: IdSchema,
  schoolYear: z.number().int().min(2000).max(2100),
  halfTerm: HalfTermSchema,
  heldOn: DateSchema,
  status: z.enum(['draft', 'final']).default('draft'),
  finalisedAt: InstantSchema.optional(),
  finalisedBy: optionalText('Finalised by', 200),
});
export type Review = z.infer<typeof ReviewSchema>;

/** The committee's view of one action at one review. */
export const ReviewEntrySchema = BaseRecordSchema.extend({
  reviewId: IdSchema,
  actionId: IdSchema,
  rating: RatingSchema,
  note: optionalText('Note'),
  evidenceIds: z.array(IdSchema).default([]),
  challenge: optionalText('Challenge'),
  response: optionalText("School's response"),
  nextSteps: optionalText('Next steps'),
}).refine((e) => (e.rating === 'red' || e.rating === 'amber' ? e.note.trim().length > 0 : true), {
  message: 'Say why: a note is required for a red or amber rating',
  path: ['note'],
});
export type ReviewEntry = z.infer<typeof ReviewEntrySchema>;

/** The committee's judgement of progress on one area at one review. */
export const AreaJudgementSchema = BaseRecordSchema.extend({
  reviewId: IdSchema,
  areaId: IdSchema,
  judgement: JudgementSchema,
  reason: optionalText('Reason'),
});
export type AreaJudgement = z.infer<typeof AreaJudgementSchema>;
