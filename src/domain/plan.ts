import { z } from 'zod';
import { BaseRecordSchema, DateSchema, IdSchema, requiredText, optionalText } from './record';
import { actionStatuses } from './planValues';

// The values, labels and codes (no zod) live in planValues.ts; re-exported here so imports stay as they were.
export * from './planValues';

/** An action plan in the shape of seed 003's Category 4/5 template (Appendix 1). */
export const ActionPlanSchema = BaseRecordSchema.extend({
  title: requiredText('Plan title', 200),
  /** Many published plans have no dates of their own: both are optional. */
  startDate: DateSchema.optional(),
  endDate: DateSchema.optional(),
  /** The local authority's or trust's priorities, in order. */
  priorities: z.array(requiredText('Priority', 1000)).default([]),
}).refine((p) => !p.startDate || !p.endDate || p.endDate >= p.startDate, {
  message: 'The plan must end on or after it starts',
  path: ['endDate'],
});
export type ActionPlan = z.infer<typeof ActionPlanSchema>;

/** The plan's own code for an area, need or action ("7", "1.1", "A2"), kept as the plan writes it. */
export const PlanCodeSchema = z.string().trim().max(20, { message: 'A code must be at most 20 characters' }).optional();

/** Timing in the plan's own words ("Termly", "From May 2016", "By the February Standards Board"). */
export const WhenSchema = z.string().trim().max(300, { message: 'When must be at most 300 characters' }).optional();

/** Area for Improvement 1..n, with its targets. */
export const AreaSchema = BaseRecordSchema.extend({
  planId: IdSchema,
  number: z.number().int().min(1, { message: 'Area number must be 1 or more' }),
  /** The plan's own code for the area, when it is not simply its number. */
  code: PlanCodeSchema,
  title: requiredText('Area title', 300),
  targets: z.array(requiredText('Target', 1000)).default([]),
  archived: z.boolean().default(false),
});
export type Area = z.infer<typeof AreaSchema>;

/**
 * An "improvement needed" row: 1a, 1b… within an area. The layer is optional: a plan without one has
 * one need per area with no description, which the screens do not show (its actions sit under the area).
 */
export const ImprovementNeedSchema = BaseRecordSchema.extend({
  areaId: IdSchema,
  /** Position within the area: 1 → "a", 2 → "b". */
  position: z.number().int().min(1),
  code: PlanCodeSchema,
  /** Empty for the one need of an area whose plan has no "improvement needed" layer. */
  description: optionalText('Improvement needed', 1000),
  archived: z.boolean().default(false),
});
export type ImprovementNeed = z.infer<typeof ImprovementNeedSchema>;

export const ActionStatusSchema = z.enum(actionStatuses, { message: 'Choose a status' });

/** An action (i), (ii)… under an improvement-needed row. */
export const ActionSchema = BaseRecordSchema.extend({
  needId: IdSchema,
  areaId: IdSchema,
  position: z.number().int().min(1),
  code: PlanCodeSchema,
  description: requiredText('Action', 2000),
  lead: optionalText('Lead person', 200),
  resources: optionalText('Resources', 1000),
  /** When, as the plan says it; the dates are optional (an undated action has no bar on the timeline). */
  when: WhenSchema,
  start: DateSchema.optional(),
  finish: DateSchema.optional(),
  successCriteria: optionalText('Success criteria', 2000),
  /** Whatever else the plan's columns said (RAG, evidence, columns Steward has no place for), one "Heading: text" per line. */
  notes: z.string().trim().max(4000, { message: 'Notes must be at most 4000 characters' }).optional(),
  status: ActionStatusSchema.default('not-started'),
  archived: z.boolean().default(false),
}).refine((a) => !a.start || !a.finish || a.finish >= a.start, { message: 'Finish must be on or after start', path: ['finish'] });
export type Action = z.infer<typeof ActionSchema>;

/** Milestones of an area (any number), each saying what must be true by then; on one action or the area as a whole, dated or not. */
export const MilestoneSchema = BaseRecordSchema.extend({
  areaId: IdSchema,
  /** The action it belongs to, when it belongs to one. */
  actionId: IdSchema.optional(),
  number: z.number().int().min(1, { message: 'Milestone number must be 1 or more' }),
  date: DateSchema.optional(),
  /** When, in the plan's words, for a milestone without a date (or to say more than the date). */
  when: WhenSchema,
  description: requiredText('Milestone', 1000),
  /** The date it was confirmed as met, if it has been. */
  metOn: DateSchema.optional(),
});
export type Milestone = z.infer<typeof MilestoneSchema>;

/** Monitoring and evaluation strategies, internal and external: who, what, when. */
export const StrategySchema = BaseRecordSchema.extend({
  planId: IdSchema,
  kind: z.enum(['monitoring', 'evaluation']),
  scope: z.enum(['internal', 'external']),
  who: requiredText('Who', 300),
  what: requiredText('What', 1000),
  when: requiredText('When', 300),
});
export type Strategy = z.infer<typeof StrategySchema>;

/** A row of the performance-and-targets table. */
export const PerformanceGroupSchema = z.enum(['EYFS', 'Phonics', 'KS1', 'KS2', 'Attendance', 'Quality of teaching', 'Other']);
const figure = z.number().min(0, { message: 'Must be 0 or more' }).max(100, { message: 'Must be 100 or less' }).nullable().default(null);
export const PerformanceRowSchema = BaseRecordSchema.extend({
  planId: IdSchema,
  group: PerformanceGroupSchema,
  measure: requiredText('Measure', 300),
  position: z.number().int().min(1),
  /** Is a higher figure better? (false for persistent absence) */
  higherIsBetter: z.boolean().default(true),
  schoolLastYear: figure,
  nationalLastYear: figure,
  targetThisYear: figure,
  schoolThisYear: figure,
  nationalThisYear: figure,
  targetNextYear: figure,
});
export type PerformanceRow = z.infer<typeof PerformanceRowSchema>;
