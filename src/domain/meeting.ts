import { z } from 'zod';
import { BaseRecordSchema, DateSchema, IdSchema, InstantSchema, optionalText, requiredText } from './record';

export const meetingKinds = ['School Improvement Committee', 'School of Concern meeting', 'Full governing board'] as const;
export const MeetingKindSchema = z.enum(meetingKinds);

/** A meeting of the committee or board; its minutes are approved by the chair and then locked. */
export const MeetingSchema = BaseRecordSchema.extend({
  kind: MeetingKindSchema,
  date: DateSchema,
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'Time must be hh:mm' })
    .or(z.literal(''))
    .default(''),
  venue: optionalText('Venue', 300),
  present: z.array(requiredText('Name', 200)).default([]),
  apologies: z.array(requiredText('Name', 200)).default([]),
  minutesStatus: z.enum(['not-started', 'draft', 'approved']).default('not-started'),
  approvedAt: InstantSchema.optional(),
  approvedBy: optionalText('Approved by', 200),
});
export type Meeting = z.infer<typeof MeetingSchema>;

/** One item of the minutes: what was discussed, the challenge, and the decision. Locked when the minutes are approved. */
export const MinuteItemSchema = BaseRecordSchema.extend({
  meetingId: IdSchema,
  position: z.number().int().min(1),
  title: requiredText('Item title', 300),
  discussion: optionalText('Discussion', 8000),
  challenge: optionalText('Challenge', 4000),
  decision: optionalText('Decision', 4000),
  areaId: IdSchema.optional(),
});
export type MinuteItem = z.infer<typeof MinuteItemSchema>;

export const meetingActionStatuses = ['open', 'done', 'carried forward'] as const;
/** An action agreed at a meeting, carried in the action log until done. */
export const MeetingActionSchema = BaseRecordSchema.extend({
  meetingId: IdSchema,
  minuteItemId: IdSchema.optional(),
  description: requiredText('Action', 1000),
  owner: requiredText('Owner', 200),
  due: DateSchema,
  status: z.enum(meetingActionStatuses).default('open'),
});
export type MeetingAction = z.infer<typeof MeetingActionSchema>;
