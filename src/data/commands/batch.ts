import { v7 } from 'uuid';
import type { Table } from 'dexie';
import type { RecordKind } from '../../domain';
import { db as appDb, type ChangeOp, type StewardDb } from '../db';
import { nextStamps } from '../clock';
import { policyTables, refuseIfRefused } from './policy';
import { historyEntry, nameOnDevice } from './history';
import { changedFields, labelOf, outboxEntry, validRecord, type AnyRecord, type NewRecord, type RecordPatch } from '../changes';

/** One write in a batch: a new record, a change to one, or marking one deleted. */
export type BatchWrite = {
  [K in RecordKind]:
    | { kind: K; create: NewRecord<K> & { id?: string } }
    | { kind: K; id: string; patch: RecordPatch<K> }
    | { kind: K; id: string; remove: true };
}[RecordKind];

const fixedFields = ['id', 'schoolId', 'createdAt', 'updatedAt'];

/**
 * Several creates, changes and deletions, across kinds, in ONE transaction: every one is saved
 * (record, outbox entry and history row, as createRecord and updateRecord save them, each asked of
 * its kind's policy first) or, when any is not valid or is refused, none. For writes that only make
 * sense together: a half term's figures replacing the ones before, or an answer and the follow-up
 * action it became. Returns the records as saved.
 */
export async function saveTogether(schoolId: string, writes: BatchWrite[], store: StewardDb = appDb): Promise<AnyRecord[]> {
  const at = new Date().toISOString();
  for (const w of writes) {
    const fixed = 'patch' in w ? Object.keys(w.patch).find((k) => fixedFields.includes(k)) : undefined;
    if (fixed) throw new Error(`The ${fixed} of a ${labelOf(w.kind)} cannot be changed.`);
  }
  const kinds = [...new Set(writes.map((w) => w.kind))];
  const tables = kinds.map((k) => store.records(k));
  return store.transaction('rw', [...tables, ...policyTables(store, kinds), store.outbox, store.meta, store.history], async () => {
    const who = await nameOnDevice(store);
    const stamps = await nextStamps(store, writes.length, Date.parse(at));
    const saved: AnyRecord[] = [];
    for (const [i, w] of writes.entries()) {
      const table = store.records(w.kind) as unknown as Table<AnyRecord, string>;
      let record: AnyRecord;
      let op: ChangeOp;
      let fields: Record<string, unknown>;
      if ('create' in w) {
        const given = w.create as Record<string, unknown>;
        const after = {
          ...given,
          id: given.id ?? v7(),
          schoolId,
          createdAt: at,
          updatedAt: at,
          deleted: false,
          visibility: given.visibility ?? 'board',
        };
        await refuseIfRefused(store, schoolId, { kind: w.kind, before: null, after, fields: after });
        record = validRecord(w.kind, after) as AnyRecord;
        op = 'create';
        fields = { ...record };
        await table.add(record);
      } else {
        const before = await table.get(w.id);
        if (!before) throw new Error(`There is no ${labelOf(w.kind)} with id ${w.id} on this device.`);
        const patch = ('remove' in w ? { deleted: true } : w.patch) as Record<string, unknown>;
        const after = { ...before, ...patch };
        await refuseIfRefused(store, before.schoolId, { kind: w.kind, before, after, fields: patch });
        const merged = validRecord(w.kind, after) as AnyRecord;
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
      await store.outbox.add(outboxEntry(w.kind, record, op, fields, stamps[i]!, at));
      await store.history.add(historyEntry(w.kind, record, op, fields, who, at));
      saved.push(record);
    }
    return saved;
  });
}
