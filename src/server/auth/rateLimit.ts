// The sign-in limit (A2), shared by every door that checks a password (sign-in, accepting an
// invitation). Each try is counted BEFORE its password is checked, by email and by address, in one
// atomic statement (INSERT … ON CONFLICT DO UPDATE … RETURNING: the row lock orders concurrent
// tries), so however many guesses arrive at once, at most `maxFailures` of them are ever checked.
// Counted in PostgreSQL, so every copy of the server shares the count and none keeps it in memory.
// The time is a parameter, never now() in the DO UPDATE (the same SQL runs on Citus).
import type { Queryable } from '../db';
import { ApiError } from '../http';
import { verifyPassword } from './secrets';

export interface LoginLimit {
  /** Tries for one email allowed in one window (a success gives its try back). */
  maxFailures: number;
  /** Tries from one address allowed in one window, whatever the email (a school's governors may share one). */
  maxPerAddress?: number;
  windowSeconds: number;
}

export const defaultLoginLimit: LoginLimit = { maxFailures: 5, maxPerAddress: 50, windowSeconds: 15 * 60 };

export const emailKey = (email: string) => `email:${email.trim().toLowerCase()}`;
export const addressKey = (ip: string) => `address:${ip}`;

/** Claim one try; seconds to wait when over the limit (0: this try may be checked). */
export async function claimTry(db: Queryable, email: string, ip: string, limit: LoginLimit, nowMs = Date.now()): Promise<number> {
  const now = new Date(nowMs);
  const windowEndsBefore = new Date(nowMs - limit.windowSeconds * 1000);
  const rows = await db.query<{ key: string; failures: number; window_start: Date }>(
    `INSERT INTO login_attempts AS a (key, window_start, failures) VALUES ($1, $3::timestamptz, 1), ($2, $3::timestamptz, 1)
     ON CONFLICT (key) DO UPDATE SET
       failures = CASE WHEN a.window_start <= $4::timestamptz THEN 1 ELSE a.failures + 1 END,
       window_start = CASE WHEN a.window_start <= $4::timestamptz THEN $3::timestamptz ELSE a.window_start END
     RETURNING key, failures, window_start`,
    [emailKey(email), addressKey(ip), now.toISOString(), windowEndsBefore.toISOString()],
  );
  let wait = 0;
  for (const row of rows) {
    const max = row.key.startsWith('email:') ? limit.maxFailures : (limit.maxPerAddress ?? Infinity);
    if (row.failures > max) {
      const ends = new Date(row.window_start).getTime() + limit.windowSeconds * 1000;
      wait = Math.max(wait, Math.max(1, Math.ceil((ends - nowMs) / 1000)));
    }
  }
  return wait;
}

/** A try that succeeded gives its count back: the email's count is cleared, the address's lowered by one. */
export async function triedRightly(db: Queryable, email: string, ip: string): Promise<void> {
  await db.query(
    `UPDATE login_attempts SET failures = CASE WHEN key = $1 THEN 0 ELSE GREATEST(failures - 1, 0) END WHERE key = $1 OR key = $2`,
    [emailKey(email), addressKey(ip)],
  );
}

/** The answer every door gives for a wrong password or an unknown account (A1). */
export const badCredentials = () => new ApiError(401, 'That email and password do not match an account.', { code: 'bad-credentials' });

export interface Door {
  email: string;
  ip: string;
  limit: LoginLimit;
  setRetryAfter: (seconds: number) => void;
}

/** Claim a try at a door; 429 with Retry-After when this email or address has had too many. */
export async function claimOr429(db: Queryable, door: Door): Promise<void> {
  const wait = await claimTry(db, door.email, door.ip, door.limit);
  if (wait === 0) return;
  door.setRetryAfter(wait);
  const minutes = Math.max(1, Math.ceil(wait / 60));
  throw new ApiError(429, `Too many attempts to sign in: try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, {
    code: 'rate-limited',
  });
}

/**
 * Check a password at any door, under the limit (429 first when over it): true only when the
 * password matches `storedHash` (with no hash, the same time is spent and the answer is no).
 */
export async function passwordMatches(
  db: Queryable,
  door: Door,
  storedHash: string | null | undefined,
  password: string,
): Promise<boolean> {
  await claimOr429(db, door);
  const ok = await verifyPassword(storedHash, password);
  if (ok) await triedRightly(db, door.email, door.ip);
  return ok;
}
