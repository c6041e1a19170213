// What the server answers: every success answer of the API, parsed by the device (src/sync/api.ts)
// rather than trusted. Fields the contract does not name are dropped, never used.
import { z } from 'zod';
import { recordKindNames } from '../kinds';
import { RoleSchema } from '../people';
import { uploaderRoles } from './requests';

const Problem = z.object({ field: z.string(), message: z.string() });
const Stamp = z.string();

export const PersonAnswer = z.object({ id: z.string(), name: z.string(), email: z.string() });
export const MembershipAnswer = z.object({ schoolId: z.string(), schoolName: z.string(), role: RoleSchema });

/** POST /api/auth/login (A1). */
export const LoginAnswer = z.object({ token: z.string(), expiresAt: z.string(), person: PersonAnswer });
/** GET /api/me. */
export const MeAnswer = z.object({ person: PersonAnswer, memberships: z.array(MembershipAnswer) });
/** POST /api/auth/logout, /logout-everywhere (A3). */
export const OkAnswer = z.object({ ok: z.literal(true) });
/** POST /api/schools/:schoolId/invites (A5). */
export const InvitationAnswer = z.object({
  email: z.string(),
  role: RoleSchema,
  token: z.string(),
  link: z.string(),
  expiresAt: z.string(),
});
/** POST /api/invites/accept (A5): a sign-in, with the board joined. */
export const JoinAnswer = LoginAnswer.extend({ schoolId: z.string(), role: RoleSchema });
/** PATCH /api/schools/:schoolId/members/:personId. */
export const RoleChangeAnswer = z.object({ personId: z.string(), role: RoleSchema });
/** DELETE /api/schools/:schoolId/members/:personId. */
export const RemoveMemberAnswer = z.object({ personId: z.string(), removed: z.literal(true) });
/** POST /api/schools (A6). */
export const NewSchoolAnswer = z.object({ schoolId: z.string(), schoolName: z.string(), role: z.enum(uploaderRoles) });

/** One mutation's answer (S3). */
export const MutationResult = z.discriminatedUnion('status', [
  z.object({ mutationId: z.string(), status: z.literal('applied'), version: z.number().nullable() }),
  z.object({
    mutationId: z.string(),
    status: z.literal('rejected'),
    reason: z.string(),
    problems: z.array(Problem).optional(),
    /** 'file-missing' (F2): the record refers to files the server does not have yet (their SHA-256s in `files`). */
    code: z.literal('file-missing').optional(),
    files: z.array(z.string()).optional(),
  }),
]);
/** POST /api/sync/push (S1–S3). */
export const PushAnswer = z.object({ results: z.array(MutationResult), version: z.number() });

const Kind = z.enum(recordKindNames as [string, ...string[]]);
/** One pulled change (S5, C2), or a withdrawal (S13). */
export const PulledChange = z.union([
  z.object({ kind: Kind, id: z.string(), version: z.number(), withdrawn: z.literal(true) }),
  z.object({
    kind: Kind,
    id: z.string(),
    version: z.number(),
    hlc: Stamp,
    clocks: z.record(z.string(), Stamp),
    data: z.record(z.string(), z.unknown()),
    authors: z.record(z.string(), z.string()).optional(),
  }),
]);
/** GET /api/sync/pull (S5, S13, S14, S17). */
export const PullAnswer = z.object({
  changes: z.array(PulledChange),
  cursor: z.number(),
  more: z.boolean(),
  reset: z.literal(true).optional(),
  reason: z.string().optional(),
  access: z.number(),
});

/** GET /api/sync/files/:sha256/status and PUT (F1). */
export const FileStatusAnswer = z.object({ sha256: z.string(), bytes: z.number().nullable(), received: z.number(), complete: z.boolean() });

/** The data of each events-stream message (S18): `hello` and `changed` carry the version; `ended` says why the stream closed. */
export const StreamMessage = z.object({ schoolId: z.string(), version: z.number() });
export const StreamEnded = z.object({ code: z.string(), reason: z.string() });

/** Every answer that is not a success: a 4xx or 5xx (S16). */
export const ErrorAnswer = z.object({
  error: z.string(),
  code: z.string().optional(),
  problems: z.array(Problem).optional(),
  received: z.number().optional(),
});

export type WireMutationResult = z.infer<typeof MutationResult>;
export type WirePulledChange = z.infer<typeof PulledChange>;
export type WirePullAnswer = z.infer<typeof PullAnswer>;
export type WirePushAnswer = z.infer<typeof PushAnswer>;
