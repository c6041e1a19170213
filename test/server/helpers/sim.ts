// The pieces of the sync simulation: a seeded PRNG, the real server on PGlite that can crash and
// restart, and a network between each device and it that drops, duplicates, delays and reorders.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { v7 } from 'uuid';
import type { Role } from '../../../src/domain';
import { buildServer } from '../../../src/server/app';
import { createSession } from '../../../src/server/auth/sessions';
import type { SqlClient } from '../../../src/server/db';
import type { FetchLike } from '../../../src/sync';

const distDir = mkdtempSync(path.join(tmpdir(), 'steward-sim-dist-'));

/** mulberry32: a small, fast, seeded PRNG (0 ≤ x < 1). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/** The real server on one database; `restart` builds a new one on the same data (in-memory state lost). */
export class SimServer {
  app!: FastifyInstance;
  /** When set, the next push fails just before it commits (rolled back), as a process killed mid-push. */
  crashNextPush = false;
  restarts = 0;
  constructor(readonly db: SqlClient) {}

  async start(): Promise<this> {
    this.app = await buildServer({
      distDir,
      db: this.db,
      sync: {
        beforeCommit: async () => {
          if (!this.crashNextPush) return;
          this.crashNextPush = false;
          throw new Error('Simulated crash before commit');
        },
      },
    });
    return this;
  }

  async restart(): Promise<void> {
    await this.app.close();
    this.restarts += 1;
    await this.start();
  }

  close = () => this.app.close();
}

/** A school on the server with one member per role (each signed in); returns ids and tokens. */
export async function addBoard(db: SqlClient, roles: readonly Role[], tag: string) {
  const schoolId = v7();
  await db.query('INSERT INTO schools (school_id, name) VALUES ($1, $2)', [schoolId, `Sim School ${tag}`]);
  await db.query('INSERT INTO school_versions (school_id, version) VALUES ($1, 0)', [schoolId]);
  const members = {} as Record<Role, { personId: string; token: string; email: string }>;
  for (const role of roles) {
    const personId = v7();
    const email = `${role}-${tag}-${personId.slice(-6)}@sim.example`;
    await db.query('INSERT INTO people (person_id, email, name) VALUES ($1, $2, $3)', [personId, email, `The ${role}`]);
    await db.query('INSERT INTO memberships (school_id, person_id, role, record_id) VALUES ($1, $2, $3, $4)', [
      schoolId,
      personId,
      role,
      v7(),
    ]);
    members[role] = { personId, token: (await createSession(db, personId)).token, email };
  }
  return { schoolId, members };
}

/** fetch over a server's inject: no sockets, same answers. */
export const injectFetch =
  (app: () => FastifyInstance): FetchLike =>
  (url, init) =>
    deliver(app(), url, init);

/** A request as fetch gives it, delivered to the server with inject. */
async function deliver(app: FastifyInstance, url: string, init: RequestInit = {}): Promise<Response> {
  const u = new URL(url);
  const res = await app.inject({
    method: (init.method ?? 'GET') as 'GET' | 'POST' | 'PUT',
    url: u.pathname + u.search,
    headers: init.headers as Record<string, string>,
    payload: typeof init.body === 'string' ? init.body : init.body instanceof Uint8Array ? Buffer.from(init.body) : undefined,
  });
  const headers = new Headers();
  for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : String(v));
  return new Response(new Uint8Array(res.rawPayload), { status: res.statusCode, headers });
}

export interface Faults {
  /** Lost on the way to the server. */
  dropRequest: number;
  /** Reached the server, but the answer was lost. */
  dropResponse: number;
  /** Sent twice. */
  duplicate: number;
  /** A copy held back and delivered later, after newer requests (its answer goes nowhere). */
  delay: number;
  /** The server crashes during this push and is restarted. */
  crashPush: number;
}
export const noFaults: Faults = { dropRequest: 0, dropResponse: 0, duplicate: 0, delay: 0, crashPush: 0 };

/** One device's connection to the server, with faults drawn from the seeded PRNG. Keeps every answer body it received. */
export class SimNetwork {
  faults: Faults = noFaults;
  readonly bodies: string[] = [];
  readonly held: { url: string; init: RequestInit }[] = [];
  constructor(
    private readonly server: SimServer,
    private readonly random: () => number,
  ) {}

  private async send(url: string, init: RequestInit): Promise<Response> {
    const res = await deliver(this.server.app, url, init);
    const body = await res.text();
    this.bodies.push(body);
    return new Response(body, { status: res.status, headers: res.headers });
  }

  fetch: FetchLike = async (url, init = {}) => {
    const f = this.faults;
    const r = this.random;
    if (r() < f.dropRequest) throw new TypeError('fetch failed (request lost)');
    if (r() < f.delay) this.held.push({ url, init });
    const isPush = url.includes('/api/sync/push');
    if (isPush && r() < f.crashPush) {
      this.server.crashNextPush = true;
      await this.send(url, init).catch(() => undefined);
      this.server.crashNextPush = false;
      await this.server.restart();
      throw new TypeError('fetch failed (connection reset: the server restarted)');
    }
    let res = await this.send(url, init);
    if (r() < f.duplicate) res = await this.send(url, init);
    if (r() < f.dropResponse) throw new TypeError('fetch failed (answer lost)');
    return res;
  };

  /** Deliver some (or all) held-back requests now, in a shuffled order. */
  async releaseHeld(all = false): Promise<void> {
    const now: typeof this.held = [];
    for (let i = this.held.length - 1; i >= 0; i--) if (all || this.random() < 0.5) now.push(...this.held.splice(i, 1));
    now.sort(() => this.random() - 0.5);
    for (const { url, init } of now) await this.send(url, init).catch(() => undefined);
  }
}
