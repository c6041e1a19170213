// What a device may send: every request body and query of the API (docs/sync-protocol.md). Strict:
// a field the contract does not have is refused (400) with a message naming it, never ignored.
import { z } from 'zod';
import { isHlcStamp } from '../hlc';
import { PASSWORD_MIN_LENGTH, RoleSchema, type Role } from '../people';

/** An object that refuses fields it does not have, naming them. */
export const strict = <S extends z.ZodRawShape>(shape: S) =>
  z.strictObject(shape, {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `Unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map((k) => `"${k}"`).join(', ')}: remove ${issue.keys.length === 1 ? 'it' : 'them'}`
        : undefined,
  });

const Uuid = z.uuid({ message: 'Must be a valid id' });

/** At most this many mutations in one push (the app sends its outbox in pages of this size). */
export const MAX_MUTATIONS_PER_PUSH = 1000;
export const MAX_PULL_LIMIT = 1000;

export const PasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, { message: `Choose a password of at least ${PASSWORD_MIN_LENGTH} characters` })
  .max(200, { message: 'A password can be at most 200 characters' });

/** POST /api/auth/login (A1). */
export const LoginRequest = strict({
  email: z.string().trim().min(1, { message: 'Enter your email address' }).max(320),
  password: z.string().min(1, { message: 'Enter your password' }).max(200),
});

/** POST /api/auth/logout and /logout-everywhere (A3): no fields. */
export const EmptyRequest = strict({}).optional();

export const SchoolParams = z.object({ schoolId: Uuid });
export const MemberParams = SchoolParams.extend({ personId: Uuid });

/** POST /api/schools/:schoolId/invites (A5). */
export const InviteRequest = strict({ email: z.email({ message: 'Enter a valid email address' }).max(320), role: RoleSchema });

/** POST /api/invites/accept (A5). */
export const AcceptInviteRequest = strict({
  // "<school id>.<secret>" (only the secret's hash is kept), or, for a link made before it carried the school id, the secret alone.
  token: z.string().regex(/^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\.)?[A-Za-z0-9_-]{43}$/, {
    message: 'This invite link is not complete: copy the whole link',
  }),
  name: z.string().trim().min(1, { message: 'Enter your name' }).max(200, { message: 'Name must be at most 200 characters' }),
  password: PasswordSchema,
});

/** PATCH /api/schools/:schoolId/members/:personId (A5). */
export const RoleChangeRequest = strict({ role: RoleSchema });

/** The roles the person uploading a board may take: those who can then invite the rest (A5, A6). */
export const uploaderRoles = ['chair', 'clerk'] as const satisfies readonly Role[];

/** POST /api/schools (A6). */
export const NewSchoolRequest = strict({
  schoolId: Uuid,
  name: z
    .string()
    .trim()
    .min(1, { message: 'Enter the school’s name' })
    .max(200, { message: 'School name must be at most 200 characters' }),
  role: z.enum(uploaderRoles, { message: 'Choose chair or clerk' }).default('chair'),
});

/** One outbox entry (src/data/db.ts OutboxEntry); `seq` and `createdAt` are the device's own and ignored. */
export const MutationRequest = strict({
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

/** POST /api/sync/push (S1). */
export const PushRequest = strict({
  schoolId: Uuid,
  mutations: z.array(MutationRequest).max(MAX_MUTATIONS_PER_PUSH, { message: `At most ${MAX_MUTATIONS_PER_PUSH} changes in one push` }),
});

const WholeText = z.string().regex(/^\d{1,15}$/, { message: 'Must be a whole number' });
const Count = (fallback: number, max: number) =>
  WholeText.transform(Number)
    .pipe(z.number().int().min(0).max(max))
    .optional()
    .transform((v) => v ?? fallback);

/** GET /api/sync/pull (S5). */
export const PullQuery = strict({
  schoolId: Uuid,
  since: Count(0, Number.MAX_SAFE_INTEGER),
  limit: Count(500, MAX_PULL_LIMIT).pipe(z.number().min(1, { message: 'Must be at least 1' })),
  /** The `access` of the answers the device's copy was pulled under (S14). */
  access: WholeText.transform(Number).optional(),
  /** "1": say who wrote each field (`authors`), for the device's history; a board's first fetch leaves it out. */
  authors: z.enum(['0', '1'], { message: 'Must be 0 or 1' }).optional(),
});

/** GET /api/sync/events (S18). */
export const EventsQuery = strict({ schoolId: Uuid });

/** The address of a file (F1). */
export const FileParams = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/, { message: 'Must be a SHA-256: 64 lower-case hex characters' }),
});
/** GET /api/sync/files/:sha256 and …/status (F1). */
export const FileQuery = strict({ schoolId: Uuid });
/** PUT /api/sync/files/:sha256 (F1): the body is the chunk's bytes. */
export const FileUploadQuery = strict({
  schoolId: Uuid,
  offset: WholeText.transform(Number),
  bytes: WholeText.transform(Number),
  type: z
    .string()
    .max(100, { message: 'At most 100 characters' })
    .regex(/^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i, { message: 'Must be a media type, like image/jpeg' })
    .optional()
    .transform((t) => t ?? 'application/octet-stream'),
});

export type WireMutation = z.infer<typeof MutationRequest>;
export type WirePushRequest = z.infer<typeof PushRequest>;
export type WirePullQuery = z.infer<typeof PullQuery>;
