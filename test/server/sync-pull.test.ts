// Pull, on PGlite and on PostgreSQL: pages in version order, a cursor that never skips a change
// committed out of order, every row filtered by role, withdrawals, removal and role changes.
import { expect, it } from 'vitest';
import { v7 } from 'uuid';
import { describeEachDatabase } from './helpers/databases';
import { Device, makeBoard, records } from './helpers/board';

type Page = {
  changes: { kind: string; id: string; version: number; data?: Record<string, unknown>; withdrawn?: true }[];
  cursor: number;
  more: boolean;
  reset?: true;
  reason?: string;
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describeEachDatabase('pull', (get) => {
  it('S5 gives every change once, in version order, in pages, with a cursor to go on from', async () => {
    const b = await makeBoard(get().db);
    const dev = new Device(b.schoolId);
    const plans = Array.from({ length: 25 }, (_, i) => records.plan(b.schoolId, { title: `Plan ${i + 1}` }));
    await b.push(
      'chair',
      plans.map((p) => dev.create('plans', p)),
    );
    await b.push('chair', [dev.update('plans', plans[0]!.id, { title: 'Plan 1, renamed' })]);
    const all = await b.pullAll('governor', 0, 10);
    expect(all.pages).toBe(3);
    expect(all.changes.map((c) => c.id)).toEqual([...plans.slice(1).map((p) => p.id), plans[0]!.id]);
    expect(all.changes.map((c) => c.version)).toEqual(Array.from({ length: 25 }, (_, i) => i + 2));
    expect(all.changes.at(-1)).toMatchObject({ kind: 'plans', data: { title: 'Plan 1, renamed' }, hlc: expect.any(String) });
    expect(all.cursor).toBe(26);
    const after = (await b.pull('governor', all.cursor)).json() as Page;
    expect(after).toEqual({ changes: [], cursor: 26, more: false, access: 0 });
  });

  it('S5 asked with authors=1, a pull says who made the last write to each field, by name; not otherwise (a board’s first fetch)', async () => {
    const b = await makeBoard(get().db);
    const plan = records.plan(b.schoolId, { title: 'Reading' });
    await b.push('chair', [new Device(b.schoolId).create('plans', plan)]);
    const first = (await b.pull('governor', 0)).json() as Page;
    expect(first.changes[0]).not.toHaveProperty('authors');
    await b.push('governor', [new Device(b.schoolId).update('plans', plan.id, { title: 'Reading and phonics' })]);
    const ask = (authors?: string) =>
      b.app.inject({
        method: 'GET',
        url: '/api/sync/pull',
        query: { schoolId: b.schoolId, since: String(first.cursor), ...(authors ? { authors } : {}) },
        headers: b.auth('governor'),
      });
    expect(((await ask()).json() as Page).changes[0]).not.toHaveProperty('authors');
    const later = (await ask('1')).json() as { changes: { authors?: Record<string, string> }[] };
    expect(later.changes[0]!.authors).toMatchObject({ title: 'The governor', startDate: 'The chair', endDate: 'The chair' });
    expect((await ask('yes')).statusCode).toBe(400);
  });

  it('S4 two pushes at once, the first held open: a device pulling all the while misses neither', async () => {
    let holdNext = true;
    const b = await makeBoard(get().db, {
      sync: {
        beforeCommit: async () => {
          if (!holdNext) return;
          holdNext = false;
          await sleep(400); // the first push to reach its commit waits here, holding the school's lock
        },
      },
    });
    const slow = records.plan(b.schoolId, { title: 'Slow' });
    const fast = records.plan(b.schoolId, { title: 'Fast' });
    const seen = new Map<string, number>();
    let cursor = 0;
    let pulling = true;
    const poller = (async () => {
      while (pulling) {
        const page = (await b.pull('governor', cursor)).json() as Page;
        for (const c of page.changes) seen.set(c.id, c.version);
        cursor = page.cursor;
        await sleep(15);
      }
    })();
    const first = b.push('chair', [new Device(b.schoolId).create('plans', slow)]);
    await sleep(100);
    const second = b.push('clerk', [new Device(b.schoolId).create('plans', fast)]);
    const [r1, r2] = await Promise.all([first, second]);
    pulling = false;
    await poller;
    const page = (await b.pull('governor', cursor)).json() as Page;
    for (const c of page.changes) seen.set(c.id, c.version);
    // The slow push got version 1 and the one that waited for its lock version 2: committed in that order.
    expect(r1.json().results[0].version).toBe(1);
    expect(r2.json().results[0].version).toBe(2);
    expect(seen).toEqual(
      new Map([
        [slow.id, 1],
        [fast.id, 2],
      ]),
    );
    expect(page.cursor).toBe(2);
  });

  it('S12 sends each role only the rows it may see (the raw answer holds nothing else)', async () => {
    const b = await makeBoard(get().db);
    const dev = new Device(b.schoolId);
    const board = records.plan(b.schoolId, { title: 'Whole board plan' });
    const partB = records.plan(b.schoolId, { title: 'Staffing restructure (Part B)', visibility: 'partB' });
    const chairs = records.plan(b.schoolId, { title: 'Headteacher capability (chairs)', visibility: 'chairs' });
    await b.push('chair', [dev.create('plans', board), dev.create('plans', partB), dev.create('plans', chairs)]);
    const raw = async (role: Parameters<typeof b.pull>[0]) => (await b.pull(role, 0)).body;
    for (const role of ['headteacher', 'officer'] as const) {
      const body = await raw(role);
      expect(body).toContain(board.id);
      for (const hidden of [partB, chairs]) {
        expect(body).not.toContain(hidden.id);
        expect(body).not.toContain(hidden.title);
      }
    }
    for (const role of ['governor', 'clerk'] as const) {
      const body = await raw(role);
      expect(body).toContain(partB.title);
      expect(body).not.toContain(chairs.id);
      expect(body).not.toContain(chairs.title);
    }
    for (const role of ['chair', 'vice-chair'] as const) expect(await raw(role)).toContain(chairs.title);
    // The cursor still moves past what the role may not see.
    expect(((await b.pull('headteacher', 0)).json() as Page).cursor).toBe(3);
  });

  it('S13 a record that becomes restricted is withdrawn from those who may no longer see it', async () => {
    const b = await makeBoard(get().db);
    const dev = new Device(b.schoolId);
    const item = records.plan(b.schoolId, { title: 'Budget deficit', visibility: 'partB' });
    await b.push('clerk', [dev.create('plans', item)]);
    const governorAt = (await b.pullAll('governor')).cursor;
    const headAt = (await b.pullAll('headteacher')).cursor;
    expect(((await b.pull('governor', 0)).json() as Page).changes).toHaveLength(1);

    await b.push('chair', [dev.update('plans', item.id, { visibility: 'chairs' })]);
    const governor = (await b.pull('governor', governorAt)).json() as Page;
    expect(governor.changes).toEqual([{ kind: 'plans', id: item.id, version: 2, withdrawn: true }]);
    expect(JSON.stringify(governor)).not.toContain('Budget deficit');
    // The headteacher never saw it, so is told nothing at all; nor is a fresh device.
    expect(((await b.pull('headteacher', headAt)).json() as Page).changes).toEqual([]);
    expect(((await b.pull('governor', 0)).json() as Page).changes).toEqual([]);
    // Opened up to the whole board again: it comes back to everyone as a change.
    await b.push('chair', [dev.update('plans', item.id, { visibility: 'board' })]);
    const back = (await b.pull('headteacher', headAt)).json() as Page;
    expect(back.changes).toEqual([
      expect.objectContaining({ id: item.id, version: 3, data: expect.objectContaining({ title: 'Budget deficit' }) }),
    ]);
  });

  it('S14 a removed member is told why and gets nothing more; the board sees them go', async () => {
    const b = await makeBoard(get().db);
    await b.push('chair', [new Device(b.schoolId).create('plans', records.plan(b.schoolId))]);
    const removed = await b.app.inject({
      method: 'DELETE',
      url: `/api/schools/${b.schoolId}/members/${b.personIds.governor}`,
      headers: b.auth('chair'),
    });
    expect(removed.statusCode).toBe(200);
    const pull = await b.pull('governor', 0);
    expect(pull.statusCode).toBe(403);
    expect(pull.json()).toMatchObject({
      code: 'removed',
      error: expect.stringMatching(/^You were removed from the board of Test Primary School on \d\d\/\d\d\/\d{4}/),
    });
    expect(pull.body).not.toContain('Raising standards');
    const push = await b.push('governor', [new Device(b.schoolId).create('plans', records.plan(b.schoolId))]);
    expect(push.statusCode).toBe(403);
    expect(push.json().code).toBe('removed');
    const seenByChair = (await b.pullAll('chair')).changes.filter((c) => c.kind === 'memberships');
    expect(seenByChair).toEqual([
      expect.objectContaining({ data: expect.objectContaining({ personId: b.personIds.governor, deleted: true }) }),
    ]);
  });

  it('S14 after a change of role, a device that synced before it is told to fetch the board again', async () => {
    const b = await makeBoard(get().db);
    const secret = records.plan(b.schoolId, { title: 'Part B matter', visibility: 'partB' });
    await b.push('chair', [new Device(b.schoolId).create('plans', secret)]);
    const before = (await b.pullAll('governor')).cursor;
    const changed = await b.app.inject({
      method: 'PATCH',
      url: `/api/schools/${b.schoolId}/members/${b.personIds.governor}`,
      headers: b.auth('clerk'),
      payload: { role: 'headteacher' },
    });
    expect(changed.statusCode).toBe(200);
    const page = (await b.pull('governor', before)).json() as Page;
    expect(page).toMatchObject({ reset: true, cursor: 0, changes: [], reason: expect.stringMatching(/role on this board has changed/) });
    const again = await b.pullAll('governor', 0);
    expect(JSON.stringify(again.changes)).not.toContain('Part B matter');
    expect(again.changes.some((c) => c.kind === 'memberships')).toBe(true);
  });

  it('S17 a cursor ahead of the server (restored from a backup) is told to fetch again', async () => {
    const b = await makeBoard(get().db);
    expect((await b.pull('chair', 99)).json() as Page).toMatchObject({ reset: true, cursor: 0 });
    expect((await b.pull('chair', 0)).json()).toEqual({ changes: [], cursor: 0, more: false, access: 0 });
  });

  it('S14 only the chair or clerk runs the membership, and a board keeps one of them', async () => {
    const b = await makeBoard(get().db);
    const url = (role: 'governor' | 'chair' | 'clerk') => `/api/schools/${b.schoolId}/members/${b.personIds[role]}`;
    const byGovernor = await b.app.inject({ method: 'DELETE', url: url('chair'), headers: b.auth('governor') });
    expect(byGovernor.statusCode).toBe(403);
    expect(byGovernor.json().error).toBe('Only the chair or clerk can invite, change or remove members.');
    expect((await b.app.inject({ method: 'DELETE', url: url('chair'), headers: b.auth('clerk') })).statusCode).toBe(200);
    const last = await b.app.inject({ method: 'PATCH', url: url('clerk'), headers: b.auth('clerk'), payload: { role: 'governor' } });
    expect(last.statusCode).toBe(409);
    expect(last.json().error).toBe('The board must keep a chair or clerk: appoint another first.');
    const nobody = await b.app.inject({ method: 'DELETE', url: `/api/schools/${b.schoolId}/members/${v7()}`, headers: b.auth('clerk') });
    expect(nobody.statusCode).toBe(404);
  });
});
