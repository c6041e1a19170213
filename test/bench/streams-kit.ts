// The parts of the streams bench (test/bench/streams.ts): boards and their members' sessions made in
// bulk, server processes forked and asked for their figures, and devices holding an events stream
// (S18) open over plain HTTP, each with its own socket, noting when each `changed` arrives.
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { v7 } from 'uuid';
import { tickHlc, wire, type HlcStamp } from '../../src/domain';
import { hashToken, newToken } from '../../src/server/auth/secrets';
import type { SqlClient } from '../../src/server/db';
import type { ServerStats } from './streams-server';

export interface Board {
  schoolId: string;
  /** One bearer token per member's device; the first is the chair's, who pushes. */
  tokens: string[];
}

/** `boards` schools with `members` members each, each member with one session: all in a few statements. */
export async function seedBoards(db: SqlClient, boards: number, members: number): Promise<Board[]> {
  const made = Array.from({ length: boards }, () => ({ schoolId: v7(), tokens: Array.from({ length: members }, newToken) }));
  for (let at = 0; at < made.length; at += 100) {
    const part = made.slice(at, at + 100);
    const schoolIds = part.map((b) => b.schoolId);
    const people = part.flatMap((b) => b.tokens.map((token, i) => ({ schoolId: b.schoolId, token, personId: v7(), chair: i === 0 })));
    await db.transaction(async (tx) => {
      await tx.query(`INSERT INTO schools (school_id, name) SELECT id, 'Stream School' FROM unnest($1::uuid[]) id`, [schoolIds]);
      await tx.query(`INSERT INTO school_versions (school_id, version) SELECT id, 0 FROM unnest($1::uuid[]) id`, [schoolIds]);
      await tx.query(
        `INSERT INTO people (person_id, email, name) SELECT id, id || '@bench.example', 'Bench member' FROM unnest($1::uuid[]) id`,
        [people.map((p) => p.personId)],
      );
      await tx.query(
        `INSERT INTO memberships (school_id, person_id, role, record_id)
         SELECT s, p, CASE WHEN c THEN 'chair' ELSE 'governor' END, gen_random_uuid()
           FROM unnest($1::uuid[], $2::uuid[], $3::boolean[]) AS t(s, p, c)`,
        [people.map((p) => p.schoolId), people.map((p) => p.personId), people.map((p) => p.chair)],
      );
      await tx.query(
        `INSERT INTO sessions (token_hash, person_id, expires_at) SELECT h, p, now() + interval '1 day' FROM unnest($1::text[], $2::uuid[]) AS t(h, p)`,
        [people.map((p) => hashToken(p.token)), people.map((p) => p.personId)],
      );
    });
  }
  return made;
}

export interface Server {
  child: ChildProcess;
  base: string;
  port: number;
}

export function startServer(databaseUrl: string): Promise<Server> {
  const child = fork(new URL('./streams-server.ts', import.meta.url), [], {
    env: { ...process.env, BENCH_STREAMS_DATABASE_URL: databaseUrl },
    execArgv: [...process.execArgv, '--expose-gc'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (m) => {
      const { port } = m as { port: number };
      resolve({ child, port, base: `http://127.0.0.1:${port}` });
    });
    child.once('exit', (code) => reject(new Error(`the bench server exited (${code}) before it listened`)));
  });
}

export function serverStats(server: Server): Promise<ServerStats> {
  return new Promise((resolve) => {
    const on = (m: unknown) => {
      if (typeof m === 'object' && m !== null && 'stats' in m) {
        server.child.off('message', on);
        resolve((m as { stats: ServerStats }).stats);
      }
    };
    server.child.on('message', on);
    server.child.send('stats');
  });
}

export async function stopServer(server: Server): Promise<void> {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.send('close');
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  if (server.child.exitCode === null) server.child.kill();
}

const protocol = { [wire.PROTOCOL_HEADER]: String(wire.PROTOCOL_VERSION) };

/** A device with its events stream open: calls `onChanged(version, atMs)` for each `changed`. */
export interface Stream {
  close(): void;
}

export function openStream(
  server: Server,
  schoolId: string,
  token: string,
  onChanged: (version: number, atMs: number) => void,
): Promise<Stream> {
  return new Promise((resolve, reject) => {
    const req = http.get(
      {
        host: '127.0.0.1',
        port: server.port,
        path: `/api/sync/events?schoolId=${schoolId}`,
        agent: false,
        headers: { ...protocol, authorization: `Bearer ${token}` },
      },
      (res) => {
        if (res.statusCode !== 200) {
          res.resume();
          reject(new Error(`the events stream answered ${res.statusCode}`));
          return;
        }
        res.setEncoding('utf8');
        let buffer = '';
        let hello = false;
        res.on('data', (chunk: string) => {
          const at = performance.now();
          buffer += chunk;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const event = /^event: (.+)$/m.exec(block)?.[1];
            const data = /^data: (.+)$/m.exec(block)?.[1];
            if (event === 'hello' && !hello) {
              hello = true;
              resolve({ close: () => req.destroy() });
            } else if (event === 'changed' && data) onChanged((JSON.parse(data) as { version: number }).version, at);
            else if (event === 'ended') reject(new Error(`a stream was ended: ${data}`));
          }
        });
      },
    );
    req.on('error', reject);
  });
}

/** A chair's device that pushes one small change (a new plan) to its board. */
export class Pusher {
  private clock: HlcStamp | null = null;
  private readonly nodeId = `bench${randomBytes(4).toString('hex')}`;
  constructor(private readonly board: Board) {}

  async push(base: string): Promise<void> {
    const now = Date.now();
    const at = new Date(now).toISOString();
    const id = v7();
    const { schoolId } = this.board;
    const fields = {
      id,
      schoolId,
      createdAt: at,
      updatedAt: at,
      deleted: false,
      visibility: 'board',
      title: 'Plan',
      startDate: '2026-09-01',
      endDate: '2027-07-20',
      priorities: [],
    };
    this.clock = tickHlc(this.clock, now, this.nodeId);
    const res = await fetch(`${base}/api/sync/push`, {
      method: 'POST',
      headers: { ...protocol, authorization: `Bearer ${this.board.tokens[0]}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        schoolId,
        mutations: [{ mutationId: v7(), schoolId, kind: 'plans', recordId: id, op: 'create', fields, hlc: this.clock }],
      }),
    });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`push answered ${res.status}: ${text.slice(0, 300)}`);
  }
}

export const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
};
