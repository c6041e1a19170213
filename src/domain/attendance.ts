import { z } from 'zod';
import { BaseRecordSchema, DateSchema, IdSchema, InstantSchema, optionalText, requiredText } from './record';
import { HalfTermSchema } from './calendar';
import {
  assuranceLevels,
  attendanceDutyIds,
  pupilGroups,
  severeWithinPersistent,
  yearGroups,
  type QuestionTheme,
} from './attendanceValues';
import { withRules } from './fieldRules';

// The values and labels (no zod) live in attendanceValues.ts; re-exported here so imports stay as they were.
export * from './attendanceValues';

export const PupilGroupSchema = z.enum(pupilGroups, { message: 'Choose a pupil group' });
export const YearGroupSchema = z.enum(yearGroups, { message: 'Choose a year group (Reception to Year 13)' });

const percent = (what: string) =>
  z
    .number({ message: `${what} must be a number` })
    .min(0, { message: `${what} must be 0 or more` })
    .max(100, { message: `${what} must be 100 or less` });

/**
 * Attendance for one group in one half term. Persistent absence: missing 10% or more of sessions;
 * severe absence: missing 50% or more. Comparators (national, local authority) and the school's
 * targets are optional on every row. Severe ≤ persistent is the kind's field rule (below, listed in
 * its policy); a group no larger than the school reads the all-pupils row too (attendanceRules.ts).
 */
const AttendanceFigureFields = BaseRecordSchema.extend({
  schoolYear: z.number().int().min(2000).max(2100),
  halfTerm: HalfTermSchema,
  group: PupilGroupSchema,
  pupils: z
    .number({ message: 'Pupils on roll must be a number' })
    .int({ message: 'Pupils on roll must be a whole number' })
    .min(0)
    .optional(),
  attendance: percent('Attendance'),
  persistentAbsence: percent('Persistent absence'),
  severeAbsence: percent('Severe absence'),
  unauthorisedAbsence: percent('Unauthorised absence'),
  /** Sessions marked late after the register closed (code U), as a percentage of sessions. */
  lateAfterRegisters: percent('Late after registers close').optional(),
  nationalAttendance: percent('National attendance').optional(),
  nationalPersistentAbsence: percent('National persistent absence').optional(),
  laAttendance: percent('Local authority attendance').optional(),
  laPersistentAbsence: percent('Local authority persistent absence').optional(),
  targetAttendance: percent('Target attendance').optional(),
  targetPersistentAbsence: percent('Target persistent absence').optional(),
});

export const attendanceFigureRules = [severeWithinPersistent] as const;
export const AttendanceFigureSchema = withRules(AttendanceFigureFields, attendanceFigureRules);
export type AttendanceFigure = z.infer<typeof AttendanceFigureSchema>;

/** The figures of one row, as entered or imported (without the record's own fields). */
export type FigureValues = Omit<AttendanceFigure, keyof z.infer<typeof BaseRecordSchema>>;

/** A question governors ask about attendance, from a fixed bank (see attendanceBank.ts). */
export interface ChallengeQuestion {
  id: string;
  theme: QuestionTheme;
  text: string;
  /** Why it matters, in plain words. */
  why: string;
  /** What a good answer contains: the evidence to ask to see. */
  goodAnswer: string;
  /** What raises it (see attendanceQuestions.ts). */
  trigger:
    | 'always'
    | 'below-national'
    | 'below-target'
    | 'pa-above-national'
    | 'gap-disadvantaged'
    | 'gap-send'
    | 'falling'
    | 'severe'
    | 'unauthorised-high'
    | 'plan-slipping';
}

export const AssuranceSchema = z.enum(assuranceLevels, { message: 'Choose assured, partly assured or not assured' });

/**
 * A question put to the school and the answer given: when and where it was asked, whether the
 * board was assured, and the follow-up agreed (with the action it became, if any). Asked at a
 * meeting (`meetingId`), it is part of that meeting's minutes and is locked with them once they are
 * approved; until then the answer can be filled in and changed.
 */
export const ChallengeRecordSchema = BaseRecordSchema.extend({
  topic: z.enum(['attendance', 'plan', 'visit', 'other']).default('attendance'),
  questionId: z.string().max(64).optional(),
  question: requiredText('Question', 2000),
  answer: optionalText('Answer', 8000),
  assurance: AssuranceSchema.optional(),
  followUp: optionalText('Follow-up', 2000),
  /** The plan action or meeting action the follow-up became. */
  followUpActionId: IdSchema.optional(),
  askedBy: optionalText('Asked by', 200),
  askedAt: InstantSchema,
  meetingId: IdSchema.optional(),
  /** The half term whose figures were in front of the board. */
  schoolYear: z.number().int().min(2000).max(2100).optional(),
  halfTerm: HalfTermSchema.optional(),
  relatedId: IdSchema.optional(),
  /** The item of the meeting's minutes it was asked under; tied to a plan action by relatedId. */
  minuteItemId: IdSchema.optional(),
});
export type ChallengeRecord = z.infer<typeof ChallengeRecordSchema>;

/** One duty, as the board found it when it checked. */
export const DutyCheckSchema = z.object({
  met: z.enum(['yes', 'no'], { message: 'Say whether the duty is met' }),
  note: optionalText('Note', 1000),
});

/** The board's yearly check of the school's attendance duties (one record per school year). */
export const AttendanceDutiesSchema = BaseRecordSchema.extend({
  schoolYear: z.number().int().min(2000).max(2100),
  checks: z.partialRecord(z.enum(attendanceDutyIds), DutyCheckSchema),
  confirmedOn: DateSchema.optional(),
  confirmedBy: optionalText('Confirmed by', 200),
});
export type AttendanceDuties = z.infer<typeof AttendanceDutiesSchema>;
