// "Something to pull": a Server-Sent Events stream per school. Each push that changed something
// sends `event: changed` with the school's new version to every open stream of that school on
// THIS server; the device then pulls. (With several servers, PostgreSQL LISTEN/NOTIFY will carry
// the news between them: planned, see docs/sync-protocol.md.)
import { EventEmitter } from 'node:events';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { SqlClient } from '../db';
import { authenticate, requireMember } from '../auth/sessions';
import { parseOr400 } from '../http';

const KEEP_ALIVE_MS = 25_000;
const Query = z.object({ schoolId: z.uuid({ message: 'Must be a valid id' }) });

export class SchoolEvents {
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  /** Ends each open stream (when the server shuts down). */
  readonly open = new Set<() => void>();
  /** A push to the school committed: tell its open streams. */
  committed(schoolId: string, version: number): void {
    this.emitter.emit(schoolId, version);
  }
  listen(schoolId: string, fn: (version: number) => void): () => void {
    this.emitter.on(schoolId, fn);
    return () => this.emitter.off(schoolId, fn);
  }
}

/**
 * GET /api/sync/events?schoolId — text/event-stream. Opens with `event: hello` and the school's
 * version, then `event: changed` on each change. The app reads it with fetch (so the session goes in
 * the Authorization header) and reconnects when it drops.
 */
export function registerEventRoutes(app: FastifyInstance, db: SqlClient, events: SchoolEvents): void {
  app.addHook('preClose', async () => {
    for (const end of [...events.open]) end();
  });
  app.get('/api/sync/events', async (request, reply) => {
    const caller = await authenticate(db, request);
    const { schoolId } = parseOr400(Query, request.query, 'events request');
    await requireMember(db, schoolId, caller.personId);
    const rows = await db.query<{ version: number }>('SELECT version FROM school_versions WHERE school_id = $1', [schoolId]);
    const send = (event: string, version: number) => reply.raw.write(`event: ${event}\ndata: ${JSON.stringify({ schoolId, version })}\n\n`);
    reply.hijack();
    reply.raw.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      connection: 'keep-alive',
    });
    send('hello', rows[0]?.version ?? 0);
    const stop = events.listen(schoolId, (version) => send('changed', version));
    const keepAlive = setInterval(() => reply.raw.write(': keep-alive\n\n'), KEEP_ALIVE_MS);
    const close = () => {
      clearInterval(keepAlive);
      stop();
      events.open.delete(end);
    };
    const end = () => {
      close();
      reply.raw.end();
    };
    events.open.add(end);
    request.raw.on('close', close);
  });
}
