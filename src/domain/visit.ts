import { z } from 'zod';
import { BaseRecordSchema, DateSchema, IdSchema, InstantSchema, optionalText, requiredText } from './record';
import { FileRefSchema } from './evidence';

export const responseTypes = ['yes-partly-no', 'rating', 'number', 'text', 'photo'] as const;
export const ResponseTypeSchema = z.enum(responseTypes);
export type ResponseType = z.infer<typeof ResponseTypeSchema>;

export const ChecklistItemSchema = z.object({
  id: z.string().min(1).max(64),
  prompt: requiredText('Item', 500),
  hint: optionalText('Hint', 1000),
  type: ResponseTypeSchema,
});
export type ChecklistItem = z.infer<typeof ChecklistItemSchema>;

export const ChecklistSectionSchema = z.object({
  id: z.string().min(1).max(64),
  title: requiredText('Section title', 200),
  items: z.array(ChecklistItemSchema).min(1, { message: 'A section needs at least one item' }),
});
export type ChecklistSection = z.infer<typeof ChecklistSectionSchema>;

/**
 * A checklist template. Each saved change is a new version (same templateKey, version + 1), so a
 * visit keeps the exact version it was made with.
 */
export const ChecklistTemplateSchema = BaseRecordSchema.extend({
  templateKey: z.string().min(1).max(64),
  version: z.number().int().min(1),
  title: requiredText('Template title', 200),
  purpose: optionalText('Purpose', 1000),
  builtIn: z.boolean().default(false),
  sections: z.array(ChecklistSectionSchema).min(1, { message: 'A template needs at least one section' }),
  retired: z.boolean().default(false),
}).refine((t) => new Set(t.sections.flatMap((s) => s.items.map((i) => i.id))).size === t.sections.reduce((n, s) => n + s.items.length, 0), {
  message: 'Two items of the template share an id',
  path: ['sections'],
});
export type ChecklistTemplate = z.infer<typeof ChecklistTemplateSchema>;

export const visitKinds = ['learning walk', 'monitoring visit', 'meeting with staff', 'pupil voice'] as const;
export type VisitKind = (typeof visitKinds)[number];
export const visitStatuses = ['planned', 'in-progress', 'complete', 'cancelled'] as const;
export type VisitStatus = (typeof visitStatuses)[number];
export const reportStatuses = ['draft', 'with-head', 'agreed', 'filed'] as const;
export const ReportStatusSchema = z.enum(reportStatuses);
export type ReportStatus = z.infer<typeof ReportStatusSchema>;
export const reportStatusLabels: Record<ReportStatus, string> = {
  draft: 'Draft',
  'with-head': 'With the headteacher',
  agreed: 'Agreed',
  filed: 'Filed',
};

export const VisitReportSchema = z.object({
  purpose: optionalText('Purpose'),
  seen: optionalText('What was seen', 8000),
  strengths: optionalText('Strengths', 8000),
  questions: optionalText('Questions for the board', 8000),
  followUps: optionalText('Follow-ups', 8000),
  status: ReportStatusSchema.default('draft'),
  /** What the headteacher asked to be corrected when checking the report for factual accuracy. */
  headComments: optionalText("Headteacher's corrections", 4000),
  sentToHeadAt: InstantSchema.optional(),
  agreedAt: InstantSchema.optional(),
  filedAt: InstantSchema.optional(),
});
export type VisitReport = z.infer<typeof VisitReportSchema>;

/** A monitoring visit or learning walk: planned, carried out (often offline), then reported. */
export const VisitSchema = BaseRecordSchema.extend({
  kind: z.enum(visitKinds),
  date: DateSchema,
  purpose: requiredText('Purpose', 1000),
  governor: requiredText('Governor', 200),
  walkingWith: optionalText('Walking with', 200),
  focusActionIds: z.array(IdSchema).default([]),
  /** Areas for improvement (plan priorities) the visit looks at. */
  focusAreaIds: z.array(IdSchema).default([]),
  /** Whether the purpose was agreed with the headteacher beforehand. */
  purposeAgreed: z.boolean().default(false),
  templateId: IdSchema.optional(),
  status: z.enum(visitStatuses).default('planned'),
  /** When the governor finished the visit (its findings then became evidence). */
  finishedAt: InstantSchema.optional(),
  report: VisitReportSchema.default({
    purpose: '',
    seen: '',
    strengths: '',
    questions: '',
    followUps: '',
    status: 'draft',
    headComments: '',
  }),
});
export type Visit = z.infer<typeof VisitSchema>;

export const AnswerSchema = z.union([
  z.object({ type: z.literal('yes-partly-no'), value: z.enum(['yes', 'partly', 'no', 'not-seen']) }),
  z.object({ type: z.literal('rating'), value: z.number().int().min(1).max(4) }),
  z.object({ type: z.literal('number'), value: z.number().finite() }),
  z.object({ type: z.literal('text'), value: z.string().max(4000) }),
  z.object({ type: z.literal('photo'), value: z.array(FileRefSchema).max(20) }),
]);
export type Answer = z.infer<typeof AnswerSchema>;

/** The answer to one checklist item on one visit, with a short note and any actions it bears on. */
export const VisitResponseSchema = BaseRecordSchema.extend({
  visitId: IdSchema,
  itemId: z.string().min(1).max(64),
  answer: AnswerSchema.optional(),
  note: optionalText('Note', 2000),
  /** Photos added to any item (a photo item keeps its photos in `answer`). Bytes live in the files table. */
  photos: z.array(FileRefSchema).max(20, { message: 'At most 20 photos on one item' }).default([]),
  actionIds: z.array(IdSchema).default([]),
  /** The evidence this finding made for the actions it is tied to (replaced when the finding changes). */
  evidenceIds: z.array(IdSchema).default([]),
  answeredAt: InstantSchema,
});
export type VisitResponse = z.infer<typeof VisitResponseSchema>;
