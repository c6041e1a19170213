import { z } from 'zod';
import { BaseRecordSchema, DateSchema, IdSchema, InstantSchema, optionalText } from './record';
import { HalfTermSchema } from './calendar';
import { judgements, ratingNeedsNote, ratings } from './reviewValues';
import { withRules } from './fieldRules';

// The values and labels (no zod) live in reviewValues.ts; re-exported here so imports stay as they were.
export * from './reviewValues';

export const RatingSchema = z.enum(ratings, { message: 'Choose a rating' });
export const JudgementSchema = z.enum(judgements, { message: 'Choose a judgement of progress' });

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

export const reviewEntryRules = [ratingNeedsNote] as const;

/** The committee's view of one action at one review. */
const ReviewEntryFields = BaseRecordSchema.extend({
  reviewId: IdSchema,
  actionId: IdSchema,
  rating: RatingSchema,
  note: optionalText('Note'),
  evidenceIds: z.array(IdSchema).default([]),
  challenge: optionalText('Challenge'),
  response: optionalText("School's response"),
  nextSteps: optionalText('Next steps'),
});
export const ReviewEntrySchema = withRules(ReviewEntryFields, reviewEntryRules);
export type ReviewEntry = z.infer<typeof ReviewEntrySchema>;

/** The committee's judgement of progress on one area at one review. */
export const AreaJudgementSchema = BaseRecordSchema.extend({
  reviewId: IdSchema,
  areaId: IdSchema,
  judgement: JudgementSchema,
  reason: optionalText('Reason'),
});
export type AreaJudgement = z.infer<typeof AreaJudgementSchema>;
