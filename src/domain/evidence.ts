import { z } from 'zod';
import { BaseRecordSchema, IdSchema, InstantSchema, optionalText } from './record';

export const evidenceKinds = ['note', 'photo', 'document', 'data'] as const;
export const EvidenceKindSchema = z.enum(evidenceKinds);
export type EvidenceKind = z.infer<typeof EvidenceKindSchema>;

/** A file kept apart from records, addressed by the SHA-256 of its bytes. */
export const FileRefSchema = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: 'Not a valid file reference' }),
  name: z.string().max(255),
  type: z.string().max(100),
  bytes: z.number().int().min(0),
});
export type FileRef = z.infer<typeof FileRefSchema>;

/** Evidence is append-only: a note, photo, document or data that supports one or more actions. */
export const EvidenceSchema = BaseRecordSchema.extend({
  kind: EvidenceKindSchema,
  title: optionalText('Title', 300),
  text: optionalText('Text', 8000),
  file: FileRefSchema.optional(),
  recordedBy: optionalText('Recorded by', 200),
  recordedAt: InstantSchema,
  /** Action ids this evidence supports. */
  supports: z.array(IdSchema).default([]),
  /** Where it came from, e.g. a visit. */
  visitId: IdSchema.optional(),
})
  .refine((e) => e.kind !== 'note' || e.text.length > 0, { message: 'A note needs some text', path: ['text'] })
  .refine((e) => (e.kind === 'photo' || e.kind === 'document' ? !!e.file : true), { message: 'Attach the file', path: ['file'] });
export type Evidence = z.infer<typeof EvidenceSchema>;
