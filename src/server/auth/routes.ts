// Sign in, sign out (here or everywhere) and "who am I".
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { Role } from '../../domain';
import type { SqlClient } from '../db';
import { ApiError, parseOr400 } from '../http';
import { clearFailures, defaultLoginLimit, lockedOutFor, loginKey, recordFailure, type LoginLimit } from './rateLimit';
import { verifyPassword } from './secrets';
import { authenticate, createSession, revokeAllSessions, revokeSession } from './sessions';

const LoginSchema = z.object({
  email: z.string().trim().min(1, { message: 'Enter your email address' }).max(320),
  password: z.string().min(1, { message: 'Enter your password' }).max(200),
});

export function registerAuthRoutes(app: FastifyInstance, db: SqlClient, limit: LoginLimit = defaultLoginLimit): void {
  app.post('/api/auth/login', async (request, reply) => {
    const { email, password } = parseOr400(LoginSchema, request.body, 'sign-in');
    const key = loginKey(email, request.ip);
    const wait = await lockedOutFor(db, key, limit);
    if (wait > 0) {
      reply.header('retry-after', String(wait));
      const minutes = Math.max(1, Math.ceil(wait / 60));
      throw new ApiError(429, `Too many attempts to sign in: try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, {
        code: 'rate-limited',
      });
    }
    const rows = await db.query<{ person_id: string; name: string; email: string; password_hash: string | null }>(
      'SELECT person_id, name, email, password_hash FROM people WHERE lower(email) = lower($1)',
      [email],
    );
    const person = rows[0];
    if (!(await verifyPassword(person?.password_hash, password)) || !person) {
      await recordFailure(db, key, limit);
      throw new ApiError(401, 'That email and password do not match an account.', { code: 'bad-credentials' });
    }
    await clearFailures(db, key);
    const session = await createSession(db, person.person_id);
    return { ...session, person: { id: person.person_id, name: person.name, email: person.email } };
  });

  app.post('/api/auth/logout', async (request) => {
    const caller = await authenticate(db, request);
    await revokeSession(db, caller.tokenHash);
    return { ok: true };
  });

  app.post('/api/auth/logout-everywhere', async (request) => {
    const caller = await authenticate(db, request);
    await revokeAllSessions(db, caller.personId);
    return { ok: true };
  });

  app.get('/api/me', async (request) => {
    const caller = await authenticate(db, request);
    const memberships = await db.query<{ school_id: string; name: string; role: Role }>(
      `SELECT m.school_id, s.name, m.role FROM memberships m JOIN schools s ON s.school_id = m.school_id
        WHERE m.person_id = $1 AND m.removed_at IS NULL ORDER BY s.name`,
      [caller.personId],
    );
    return {
      person: { id: caller.personId, name: caller.name, email: caller.email },
      memberships: memberships.map((m) => ({ schoolId: m.school_id, schoolName: m.name, role: m.role })),
    };
  });
}
