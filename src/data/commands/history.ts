import type { RecordKind } from '../../domain';
import type { ChangeOp, HistoryEntry, StewardDb } from '../db';

/**
 * Inside a command's transaction (which must include `meta`): the name of the person using this
 * device, as they gave it in Settings, or '' when they have not.
 */
export async function nameOnDevice(store: StewardDb): Promise<string> {
  return (await store.meta.get('userName'))?.value ?? '';
}

/** The history row for one change: the same fields as its outbox entry, with who and when. */
export function historyEntry(
  kind: RecordKind,
  record: { id: string; schoolId: string },
  op: ChangeOp,
  fields: Record<string, unknown>,
  by: string,
  at: string,
): HistoryEntry {
  return { schoolId: record.schoolId, kind, recordId: record.id, op, fields, by, at };
}
