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
});
export type ChecklistTemplate = z.infer<typeof ChecklistTemplateSchema>;

export const visitKinds = ['learning walk', 'monitoring visit', 'meeting with staff', 'pupil voice'] as const;
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
  templateId: IdSchema.optional(),
  status: z.enum(['planned', 'in-progress', 'complete', 'cancelled']).default('planned'),
  report: VisitReportSchema.default({ purpose: '', seen: '', strengths: '', questions: '', followUps: '', status: 'draft' }),
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
  actionIds: z.array(IdSchema).default([]),
  answeredAt: InstantSchema,
});
export type VisitResponse = z.infer<typeof VisitResponseSchema>;
