import { z } from 'zod';
import { BaseRecordSchema, DateSchema, IdSchema, InstantSchema, optionalText } from './record';
import { HalfTermSchema } from './calendar';
import { judgements, ratings } from './reviewValues';

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
