import { z } from 'zod';

// No eval: the app's Content-Security-Policy (script-src 'self') forbids it, and zod would
// otherwise try `new Function` as each object schema is made (a CSP violation in the console).
// Set here because every module that makes a schema imports this one, so it runs before any.
z.config({ jitless: true });

/** Who may see a record (seed 003: Part B items; headteacher-capability matters for chair and vice-chair only). */
export const visibilities = ['board', 'partB', 'chairs'] as const;
export const VisibilitySchema = z.enum(visibilities);
export type Visibility = z.infer<typeof VisibilitySchema>;

export const visibilityLabels: Record<Visibility, string> = {
  board: 'Whole board',
  partB: 'Part B (confidential)',
  chairs: 'Chair and vice-chair only',
};

/** Ids are UUIDv7, made on the device. */
export const IdSchema = z.uuid({ message: 'Must be a valid id' });
export type Id = z.infer<typeof IdSchema>;

/** An ISO 8601 instant, e.g. 2026-11-23T09:00:00.000Z. */
export const InstantSchema = z.iso.datetime({ offset: true, message: 'Must be a date and time' });
/** A calendar date, yyyy-mm-dd (shown to people as dd/mm/yyyy). */
export const DateSchema = z.iso.date({ message: 'Must be a date' });
export type IsoDate = string;

export const requiredText = (what: string, max = 2000) =>
  z
    .string()
    .trim()
    .min(1, { message: `${what} is required` })
    .max(max, { message: `${what} must be at most ${max} characters` });
export const optionalText = (what: string, max = 4000) =>
  z
    .string()
    .trim()
    .max(max, { message: `${what} must be at most ${max} characters` })
    .default('');

/** Fields every stored record carries. */
export const BaseRecordSchema = z.object({
  id: IdSchema,
  schoolId: IdSchema,
  createdAt: InstantSchema,
  updatedAt: InstantSchema,
  deleted: z.boolean().default(false),
  visibility: VisibilitySchema.default('board'),
});
export type BaseRecord = z.infer<typeof BaseRecordSchema>;

/** The fields a command fills in; callers give the rest. */
export type RecordInput<T extends BaseRecord> = Omit<T, keyof BaseRecord> & Partial<Pick<T, 'id' | 'visibility'>>;
