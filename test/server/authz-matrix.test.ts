// S11 S12 S13 as a matrix: every role (and someone who is not a member) × every visibility ×
// create, read (pull), update and delete, through the server listening on a real port and spoken
// to with fetch. The expectations come from the rules as docs/sync-protocol.md words them, written
// out below — NOT from src/domain/access.ts, which the server itself uses (a test that asked the
// same function would agree with any bug in it). Runs on PGlite and on PostgreSQL.
import type { AddressInfo } from 'node:net';
import { v7 } from 'uuid';
import { expect, it } from 'vitest';
import type { Role } from '../../src/domain';
import { createSession } from '../../src/server/auth/sessions';
import { describeEachDatabase } from './helpers/databases';
import { Device, makeBoard, protocol, records, type Board, type Mutation } from './helpers/board';

type Visibility = 'board' | 'partB' | 'chairs';
type Who = Role | 'non-member';

const visibilities: Visibility[] = ['board', 'partB', 'chairs'];
const memberRoles: Role[] = ['chair', 'vice-chair', 'governor', 'clerk', 'headteacher', 'officer'];
const everyone: Who[] = [...memberRoles, 'non-member'];

/**
 * S12 in the protocol's own words: "`board` records go to every member; `partB` to the chair,
 * vice-chair, governors and clerk (not the headteacher or the officer); `chairs` to the chair and
 * vice-chair only." Someone who is not a member sees nothing.
 */
const SEES: Record<Visibility, readonly Who[]> = {
  board: ['chair', 'vice-chair', 'governor', 'clerk', 'headteacher', 'officer'],
  partB: ['chair', 'vice-chair', 'governor', 'clerk'],
  chairs: ['chair', 'vice-chair'],
};
const sees = (who: Who, v: Visibility) => SEES[v].includes(who);
/** Who may change a record's visibility once it is made (S12), written out here rather than taken from the rules. */
const CHANGE_VISIBILITY: readonly Who[] = ['chair', 'vice-chair', 'clerk'];

type Result = { mutationId: string; status: 'applied' | 'rejected'; version?: number | null; reason?: string };
type Change = { kind: string; id: string; version: number; data?: Record<string, unknown>; withdrawn?: true };
type Page = { changes: Change[]; cursor: number; more: boolean };

/** The board's server on a real port; every request goes over loopback with fetch. */
async function overHttp(b: Board, nonMemberToken: string) {
  await b.app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(b.app.server.address() as AddressInfo).port}`;
  const tokenOf = (who: Who) => (who === 'non-member' ? nonMemberToken : b.tokens[who]);
  const headers = (who: Who) => ({ ...protocol, authorization: `Bearer ${tokenOf(who)}`, 'content-type': 'application/json' });
  return {
    async push(who: Who, mutations: Mutation[]): Promise<{ status: number; text: string }> {
      const res = await fetch(`${base}/api/sync/push`, {
        method: 'POST',
        headers: headers(who),
        body: JSON.stringify({ schoolId: b.schoolId, mutations }),
      });
      return { status: res.status, text: await res.text() };
    },
    async pull(who: Who, since: number, limit = 1000): Promise<{ status: number; text: string }> {
      const q = new URLSearchParams({ schoolId: b.schoolId, since: String(since), limit: String(limit) });
      const res = await fetch(`${base}/api/sync/pull?${q}`, { headers: { ...protocol, authorization: headers(who).authorization } });
      return { status: res.status, text: await res.text() };
    },
    /** Every page from `since` until `more` is false: the raw texts, the changes and the last cursor. */
    async pullAll(who: Who, since = 0, limit = 1000): Promise<{ texts: string[]; changes: Change[]; cursor: number }> {
      const texts: string[] = [];
      const changes: Change[] = [];
      let cursor = since;
      for (;;) {
        const res = await this.pull(who, cursor, limit);
        expect(res.status, res.text).toBe(200);
        texts.push(res.text);
        const page = JSON.parse(res.text) as Page;
        changes.push(...page.changes);
        cursor = page.cursor;
        if (!page.more) return { texts, changes, cursor };
      }
    },
  };
}

/** A signed-in person with no membership of any board. */
async function nonMember(b: Board): Promise<string> {
  const personId = v7();
  await b.db.query('INSERT INTO people (person_id, email, name) VALUES ($1, $2, $3)', [personId, 'outsider@test.example', 'Someone else']);
  return (await createSession(b.db, personId)).token;
}

/** A title that says whose cell it is, so a leak is found by its text as well as its id. */
const marker = (what: string) => `MARK-${what}-${Math.random().toString(36).slice(2, 10)}`;

const schoolVersion = async (b: Board) =>
  Number((await b.db.query<{ version: number }>('SELECT version FROM school_versions WHERE school_id = $1', [b.schoolId]))[0]!.version);

describeEachDatabase('authorisation matrix', (get) => {
  it('S11 S12 every role × visibility × create, read, update, delete is allowed exactly as the rules say', async () => {
    const b = await makeBoard(get().db);
    const api = await overHttp(b, await nonMember(b));
    const chairDevice = new Device(b.schoolId);

    // What "as if it did not exist" reads like: an update to an id nobody ever made.
    const ghost = await api.push('governor', [new Device(b.schoolId).update('plans', v7(), { title: 'Ghost' })]);
    const ghostReason = (JSON.parse(ghost.text) as { results: Result[] }).results[0]!.reason!;
    expect(ghostReason).toMatch(/no action plan with this id that you can see/i);

    // The records each cell updates or deletes: one per (who, visibility, op), made by the chair, who sees everything.
    const target: Record<string, Record<string, unknown>> = {};
    const cell = (who: Who, v: Visibility, op: string) => `${who}|${v}|${op}`;
    for (const who of everyone)
      for (const v of visibilities)
        for (const op of ['update', 'delete', 'restrict']) {
          target[cell(who, v, op)] = records.plan(b.schoolId, {
            title: marker(`${who}-${v}-${op}`),
            visibility: op === 'restrict' ? 'board' : v,
          });
        }
    const seeded = await api.push(
      'chair',
      Object.values(target).map((r) => chairDevice.create('plans', r)),
    );
    expect(seeded.status, seeded.text).toBe(200);
    expect((JSON.parse(seeded.text) as { results: Result[] }).results.every((r) => r.status === 'applied')).toBe(true);

    const created: Record<string, Record<string, unknown>> = {};
    for (const who of everyone) {
      const dev = new Device(b.schoolId);
      const before = await schoolVersion(b);
      const mutations: Mutation[] = [];
      const expected: boolean[] = [];
      const isVisibilityOf: (Visibility | null)[] = [];
      for (const v of visibilities) {
        // Create: S11 "A role may only create … a visibility it may see".
        const record = records.plan(b.schoolId, { title: marker(`${who}-${v}-create`), visibility: v });
        created[cell(who, v, 'create')] = record;
        mutations.push(dev.create('plans', record));
        expected.push(sees(who, v));
        isVisibilityOf.push(null);
        // Update and delete a record of visibility v: only if the role may see it.
        mutations.push(
          dev.update('plans', String(target[cell(who, v, 'update')]!.id), { title: `${target[cell(who, v, 'update')]!.title} edited` }),
        );
        expected.push(sees(who, v));
        isVisibilityOf.push(v);
        mutations.push(dev.delete('plans', String(target[cell(who, v, 'delete')]!.id)));
        expected.push(sees(who, v));
        isVisibilityOf.push(v);
        // Change a whole-board record's visibility to v: S11 "… or set a visibility it may see", and S12
        // "only the chair, vice-chair or clerk change who can see a record" (to board: no change at all).
        mutations.push(dev.update('plans', String(target[cell(who, v, 'restrict')]!.id), { visibility: v }));
        expected.push(sees(who, v) && (v === 'board' || CHANGE_VISIBILITY.includes(who)));
        isVisibilityOf.push(null);
      }
      const res = await api.push(who, mutations);
      if (who === 'non-member') {
        // S11 "Only members of the school push (others: 403)" — and nothing changed.
        expect(res.status, res.text).toBe(403);
        expect(JSON.parse(res.text)).toMatchObject({ error: expect.any(String), code: 'not-a-member' });
        expect(await schoolVersion(b)).toBe(before);
        continue;
      }
      expect(res.status, res.text).toBe(200);
      const results = (JSON.parse(res.text) as { results: Result[] }).results;
      expect(results).toHaveLength(mutations.length);
      results.forEach((r, i) => {
        const what = `${who} ${mutations[i]!.op} ${JSON.stringify(mutations[i]!.fields).slice(0, 60)}`;
        expect(r.status, `${what}: ${r.reason ?? ''}`).toBe(expected[i] ? 'applied' : 'rejected');
        if (expected[i]) expect(r.version, what).toEqual(expect.any(Number));
        else expect(r.reason, what).toEqual(expect.any(String));
        // S11 "a record it may not see is answered as if it did not exist": word for word.
        const hiddenVisibility = isVisibilityOf[i];
        if (hiddenVisibility && !sees(who, hiddenVisibility)) expect(r.reason, what).toBe(ghostReason);
      });
    }

    // What the server now holds, read by the chair (who sees every visibility).
    const all = await api.pullAll('chair');
    const stored = new Map(all.changes.map((c) => [c.id, c.data!]));
    for (const who of everyone) {
      for (const v of visibilities) {
        const made = created[cell(who, v, 'create')]!;
        expect(stored.has(String(made.id)), `${who} create ${v}`).toBe(sees(who, v));
        const updated = target[cell(who, v, 'update')]!;
        expect(stored.get(String(updated.id))!.title, `${who} update ${v}`).toBe(sees(who, v) ? `${updated.title} edited` : updated.title);
        expect(stored.get(String(target[cell(who, v, 'delete')]!.id))!.deleted, `${who} delete ${v}`).toBe(sees(who, v));
        expect(stored.get(String(target[cell(who, v, 'restrict')]!.id))!.visibility, `${who} set ${v}`).toBe(
          sees(who, v) && CHANGE_VISIBILITY.includes(who) ? v : 'board',
        );
      }
    }

    // Read: a fresh device of each role gets exactly the records of the visibilities it may see.
    for (const who of everyone) {
      if (who === 'non-member') {
        const res = await api.pull(who, 0);
        expect(res.status).toBe(403);
        expect(JSON.parse(res.text)).toMatchObject({ error: expect.any(String), code: 'not-a-member' });
        for (const id of stored.keys()) expect(res.text).not.toContain(id);
        continue;
      }
      const got = await api.pullAll(who);
      const ids = new Set(got.changes.map((c) => c.id));
      expect(
        got.changes.filter((c) => c.withdrawn),
        `${who} pulling from 0 is told of no withdrawals (S13)`,
      ).toEqual([]);
      for (const c of all.changes) {
        const v = c.data!.visibility as Visibility;
        expect(ids.has(c.id), `${who} pulls a ${v} plan`).toBe(sees(who, v));
      }
    }
  });

  it('S12 S13 the raw pull bodies of each role never hold a restricted row, its id or its text, before or after it is restricted', async () => {
    const b = await makeBoard(get().db);
    const api = await overHttp(b, await nonMember(b));
    const dev = new Device(b.schoolId);

    // One record per visibility, and three board records that will be restricted later.
    const plain: Record<string, unknown>[] = visibilities.map((v) =>
      records.plan(b.schoolId, { title: marker(`plain-${v}`), visibility: v }),
    );
    const toPartB = records.plan(b.schoolId, { title: marker('board-to-partB') });
    const toChairs = records.plan(b.schoolId, { title: marker('board-to-chairs') });
    const partBToChairs = records.plan(b.schoolId, { title: marker('partB-to-chairs'), visibility: 'partB' });
    const action = records.action(b.schoolId, { description: marker('action-chairs'), visibility: 'chairs' });
    const made = [...plain, toPartB, toChairs, partBToChairs];
    const first = await api.push('chair', [...made.map((r) => dev.create('plans', r)), dev.create('actions', action)]);
    expect(first.status, first.text).toBe(200);

    const visibleNow = (r: Record<string, unknown>) => r.visibility as Visibility;
    const leaks = (text: string, r: Record<string, unknown>, title = String(r.title ?? r.description)) =>
      text.includes(String(r.id)) || text.includes(title);

    // Before: each role's pages hold exactly what it may see.
    const cursors = {} as Record<Role, number>;
    for (const who of memberRoles) {
      const got = await api.pullAll(who, 0, 2); // small pages: every page's text is checked
      const text = got.texts.join('\n');
      for (const r of made) expect(leaks(text, r), `${who} and ${String(r.title)}`).toBe(sees(who, visibleNow(r)));
      expect(leaks(text, action), `${who} and the chairs' action`).toBe(sees(who, 'chairs'));
      cursors[who] = got.cursor;
    }
    const outsider = await api.pull('non-member', 0);
    expect(outsider.status).toBe(403);
    for (const r of [...made, action]) expect(leaks(outsider.text, r)).toBe(false);

    // Restrict: board → partB, board → chairs, partB → chairs (made by the chair, who may).
    const second = await api.push('chair', [
      dev.update('plans', String(toPartB.id), { visibility: 'partB' }),
      dev.update('plans', String(toChairs.id), { visibility: 'chairs' }),
      dev.update('plans', String(partBToChairs.id), { visibility: 'chairs' }),
    ]);
    expect(second.status, second.text).toBe(200);
    const now: [Record<string, unknown>, Visibility, Visibility][] = [
      [toPartB, 'board', 'partB'],
      [toChairs, 'board', 'chairs'],
      [partBToChairs, 'partB', 'chairs'],
    ];

    for (const who of memberRoles) {
      // A device that synced before: the text of a record it may no longer see never comes again;
      // its id comes only as a withdrawal, and only to a role that could see it before (S13).
      const since = await api.pullAll(who, cursors[who], 1);
      const text = since.texts.join('\n');
      for (const [r, was, is] of now) {
        const title = String(r.title);
        expect(text.includes(title), `${who}: the text of ${title}`).toBe(sees(who, is));
        const change = since.changes.find((c) => c.id === r.id);
        if (sees(who, is)) expect(change, `${who} gets ${title} as a change`).toMatchObject({ data: { visibility: is } });
        else if (sees(who, was)) {
          expect(change, `${who} is told to drop ${title}`).toEqual({
            kind: 'plans',
            id: r.id,
            version: expect.any(Number),
            withdrawn: true,
          });
        } else expect(text.includes(String(r.id)), `${who} never saw ${title}, so hears nothing of it`).toBe(false);
      }
      // A fresh device after the change: no withdrawals, no trace of what it may not see.
      const fresh = await api.pullAll(who, 0, 3);
      const freshText = fresh.texts.join('\n');
      expect(fresh.changes.filter((c) => c.withdrawn)).toEqual([]);
      for (const [r, , is] of now) expect(leaks(freshText, r), `${who} from 0 and ${String(r.title)}`).toBe(sees(who, is));
      for (const r of plain) expect(leaks(freshText, r), `${who} from 0 and ${String(r.title)}`).toBe(sees(who, visibleNow(r)));
      expect(leaks(freshText, action)).toBe(sees(who, 'chairs'));
    }
  });
});
