// Make a change the server refused (sync rule C1) again, on top of the board's current version.
import { recordKindNames } from '../../domain';
import { newIds } from '../changes';
import { nextStamps } from '../clock';
import { db, type StewardDb } from '../db';

/**
 * Make a refused change again on top of the board's current version: the same fields, stamped now,
 * as a new change at the end of the outbox. Unlike Try again (which sends the change as it was, so
 * it loses every field someone changed after it was made, S7), this one wins those fields.
 */
export async function reapplyChange(seq: number, store: StewardDb = db, nowMs = Date.now()): Promise<void> {
  await store.transaction('rw', [store.outbox, store.meta, ...recordKindNames.map((kind) => store.table(kind))], async () => {
    const entry = await store.outbox.get(seq);
    if (!entry) return;
    const [hlc] = await nextStamps(store, 1, nowMs);
    const at = new Date(nowMs).toISOString();
    const fields = 'updatedAt' in entry.fields ? { ...entry.fields, updatedAt: at } : entry.fields;
    await store.outbox.delete(seq);
    const { seq: _seq, rejected: _rejected, ...rest } = entry;
    await store.outbox.add({ ...rest, mutationId: newIds(1)[0]!, hlc: hlc!, createdAt: at, fields });
    // The device's copy already shows the change (C2); give it the new time as the server will.
    if ('updatedAt' in entry.fields) await store.records(entry.kind).update(entry.recordId, { updatedAt: at } as never);
  });
}
