// Shared by the S16 property tests and their regressions: what counts as a clean refusal, a
// snapshot of every table, every API route, and fast-check generators of junk.
import fc from 'fast-check';
import { v7 } from 'uuid';
import { expect } from 'vitest';
import type { SqlClient } from '../../../src/server/db';
import type { Board } from './board';

export const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
export const runs = { numRuns: RUNS };
/** Time for one property: generous, as a busy two-core machine is slow (about 30 ms a run is usual). */
export const timeout = Math.max(30_000, RUNS * 250);

const TABLES = [
  'schools',
  'school_versions',
  'people',
  'memberships',
  'invites',
  'sessions',
  'login_attempts',
  'records',
  'applied_mutations',
  'files',
  'file_chunks',
  'file_refs',
];

/** Every row of every table, as text: equal before and after means nothing was written. */
export async function snapshot(db: SqlClient): Promise<string[]> {
  const out: string[] = [];
  for (const table of TABLES) {
    const rows = await db.query<{ rows: string }>(
      `SELECT coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '') AS rows FROM ${table} t`,
    );
    out.push(`${table}:\n${rows[0]!.rows}`);
  }
  return out;
}

export type Res = { statusCode: number; headers: Record<string, unknown>; body: string };

export function expectClientError(res: Res, what: string) {
  expect(res.statusCode, `${what} → ${res.statusCode} ${res.body.slice(0, 300)}`).toBeGreaterThanOrEqual(400);
  expect(res.statusCode, `${what} → ${res.body.slice(0, 300)}`).toBeLessThan(500);
  expect(String(res.headers['content-type']), what).toMatch(/^application\/json/);
  const body = JSON.parse(res.body) as { error?: unknown; problems?: unknown };
  expect(typeof body.error, what).toBe('string');
  expect((body.error as string).length, what).toBeGreaterThan(0);
  if (res.statusCode === 400) {
    expect(Array.isArray(body.problems), `${what}: a 400 lists its problems`).toBe(true);
    for (const p of body.problems as { field?: unknown; message?: unknown }[]) {
      expect(typeof p.field, what).toBe('string');
      expect(typeof p.message, what).toBe('string');
    }
  }
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
export interface Route {
  method: Method;
  url: string;
  /** Who may be signed in when sending junk here without the junk ever being a valid request. */
  auth: 'member' | 'none';
}

/**
 * Every API route, addressed so that no request can succeed by chance: member routes aim at a
 * person who is not on the board, sign-out routes are only sent without a valid session (a valid
 * sign-out would rightly change the sessions table), and so on.
 */
export function routesOf(b: Board): Route[] {
  const stranger = v7();
  // A file address with no query: never a valid request (the school is not named).
  const file = `/api/sync/files/${'0f'.repeat(32)}`;
  return [
    { method: 'POST', url: '/api/auth/login', auth: 'none' },
    { method: 'POST', url: '/api/auth/logout', auth: 'none' },
    { method: 'POST', url: '/api/auth/logout-everywhere', auth: 'none' },
    { method: 'GET', url: '/api/me', auth: 'none' },
    { method: 'POST', url: `/api/schools/${b.schoolId}/invites`, auth: 'member' },
    { method: 'POST', url: '/api/invites/accept', auth: 'none' },
    { method: 'POST', url: '/api/schools', auth: 'member' },
    { method: 'PATCH', url: `/api/schools/${b.schoolId}/members/${stranger}`, auth: 'member' },
    { method: 'DELETE', url: `/api/schools/${b.schoolId}/members/${stranger}`, auth: 'none' },
    { method: 'POST', url: '/api/sync/push', auth: 'member' },
    { method: 'GET', url: '/api/sync/pull', auth: 'none' },
    { method: 'GET', url: '/api/sync/events', auth: 'none' },
    { method: 'GET', url: `${file}/status`, auth: 'member' },
    { method: 'GET', url: file, auth: 'member' },
    { method: 'PUT', url: file, auth: 'member' },
  ];
}

/** Text of every sort: printable, any UTF-16 (lone surrogates too), and control characters (NUL). */
export const anyText = (max = 40) =>
  fc.oneof(
    fc.string({ maxLength: max }),
    fc.string({ unit: 'binary', maxLength: max }),
    fc.string({ unit: fc.constantFrom('\u0000', '\u0001', '\ud800', '\udfff', '\u2028', 'é', '"', '\\', '%', '&', '='), maxLength: max }),
  );

/** JSON values, with awkward strings in them. */
export const anyJson = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(null, true, false, 0, -1, 1e308, 2 ** 53, ''),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    anyText(),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(
      fc.oneof(anyText(12), fc.constantFrom('email', 'password', 'role', 'token', 'name', 'schoolId', 'mutations', 'since', 'limit')),
      tie('value'),
      { maxKeys: 5 },
    ),
  ),
})).value;

/** Authorization headers that sign no one in. */
export const badAuth = fc.oneof(
  fc.constant(undefined),
  fc.string({ maxLength: 60 }),
  fc.string({ maxLength: 60 }).map((s) => `Bearer ${s}`),
  fc.stringMatching(/^[A-Za-z0-9_-]{43}$/).map((t) => `Bearer ${t}`), // well formed, but no such session
  fc.constantFrom('Bearer', 'Bearer ', 'Basic dXNlcjpwYXNz', 'bearer x'.repeat(50)),
);

/**
 * Does this value still fit the field, as docs/sync-protocol.md describes a mutation (ids are UUIDs,
 * `schoolId` may be left out, `op` one of three, `fields` an object, `hlc` a clock stamp)? Written
 * out here, not taken from the server's schema, so a schema that let junk through would fail.
 */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function fits(field: string, v: unknown): boolean {
  switch (field) {
    case 'mutationId':
    case 'recordId':
      return typeof v === 'string' && UUID.test(v);
    case 'schoolId':
      return v === undefined || (typeof v === 'string' && UUID.test(v));
    case 'kind':
      return typeof v === 'string' && v.length >= 1 && v.length <= 64;
    case 'op':
      return v === 'create' || v === 'update' || v === 'delete';
    case 'fields':
      return typeof v === 'object' && v !== null && !Array.isArray(v);
    case 'hlc':
      return typeof v === 'string' && /^\d{15}-\d{6}-[A-Za-z0-9_-]{1,64}$/.test(v);
    default:
      return true;
  }
}
