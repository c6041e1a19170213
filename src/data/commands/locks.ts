import { lockParents, lockRefusal, type RecordKind } from '../../domain';
import type { StewardDb } from '../db';

/** Thrown when a change would alter a locked record; nothing has been written. */
export class LockedRecord extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LockedRecord';
  }
}

/** The kinds that lock themselves: a finalised review, a meeting whose minutes are approved. */
const locking = new Set<RecordKind>(['reviews', 'meetings']);

/**
 * Refuse any change to a locked record or to a part locked with it, by the same rule the server
 * applies (`lockRefusal` in src/domain/syncRules.ts): a finalised review and its entries and
 * judgements; approved minutes, their items and the challenges asked at that meeting. Called by
 * every command before its write: `record` is the new record (create) or the patch, `id` the one
 * being changed. Other kinds return at once without reading anything.
 *
 * It reads before the command's own transaction opens (that transaction holds only the record's
 * table); locking is itself a change through the same commands on the same device, so a change
 * already under way when the chair finalises or signs lands first and is part of the locked record.
 */
export async function refuseIfLocked(
  store: StewardDb,
  kind: RecordKind,
  target: { id?: string; record?: Record<string, unknown> },
): Promise<void> {
  const parent = lockParents[kind];
  if (!parent && !locking.has(kind)) return;
  const existing = target.id ? ((await store.table(kind).get(target.id)) as Record<string, unknown> | undefined) : undefined;
  const parents: Record<string, unknown>[] = [];
  if (parent) {
    const ids = new Set([existing?.[parent.field], target.record?.[parent.field]].filter((x): x is string => typeof x === 'string'));
    for (const id of ids) {
      const p = (await store.table(parent.kind).get(id)) as Record<string, unknown> | undefined;
      if (p) parents.push(p);
    }
  }
  const message = lockRefusal(kind, existing ?? null, parents);
  if (message) throw new LockedRecord(message);
}
