import { describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import { InvalidInput } from '../../../src/domain';
import { isHlcStamp, compareHlc } from '../../../src/domain/hlc';
import { createRecord, deleteRecord, updateRecord, type StewardDb } from '../../../src/data';
import { freshDb, schoolInput, smallBoard, snapshot } from './fixtures';

/** Make the next outbox write fail, as a full disk or a crash between the two writes would. */
function failOutboxWrites(store: StewardDb) {
  store.outbox.hook('creating', () => {
    throw new Error('Simulated failure writing the outbox');
  });
}

const noteInput = (actionId: string) => ({
  kind: 'note' as const,
  text: 'Saw phonics in Year 1',
  recordedAt: '2026-10-01T09:00:00.000Z',
  supports: [actionId],
});

describe('createRecord', () => {
  it('saves the record with its base fields and an outbox entry holding every field', async () => {
    const store = freshDb();
    const { schoolId, area } = await smallBoard(store);
    expect(area).toMatchObject({ schoolId, deleted: false, visibility: 'board', targets: [], archived: false });
    expect(area.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/); // UUIDv7
    expect(area.createdAt).toBe(area.updatedAt);
    expect(await store.areas.get(area.id)).toEqual(area);
    const entry = (await store.outbox.toArray()).find((e) => e.recordId === area.id)!;
    expect(entry).toMatchObject({ kind: 'areas', op: 'create', schoolId, fields: area, createdAt: area.createdAt });
    expect(isHlcStamp(entry.hlc)).toBe(true);
  });

  it('gives a new school its schoolId as id, and refuses any other', async () => {
    const store = freshDb();
    const id = v7();
    const school = await createRecord('schools', id, { ...schoolInput(id), id: undefined }, store);
    expect(school).toMatchObject({ id, schoolId: id });
    await expect(createRecord('schools', v7(), schoolInput(v7()), store)).rejects.toBeInstanceOf(InvalidInput);
  });

  it('stamps every change from one device clock whose id is made once and kept', async () => {
    const store = freshDb();
    await smallBoard(store);
    const entries = await store.outbox.orderBy('seq').toArray();
    expect(entries).toHaveLength(5);
    const deviceId = (await store.meta.get('deviceId'))!.value;
    for (const [i, e] of entries.entries()) {
      expect(e.hlc.endsWith(`-${deviceId}`)).toBe(true);
      if (i > 0) expect(compareHlc(e.hlc, entries[i - 1]!.hlc)).toBeGreaterThan(0);
    }
    expect((await store.meta.get('clock'))!.value).toBe(entries[4]!.hlc);
  });

  it('throws InvalidInput with a message per field and saves nothing', async () => {
    const store = freshDb();
    const { schoolId, area, need } = await smallBoard(store);
    const before = await snapshot(store);
    const bad = { needId: need.id, areaId: area.id, position: 2, description: '  ', start: '2026-12-01', finish: '2026-09-01' };
    const error = await createRecord('actions', schoolId, bad, store).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInput);
    expect((error as InvalidInput).problems).toEqual(expect.arrayContaining([{ field: 'description', message: 'Action is required' }]));
    expect((error as InvalidInput).message).toMatch(/^The action was not saved: /);
    // The refinement (finish on or after start) needs the rest valid first:
    const error2 = await createRecord('actions', schoolId, { ...bad, description: 'Coach teachers' }, store).catch((e: unknown) => e);
    expect((error2 as InvalidInput).problems).toEqual([{ field: 'finish', message: 'Finish must be on or after start' }]);
    expect(await snapshot(store)).toEqual(before);
  });

  it('writes neither the record nor its outbox entry when the transaction fails part way', async () => {
    const store = freshDb();
    const { schoolId, area } = await smallBoard(store);
    const before = await snapshot(store);
    let recordWritten = false;
    store.milestones.hook('creating', () => {
      recordWritten = true;
    });
    failOutboxWrites(store);
    await expect(
      createRecord('milestones', schoolId, { areaId: area.id, number: 1, date: '2026-12-01', description: 'All staff trained' }, store),
    ).rejects.toThrow(/Simulated failure/);
    expect(recordWritten).toBe(true); // the record was written inside the transaction, then undone
    expect(await store.milestones.count()).toBe(0);
    expect(await snapshot(store)).toEqual(before); // the clock did not move either
  });
});

describe('updateRecord', () => {
  it('saves the merged record and puts only the changed fields (and updatedAt) in the outbox', async () => {
    const store = freshDb();
    const { action } = await smallBoard(store);
    const saved = await updateRecord('actions', action.id, { status: 'in-progress', lead: 'Mrs Patel', position: 1 }, store);
    expect(saved).toMatchObject({ ...action, status: 'in-progress', lead: 'Mrs Patel', updatedAt: saved.updatedAt });
    expect(saved.updatedAt >= action.updatedAt).toBe(true);
    expect(await store.actions.get(action.id)).toEqual(saved);
    const entry = (await store.outbox.orderBy('seq').last())!;
    expect(entry).toMatchObject({ op: 'update', kind: 'actions', recordId: action.id });
    expect(entry.fields).toEqual({ status: 'in-progress', lead: 'Mrs Patel', updatedAt: saved.updatedAt });
  });

  it('writes nothing when nothing changed', async () => {
    const store = freshDb();
    const { action } = await smallBoard(store);
    const before = await snapshot(store);
    expect(await updateRecord('actions', action.id, { status: 'not-started', description: action.description }, store)).toEqual(action);
    expect(await snapshot(store)).toEqual(before);
  });

  it('records a cleared field as null in the outbox and drops it from the record', async () => {
    const store = freshDb();
    const { schoolId, area } = await smallBoard(store);
    const m = await createRecord(
      'milestones',
      schoolId,
      { areaId: area.id, number: 1, date: '2026-12-01', description: 'All trained', metOn: '2026-11-30' },
      store,
    );
    const saved = await updateRecord('milestones', m.id, { metOn: undefined }, store);
    expect('metOn' in saved).toBe(false);
    expect((await store.outbox.orderBy('seq').last())!.fields).toEqual({ metOn: null, updatedAt: saved.updatedAt });
  });

  it('validates the whole merged record (refinements included) and changes nothing when wrong', async () => {
    const store = freshDb();
    const { action } = await smallBoard(store);
    const before = await snapshot(store);
    const error = await updateRecord('actions', action.id, { finish: '2026-01-01' }, store).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidInput);
    expect((error as InvalidInput).problems).toEqual([{ field: 'finish', message: 'Finish must be on or after start' }]);
    expect(await snapshot(store)).toEqual(before);
  });

  it('refuses an unknown id, and the fields a command owns', async () => {
    const store = freshDb();
    const { action } = await smallBoard(store);
    await expect(updateRecord('actions', v7(), { lead: 'x' }, store)).rejects.toThrow(/There is no action with id/);
    await expect(updateRecord('actions', action.id, { schoolId: v7() } as never, store)).rejects.toThrow(
      /schoolId of a action cannot be changed/,
    );
  });

  it('refuses edits to append-only records but lets them be deleted', async () => {
    const store = freshDb();
    const { schoolId, action } = await smallBoard(store);
    const note = await createRecord('evidence', schoolId, noteInput(action.id), store);
    const before = await snapshot(store);
    await expect(updateRecord('evidence', note.id, { text: 'Changed my mind' }, store)).rejects.toThrow(
      'Evidence cannot be edited once saved: add a new one instead (it can only be deleted).',
    );
    await expect(updateRecord('evidence', note.id, { text: 'x', deleted: true }, store)).rejects.toThrow(/cannot be edited/);
    expect(await snapshot(store)).toEqual(before);
    const gone = await updateRecord('evidence', note.id, { deleted: true }, store);
    expect(gone.deleted).toBe(true);
    expect((await store.outbox.orderBy('seq').last())!).toMatchObject({ op: 'delete', fields: { deleted: true } });
  });

  it('writes neither when the transaction fails part way', async () => {
    const store = freshDb();
    const { action } = await smallBoard(store);
    const before = await snapshot(store);
    failOutboxWrites(store);
    await expect(updateRecord('actions', action.id, { status: 'complete' }, store)).rejects.toThrow(/Simulated failure/);
    expect(await snapshot(store)).toEqual(before);
  });
});

describe('deleteRecord', () => {
  it('marks the record deleted, with a delete in the outbox; again does nothing', async () => {
    const store = freshDb();
    const { area } = await smallBoard(store);
    const gone = await deleteRecord('areas', area.id, store);
    expect(gone).toMatchObject({ id: area.id, deleted: true, title: area.title });
    expect(await store.areas.get(area.id)).toEqual(gone);
    const entry = (await store.outbox.orderBy('seq').last())!;
    expect(entry).toMatchObject({ op: 'delete', recordId: area.id, fields: { deleted: true, updatedAt: gone.updatedAt } });
    const count = await store.outbox.count();
    await deleteRecord('areas', area.id, store);
    expect(await store.outbox.count()).toBe(count);
    await expect(updateRecord('areas', area.id, { title: 'Writing' }, store)).rejects.toThrow(/has been deleted/);
    expect((await updateRecord('areas', area.id, { deleted: false }, store)).deleted).toBe(false);
  });

  it('writes neither when the transaction fails part way', async () => {
    const store = freshDb();
    const { area } = await smallBoard(store);
    const before = await snapshot(store);
    failOutboxWrites(store);
    await expect(deleteRecord('areas', area.id, store)).rejects.toThrow(/Simulated failure/);
    expect(await snapshot(store)).toEqual(before);
  });
});
