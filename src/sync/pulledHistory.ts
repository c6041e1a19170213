// Who changed what on other devices: a pulled change that altered this device's copy of a record
// becomes a history row, as this device's own changes do (so "who changed what and when" shows the
// whole board's changes, not only this device's).
import type { RecordKind } from '../domain';
import type { HistoryEntry } from '../data';
import { changedFields, type AnyRecord } from '../data/changes';

/** Said when the server wrote the change itself (a member's record) or it came from an older server. */
export const SERVER_AUTHOR = 'the board’s server';

/** The history row for a pulled record that differs from the device's copy before it, or null when nothing a person would see changed. */
export function pulledHistory(kind: RecordKind, before: AnyRecord | undefined, after: AnyRecord, by: string | undefined): HistoryEntry | null {
  const op = !before ? 'create' : after.deleted && !before.deleted ? 'delete' : 'update';
  const fields = before ? changedFields(before, after) : { ...after };
  delete fields.updatedAt;
  if (op !== 'create') delete fields.createdAt;
  if (Object.keys(fields).length === 0) return null;
  return { schoolId: after.schoolId, kind, recordId: after.id, op, fields, by: by?.trim() || SERVER_AUTHOR, at: after.updatedAt };
}
