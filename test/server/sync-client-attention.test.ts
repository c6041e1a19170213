// Changes the server refused (C1: Needs attention) and who changed what (S5), on the app's sync
// engine against the real server on PGlite. The other client rules are in sync-client.test.ts.
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRecord, reapplyChange, updateRecord } from '../../src/data';
import { openPglite } from '../../src/server/db/pglite';
import type { SqlClient } from '../../src/server/db';
import { changesNeedingAttention, changesWaiting, discardChange, retryChange } from '../../src/sync';
import { pgliteTemplate } from './helpers/pgliteTemplate';
import { makeBoard } from './helpers/board';
import { injectFetch } from './helpers/sim';
import { chairWithSchool, deleteStores, device, planInput, school, synced } from './helpers/clientDevice';

let db: SqlClient;
beforeAll(async () => {
  db = await openPglite(undefined, await pgliteTemplate(true));
});
afterAll(async () => {
  await deleteStores();
  await db?.close();
});

describe('refused changes and who changed what', () => {
  it('C1 a refused change is kept with the server’s reason and not sent again; Try again sends it; Discard brings back the board’s version', async () => {
    const b = await makeBoard(db);
    await chairWithSchool(b);
    let pushed = 0;
    const inject = injectFetch(() => b.app);
    const governor = await device(b, 'governor', { fetch: (url, init) => (url.includes('/push') && pushed++, inject(url, init)) });
    await synced(governor);
    await updateRecord('schools', b.schoolId, { name: 'Renamed by a governor' }, governor.store);
    expect((await synced(governor)).rejected).toBe(1);
    const [entry] = await governor.store.outbox.toArray();
    expect(entry!.rejected).toMatchObject({ reason: 'Only the chair, vice-chair or clerk can change the school.' });
    expect(await changesWaiting(governor.store, b.schoolId)).toBe(0);
    expect(await changesNeedingAttention(governor.store, b.schoolId)).toEqual([
      expect.objectContaining({
        seq: entry!.seq,
        what: 'Change to the school “Renamed by a governor”',
        reason: 'Only the chair, vice-chair or clerk can change the school.',
      }),
    ]);
    const before = pushed;
    await synced(governor);
    expect(pushed).toBe(before); // not sent again by itself

    await retryChange(governor.store, entry!.seq!);
    expect(await changesWaiting(governor.store, b.schoolId)).toBe(1);
    expect((await synced(governor)).rejected).toBe(1);
    expect(pushed).toBe(before + 1);

    await discardChange(governor.store, entry!.seq!);
    await synced(governor);
    expect(await governor.store.outbox.count()).toBe(0);
    expect((await governor.store.schools.get(b.schoolId))?.name).toBe('Test Primary School');
  });

  it('C1 Re-apply makes a refused change again on top of the board’s current version, so it wins the fields others changed since', async () => {
    const b = await makeBoard(db);
    const chair = await chairWithSchool(b);
    const governor = await device(b, 'governor');
    await synced(governor);
    await updateRecord('schools', b.schoolId, { name: 'Northgate Primary (governor)' }, governor.store);
    expect((await synced(governor)).rejected).toBe(1);
    const [refused] = await governor.store.outbox.toArray();
    const [attention] = await changesNeedingAttention(governor.store, b.schoolId);
    expect(attention!.text).toBe('Change to the school “Northgate Primary (governor)”\nName: Northgate Primary (governor)');

    // Later, the chair renames the school too, and makes the governor vice-chair (who may rename it).
    await new Promise((resolve) => setTimeout(resolve, 5));
    await updateRecord('schools', b.schoolId, { name: 'Northgate Primary (chair, later)' }, chair.store);
    await synced(chair);
    const res = await b.app.inject({
      method: 'PATCH',
      url: `/api/schools/${b.schoolId}/members/${b.personIds.governor}`,
      payload: { role: 'vice-chair' },
      headers: b.auth('chair'),
    });
    expect(res.statusCode).toBe(200);
    await synced(governor); // the role change: the board again from 0, the refused change kept (C3)
    expect(await changesNeedingAttention(governor.store, b.schoolId)).toHaveLength(1);

    // Try again would send it with its old stamp and lose the name to the chair's later one (S7);
    // Re-apply stamps it now, at the end of the outbox, under a new mutation id.
    await reapplyChange(refused!.seq!, governor.store);
    const [again] = await governor.store.outbox.toArray();
    expect(again).toMatchObject({ recordId: b.schoolId, fields: expect.objectContaining({ name: 'Northgate Primary (governor)' }) });
    expect(again!.rejected).toBeUndefined();
    expect(again!.mutationId).not.toBe(refused!.mutationId);
    expect(again!.hlc > refused!.hlc).toBe(true);
    expect((await synced(governor)).rejected).toBe(0);
    expect(await governor.store.outbox.count()).toBe(0);
    const view = (await b.pullAll('chair')).changes.find((c) => c.id === b.schoolId) as { data: Record<string, unknown> };
    expect(view.data.name).toBe('Northgate Primary (governor)');
    expect(await governor.store.schools.get(b.schoolId)).toEqual(view.data);
  });

  it('S5 what others change reaches the device’s history with who changed each field; the board’s first fetch and the device’s own changes coming back add nothing', async () => {
    const b = await makeBoard(db);
    const chair = await device(b, 'chair');
    await createRecord('schools', b.schoolId, school(b.schoolId), chair.store);
    const plan = await createRecord('plans', b.schoolId, planInput('Raising standards'), chair.store);
    await synced(chair);
    const governor = await device(b, 'governor');
    await synced(governor);
    expect(await governor.store.history.count()).toBe(0); // the first fetch is not history

    await updateRecord('plans', plan.id, { title: 'Raising standards in reading' }, governor.store);
    await synced(governor);
    expect(await governor.store.history.count()).toBe(1); // its own change, once: not again when it comes back
    // The chair changes another field of the same plan before fetching: the record's last writer is
    // then the chair, but the title is still the governor's (authors are kept per field).
    await updateRecord('plans', plan.id, { endDate: '2027-07-21' }, chair.store);
    await synced(chair);
    const rows = await chair.store.history.where('recordId').equals(plan.id).toArray();
    expect(rows.map((r) => ({ op: r.op, by: r.by, fields: r.fields }))).toEqual([
      { op: 'create', by: '', fields: expect.objectContaining({ title: 'Raising standards' }) },
      { op: 'update', by: '', fields: { endDate: '2027-07-21', updatedAt: expect.any(String) } },
      { op: 'update', by: 'The governor', fields: { title: 'Raising standards in reading' } },
    ]);
  });
});
