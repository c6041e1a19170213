// Sign in, sign out (here or everywhere) and "who am I".
import type { FastifyInstance } from 'fastify';
import { wire, type Role } from '../../domain';
import type { SqlClient } from '../db';
import { parseOr400 } from '../http';
import { badCredentials, defaultLoginLimit, passwordMatches, type LoginLimit } from './rateLimit';
import { authenticate, createSession, revokeAllSessions, revokeSession } from './sessions';

const LoginSchema = wire.LoginRequest;

export function registerAuthRoutes(app: FastifyInstance, db: SqlClient, limit: LoginLimit = defaultLoginLimit): void {
  app.post('/api/auth/login', async (request, reply) => {
    const { email, password } = parseOr400(LoginSchema, request.body, 'sign-in');
    const rows = await db.query<{ person_id: string; name: string; email: string; password_hash: string | null }>(
      'SELECT person_id, name, email, password_hash FROM people WHERE lower(email) = lower($1)',
      [email],
    );
    const person = rows[0];
    const door = { email, ip: request.ip, limit, setRetryAfter: (s: number) => void reply.header('retry-after', String(s)) };
    if (!(await passwordMatches(db, door, person?.password_hash, password)) || !person) throw badCredentials();
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
