import { afterEach, describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import { ActionSchema } from '../../../src/domain';
import { openDb, versions, type SchemaVersion, type StewardDb } from '../../../src/data';
import { createRecord } from '../../../src/data';
import { smallBoard } from './fixtures';

const names: string[] = [];
const fresh = () => {
  const name = `migration-${v7()}`;
  names.push(name);
  return name;
};
afterEach(async () => {
  for (const name of names.splice(0)) await openDb(name, []).delete();
});

describe('schema versions on a device that already has data', () => {
  // A schema made for this test: version 1 keeps visits with a free-text "when"; version 2 adds an
  // index on a new "date" field and turns every "when" into it.
  const v1: SchemaVersion = { version: 1, stores: { visits: 'id, schoolId', notes: 'id, schoolId' } };
  const v2: SchemaVersion = {
    version: 2,
    stores: { visits: 'id, schoolId, date' },
    upgrade: (tx) =>
      tx
        .table('visits')
        .toCollection()
        .modify((visit: { when?: string; date?: string }) => {
          visit.date = visit.when!.slice(0, 10);
          delete visit.when;
        }),
  };

  it('upgrades every record, keeps the tables it does not touch, and the new index works', async () => {
    const name = fresh();
    const schoolId = v7();
    const before = openDb(name, [v1]);
    const visits = Array.from({ length: 250 }, (_, i) => ({
      id: v7(),
      schoolId,
      governor: `Governor ${i}`,
      when: `2026-10-${String(1 + (i % 28)).padStart(2, '0')}T09:00`,
    }));
    const notes = Array.from({ length: 40 }, () => ({ id: v7(), schoolId, text: 'A note' }));
    await before.table('visits').bulkAdd(visits);
    await before.table('notes').bulkAdd(notes);
    expect(before.verno).toBe(1);
    before.close();

    const after = openDb(name, [v1, v2]);
    await after.open();
    expect(after.verno).toBe(2);
    const upgraded = await after.table('visits').toArray();
    expect(upgraded).toHaveLength(visits.length);
    for (const visit of visits) {
      const { when, ...rest } = visit;
      expect(upgraded.find((u) => u.id === visit.id)).toEqual({ ...rest, date: when.slice(0, 10) });
    }
    expect(await after.table('visits').where('date').equals('2026-10-05').count()).toBe(
      visits.filter((v) => v.when.startsWith('2026-10-05')).length,
    );
    expect(await after.table('notes').toArray()).toEqual(expect.arrayContaining(notes));
    after.close();
  });

  it("extends the app's own schema: records, outbox and device settings all survive", async () => {
    const name = fresh();
    const before: StewardDb = openDb(name);
    const { schoolId, action } = await smallBoard(before);
    await createRecord('actions', schoolId, { ...action, id: undefined, position: 2, lead: '  ' }, before);
    const outbox = await before.outbox.toArray();
    const meta = await before.meta.toArray();
    before.close();

    const next: SchemaVersion = {
      version: versions[versions.length - 1]!.version + 1,
      stores: { actions: 'id, schoolId, needId, areaId, status' },
      upgrade: (tx) =>
        tx
          .table('actions')
          .toCollection()
          .modify((a: { lead: string }) => {
            if (!a.lead) a.lead = 'Headteacher';
          }),
    };
    const after = openDb(name, [...versions, next]);
    const actions = await after.actions.toArray();
    expect(actions).toHaveLength(2);
    expect(actions.map((a) => a.lead).sort()).toEqual(['Headteacher', 'Headteacher']);
    for (const a of actions) expect(ActionSchema.safeParse(a).success).toBe(true);
    expect(await after.actions.where('status').equals('not-started').count()).toBe(2);
    expect(await after.outbox.toArray()).toEqual(outbox);
    expect(await after.meta.toArray()).toEqual(meta);
    after.close();
  });

  it('version 3 (real plans) keeps every plan record as it was, and finds milestones by their action', async () => {
    const name = fresh();
    const upTo2 = versions.filter((v) => v.version < 3);
    const before: StewardDb = openDb(name, upTo2);
    const { schoolId, action } = await smallBoard(before);
    const areaId = action.areaId;
    const tables = ['plans', 'areas', 'needs', 'actions', 'milestones'] as const;
    const old = Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await before.table(t).toArray()] as const)));
    const outbox = await before.outbox.toArray();
    before.close();

    const after = openDb(name);
    await after.open();
    expect(after.verno).toBe(3);
    for (const t of tables) expect(await after.table(t).toArray()).toEqual(old[t]);
    expect(await after.outbox.toArray()).toEqual(outbox);
    for (const a of await after.actions.toArray()) expect(ActionSchema.safeParse(a).success).toBe(true);
    const milestone = await createRecord(
      'milestones',
      schoolId,
      { areaId, actionId: action.id, number: 9, when: 'By the February Standards Board', description: 'Half of staff trained' },
      after,
    );
    expect((await after.milestones.where('actionId').equals(action.id).toArray()).map((m) => m.id)).toEqual([milestone.id]);
    after.close();
  });
});
