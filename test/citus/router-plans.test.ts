// On a Citus cluster (npm run test:citus): every statement the server runs for one school's push,
// pull, events, files and members is a router plan (one shard), and a push commits on one node
// without two-phase commit. The statements that must touch every shard are listed, with their cost.
import { createHash, randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, type SqlClient } from '../../src/server/db';
import { hashPassword } from '../../src/server/auth/secrets';
import { openFresh } from '../server/helpers/databases';
import { Device, makeBoard, records, type Board } from '../server/helpers/board';
import { noCluster } from './cluster';
import { isRouter, planOf, recording, type Statement } from './plans';

const hashOf = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
// No school id to route on: GET /api/me lists a person's boards (memberships by person_id), and a link
// made before invitations carried the school id is looked up by its token alone.
const EVERY_SHARD = [
  /FROM memberships m JOIN schools s .*WHERE m\.person_id = \$1/s,
  /^SELECT school_id FROM invites WHERE token_hash = \$1$/,
];

describe.skipIf(noCluster)('router plans on Citus', () => {
  let fresh: { db: SqlClient; drop: () => Promise<void> };
  beforeAll(async () => {
    fresh = await openFresh('postgres');
    await migrate(fresh.db);
  });
  afterAll(() => fresh?.drop());

  /** A board whose server notes its statements from now on. */
  async function board(): Promise<{ b: Board; rec: ReturnType<typeof recording> }> {
    const rec = recording(fresh.db);
    const b = await makeBoard(rec.db);
    await b.db.query('UPDATE people SET password_hash = $2 WHERE person_id = $1', [
      b.personIds.chair,
      await hashPassword('a long password'),
    ]);
    rec.on = true;
    return { b, rec };
  }

  it('every statement of push, pull, events, files and members for one school goes to one shard', async () => {
    const { b, rec } = await board();
    const dev = new Device(b.schoolId);
    // files: upload in two chunks, ask its status, refer to it from a record, download
    const bytes = randomBytes(3000);
    const sha = hashOf(bytes);
    for (const [offset, chunk] of [
      [0, bytes.subarray(0, 2000)],
      [2000, bytes.subarray(2000)],
    ] as const) {
      const put = await b.app.inject({
        method: 'PUT',
        url: `/api/sync/files/${sha}`,
        query: { schoolId: b.schoolId, offset: String(offset), bytes: String(bytes.length), type: 'image/jpeg' },
        headers: { ...b.auth('governor'), 'content-type': 'application/octet-stream' },
        payload: chunk,
      });
      expect(put.statusCode).toBe(200);
    }
    const get = (url: string) => b.app.inject({ method: 'GET', url, query: { schoolId: b.schoolId }, headers: b.auth('governor') });
    expect((await get(`/api/sync/files/${sha}/status`)).statusCode).toBe(200);
    // push: creates, an update, a record with a file, a rejected change
    const plan = records.plan(b.schoolId);
    const photo = records.evidence(b.schoolId, {
      kind: 'photo',
      text: '',
      file: { sha256: sha, name: 'walk.jpg', type: 'image/jpeg', bytes: 3000 },
    });
    const pushed = await b.push('chair', [
      dev.create('plans', plan),
      dev.create('evidence', photo),
      dev.update('plans', plan.id, { title: 'Reading first' }),
      dev.update('plans', records.plan(b.schoolId).id, { title: 'No such plan' }),
    ]);
    expect(pushed.json().results.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied', 'applied', 'rejected']);
    expect((await get(`/api/sync/files/${sha}`)).statusCode).toBe(200);
    // pull, in pages
    expect((await b.pullAll('governor', 0, 1)).changes).toHaveLength(2);
    // events: the stream's first read, and a push it hears of
    await b.app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(b.app.server.address() as AddressInfo).port}`;
    const stream = await fetch(`${base}/api/sync/events?schoolId=${b.schoolId}`, { headers: b.auth('headteacher') });
    const reader = stream.body!.getReader();
    await reader.read();
    await b.push('chair', [dev.update('plans', plan.id, { title: 'Reading and phonics' })]);
    await reader.cancel();
    // members: invite, accept, change a role, remove
    const invite = await b.app.inject({
      method: 'POST',
      url: `/api/schools/${b.schoolId}/invites`,
      headers: b.auth('chair'),
      payload: { email: 'nia@test.example', role: 'governor' },
    });
    const accepted = await b.app.inject({
      method: 'POST',
      url: '/api/invites/accept',
      payload: { token: invite.json().token, name: 'Nia Evans', password: 'a long password' },
    });
    expect(accepted.statusCode).toBe(200);
    const nia = accepted.json().person.id as string;
    const patch = await b.app.inject({
      method: 'PATCH',
      url: `/api/schools/${b.schoolId}/members/${nia}`,
      payload: { role: 'clerk' },
      headers: b.auth('chair'),
    });
    expect(patch.statusCode).toBe(200);
    const removed = await b.app.inject({ method: 'DELETE', url: `/api/schools/${b.schoolId}/members/${nia}`, headers: b.auth('chair') });
    expect(removed.statusCode).toBe(200);
    // sign-in, a failed one, /api/me, sign-out
    const login = (password: string) =>
      b.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'chair@test.example', password } });
    expect((await login('not the password')).statusCode).toBe(401);
    const session = (await login('a long password')).json().token as string;
    expect((await b.app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${session}` } })).statusCode).toBe(200);
    expect(
      (await b.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { authorization: `Bearer ${session}` } })).statusCode,
    ).toBe(200);
    rec.on = false;

    const seen = new Map<string, Statement>();
    for (const s of rec.statements) if (!seen.has(s.text)) seen.set(s.text, s);
    expect(seen.size).toBeGreaterThan(25);
    const notRouter: string[] = [];
    const everyShard: string[] = [];
    for (const s of seen.values()) {
      const p = await planOf(fresh.db, s);
      const line = `${p.provider ?? 'local'} tasks ${p.tasks.join('+')}: ${s.text.replace(/\s+/g, ' ').slice(0, 160)}`;
      if (EVERY_SHARD.some((re) => re.test(s.text))) everyShard.push(line);
      else if (!isRouter(p)) notRouter.push(line);
    }
    expect(notRouter).toEqual([]);
    // Listed in docs/scaling.md ("Queries that touch every shard"): only GET /api/me ran here.
    expect(everyShard).toHaveLength(1);
    expect(everyShard[0]).toMatch(/^Citus Adaptive tasks \d+: /);
  });

  /** Prepared (two-phase) transactions the coordinator has recorded so far. */
  const twoPhase = async () => (await fresh.db.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_dist_transaction'))[0]!.n;

  it('a push commits on the one node that holds the school, without two-phase commit', async () => {
    const { b } = await board();
    const dev = new Device(b.schoolId);
    await fresh.db.query('SELECT recover_prepared_transactions()'); // what is left of earlier ones
    const before = await twoPhase();
    const mutations = Array.from({ length: 600 }, () => dev.create('plans', records.plan(b.schoolId)));
    const pushed = await b.push('chair', mutations);
    expect(pushed.statusCode).toBe(200);
    expect(pushed.json().version).toBe(600);
    expect(await twoPhase()).toBe(before);
    // The measure can fail: a transaction that writes a reference table and a school is two-phase.
    await fresh.db.transaction(async (tx) => {
      await tx.query("UPDATE people SET name = 'The chair' WHERE person_id = $1", [b.personIds.chair]);
      await tx.query('UPDATE school_versions SET version = version WHERE school_id = $1', [b.schoolId]);
    });
    expect(await twoPhase()).toBeGreaterThan(before);
  });
});
