import { z } from 'zod';
import { BaseRecordSchema, DateSchema, requiredText, optionalText } from './record';

/** Seed 003's five risk categories. */
export const riskCategories = {
  1: 'Sustaining Excellence',
  2: 'Aspiring to Excellence',
  3: 'Securing Good',
  4: 'School of Concern',
  5: 'School of Extreme Concern',
} as const;
export const RiskCategorySchema = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)], {
  message: 'Risk category must be 1 to 5',
});
export type RiskCategory = z.infer<typeof RiskCategorySchema>;

/** Seed 004's improvement phases, with their expected length. */
export const improvementPhases = ['Stabilise', 'Repair', 'Improve', 'Sustain'] as const;
export const ImprovementPhaseSchema = z.enum(improvementPhases, { message: 'Phase must be Stabilise, Repair, Improve or Sustain' });
export type ImprovementPhase = z.infer<typeof ImprovementPhaseSchema>;
export const phaseDurations: Record<ImprovementPhase, string> = {
  Stabilise: '6 to 12 weeks',
  Repair: 'up to 1 year',
  Improve: '1 to 2 years',
  Sustain: '3 to 5 years',
};

export const educationPhases = ['Nursery', 'Primary', 'Infant', 'Junior', 'Middle', 'Secondary', 'All-through', 'Special', 'Alternative provision'] as const;
export const ofstedJudgements = ['Outstanding', 'Good', 'Requires improvement', 'Serious weaknesses', 'Special measures', 'Not yet inspected'] as const;

export const SchoolSchema = BaseRecordSchema.extend({
  name: requiredText('School name', 200),
  urn: z.string().trim().regex(/^\d{6,7}$/, { message: 'URN must be 6 or 7 digits' }).or(z.literal('')).default(''),
  educationPhase: z.enum(educationPhases, { message: 'Choose a phase of education' }),
  authority: optionalText('Local authority or trust', 200),
  riskCategory: RiskCategorySchema,
  improvementPhase: ImprovementPhaseSchema,
  ofstedJudgement: z.enum(ofstedJudgements).optional(),
  ofstedDate: DateSchema.optional(),
  concernSince: DateSchema.optional(),
});
export type School = z.infer<typeof SchoolSchema>;

export const riskCategoryLabel = (c: RiskCategory) => `Category ${c}: ${riskCategories[c]}`;
