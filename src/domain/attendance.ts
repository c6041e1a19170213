import { z } from 'zod';
import { BaseRecordSchema, IdSchema, InstantSchema, optionalText, requiredText } from './record';
import { HalfTermSchema } from './calendar';
import { pupilGroups } from './attendanceValues';

// The values and labels (no zod) live in attendanceValues.ts; re-exported here so imports stay as they were.
export * from './attendanceValues';

export const PupilGroupSchema = z.enum(pupilGroups);

const percent = (what: string) =>
  z
    .number({ message: `${what} must be a number` })
    .min(0, { message: `${what} must be 0 or more` })
    .max(100, { message: `${what} must be 100 or less` });

/**
 * Attendance for one group in one half term. Persistent absence: missing 10% or more of sessions;
 * severe absence: missing 50% or more.
 */
export const AttendanceFigureSchema = BaseRecordSchema.extend({
  schoolYear: z.number().int().min(2000).max(2100),
  halfTerm: HalfTermSchema,
  group: PupilGroupSchema,
  pupils: z.number().int().min(0).optional(),
  attendance: percent('Attendance'),
  persistentAbsence: percent('Persistent absence'),
  severeAbsence: percent('Severe absence'),
  unauthorisedAbsence: percent('Unauthorised absence'),
  nationalAttendance: percent('National attendance').optional(),
  nationalPersistentAbsence: percent('National persistent absence').optional(),
  targetAttendance: percent('Target attendance').optional(),
  targetPersistentAbsence: percent('Target persistent absence').optional(),
});
export type AttendanceFigure = z.infer<typeof AttendanceFigureSchema>;

/** A question governors ask about attendance, from a fixed bank (see attendanceQuestions.ts). */
export interface ChallengeQuestion {
  id: string;
  text: string;
  /** Why it matters, in plain words. */
  why: string;
  /** What in the figures raises it (see rules). */
  trigger:
    | 'always'
    | 'below-national'
    | 'below-target'
    | 'pa-above-national'
    | 'gap-disadvantaged'
    | 'gap-send'
    | 'falling'
    | 'severe'
    | 'unauthorised-high';
}

/**
 * A question put to the school and the answer given, with a follow-up if needed. Asked at a meeting,
 * it is minuted there (editable until the minutes are approved); tied to a plan action by relatedId.
 */
export const ChallengeRecordSchema = BaseRecordSchema.extend({
  topic: z.enum(['attendance', 'plan', 'visit', 'other']).default('attendance'),
  questionId: z.string().max(64).optional(),
  question: requiredText('Question', 2000),
  answer: optionalText('Answer', 8000),
  followUp: optionalText('Follow-up', 2000),
  askedBy: optionalText('Asked by', 200),
  askedAt: InstantSchema,
  relatedId: IdSchema.optional(),
  /** The meeting (and its minute item) where it was asked; locked with that meeting's minutes once approved. */
  meetingId: IdSchema.optional(),
  minuteItemId: IdSchema.optional(),
});
export type ChallengeRecord = z.infer<typeof ChallengeRecordSchema>;
