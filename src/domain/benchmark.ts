import { z } from 'zod';
import { BaseRecordSchema, IdSchema, InstantSchema, optionalText } from './record';
import { ImprovementPhaseSchema } from './school';

/** The strands of seed 004's phase benchmarks. */
export const benchmarkStrands = [
  'Leadership and governance',
  'Quality of education',
  'SEND',
  'Behaviour and attendance',
  'Safeguarding',
] as const;
export const BenchmarkStrandSchema = z.enum(benchmarkStrands);
export type BenchmarkStrand = z.infer<typeof BenchmarkStrandSchema>;

export const benchmarkStatuses = ['met', 'partly', 'not-yet'] as const;
export const BenchmarkStatusSchema = z.enum(benchmarkStatuses, { message: 'Choose met, partly or not yet' });
export type BenchmarkStatus = z.infer<typeof BenchmarkStatusSchema>;
export const benchmarkStatusLabels: Record<BenchmarkStatus, string> = { met: 'Met', partly: 'Partly met', 'not-yet': 'Not yet' };

/** The board's view of one phase benchmark: met, partly or not yet, and on what evidence. */
export const BenchmarkAssessmentSchema = BaseRecordSchema.extend({
  phase: ImprovementPhaseSchema,
  /** The id of a benchmark in the built-in list for that phase. */
  benchmarkId: z.string().min(1).max(64),
  status: BenchmarkStatusSchema,
  evidence: optionalText('Evidence', 4000),
  evidenceIds: z.array(IdSchema).default([]),
  assessedAt: InstantSchema,
  assessedBy: optionalText('Assessed by', 200),
});
export type BenchmarkAssessment = z.infer<typeof BenchmarkAssessmentSchema>;
