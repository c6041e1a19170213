// Sessions: opaque bearer tokens, stored hashed, with an expiry; signing out revokes them.
import type { FastifyRequest } from 'fastify';
import { ukDate, type Role } from '../../domain';
import type { Queryable } from '../db';
import { ApiError } from '../http';
import { hashToken, newToken } from './secrets';

/** How long a session lasts from sign-in. */
export const SESSION_DAYS = 30;

export interface Caller {
  personId: string;
  email: string;
  name: string;
  tokenHash: string;
}

/** Start a session for a person: the token is given once, to them; only its hash is kept. */
export async function createSession(db: Queryable, personId: string): Promise<{ token: string; expiresAt: string }> {
  const token = newToken();
  const rows = await db.query<{ expires_at: Date }>(
    `INSERT INTO sessions (token_hash, person_id, expires_at) VALUES ($1, $2, now() + make_interval(days => $3)) RETURNING expires_at`,
    [hashToken(token), personId, SESSION_DAYS],
  );
  return { token, expiresAt: rows[0]!.expires_at.toISOString() };
}

function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return null;
  const m = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header.trim());
  return m ? m[1]! : null;
}

/** The person signed in by the request's bearer token; 401 when there is none, or it has expired or been revoked. */
export async function authenticate(db: Queryable, request: FastifyRequest): Promise<Caller> {
  const token = bearerToken(request);
  if (!token) throw new ApiError(401, 'Sign in first.', { code: 'signed-out' });
  const tokenHash = hashToken(token);
  const rows = await db.query<{ person_id: string; email: string; name: string }>(
    `SELECT p.person_id, p.email, p.name FROM sessions s JOIN people p ON p.person_id = s.person_id
      WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`,
    [tokenHash],
  );
  const row = rows[0];
  if (!row) throw new ApiError(401, 'Your session has ended: sign in again.', { code: 'signed-out' });
  return { personId: row.person_id, email: row.email, name: row.name, tokenHash };
}

/** Announced when sessions of a person end, so every server's open event streams of theirs check again (S18). */
export const SESSIONS_ENDED_CHANNEL = 'steward_sessions_ended';

/** End sessions and announce it, in one statement (NOTIFY is delivered when it commits). */
const ending = (db: Queryable, where: string, value: string) =>
  db.query(
    `WITH ended AS (UPDATE sessions SET revoked_at = now() WHERE ${where} AND revoked_at IS NULL RETURNING person_id)
     SELECT pg_notify('${SESSIONS_ENDED_CHANNEL}', json_build_object('personId', person_id)::text) FROM (SELECT DISTINCT person_id FROM ended) e`,
    [value],
  );

export const revokeSession = (db: Queryable, tokenHash: string) => ending(db, 'token_hash = $1', tokenHash);

/** Sign out everywhere: end every session of the person. */
export const revokeAllSessions = (db: Queryable, personId: string) => ending(db, 'person_id = $1', personId);

export interface Member {
  role: Role;
  schoolName: string;
  accessVersion: number;
}

/**
 * The caller's membership of a school. 403 when they are not a member; when they were removed, 403
 * with code "removed" and a message saying so (the app then takes the board off the device).
 */
export async function requireMember(db: Queryable, schoolId: string, personId: string): Promise<Member> {
  const rows = await db.query<{ role: Role; removed_at: Date | null; access_version: number; name: string }>(
    `SELECT m.role, m.removed_at, m.access_version, s.name FROM memberships m JOIN schools s ON s.school_id = m.school_id
      WHERE m.school_id = $1 AND m.person_id = $2`,
    [schoolId, personId],
  );
  return memberOrRefusal(rows[0]);
}

/** A membership row as a Member, or the 403 that says why not. */
function memberOrRefusal(
  row: { role: Role | null; removed_at: Date | null; access_version: number | null; name: string | null } | undefined,
): Member {
  if (!row || row.role === null) throw new ApiError(403, 'You are not a member of this board.', { code: 'not-a-member' });
  if (row.removed_at) {
    const on = ukDate(row.removed_at.toISOString().slice(0, 10));
    throw new ApiError(403, `You were removed from the board of ${row.name} on ${on}, so its records are no longer sent to this device.`, {
      code: 'removed',
    });
  }
  return { role: row.role, schoolName: row.name ?? '', accessVersion: row.access_version ?? 0 };
}

/**
 * `authenticate` and `requireMember` in one statement (for pull and the event stream, the requests
 * a device makes most): the same answers — 401 signed-out, 403 not-a-member or removed — in one
 * round trip instead of two.
 */
export async function authenticateMember(
  db: Queryable,
  request: FastifyRequest,
  schoolId: string,
): Promise<{ caller: Caller; member: Member }> {
  const token = bearerToken(request);
  if (!token) throw new ApiError(401, 'Sign in first.', { code: 'signed-out' });
  const tokenHash = hashToken(token);
  const rows = await db.query<{
    person_id: string;
    email: string;
    person_name: string;
    role: Role | null;
    removed_at: Date | null;
    access_version: number | null;
    name: string | null;
  }>(
    `SELECT p.person_id, p.email, p.name AS person_name, m.role, m.removed_at, m.access_version, sc.name
       FROM sessions s JOIN people p ON p.person_id = s.person_id
       LEFT JOIN memberships m ON m.school_id = $2 AND m.person_id = p.person_id
       LEFT JOIN schools sc ON sc.school_id = m.school_id
      WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now()`,
    [tokenHash, schoolId],
  );
  const row = rows[0];
  if (!row) throw new ApiError(401, 'Your session has ended: sign in again.', { code: 'signed-out' });
  return { caller: { personId: row.person_id, email: row.email, name: row.person_name, tokenHash }, member: memberOrRefusal(row) };
}
