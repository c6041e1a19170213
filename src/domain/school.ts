import { z } from 'zod';
import { BaseRecordSchema, DateSchema, requiredText, optionalText } from './record';
import { educationPhases, improvementPhases, ofstedJudgements } from './schoolValues';
import { yearGroups } from './attendanceValues';

// The values and labels (no zod) live in schoolValues.ts; re-exported here so imports stay as they were.
export * from './schoolValues';

export const RiskCategorySchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)], {
  message: 'Risk category must be 1 to 5',
});
export const ImprovementPhaseSchema = z.enum(improvementPhases, { message: 'Phase must be Stabilise, Repair, Improve or Sustain' });

export const SchoolSchema = BaseRecordSchema.extend({
  name: requiredText('School name', 200),
  urn: z
    .string()
    .trim()
    .regex(/^\d{6,7}$/, { message: 'URN must be 6 or 7 digits' })
    .or(z.literal(''))
    .default(''),
  educationPhase: z.enum(educationPhases, { message: 'Choose a phase of education' }),
  authority: optionalText('Local authority or trust', 200),
  riskCategory: RiskCategorySchema,
  improvementPhase: ImprovementPhaseSchema,
  ofstedJudgement: z.enum(ofstedJudgements).optional(),
  ofstedDate: DateSchema.optional(),
  concernSince: DateSchema.optional(),
  /** The year groups the school has, for attendance by year group (when not given: the usual ones for its phase). */
  yearGroups: z.array(z.enum(yearGroups, { message: 'Choose year groups from Reception to Year 13' })).optional(),
});
export type School = z.infer<typeof SchoolSchema>;
