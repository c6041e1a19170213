import { v7 } from 'uuid';
import { InvalidInput, type RecordKind, type RecordOf } from '../../domain';
import { db as appDb, type ChangeOp, type StewardDb } from '../db';
import { nextStamps } from '../clock';
import { policyTables, refuseIfRefused } from './policy';
import { historyEntry, nameOnDevice } from './history';
import { changedFields, labelOf, outboxEntry, validRecord, type AnyRecord, type NewRecord, type RecordPatch } from '../changes';

/** A made-on-this-device id (UUIDv7), for callers that need it before saving (e.g. a new school). */
export const newId = (): string => v7();

/**
 * Save a new record of a kind for a school, with its outbox entry and its history row, in one
 * transaction. A school's id is its schoolId: `createRecord('schools', id, {...})` with `id = newId()`.
 * Throws InvalidInput (nothing saved) when the input is not valid.
 */
export async function createRecord<K extends RecordKind>(
  kind: K,
  schoolId: string,
  input: NewRecord<K>,
  store: StewardDb = appDb,
): Promise<RecordOf<K>> {
  const now = new Date();
  const at = now.toISOString();
  const given = input as Record<string, unknown>;
  const id = (given.id as string | undefined) ?? (kind === 'schools' ? schoolId : v7());
  if (kind === 'schools' && id !== schoolId)
    throw new InvalidInput([{ field: 'id', message: "A school's id must be its schoolId" }], labelOf(kind));
  const fields = { ...given, id, schoolId, createdAt: at, updatedAt: at, deleted: false, visibility: given.visibility ?? 'board' };
  const table = store.records(kind);
  return store.transaction('rw', [table, ...policyTables(store, [kind]), store.outbox, store.meta, store.history], async () => {
    await refuseIfRefused(store, schoolId, { kind, before: null, after: fields, fields });
    const record = validRecord(kind, fields);
    const [hlc] = await nextStamps(store, 1, now.getTime());
    await table.add(record);
    await store.outbox.add(outboxEntry(kind, record, 'create', { ...record }, hlc!, at));
    await store.history.add(historyEntry(kind, record, 'create', { ...record }, await nameOnDevice(store), at));
    return record;
  });
}

/** The fields a command fills in itself: a patch never sets them. */
const fixedFields = ['id', 'schoolId', 'createdAt', 'updatedAt'];

/** Refuse, before any write, a patch that sets a field the command fills in. */
function checkPatch(kind: RecordKind, patch: object): void {
  const fixed = Object.keys(patch).find((k) => fixedFields.includes(k));
  if (fixed) throw new Error(`The ${fixed} of a ${labelOf(kind)} cannot be changed.`);
}

/**
 * Change some fields of a record, with an outbox entry holding only the fields changed (and a
 * history row), in one transaction. Validates the whole changed record; saves nothing when nothing
 * changed. The kind's policy decides first (src/domain/policy.ts): append-only kinds (evidence,
 * checklist templates) can only be marked deleted or restored; a locked record refuses every change.
 */
export async function updateRecord<K extends RecordKind>(
  kind: K,
  id: string,
  patch: RecordPatch<K>,
  store: StewardDb = appDb,
): Promise<RecordOf<K>> {
  checkPatch(kind, patch);
  return store.transaction('rw', [store.records(kind), ...policyTables(store, [kind]), store.outbox, store.meta, store.history], async () =>
    applyPatch(store, kind, id, patch),
  );
}

/** One change to one record, for `updateRecords`. */
export type RecordChange = { [K in RecordKind]: { kind: K; id: string; patch: RecordPatch<K> } }[RecordKind];

/**
 * Change several records in ONE transaction: every change is saved, or (when any is not valid)
 * none. Each is checked and stored as `updateRecord` stores it (record, outbox entry, history row).
 * For records that only make sense changed together, e.g. two actions swapping places.
 */
export async function updateRecords(changes: RecordChange[], store: StewardDb = appDb): Promise<void> {
  for (const c of changes) checkPatch(c.kind, c.patch);
  const kinds = [...new Set(changes.map((c) => c.kind))];
  const tables = kinds.map((kind) => store.records(kind));
  await store.transaction('rw', [...tables, ...policyTables(store, kinds), store.outbox, store.meta, store.history], async () => {
    for (const c of changes) await applyPatch(store, c.kind, c.id, c.patch);
  });
}

/** Inside a transaction: check a patch against the whole record and save it, if it changes anything. */
async function applyPatch<K extends RecordKind>(store: StewardDb, kind: K, id: string, patch: RecordPatch<K>): Promise<RecordOf<K>> {
  const label = labelOf(kind);
  const before = (await store.records(kind).get(id)) as AnyRecord | undefined;
  if (!before) throw new Error(`There is no ${label} with id ${id} on this device.`);
  const patchFields = patch as Record<string, unknown>;
  if (before.deleted && patchFields.deleted !== false) throw new Error(`This ${label} has been deleted: restore it before changing it.`);
  const after = { ...before, ...patchFields };
  await refuseIfRefused(store, before.schoolId, { kind, before, after, fields: patchFields });
  const merged = validRecord(kind, after) as AnyRecord;
  const fields = changedFields(before, merged);
  if (Object.keys(fields).length === 0) return before as RecordOf<K>;
  const op: ChangeOp = fields.deleted === true ? 'delete' : 'update';
  return saveChange(store, kind, merged, op, fields);
}

/** Mark a record deleted (it stays on the device, hidden, so the deletion can sync). */
export async function deleteRecord<K extends RecordKind>(kind: K, id: string, store: StewardDb = appDb): Promise<RecordOf<K>> {
  const table = store.records(kind);
  return store.transaction('rw', [table, ...policyTables(store, [kind]), store.outbox, store.meta, store.history], async () => {
    const before = (await table.get(id)) as AnyRecord | undefined;
    if (!before) throw new Error(`There is no ${labelOf(kind)} with id ${id} on this device.`);
    if (before.deleted) return before as RecordOf<K>;
    const fields = { deleted: true };
    await refuseIfRefused(store, before.schoolId, { kind, before, after: { ...before, ...fields }, fields });
    return saveChange(store, kind, { ...before, ...fields }, 'delete', fields);
  });
}

/** Inside a transaction: stamp the change, bump updatedAt, save the record, its outbox entry and its history row. */
async function saveChange<K extends RecordKind>(
  store: StewardDb,
  kind: K,
  record: AnyRecord,
  op: ChangeOp,
  fields: Record<string, unknown>,
): Promise<RecordOf<K>> {
  const now = new Date();
  const at = now.toISOString();
  const [hlc] = await nextStamps(store, 1, now.getTime());
  const saved = { ...record, updatedAt: at } as RecordOf<K>;
  const changed = { ...fields, updatedAt: at };
  await store.records(kind).put(saved);
  await store.outbox.add(outboxEntry(kind, saved, op, changed, hlc!, at));
  await store.history.add(historyEntry(kind, saved, op, changed, await nameOnDevice(store), at));
  return saved;
}
