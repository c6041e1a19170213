// The shapes of sync requests. A body that does not fit is answered 400 with each problem.
import { z } from 'zod';
import { isHlcStamp } from '../../domain';

/** At most this many mutations in one push (the app sends its outbox in pages of this size). */
export const MAX_MUTATIONS_PER_PUSH = 1000;
export const MAX_PULL_LIMIT = 1000;

const Uuid = z.uuid({ message: 'Must be a valid id' });

/** One outbox entry, as the app stores it (src/data/db.ts OutboxEntry); seq and createdAt are ignored. */
export const MutationSchema = z.object({
  mutationId: Uuid,
  schoolId: Uuid.optional(),
  kind: z.string().min(1).max(64),
  recordId: Uuid,
  op: z.enum(['create', 'update', 'delete'], { message: 'Must be create, update or delete' }),
  fields: z.record(z.string(), z.unknown(), { message: 'Must be an object of field values' }),
  hlc: z.string().refine(isHlcStamp, { message: 'Must be a clock stamp' }),
  seq: z.number().optional(),
  createdAt: z.string().optional(),
});
export type Mutation = z.infer<typeof MutationSchema>;

export const PushBodySchema = z.object({
  schoolId: Uuid,
  mutations: z.array(MutationSchema).max(MAX_MUTATIONS_PER_PUSH, { message: `At most ${MAX_MUTATIONS_PER_PUSH} changes in one push` }),
});
export type PushBody = z.infer<typeof PushBodySchema>;

const Count = (fallback: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,15}$/, { message: 'Must be a whole number' })
    .transform(Number)
    .pipe(z.number().int().min(0).max(max))
    .optional()
    .transform((v) => v ?? fallback);

export const PullQuerySchema = z.object({
  schoolId: Uuid,
  since: Count(0, Number.MAX_SAFE_INTEGER),
  limit: Count(500, MAX_PULL_LIMIT).pipe(z.number().min(1, { message: 'Must be at least 1' })),
  /** The `access` of the answers the device's copy was pulled under (S14); absent from older devices. */
  access: z
    .string()
    .regex(/^\d{1,15}$/, { message: 'Must be a whole number' })
    .transform(Number)
    .optional(),
  /** "1": say who wrote each field (`authors`), for the device's history; a board's first fetch leaves it out. */
  authors: z.enum(['0', '1'], { message: 'Must be 0 or 1' }).optional(),
});
export type PullQuery = z.infer<typeof PullQuerySchema>;

/** What the server answered for one mutation. */
export type MutationResult =
  | { mutationId: string; status: 'applied'; version: number | null }
  | {
      mutationId: string;
      status: 'rejected';
      reason: string;
      problems?: { field: string; message: string }[];
      /** 'file-missing' (F2): the record refers to files the server does not have yet (their SHA-256s in `files`). */
      code?: 'file-missing';
      files?: string[];
    };
