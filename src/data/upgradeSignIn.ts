// Version 10's upgrade of the sign-in kept in `meta` (written by src/sync): from the days when a
// device held one board, a session named that board at its top (schoolId, schoolName, role) and the
// pull cursor had one key, 'syncCursor'. Both move to the shapes of several boards (C5), losing nothing.
import type { Transaction } from 'dexie';

interface MetaRow {
  key: string;
  value: string;
}

const parse = (row: MetaRow | undefined): Record<string, unknown> | null => {
  if (!row) return null;
  try {
    const value: unknown = JSON.parse(row.value);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
};

export async function upgradeSignIn(tx: Transaction): Promise<void> {
  const meta = tx.table<MetaRow, string>('meta');
  const session = parse(await meta.get('syncSession'));
  if (session) {
    const { schoolId, schoolName, role, boards, ...rest } = session;
    const kept =
      Array.isArray(boards) && boards.length > 0
        ? boards
        : typeof schoolId === 'string' && schoolId
          ? [{ schoolId, schoolName, role }]
          : [];
    if (kept.length > 0) await meta.put({ key: 'syncSession', value: JSON.stringify({ ...rest, boards: kept }) });
    else await meta.delete('syncSession'); // a sign-in to no board syncs nothing; the person signs in again
  }
  const cursor = parse(await meta.get('syncCursor'));
  if (cursor && typeof cursor.schoolId === 'string') {
    const key = `syncCursor:${cursor.schoolId}`;
    if (!(await meta.get(key))) await meta.put({ key, value: JSON.stringify(cursor) });
  }
  await meta.delete('syncCursor');
}
