import { z } from 'zod';
import { BaseRecordSchema, DateSchema } from './record';
import { halfTerms, type HalfTerm } from './halfTerms';
import { withRules, type FieldRule } from './fieldRules';

// The half-term rules (no zod) live in halfTerms.ts; re-exported here so imports stay as they were.
export * from './halfTerms';

export const HalfTermSchema = z.enum(halfTerms, { message: 'Choose a half term (Autumn 1 to Summer 2)' });

/** A board's own term dates for one school year: the first day of each half term. */
const TermDatesFields = BaseRecordSchema.extend({
  schoolYear: z.number().int().min(2000).max(2100),
  starts: z.object(Object.fromEntries(halfTerms.map((h) => [h, DateSchema])) as Record<HalfTerm, typeof DateSchema>),
});
/** The half terms of a year come in order: each starts after the one before it. */
export const halfTermsInOrder: FieldRule<{ starts: Record<HalfTerm, string> }> = {
  field: 'starts',
  problem: (t) =>
    halfTerms.every((h, i) => i === 0 || t.starts[h] > t.starts[halfTerms[i - 1]!])
      ? null
      : 'Each half term must start after the one before it',
};
export const termDatesRules = [halfTermsInOrder] as const;
export const TermDatesSchema = withRules(TermDatesFields, termDatesRules);
export type TermDates = z.infer<typeof TermDatesSchema>;
