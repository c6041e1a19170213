// "Something to pull": a Server-Sent Events stream per school (S18). Each change to a school's version
// is announced by the database itself (NOTIFY in the same transaction, see setSchoolVersion), so every
// server with a stream open for that school hears of it, whichever server took the push.
import { EventEmitter } from 'node:events';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { wire } from '../../domain';
import type { SqlClient } from '../db';
import { authenticate, authenticateMember, requireMember, SESSIONS_ENDED_CHANNEL } from '../auth/sessions';
import { ApiError, parseOr400 } from '../http';
import { SCHOOL_CHANGED_CHANNEL } from './store';
import { MemberChecks, SchoolTicks } from './streamChecks';

const KEEP_ALIVE_MS = 25_000;
const Query = wire.EventsQuery;

const Announcement = z.object({ schoolId: z.string(), version: z.number() });
const SessionsEnded = z.object({ personId: z.string() });
const parseJson = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};

export class SchoolEvents {
  private readonly emitter = new EventEmitter().setMaxListeners(0);
  /** Ends each open stream (when the server shuts down). */
  readonly open = new Set<() => void>();
  private stopListening: (() => Promise<void>) | null = null;
  private stopHearingSessions: (() => Promise<void>) | null = null;

  /** Hear the database's announcements (from every server) until `stop`. */
  async start(db: SqlClient): Promise<void> {
    this.stopListening = await db.listen(
      SCHOOL_CHANGED_CHANNEL,
      (payload) => {
        const news = Announcement.safeParse(parseJson(payload));
        if (news.success) this.changed(news.data.schoolId, news.data.version);
      },
      // News may have been lost with the connection: every open stream is told to pull (a device
      // whose cursor is already there does nothing).
      () => void this.resumed(db),
    );
    // A session ended (sign-out, sign-out everywhere) on any server: that person's streams check
    // their session again, and close (S18). Missed news is made up by the check at each keep-alive.
    this.stopHearingSessions = await db.listen(SESSIONS_ENDED_CHANNEL, (payload) => {
      const news = SessionsEnded.safeParse(parseJson(payload));
      if (news.success) this.emitter.emit(`person:${news.data.personId}`);
    });
  }

  async stop(): Promise<void> {
    await this.stopListening?.();
    await this.stopHearingSessions?.();
    this.stopListening = null;
    this.stopHearingSessions = null;
  }

  /** Told when a session of this person ends. */
  onSessionsEnded(personId: string, fn: () => void): () => void {
    this.emitter.on(`person:${personId}`, fn);
    return () => this.emitter.off(`person:${personId}`, fn);
  }

  /** A school's version moved on: tell its open streams. */
  changed(schoolId: string, version: number): void {
    this.emitter.emit(schoolId, version);
  }

  listen(schoolId: string, fn: (version: number) => void): () => void {
    this.emitter.on(schoolId, fn);
    return () => this.emitter.off(schoolId, fn);
  }

  private async resumed(db: SqlClient): Promise<void> {
    const schools = this.emitter.eventNames().filter((n): n is string => typeof n === 'string' && !n.startsWith('person:'));
    if (schools.length === 0) return;
    const rows = await db
      .query<{ school_id: string; version: number }>('SELECT school_id, version FROM school_versions WHERE school_id = ANY ($1::uuid[])', [
        schools,
      ])
      .catch(() => []);
    for (const row of rows) this.changed(row.school_id, row.version);
  }
}

/**
 * GET /api/sync/events?schoolId — text/event-stream. Opens with `event: hello` and the school's
 * version, then `event: changed` on each change. The app reads it with fetch (so the session goes in
 * the Authorization header) and reconnects when it drops.
 */
export function registerEventRoutes(app: FastifyInstance, db: SqlClient, events: SchoolEvents): void {
  const checks = new MemberChecks(db);
  const ticks = new SchoolTicks(KEEP_ALIVE_MS);
  app.addHook('preClose', async () => {
    for (const end of [...events.open]) end();
    await events.stop();
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
    // Before each message the session and the membership are checked again: a stream whose session
    // has ended (A3, A4) or whose member was removed (S14) is told why, once, and closed. The check
    // is asked together with the school's other streams (one statement for all); only a stream that
    // fails it asks again on its own, for the reason to tell.
    let checked = Promise.resolve(true);
    let closed = false;
    const stillMember = () => checks.stillMember(schoolId, caller.tokenHash).then((open) => (open ? true : checkedAlone()));
    const checkedAlone = () =>
      authenticateMember(db, request, schoolId).then(
        () => true,
        (err: unknown) => {
          const code = err instanceof ApiError ? (err.extra.code ?? 'signed-out') : 'server';
          const reason = err instanceof ApiError ? err.message : 'The server could not check this session.';
          reply.raw.write(`event: ended\ndata: ${JSON.stringify(wire.StreamEnded.parse({ code, reason }))}\n\n`);
          end();
          return false;
        },
      );
    const afterCheck = (fn: () => void) => {
      checked = checked.then((open) => (open && !closed ? stillMember() : false)).then((open) => (open && !closed ? (fn(), true) : false));
    };
    const stop = events.listen(schoolId, (version) => afterCheck(() => send('changed', version)));
    const stopHearing = events.onSessionsEnded(caller.personId, () => afterCheck(() => undefined));
    const stopTicking = ticks.every(schoolId, () => afterCheck(() => reply.raw.write(': keep-alive\n\n')));
    const close = () => {
      closed = true;
      stopTicking();
      stop();
      stopHearing();
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
