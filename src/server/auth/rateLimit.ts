// Sign-in rate limit: failures per (email, address) counted in PostgreSQL, so it holds across
// every copy of the server (nothing is kept in a server's memory).
import type { Queryable } from '../db';

export interface LoginLimit {
  /** Failed sign-ins allowed in one window. */
  maxFailures: number;
  windowSeconds: number;
}

export const defaultLoginLimit: LoginLimit = { maxFailures: 5, windowSeconds: 15 * 60 };

export const loginKey = (email: string, ip: string) => `${email.trim().toLowerCase()}|${ip}`;

/** Seconds until the key may try again, or 0 when it may try now. */
export async function lockedOutFor(db: Queryable, key: string, limit: LoginLimit): Promise<number> {
  const rows = await db.query<{ wait: number }>(
    `SELECT GREATEST(0, CEIL(EXTRACT(EPOCH FROM (window_start + make_interval(secs => $2) - now()))))::int AS wait
       FROM login_attempts WHERE key = $1 AND failures >= $3`,
    [key, limit.windowSeconds, limit.maxFailures],
  );
  return rows[0]?.wait ?? 0;
}

/**
 * Count a failed sign-in (a new window starts when the last one has passed). The time is now() in
 * VALUES, read back as EXCLUDED.window_start: Citus refuses functions that are not immutable (now(),
 * timestamp + interval) in ON CONFLICT … DO UPDATE SET.
 */
export async function recordFailure(db: Queryable, key: string, limit: LoginLimit): Promise<void> {
  await db.query(
    `INSERT INTO login_attempts (key, window_start, failures) VALUES ($1, now(), 1)
     ON CONFLICT (key) DO UPDATE SET
       failures = CASE WHEN EXCLUDED.window_start - login_attempts.window_start >= make_interval(secs => $2) THEN 1 ELSE login_attempts.failures + 1 END,
       window_start = CASE WHEN EXCLUDED.window_start - login_attempts.window_start >= make_interval(secs => $2) THEN EXCLUDED.window_start ELSE login_attempts.window_start END`,
    [key, limit.windowSeconds],
  );
}

/** A successful sign-in clears the count. */
export const clearFailures = (db: Queryable, key: string) => db.query('DELETE FROM login_attempts WHERE key = $1', [key]);
