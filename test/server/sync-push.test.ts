// Push, on PGlite and on PostgreSQL: exactly once, in order, answered per mutation, validated, last
// writer wins per field, clocks from the future, append-only kinds, locks and who may write what.
import { expect, it } from 'vitest';
import { v7 } from 'uuid';
import type { SqlClient } from '../../src/server/db';
import { describeEachDatabase } from './helpers/databases';
import { APPLIED_BEFORE_SQL } from '../../src/server/sync/push';
import { Device, makeBoard, records } from './helpers/board';

type Result = {
  mutationId: string;
  status: string;
  version?: number | null;
  reason?: string;
  problems?: { field: string; message: string }[];
};
const resultsOf = (res: { json: () => unknown }) => (res.json() as { results: Result[] }).results;

async function stored(db: SqlClient, id: string) {
  const rows = await db.query<{ data: Record<string, unknown>; version: number }>('SELECT data, version FROM records WHERE id = $1', [id]);
  return rows[0];
}

describeEachDatabase('push', (get) => {
  it('S1 S3 applies an outbox in order and answers each mutation with its version', async () => {
    const b = await makeBoard(get().db);
    const dev = new Device(b.schoolId);
    const action = records.action(b.schoolId);
    const ms = [
      dev.create('actions', action),
      dev.update('actions', action.id, { status: 'in-progress' }),
      dev.update('actions', action.id, { lead: 'Head of English' }),
    ];
    const res = await b.push('governor', ms);
    expect(res.statusCode).toBe(200);
    expect(resultsOf(res)).toEqual(ms.map((m, i) => ({ mutationId: m.mutationId, status: 'applied', version: i + 1 })));
    expect(res.json().version).toBe(3);
    const row = await stored(b.db, action.id);
    expect(row).toMatchObject({ version: 3, data: { status: 'in-progress', lead: 'Head of English', description: action.description } });
  });

  it('S1 S2 a full push of 1,000 mutations (records written in parts of 500) lands whole, in order, once', async () => {
    const b = await makeBoard(get().db);
    const dev = new Device(b.schoolId);
    const plans = Array.from({ length: 700 }, (_, i) => records.plan(b.schoolId, { title: `Plan ${i}` }));
    const ms = [
      ...plans.map((p) => dev.create('plans', p)),
      ...plans.slice(0, 300).map((p) => dev.update('plans', p.id, { title: `${p.title} edited` })),
    ];
    const res = await b.push('chair', ms);
    expect(res.statusCode, res.body).toBe(200);
    expect(resultsOf(res)).toEqual(ms.map((m, i) => ({ mutationId: m.mutationId, status: 'applied', version: i + 1 })));
    const rows = await b.db.query<{ n: number; top: number }>(
      'SELECT count(*)::int AS n, max(version)::int AS top FROM records WHERE school_id = $1',
      [b.schoolId],
    );
    expect(rows[0]).toEqual({ n: 700, top: 1000 });
    expect(await stored(b.db, plans[0]!.id)).toMatchObject({ version: 701, data: { title: 'Plan 0 edited' } });
    expect(await stored(b.db, plans[699]!.id)).toMatchObject({ version: 700, data: { title: 'Plan 699' } });
    const counted = await b.db.query<{ n: number }>('SELECT count(*)::int AS n FROM applied_mutations');
    expect(counted[0]!.n).toBe(1000);
    expect(resultsOf(await b.push('chair', ms))).toEqual(resultsOf(res));
  });

  it("S2 looking up which mutations were applied before reads only the pushed ids, not the school's whole history", async () => {
    const b = await makeBoard(get().db);
    // A long history: 5,000 applied mutations for this school.
    await b.db.query(
      `INSERT INTO applied_mutations (school_id, mutation_id, person_id, kind, record_id, result)
       SELECT $1, gen_random_uuid(), $2, 'plans', gen_random_uuid(), '{}'::jsonb FROM generate_series(1, 5000)`,
      [b.schoolId, b.personIds.chair],
    );
    await b.db.exec('ANALYZE applied_mutations');
    const ids = JSON.stringify(Array.from({ length: 100 }, () => v7()));
    const plan = await b.db.query<Record<string, unknown>>(`EXPLAIN (ANALYZE, FORMAT JSON) ${APPLIED_BEFORE_SQL}`, [b.schoolId, ids]);
    const text = JSON.stringify(plan);
    // Both key columns are the index condition, and no step of the plan reads thousands of rows.
    expect(text).toMatch(/"Index Cond":"\(\(school_id = [^"]*\) AND \(mutation_id = ANY/);
    const rowsRead = [...text.matchAll(/"Actual Rows":(\d+)/g)].map((m) => Number(m[1]));
    expect(Math.max(...rowsRead)).toBeLessThanOrEqual(100);
  });

  it('S2 a retried push is answered the same and applies nothing twice', async () => {
    const b = await makeBoard(get().db);
    const dev = new Device(b.schoolId);
    const a = records.action(b.schoolId);
    const batch = [dev.create('actions', a), dev.update('actions', a.id, { status: 'in-progress' })];
    const first = await b.push('chair', batch);
    const again = await b.push('chair', batch);
    expect(resultsOf(again)).toEqual(resultsOf(first));
    // Between the two, another device changed the status: replaying the old mutation must not undo it.
    await b.push('clerk', [new Device(b.schoolId).update('actions', a.id, { status: 'complete' })]);
    const third = await b.push('chair', batch);
    expect(resultsOf(third)).toEqual(resultsOf(first));
    expect((await stored(b.db, a.id))?.data.status).toBe('complete');
    const counted = await b.db.query<{ n: number }>('SELECT count(*)::int AS n FROM applied_mutations');
    expect(counted[0]!.n).toBe(3);
  });

  it('S2 the same mutation twice in one push is applied once', async () => {
    const b = await makeBoard(get().db);
    const dev = new Device(b.schoolId);
    const a = records.action(b.schoolId);
    const create = dev.create('actions', a);
    const res = await b.push('chair', [create, create]);
    expect(resultsOf(res)).toEqual([
      { mutationId: create.mutationId, status: 'applied', version: 1 },
      { mutationId: create.mutationId, status: 'applied', version: 1 },
    ]);
    expect(res.json().version).toBe(1);
  });

  it('S3 S6 a rejected mutation says why, changes nothing, and does not stop the next', async () => {
    const b = await makeBoard(get().db);
    const dev = new Device(b.schoolId);
    const a = records.action(b.schoolId);
    const ms = [
      dev.create('actions', a),
      dev.update('actions', a.id, { finish: '2026-09-01' }),
      dev.update('actions', a.id, { lead: 'Deputy head' }),
    ];
    const [created, bad, next] = resultsOf(await b.push('governor', ms));
    expect(created).toMatchObject({ status: 'applied', version: 1 });
    expect(bad).toMatchObject({ status: 'rejected', reason: 'The action was not saved: Finish must be on or after start.' });
    expect(bad!.problems).toEqual([{ field: 'finish', message: 'Finish must be on or after start' }]);
    expect(next).toMatchObject({ status: 'applied', version: 2 });
    expect((await stored(b.db, a.id))?.data).toMatchObject({ finish: a.finish, lead: 'Deputy head' });
  });

  it('S3 a change to a record the server does not have is rejected, and so is an unknown kind', async () => {
    const b = await makeBoard(get().db);
    const dev = new Device(b.schoolId);
    const [missing, unknown] = resultsOf(
      await b.push('chair', [dev.update('actions', v7(), { lead: 'x' }), dev.mutation('gizmos', v7(), 'create', {})]),
    );
    expect(missing!.reason).toMatch(/^There is no action with this id that you can see/);
    expect(unknown!.reason).toBe('This server does not know records of kind "gizmos": update the server, then try again.');
  });

  it('S7 last writer wins per field, by hybrid logical clock, whatever order the pushes arrive in', async () => {
    const b = await makeBoard(get().db);
    const now = Date.now();
    const a = records.action(b.schoolId);
    const phone = new Device(b.schoolId, 'phone');
    const laptop = new Device(b.schoolId, 'laptop');
    await b.push('chair', [phone.create('actions', a, now - 60_000)]);
    // The laptop edits later, but its push arrives first; the phone's earlier edit arrives second.
    const later = laptop.update('actions', a.id, { status: 'complete', lead: 'Laptop lead' }, now - 1_000);
    const earlier = phone.update('actions', a.id, { status: 'stalled', resources: 'Phonics scheme' }, now - 30_000);
    expect(resultsOf(await b.push('governor', [later]))[0]).toMatchObject({ status: 'applied', version: 2 });
    expect(resultsOf(await b.push('chair', [earlier]))[0]).toMatchObject({ status: 'applied', version: 3 });
    const row = await stored(b.db, a.id);
    // status: the laptop's later write wins; resources: only the phone wrote it, so it lands.
    expect(row?.data).toMatchObject({ status: 'complete', lead: 'Laptop lead', resources: 'Phonics scheme' });
    // A change that loses on every field is applied and changes nothing (version null).
    const stale = phone.update('actions', a.id, { status: 'not-started' }, now - 20_000);
    stale.hlc = earlier.hlc.replace(/-\d{6}-/, '-000001-');
    expect(resultsOf(await b.push('chair', [stale]))[0]).toEqual({ mutationId: stale.mutationId, status: 'applied', version: null });
    expect((await stored(b.db, a.id))?.version).toBe(3);
  });

  it('S7 a cleared field (null) is removed, and the schema puts back its default', async () => {
    const b = await makeBoard(get().db);
    const dev = new Device(b.schoolId);
    const a = records.action(b.schoolId, { lead: 'Someone' });
    await b.push('chair', [dev.create('actions', a), dev.update('actions', a.id, { lead: null })]);
    expect((await stored(b.db, a.id))?.data.lead).toBe('');
  });

  it('S8 refuses a clock more than 5 minutes ahead of the server, and takes one just inside', async () => {
    const b = await makeBoard(get().db);
    const dev = new Device(b.schoolId);
    const ahead = dev.create('actions', records.action(b.schoolId), Date.now() + 6 * 60_000);
    const [res] = resultsOf(await b.push('chair', [ahead]));
    expect(res!.status).toBe('rejected');
    expect(res!.reason).toMatch(/clock is ahead of the server's by more than 5 minutes/);
    const fine = new Device(b.schoolId).create('actions', records.action(b.schoolId), Date.now() + 4 * 60_000);
    expect(resultsOf(await b.push('chair', [fine]))[0]!.status).toBe('applied');
  });

  it('S9 an append-only record can be deleted but never edited', async () => {
    const b = await makeBoard(get().db);
    const dev = new Device(b.schoolId);
    const e = records.evidence(b.schoolId);
    const [created, edited, resent, deleted] = resultsOf(
      await b.push('governor', [
        dev.create('evidence', e),
        dev.update('evidence', e.id, { text: 'Changed my mind' }),
        dev.create('evidence', e), // the same record sent again (an import on a second device)
        dev.delete('evidence', e.id),
      ]),
    );
    expect(created!.status).toBe('applied');
    expect(edited).toMatchObject({
      status: 'rejected',
      reason: 'Evidence cannot be edited once saved: add a new one instead (it can only be deleted).',
    });
    expect(resent).toEqual({ mutationId: expect.any(String), status: 'applied', version: null });
    expect(deleted).toMatchObject({ status: 'applied', version: 2 });
    expect((await stored(b.db, e.id))?.data).toMatchObject({ text: e.text, deleted: true });
  });

  it('S10 a finalised review and its entries refuse every change', async () => {
    const b = await makeBoard(get().db);
    const dev = new Device(b.schoolId);
    const review = records.review(b.schoolId, v7());
    const entry = records.reviewEntry(b.schoolId, review.id);
    const ms = [dev.create('reviews', review), dev.create('reviewEntries', entry)];
    ms.push(dev.update('reviews', review.id, { status: 'final', finalisedAt: '2026-10-14T17:00:00.000Z', finalisedBy: 'The chair' }));
    const setup = resultsOf(await b.push('chair', ms));
    expect(setup.map((r) => r.status)).toEqual(['applied', 'applied', 'applied']);
    const late = new Device(b.schoolId);
    const attempts = resultsOf(
      await b.push('chair', [
        late.update('reviewEntries', entry.id, { rating: 'complete' }),
        late.create('areaJudgements', { ...records.reviewEntry(b.schoolId, review.id), areaId: v7(), judgement: 'good', reason: '' }),
        late.update('reviews', review.id, { status: 'draft' }),
        late.delete('reviews', review.id),
      ]),
    );
    for (const r of attempts) {
      expect(r).toMatchObject({
        status: 'rejected',
        reason: 'This review was finalised on 14/10/2026 and is locked: this change was not saved.',
      });
    }
  });

  it('S10 approved minutes refuse new items and edits; the action log carries on', async () => {
    const b = await makeBoard(get().db);
    const dev = new Device(b.schoolId);
    const meeting = records.meeting(b.schoolId);
    const item = records.minuteItem(b.schoolId, meeting.id);
    await b.push('clerk', [dev.create('meetings', meeting), dev.create('minuteItems', item)]);
    const approve = dev.update('meetings', meeting.id, {
      minutesStatus: 'approved',
      approvedAt: '2026-10-20T09:00:00.000Z',
      approvedBy: 'The chair',
    });
    expect(resultsOf(await b.push('chair', [approve]))[0]!.status).toBe('applied');
    // The base fields of a record and its meeting: a meeting action has none of a minute item's own (S6).
    const { id, schoolId, createdAt, updatedAt, deleted, visibility, meetingId } = records.minuteItem(b.schoolId, meeting.id);
    const action = {
      ...{ id, schoolId, createdAt, updatedAt, deleted, visibility, meetingId },
      description: 'Send the attendance letter',
      owner: 'Head',
      due: '2026-11-01',
      status: 'open',
    };
    const [newItem, deleteItem, venue, logAction] = resultsOf(
      await b.push('clerk', [
        dev.create('minuteItems', records.minuteItem(b.schoolId, meeting.id, { position: 2 })),
        dev.delete('minuteItems', item.id),
        dev.update('meetings', meeting.id, { venue: 'Hall' }),
        dev.create('meetingActions', action),
      ]),
    );
    for (const r of [newItem, deleteItem, venue])
      expect(r!.reason).toBe('These minutes were approved on 20/10/2026 and are locked: this change was not saved.');
    expect(logAction!.status).toBe('applied');
  });

  it('S11 who may write what: visibility, school details, finalising, members', async () => {
    const b = await makeBoard(get().db);
    const dev = new Device(b.schoolId);
    const partB = records.plan(b.schoolId, { visibility: 'partB' });
    const [head] = resultsOf(await b.push('headteacher', [dev.create('plans', partB)]));
    expect(head!.reason).toBe('A headteacher cannot see records marked "Part B (confidential)", so cannot save one.');
    const [gov] = resultsOf(await b.push('governor', [dev.create('plans', records.plan(b.schoolId, { visibility: 'chairs' }))]));
    expect(gov!.reason).toBe('A governor cannot see records marked "Chair and vice-chair only", so cannot save one.');
    const [clerk] = resultsOf(await b.push('clerk', [dev.create('plans', partB)]));
    expect(clerk!.status).toBe('applied');
    // The headteacher cannot touch the Part B plan, and is told nothing about it.
    const [touch] = resultsOf(await b.push('headteacher', [dev.update('plans', partB.id, { title: 'Mine now' })]));
    expect(touch!.reason).toMatch(/^There is no action plan with this id that you can see/);
    const review = records.review(b.schoolId, v7(), { status: 'final', finalisedAt: '2026-10-14T17:00:00.000Z' });
    const [finalise] = resultsOf(await b.push('governor', [dev.create('reviews', review)]));
    expect(finalise!.reason).toBe('Only the chair or vice-chair can finalise a review.');
    const school = {
      id: b.schoolId,
      schoolId: b.schoolId,
      createdAt: new Date().toISOString(),
      updatedAt: new Date().toISOString(),
      deleted: false,
      visibility: 'board',
      name: 'Renamed',
      educationPhase: 'Primary',
      riskCategory: 4,
      improvementPhase: 'Repair',
    };
    const [officer] = resultsOf(await b.push('officer', [dev.create('schools', school)]));
    expect(officer!.reason).toBe('Only the chair, vice-chair or clerk can change the school.');
    const member = {
      id: v7(),
      schoolId: b.schoolId,
      createdAt: school.createdAt,
      updatedAt: school.createdAt,
      deleted: false,
      visibility: 'board',
      personId: v7(),
      role: 'chair',
      displayName: 'Me',
    };
    const [self] = resultsOf(await b.push('chair', [dev.create('memberships', member)]));
    expect(self!.reason).toMatch(/^Members are added by invitation/);
  });

  it('S11 S15 a non-member is refused; ids, schools and creation times are fixed', async () => {
    const b = await makeBoard(get().db);
    const dev = new Device(b.schoolId);
    const other = await b.push('chair', [dev.create('plans', records.plan(b.schoolId))], v7());
    expect(other.statusCode).toBe(403);
    expect(other.json()).toMatchObject({ code: 'not-a-member', error: 'You are not a member of this board.' });
    const plan = records.plan(b.schoolId);
    const results = resultsOf(
      await b.push('chair', [
        dev.create('plans', plan),
        dev.update('plans', plan.id, { createdAt: '2020-01-01T00:00:00.000Z' }),
        dev.update('plans', plan.id, { schoolId: v7() }),
        dev.update('plans', plan.id, { id: v7() }),
      ]),
    );
    expect(results[1]!.reason).toBe('The createdAt of an action plan cannot be changed.');
    expect(results[2]!.reason).toBe("This action plan belongs to another school's board.");
    expect(results[3]!.reason).toBe('The id of an action plan cannot be changed.');
  });
});
