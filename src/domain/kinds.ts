import type { z } from 'zod';
import { SchoolSchema } from './school';
import { MembershipSchema } from './people';
import {
  ActionPlanSchema,
  ActionSchema,
  AreaSchema,
  ImprovementNeedSchema,
  MilestoneSchema,
  PerformanceRowSchema,
  StrategySchema,
} from './plan';
import { AreaJudgementSchema, ReviewEntrySchema, ReviewSchema } from './review';
import { EvidenceSchema } from './evidence';
import { ChecklistTemplateSchema, VisitResponseSchema, VisitSchema } from './visit';
import { AttendanceFigureSchema, ChallengeRecordSchema } from './attendance';
import { MeetingActionSchema, MeetingSchema, MinuteErratumSchema, MinuteItemSchema } from './meeting';
import { EscalationRecordSchema } from './escalation';
import { TermDatesSchema } from './calendar';
import { BenchmarkAssessmentSchema } from './benchmark';

/**
 * Every kind of record Steward stores and syncs, by its table name.
 * - appendOnly: never edited after it is made (it may still be marked deleted), so it never conflicts.
 */
export const recordKinds = {
  schools: { schema: SchoolSchema, appendOnly: false, label: 'school' },
  memberships: { schema: MembershipSchema, appendOnly: false, label: 'member' },
  termDates: { schema: TermDatesSchema, appendOnly: false, label: 'term dates' },
  plans: { schema: ActionPlanSchema, appendOnly: false, label: 'action plan' },
  areas: { schema: AreaSchema, appendOnly: false, label: 'area for improvement' },
  needs: { schema: ImprovementNeedSchema, appendOnly: false, label: 'improvement needed' },
  actions: { schema: ActionSchema, appendOnly: false, label: 'action' },
  milestones: { schema: MilestoneSchema, appendOnly: false, label: 'milestone' },
  strategies: { schema: StrategySchema, appendOnly: false, label: 'monitoring or evaluation strategy' },
  performanceRows: { schema: PerformanceRowSchema, appendOnly: false, label: 'performance target' },
  reviews: { schema: ReviewSchema, appendOnly: false, label: 'review' },
  reviewEntries: { schema: ReviewEntrySchema, appendOnly: false, label: 'review entry' },
  areaJudgements: { schema: AreaJudgementSchema, appendOnly: false, label: 'judgement of progress' },
  evidence: { schema: EvidenceSchema, appendOnly: true, label: 'evidence' },
  checklistTemplates: { schema: ChecklistTemplateSchema, appendOnly: true, label: 'checklist template' },
  visits: { schema: VisitSchema, appendOnly: false, label: 'visit' },
  visitResponses: { schema: VisitResponseSchema, appendOnly: false, label: 'checklist answer' },
  attendanceFigures: { schema: AttendanceFigureSchema, appendOnly: false, label: 'attendance figure' },
  challengeRecords: { schema: ChallengeRecordSchema, appendOnly: false, label: 'challenge' },
  meetings: { schema: MeetingSchema, appendOnly: false, label: 'meeting' },
  minuteItems: { schema: MinuteItemSchema, appendOnly: false, label: 'minute item' },
  meetingActions: { schema: MeetingActionSchema, appendOnly: false, label: 'meeting action' },
  minuteErrata: { schema: MinuteErratumSchema, appendOnly: true, label: 'erratum' },
  escalationRecords: { schema: EscalationRecordSchema, appendOnly: false, label: 'standing with the authority' },
  benchmarkAssessments: { schema: BenchmarkAssessmentSchema, appendOnly: false, label: 'phase benchmark assessment' },
} as const;

export type RecordKind = keyof typeof recordKinds;
export const recordKindNames = Object.keys(recordKinds) as RecordKind[];
export type RecordOf<K extends RecordKind> = z.infer<(typeof recordKinds)[K]['schema']>;
