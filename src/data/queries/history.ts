import { db as appDb, type HistoryEntry, type StewardDb } from '../db';

/**
 * Who changed a record (or any of several records) and when, newest first. Deleted records keep
 * their history. `limit` keeps only the newest so many.
 */
export async function historyOf(recordId: string | readonly string[], limit = Infinity, store: StewardDb = appDb): Promise<HistoryEntry[]> {
  const ids = typeof recordId === 'string' ? [recordId] : [...recordId];
  if (ids.length === 0) return [];
  const rows = await store.history.where('recordId').anyOf(ids).toArray();
  return rows.sort((a, b) => (b.seq ?? 0) - (a.seq ?? 0)).slice(0, limit);
}

/** The newest changes on a school's board (every kind of record), newest first. */
export async function historyFor(schoolId: string, limit = 50, store: StewardDb = appDb): Promise<HistoryEntry[]> {
  return store.history.where('schoolId').equals(schoolId).reverse().limit(limit).toArray();
}
