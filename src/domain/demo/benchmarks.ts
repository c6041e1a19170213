import type { BenchmarkAssessment, BenchmarkStatus } from '../benchmark';
import { base, instant, type DemoContext } from './context';
import { demoPeople } from './school';

/** The board's view of some of the Repair phase's benchmarks, with the evidence it rests on. */
const assessed: [benchmarkId: string, status: BenchmarkStatus, evidence: string][] = [
  [
    'repair-lg-1',
    'partly',
    'Senior leaders now lead the reading work; middle leaders are new to their roles and not yet checking their subjects.',
  ],
  [
    'repair-lg-2',
    'met',
    'The School Improvement Committee meets every half term with agreed terms of reference; minutes record challenge.',
  ],
  ['repair-lg-3', 'met', 'Safeguarding audit by the local authority found the school compliant; single central record checked.'],
  ['repair-lg-5', 'partly', 'Appraisals set for all teachers this year; two teachers are on support plans.'],
  ['repair-qe-1', 'partly', 'Phonics programme in every class from Reception to Year 2; catch-up groups in Year 3 started late.'],
  ['repair-qe-3', 'not-yet', 'Internal assessment in reading is 8 points below national at the end of Key Stage 2.'],
  ['repair-qe-4', 'met', 'Learning walks found calm classrooms; low-level disruption only in one class.'],
  ['repair-send-2', 'met', 'The SENDCO keeps a record of need for every pupil on the register.'],
  ['repair-send-4', 'not-yet', 'Support plans checked on a visit had targets that were not measurable and no pupil voice.'],
  ['repair-ba-3', 'partly', 'First-day calling is in place; the attendance lead is stretched and not all class teachers follow up.'],
  ['repair-ba-4', 'not-yet', 'Attendance is 2.4 points below national and persistent absence is well above it.'],
  ['repair-sg-1', 'met', 'Staff questioned on a visit knew how to report a concern; recording on the system is timely.'],
];

export function demoBenchmarks(ctx: DemoContext): BenchmarkAssessment[] {
  return assessed.map(([benchmarkId, status, evidence]) => ({
    ...base(ctx),
    phase: 'Repair',
    benchmarkId,
    status,
    evidence,
    evidenceIds: [],
    assessedAt: instant(ctx.day(-20), '18:30'),
    assessedBy: demoPeople.chair,
  }));
}
