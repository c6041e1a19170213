import { z } from 'zod';
import { BaseRecordSchema, DateSchema } from './record';
import { halfTerms, type HalfTerm } from './halfTerms';

// The half-term rules (no zod) live in halfTerms.ts; re-exported here so imports stay as they were.
export * from './halfTerms';

export const HalfTermSchema = z.enum(halfTerms, { message: 'Choose a half term (Autumn 1 to Summer 2)' });

/** A board's own term dates for one school year: the first day of each half term. */
export const TermDatesSchema = BaseRecordSchema.extend({
  schoolYear: z.number().int().min(2000).max(2100),
  starts: z.object(Object.fromEntries(halfTerms.map((h) => [h, DateSchema])) as Record<HalfTerm, typeof DateSchema>),
}).refine((t) => halfTerms.every((h, i) => i === 0 || t.starts[h] > t.starts[halfTerms[i - 1]!]), {
  message: 'Each half term must start after the one before it',
  path: ['starts'],
});
export type TermDates = z.infer<typeof TermDatesSchema>;
