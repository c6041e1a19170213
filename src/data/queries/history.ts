import { db as appDb, type HistoryEntry, type StewardDb, type StoredHistory } from '../db';

/**
 * The entries of stored rows, newest first: a row naming many records (an import) gives one entry
 * per record, the last named first, as if each had its own row; `only` keeps the records asked for.
 */
function entriesOf(rows: StoredHistory[], only?: ReadonlySet<string>): HistoryEntry[] {
  const seen = new Set<number>();
  const entries: HistoryEntry[] = [];
  for (const row of [...rows].sort((a, b) => (b.seq ?? 0) - (a.seq ?? 0))) {
    if (row.seq !== undefined) {
      if (seen.has(row.seq)) continue; // a row naming several of the records asked for is found once per record
      seen.add(row.seq);
    }
    const ids = typeof row.recordId === 'string' ? [row.recordId] : [...row.recordId].reverse();
    for (const recordId of ids) if (!only || only.has(recordId)) entries.push({ ...row, recordId });
  }
  return entries;
}

/**
 * Who changed a record (or any of several records) and when, newest first. Deleted records keep
 * their history. `limit` keeps only the newest so many.
 */
export async function historyOf(recordId: string | readonly string[], limit = Infinity, store: StewardDb = appDb): Promise<HistoryEntry[]> {
  const ids = typeof recordId === 'string' ? [recordId] : [...recordId];
  if (ids.length === 0) return [];
  const rows = await store.history.where('recordId').anyOf(ids).toArray();
  return entriesOf(rows, new Set(ids)).slice(0, limit);
}

/** The newest changes on a school's board (every kind of record), newest first. */
export async function historyFor(schoolId: string, limit = 50, store: StewardDb = appDb): Promise<HistoryEntry[]> {
  // Each row gives at least one entry, so the newest `limit` rows hold the newest `limit` entries.
  const rows = await store.history.where('schoolId').equals(schoolId).reverse().limit(limit).toArray();
  return entriesOf(rows).slice(0, limit);
}
