// Who changed what on other devices: a pulled change that altered this device's copy of a record
// becomes history rows, as this device's own changes do, one per person who wrote the fields that
// changed (so "who changed what and when" shows the whole board's changes, not only this device's).
import type { RecordKind } from '../domain';
import type { HistoryEntry } from '../data';
import { changedFields, type AnyRecord } from '../data/changes';

/** Said for fields the server wrote itself (a member's record) or that came from an older server. */
export const SERVER_AUTHOR = 'the board’s server';

/**
 * The history rows for a pulled record that differs from the device's copy before it: the fields
 * that changed, grouped by who wrote each (`authors`, from the server). None when nothing changed.
 */
export function pulledHistory(
  kind: RecordKind,
  before: AnyRecord | undefined,
  after: AnyRecord,
  authors: Record<string, string> = {},
): HistoryEntry[] {
  const op = !before ? 'create' : after.deleted && !before.deleted ? 'delete' : 'update';
  const fields = before ? changedFields(before, after) : { ...after };
  delete fields.updatedAt;
  if (op !== 'create') delete fields.createdAt;
  const byAuthor = new Map<string, Record<string, unknown>>();
  for (const [field, value] of Object.entries(fields)) {
    const who = authors[field]?.trim() || SERVER_AUTHOR;
    byAuthor.set(who, { ...byAuthor.get(who), [field]: value });
  }
  return [...byAuthor].map(([by, written]) => ({
    schoolId: after.schoolId,
    kind,
    recordId: after.id,
    op,
    fields: written,
    by,
    at: after.updatedAt,
  }));
}
