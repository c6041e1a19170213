// One policy per kind of record: its schema, its name in words, how it may change (its mode), who
// may write it, what it locks, and its rules between fields. The device's commands, the server's
// push, the upload order and the screens all read this table through `refusalOf` (./policy.ts);
// a rule for a new kind is one entry here.
import type { z } from 'zod';
import { SchoolSchema } from './school';
import { MembershipSchema, type Role } from './people';
import {
  ActionPlanSchema,
  ActionSchema,
  AreaSchema,
  ImprovementNeedSchema,
  MilestoneSchema,
  PerformanceRowSchema,
  StrategySchema,
} from './plan';
import { AreaJudgementSchema, ReviewEntrySchema, ReviewSchema, reviewEntryRules } from './review';
import { EvidenceSchema } from './evidence';
import { ChecklistTemplateSchema, VisitResponseSchema, VisitSchema } from './visit';
import { AttendanceDutiesSchema, AttendanceFigureSchema, ChallengeRecordSchema, attendanceFigureRules } from './attendance';
import { MeetingActionSchema, MeetingSchema, MinuteErratumSchema, MinuteItemSchema } from './meeting';
import { EscalationRecordSchema } from './escalation';
import { TermDatesSchema, termDatesRules } from './calendar';
import { BenchmarkAssessmentSchema } from './benchmark';
import type { FieldRule } from './fieldRules';
import { lockedMessage } from './reviewRules';
import { todayIso, ukDate } from './dates';

type Fields = Record<string, unknown>;

/**
 * How a record of a kind may change once it is saved:
 * - editable: any field, by anyone the kind lets write it;
 * - append-only: never edited (it may still be marked deleted or restored), so it never conflicts;
 * - editable until locked: editable until the record named by `link` (a field of this record; `id`
 *   for the record itself), a record of kind `lockedBy` (a kind with a `lock`), meets that kind's
 *   lock condition. After
 *   that every change is refused: edit, new record, delete.
 * - correction: append-only, and made only once the record named by `link` (of kind `of`) is
 *   locked, e.g. an erratum beside approved minutes; before then, `unlocked` says to edit the record.
 */
export type KindMode =
  | { type: 'editable' }
  | { type: 'append-only' }
  | { type: 'editable until locked'; lockedBy: string; link: string }
  | { type: 'correction'; of: string; link: string; unlocked: string };

/** What makes a record lock itself and the records linked to it, and who may lock it. */
export interface LockRule {
  /** True when the record (or a change's fields) is in its locked state. */
  when: (record: Fields) => boolean;
  /** What a refused change says, without the ending ("…: this change was not saved."). */
  message: (record: Fields) => string;
  /** Who may put the record in its locked state, and what doing so is called. */
  by: readonly Role[];
  doing: string;
}

export interface KindPolicy {
  schema: z.ZodType;
  /** The kind in words, as a sentence names one: "action plan", "review entry". */
  label: string;
  mode: KindMode;
  /** Only these roles may create, edit or delete it (absent: anyone who may see the record, S11). */
  writers?: readonly Role[];
  /** Never written by a member's change, only by the server (why, in words). */
  serverOnly?: string;
  /** When this kind locks (itself and the kinds that name it in `lockedBy`). */
  lock?: LockRule;
  /** Rules between its fields (its schema applies them too). */
  rules?: readonly FieldRule<never>[];
}

const editable = { type: 'editable' } as const;
const appendOnly = { type: 'append-only' } as const;
const until = (lockedBy: 'reviews' | 'meetings', link: string) => ({ type: 'editable until locked', lockedBy, link }) as const;

const finalisers = ['chair', 'vice-chair'] as const;
const officers = ['chair', 'vice-chair', 'clerk'] as const;

const reviewLock: LockRule = {
  when: (r) => r.status === 'final',
  message: (r) => lockedMessage(r as { finalisedAt?: string; updatedAt: string }),
  by: finalisers,
  doing: 'finalise a review',
};

const minutesLock: LockRule = {
  when: (m) => m.minutesStatus === 'approved',
  message: (m) => {
    const at = typeof m.approvedAt === 'string' ? m.approvedAt : String(m.updatedAt ?? '');
    const day = at ? ukDate(todayIso(new Date(at))) : '';
    return `These minutes were approved${day ? ` on ${day}` : ''} and are locked`;
  },
  by: finalisers,
  doing: 'approve the minutes',
};

/** Every kind of record Steward stores and syncs, by its table name, with its policy. */
export const recordKinds = {
  schools: { schema: SchoolSchema, label: 'school', mode: editable, writers: officers },
  memberships: {
    schema: MembershipSchema,
    label: 'member',
    mode: editable,
    serverOnly: "Members are added by invitation and changed on the board's members page, not by editing the member record.",
  },
  termDates: { schema: TermDatesSchema, label: 'term dates', mode: editable, writers: officers, rules: termDatesRules },
  plans: { schema: ActionPlanSchema, label: 'action plan', mode: editable },
  areas: { schema: AreaSchema, label: 'area for improvement', mode: editable },
  needs: { schema: ImprovementNeedSchema, label: 'improvement needed', mode: editable },
  actions: { schema: ActionSchema, label: 'action', mode: editable },
  milestones: { schema: MilestoneSchema, label: 'milestone', mode: editable },
  strategies: { schema: StrategySchema, label: 'monitoring or evaluation strategy', mode: editable },
  performanceRows: { schema: PerformanceRowSchema, label: 'performance target', mode: editable },
  reviews: { schema: ReviewSchema, label: 'review', mode: until('reviews', 'id'), lock: reviewLock },
  reviewEntries: { schema: ReviewEntrySchema, label: 'review entry', mode: until('reviews', 'reviewId'), rules: reviewEntryRules },
  areaJudgements: { schema: AreaJudgementSchema, label: 'judgement of progress', mode: until('reviews', 'reviewId') },
  evidence: { schema: EvidenceSchema, label: 'evidence', mode: appendOnly },
  checklistTemplates: { schema: ChecklistTemplateSchema, label: 'checklist template', mode: appendOnly },
  visits: { schema: VisitSchema, label: 'visit', mode: editable },
  visitResponses: { schema: VisitResponseSchema, label: 'checklist answer', mode: editable },
  attendanceFigures: { schema: AttendanceFigureSchema, label: 'attendance figure', mode: editable, rules: attendanceFigureRules },
  challengeRecords: { schema: ChallengeRecordSchema, label: 'challenge', mode: until('meetings', 'meetingId') },
  attendanceDuties: { schema: AttendanceDutiesSchema, label: 'check of attendance duties', mode: editable },
  meetings: { schema: MeetingSchema, label: 'meeting', mode: until('meetings', 'id'), lock: minutesLock },
  minuteItems: { schema: MinuteItemSchema, label: 'minute item', mode: until('meetings', 'meetingId') },
  // The action log stays open after the minutes are approved: actions are done and carried forward.
  meetingActions: { schema: MeetingActionSchema, label: 'meeting action', mode: editable },
  minuteErrata: {
    schema: MinuteErratumSchema,
    label: 'erratum',
    mode: {
      type: 'correction',
      of: 'meetings',
      link: 'meetingId',
      unlocked: 'These minutes are still a draft: correct the draft itself; errata are for approved minutes.',
    },
  },
  escalationRecords: { schema: EscalationRecordSchema, label: 'standing with the authority', mode: editable },
  benchmarkAssessments: { schema: BenchmarkAssessmentSchema, label: 'phase benchmark assessment', mode: editable },
} as const satisfies Record<string, KindPolicy>;

export type RecordKind = keyof typeof recordKinds;
export const recordKindNames = Object.keys(recordKinds) as RecordKind[];
export type RecordOf<K extends RecordKind> = z.infer<(typeof recordKinds)[K]['schema']>;

/** A kind's policy, seen without its particular schema type. */
export const policyOf = (kind: RecordKind): KindPolicy => recordKinds[kind];
