import type { BuiltInChecklist } from './build';
import { safeguardingChecklist } from './safeguarding';
import { behaviourAttendanceChecklist } from './behaviourAttendance';
import { earlyReadingChecklist } from './earlyReading';
import { sendInclusionChecklist } from './sendInclusion';

export type { BuiltInChecklist } from './build';

/**
 * The checklists Steward ships, written from the trust's phase benchmarks (seed 004) and current
 * guidance for governors' visits. Each is seeded into a board's checklist templates; a change to
 * one ships as a new version, so visits made with the old one keep it.
 */
export const builtInChecklists: readonly BuiltInChecklist[] = [
  safeguardingChecklist,
  behaviourAttendanceChecklist,
  earlyReadingChecklist,
  sendInclusionChecklist,
];
