import type { Table } from 'dexie';
import { v7 } from 'uuid';
import { recordKinds, type RecordKind, type RecordOf } from '../../domain';
import { db as appDb, type ChangeOp, type StewardDb } from '../db';
import { nextStamps } from '../clock';
import { refuseIfLocked } from './locks';
import { historyEntry, nameOnDevice } from './history';
import { changedFields, labelOf, outboxEntry, validRecord, type AnyRecord, type NewRecord, type RecordPatch } from '../changes';

/** One write in a batch: a new record, a change to one, or marking one deleted. */
export type BatchWrite = {
  [K in RecordKind]:
    | { kind: K; create: NewRecord<K> & { id?: string } }
    | { kind: K; id: string; patch: RecordPatch<K> }
    | { kind: K; id: string; remove: true };
}[RecordKind];

/**
 * Several creates, changes and deletions, across kinds, in ONE transaction: every one is saved
 * (record, outbox entry and history row, as createRecord and updateRecord save them) or, when any is
 * not valid, none. For writes that only make sense together: a half term's figures replacing the
 * ones before, or an answer and the follow-up action it became. Returns the records as saved.
 */
export async function saveTogether(schoolId: string, writes: BatchWrite[], store: StewardDb = appDb): Promise<AnyRecord[]> {
  const at = new Date().toISOString();
  // Check everything before opening the transaction: a bad write throws and nothing is saved.
  const prepared = await Promise.all(
    writes.map(async (w) => {
      const kind = w.kind;
      if ('create' in w) {
        const given = w.create as Record<string, unknown>;
        const record = validRecord(kind, {
          ...given,
          id: given.id ?? v7(),
          schoolId,
          createdAt: at,
          updatedAt: at,
          deleted: false,
          visibility: given.visibility ?? 'board',
        }) as AnyRecord;
        await refuseIfLocked(store, kind, { record });
        return { kind, id: record.id, create: record };
      }
      const patch = ('remove' in w ? { deleted: true } : w.patch) as Record<string, unknown>;
      if (recordKinds[kind].appendOnly && Object.keys(patch).some((k) => k !== 'deleted'))
        throw new Error(`A ${labelOf(kind)} cannot be edited once saved: add a new one instead.`);
      await refuseIfLocked(store, kind, { id: w.id, record: patch });
      return { kind, id: w.id, patch };
    }),
  );
  const tables = [...new Set(writes.map((w) => w.kind))].map((k) => store.records(k));
  return store.transaction('rw', [...tables, store.outbox, store.meta, store.history], async () => {
    const who = await nameOnDevice(store);
    const stamps = await nextStamps(store, prepared.length, Date.parse(at));
    const saved: AnyRecord[] = [];
    for (const [i, p] of prepared.entries()) {
      const table = store.records(p.kind) as unknown as Table<AnyRecord, string>;
      let record: AnyRecord;
      let op: ChangeOp;
      let fields: Record<string, unknown>;
      if (p.create) {
        record = p.create;
        op = 'create';
        fields = { ...record };
        await table.add(record);
      } else {
        const before = (await table.get(p.id)) as AnyRecord | undefined;
        if (!before) throw new Error(`There is no ${labelOf(p.kind)} with id ${p.id} on this device.`);
        const merged = validRecord(p.kind, { ...before, ...p.patch }) as AnyRecord;
        fields = changedFields(before, merged);
        if (Object.keys(fields).length === 0) {
          saved.push(before);
          continue;
        }
        op = fields.deleted === true ? 'delete' : 'update';
        record = { ...merged, updatedAt: at };
        fields = { ...fields, updatedAt: at };
        await table.put(record);
      }
      await store.outbox.add(outboxEntry(p.kind, record, op, fields, stamps[i]!, at));
      await store.history.add(historyEntry(p.kind, record, op, fields, who, at));
      saved.push(record);
    }
    return saved;
  });
}

export type { RecordOf };
