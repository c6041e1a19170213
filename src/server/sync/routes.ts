// The sync API: POST /api/sync/push and GET /api/sync/pull (docs/sync-protocol.md).
import type { FastifyInstance } from 'fastify';
import { wire } from '../../domain';
import type { SqlClient } from '../db';
import { authenticate, authenticateMember } from '../auth/sessions';
import { parseOr400 } from '../http';
import { applyPush, type PushOptions } from './push';
import { pullPage } from './pull';
import { PullQuerySchema, PushBodySchema } from './schemas';

/** A push may be bigger than other requests: up to 1,000 changes. */
const PUSH_BODY_LIMIT = wire.PUSH_BODY_LIMIT;

export interface SyncRoutesOptions extends PushOptions {
  db: SqlClient;
}

export function registerSyncRoutes(app: FastifyInstance, opts: SyncRoutesOptions): void {
  const { db } = opts;

  app.post('/api/sync/push', { bodyLimit: PUSH_BODY_LIMIT }, async (request) => {
    const caller = await authenticate(db, request);
    const body = parseOr400(PushBodySchema, request.body, 'push');
    return applyPush(db, caller.personId, body, opts);
  });

  app.get('/api/sync/pull', async (request) => {
    // Signed out is said before a bad query, as on every other route: a bad query is only answered
    // (400) once the session has been checked (401). A good one: session and membership in one statement.
    if (!PullQuerySchema.safeParse(request.query).success) await authenticate(db, request);
    const query = parseOr400(PullQuerySchema, request.query, 'pull');
    const { member } = await authenticateMember(db, request, query.schoolId);
    return pullPage(db, member, query);
  });
}
