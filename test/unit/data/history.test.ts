import { describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import { buildDemoBoard, InvalidInput } from '../../../src/domain';
import {
  createRecord,
  deleteRecord,
  discardLocalBoard,
  getUserName,
  historyFor,
  historyOf,
  importBoard,
  setUserName,
  updateRecord,
  updateRecords,
  type StewardDb,
} from '../../../src/data';
import { freshDb, smallBoard, snapshot } from './fixtures';

function failHistoryWrites(store: StewardDb) {
  store.history.hook('creating', () => {
    throw new Error('Simulated failure writing the history');
  });
}

describe('history: who changed what and when', () => {
  it('keeps the name the device user gives, trimmed; blank clears it; too long is refused', async () => {
    const store = freshDb();
    expect(await getUserName(store)).toBe('');
    expect(await setUserName('  Asha Khan ', store)).toBe('Asha Khan');
    expect(await getUserName(store)).toBe('Asha Khan');
    const error = await setUserName('x'.repeat(121), store).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInput);
    expect((error as InvalidInput).problems).toEqual([{ field: 'userName', message: 'Your name must be at most 120 characters' }]);
    expect(await getUserName(store)).toBe('Asha Khan');
    await setUserName('   ', store);
    expect(await getUserName(store)).toBe('');
  });

  it('writes one history row per create, update and delete, with the same fields as the outbox, by whoever uses the device', async () => {
    const store = freshDb();
    const { action, area } = await smallBoard(store); // before a name is given
    await setUserName('Asha Khan', store);
    const saved = await updateRecord('actions', action.id, { lead: 'Mrs Patel', finish: '2027-01-31' }, store);
    await deleteRecord('areas', area.id, store);
    const outbox = await store.outbox.orderBy('seq').toArray();
    const history = await store.history.orderBy('seq').toArray();
    expect(history).toHaveLength(outbox.length);
    history.forEach((h, i) => {
      const o = outbox[i]!;
      expect(h).toMatchObject({ schoolId: o.schoolId, kind: o.kind, recordId: o.recordId, op: o.op, fields: o.fields, at: o.createdAt });
    });
    expect(history.slice(0, 5).every((h) => h.by === '')).toBe(true);
    expect(history[5]).toMatchObject({
      by: 'Asha Khan',
      op: 'update',
      fields: { lead: 'Mrs Patel', finish: '2027-01-31', updatedAt: saved.updatedAt },
    });
    expect(history[6]).toMatchObject({ by: 'Asha Khan', op: 'delete', recordId: area.id, fields: { deleted: true } });
  });

  it('writes nothing to history when nothing changed or the input is wrong', async () => {
    const store = freshDb();
    const { action } = await smallBoard(store);
    const count = await store.history.count();
    await updateRecord('actions', action.id, { lead: action.lead }, store);
    await expect(updateRecord('actions', action.id, { finish: '2020-01-01' }, store)).rejects.toBeInstanceOf(InvalidInput);
    expect(await store.history.count()).toBe(count);
  });

  it('saves no record and no outbox entry when the history write fails (one transaction)', async () => {
    const store = freshDb();
    const { schoolId, area, action } = await smallBoard(store);
    const before = await snapshot(store);
    failHistoryWrites(store);
    await expect(
      createRecord('milestones', schoolId, { areaId: area.id, number: 1, date: '2026-12-01', description: 'All trained' }, store),
    ).rejects.toThrow(/Simulated/);
    await expect(updateRecord('actions', action.id, { lead: 'Mrs Patel' }, store)).rejects.toThrow(/Simulated/);
    await expect(deleteRecord('actions', action.id, store)).rejects.toThrow(/Simulated/);
    await expect(importBoard({ milestones: [], areas: [{ ...area, title: 'Changed' }] }, store)).rejects.toThrow(/Simulated/);
    expect(await snapshot(store)).toEqual(before);
  });

  it('updateRecords saves several changes in one transaction: all of them, or none', async () => {
    const store = freshDb();
    const { schoolId, need, area, action } = await smallBoard(store);
    const second = await createRecord(
      'actions',
      schoolId,
      { needId: need.id, areaId: area.id, position: 2, description: 'Buy books', start: '2026-09-01', finish: '2026-10-01' },
      store,
    );
    const before = await snapshot(store);
    // The second change is not valid, so the first is not kept either.
    await expect(
      updateRecords(
        [
          { kind: 'actions', id: action.id, patch: { position: 2 } },
          { kind: 'actions', id: second.id, patch: { description: '' } },
        ],
        store,
      ),
    ).rejects.toBeInstanceOf(InvalidInput);
    expect(await snapshot(store)).toEqual(before);
    await updateRecords(
      [
        { kind: 'actions', id: action.id, patch: { position: 2 } },
        { kind: 'actions', id: second.id, patch: { position: 1 } },
      ],
      store,
    );
    expect((await store.actions.get(action.id))!.position).toBe(2);
    expect((await store.actions.get(second.id))!.position).toBe(1);
    const last = await store.history.orderBy('seq').reverse().limit(2).toArray();
    expect(last.map((h) => [h.recordId, h.fields.position])).toEqual([
      [second.id, 1],
      [action.id, 2],
    ]);
    expect(await store.outbox.count()).toBe((before.outbox as unknown[]).length + 2);
  });

  it('historyOf gives a record’s changes (or several records’), newest first; historyFor a board’s', async () => {
    const store = freshDb();
    const { schoolId, action, need } = await smallBoard(store);
    const other = await smallBoard(store);
    await updateRecord('actions', action.id, { status: 'in-progress' }, store);
    await updateRecord('needs', need.id, { archived: true }, store);
    const ofAction = await historyOf(action.id, Infinity, store);
    expect(ofAction.map((h) => h.op)).toEqual(['update', 'create']);
    const both = await historyOf([action.id, need.id], Infinity, store);
    expect(both.map((h) => [h.recordId, h.op])).toEqual([
      [need.id, 'update'],
      [action.id, 'update'],
      [action.id, 'create'],
      [need.id, 'create'],
    ]);
    expect(await historyOf([action.id, need.id], 1, store)).toHaveLength(1);
    expect(await historyOf([], Infinity, store)).toEqual([]);
    const board = await historyFor(schoolId, 3, store);
    expect(board.map((h) => h.recordId)).toEqual([need.id, action.id, action.id]);
    expect((await historyFor(other.schoolId, 50, store)).every((h) => h.schoolId === other.schoolId)).toBe(true);
  });

  it('an import gives every record a history entry (one row per part of a kind), and removing a board removes its history', async () => {
    const store = freshDb();
    await setUserName('Clerk', store);
    const board = buildDemoBoard('2026-11-23', v7);
    const { total, counts } = await importBoard(board, store);
    const schoolId = board.schools![0]!.id;
    expect(await store.history.where('schoolId').equals(schoolId).count()).toBe(Object.values(counts).filter((n) => n > 0).length);
    const ids = Object.values(board).flatMap((list) => list.map((r) => r.id));
    const entries = await historyOf(ids, Infinity, store);
    expect(entries).toHaveLength(total);
    expect(new Set(entries.map((h) => h.recordId))).toEqual(new Set(ids));
    expect(entries.every((h) => h.op === 'create' && h.by === 'Clerk' && h.schoolId === schoolId)).toBe(true);
    expect((await historyOf(board.actions![0]!.id, Infinity, store))[0]).toMatchObject({ op: 'create', by: 'Clerk', kind: 'actions' });
    expect(await historyFor(schoolId, 3, store)).toHaveLength(3);
    const kept = await smallBoard(store);
    await discardLocalBoard(schoolId, store);
    expect(await store.history.where('schoolId').equals(schoolId).count()).toBe(0);
    expect(await store.history.where('schoolId').equals(kept.schoolId).count()).toBe(5);
  });
});
