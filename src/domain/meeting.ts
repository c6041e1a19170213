import { z } from 'zod';
import { BaseRecordSchema, DateSchema, IdSchema, InstantSchema, optionalText, requiredText } from './record';

export const meetingKinds = ['School Improvement Committee', 'School of Concern meeting', 'Full governing board'] as const;
export const MeetingKindSchema = z.enum(meetingKinds);
export type MeetingKind = (typeof meetingKinds)[number];

/** Whether someone invited came: apologies are accepted (or not) by the meeting. */
export const attendances = ['expected', 'present', 'apologies accepted', 'apologies not accepted', 'absent'] as const;
export type Attendance = (typeof attendances)[number];

/** Someone invited: a member of the committee (counts towards the quorum) or a visitor such as the LA officer. */
export const AttendeeSchema = z.object({
  name: requiredText('Name', 200),
  office: optionalText('Office', 120),
  member: z.boolean().default(true),
  attendance: z.enum(attendances).default('expected'),
});
export type Attendee = z.infer<typeof AttendeeSchema>;

/** A paper the school must give the LA before a School of Concern meeting; sentOn once given. */
export const PaperSchema = z.object({
  title: requiredText('Paper', 200),
  sentOn: DateSchema.optional(),
});
export type Paper = z.infer<typeof PaperSchema>;

export const minutesStatuses = ['not-started', 'draft', 'circulated', 'approved'] as const;
export type MinutesStatus = (typeof minutesStatuses)[number];
export const minutesStatusLabels: Record<MinutesStatus, string> = {
  'not-started': 'No minutes yet',
  draft: 'Minutes in draft',
  circulated: 'Draft sent to members for comment',
  approved: 'Minutes approved and signed',
};

const timeSchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Time must be hh:mm, e.g. 16:00' })
  .or(z.literal(''))
  .default('');

/**
 * A meeting of the committee or board. Its minutes are drafted, sent to members for comment, then
 * approved at the next meeting and signed by the chair (approvedBy, approvedAt), which locks them.
 */
export const MeetingSchema = BaseRecordSchema.extend({
  kind: MeetingKindSchema,
  date: DateSchema,
  time: timeSchema,
  venue: optionalText('Venue', 300),
  attendees: z.array(AttendeeSchema).max(60, { message: 'At most 60 people can be invited' }).default([]),
  /** How many members must be present for the meeting to take decisions. */
  quorum: z.number({ message: 'Quorum must be a number' }).int().min(1, { message: 'Quorum must be at least 1' }).max(60).default(3),
  declarations: optionalText('Declarations of interest', 4000),
  papers: z.array(PaperSchema).max(30).default([]),
  /** How many Part B items there are, so the Part A minutes can say one was discussed without showing it. */
  confidentialItems: z.number().int().min(0).default(0),
  minutesStatus: z.enum(minutesStatuses).default('not-started'),
  circulatedAt: InstantSchema.optional(),
  approvedAt: InstantSchema.optional(),
  approvedBy: optionalText('Approved by', 200),
  /** The meeting whose minutes record the approval (the next meeting). */
  approvedAtMeetingId: IdSchema.optional(),
}).refine((m) => m.minutesStatus !== 'approved' || (!!m.approvedAt && !!m.approvedBy), {
  message: 'Approved minutes need the name of the chair who signs them and the date and time',
  path: ['approvedBy'],
});
export type Meeting = z.infer<typeof MeetingSchema>;

/** What an agenda item is for: the builder makes the standing ones; "other" are added by hand. */
export const itemKinds = ['apologies', 'minutes', 'matters-arising', 'area', 'attendance', 'soc', 'aob', 'next-meeting', 'other'] as const;
export type ItemKind = (typeof itemKinds)[number];

/**
 * One item of the agenda and, once minuted, of the minutes: the papers the board's data gave it,
 * the summary of the discussion and the decision. Part B items carry visibility partB or chairs.
 * Editable until the meeting's minutes are approved; then locked with them.
 */
export const MinuteItemSchema = BaseRecordSchema.extend({
  meetingId: IdSchema,
  position: z.number().int().min(1),
  title: requiredText('Item title', 300),
  itemKind: z.enum(itemKinds).default('other'),
  /** What the agenda builder found in the board's data (ratings, judgement, evidence, visit reports). */
  papers: optionalText('Papers', 8000),
  discussion: optionalText('Summary', 8000),
  decision: optionalText('Decision', 4000),
  areaId: IdSchema.optional(),
});
export type MinuteItem = z.infer<typeof MinuteItemSchema>;

export const meetingActionStatuses = ['open', 'done', 'carried forward'] as const;
export type MeetingActionStatus = (typeof meetingActionStatuses)[number];

/** One carry-forward: the date it was due, the new date and why. */
export const CarrySchema = z.object({
  from: DateSchema,
  to: DateSchema,
  reason: requiredText('Reason', 1000),
  on: DateSchema,
});
export type Carry = z.infer<typeof CarrySchema>;

/** An action agreed at a meeting, carried in the action log until done. Stays open after the minutes are locked. */
export const MeetingActionSchema = BaseRecordSchema.extend({
  meetingId: IdSchema,
  minuteItemId: IdSchema.optional(),
  description: requiredText('Action', 1000),
  owner: requiredText('Owner', 200),
  due: DateSchema,
  status: z.enum(meetingActionStatuses).default('open'),
  doneOn: DateSchema.optional(),
  carried: z.array(CarrySchema).default([]),
});
export type MeetingAction = z.infer<typeof MeetingActionSchema>;

/** A correction to approved minutes, kept beside the original (which is never edited). Append-only. */
export const MinuteErratumSchema = BaseRecordSchema.extend({
  meetingId: IdSchema,
  minuteItemId: IdSchema.optional(),
  correction: requiredText('Correction', 4000),
  recordedBy: requiredText('Recorded by', 200),
  recordedAt: InstantSchema,
});
export type MinuteErratum = z.infer<typeof MinuteErratumSchema>;
