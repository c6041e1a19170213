import type { RecordKind, RecordOf } from '../../domain';
import type { StewardDb } from '../db';

/** Records not marked deleted. */
export const live = <T extends { deleted: boolean }>(rows: T[]): T[] => rows.filter((r) => !r.deleted);

/** Every live record of a kind for a school. (Filter after reading: a filtered cursor is far slower.) */
export async function bySchool<K extends RecordKind>(store: StewardDb, kind: K, schoolId: string): Promise<RecordOf<K>[]> {
  return live(await store.records(kind).where('schoolId').equals(schoolId).toArray());
}

/** Every live record of a kind whose index `field` is one of `ids`. */
export async function byAnyOf<K extends RecordKind>(store: StewardDb, kind: K, field: string, ids: string[]): Promise<RecordOf<K>[]> {
  if (ids.length === 0) return [];
  return live(await store.records(kind).where(field).anyOf(ids).toArray());
}

/** A live record by id, or undefined when it is missing or deleted. */
export async function liveById<K extends RecordKind>(store: StewardDb, kind: K, id: string | undefined): Promise<RecordOf<K> | undefined> {
  if (!id) return undefined;
  const record = await store.records(kind).get(id);
  return record && !record.deleted ? record : undefined;
}

/** Sort by several keys in turn (numbers or strings). */
export function sortBy<T>(rows: T[], ...keys: ((row: T) => number | string)[]): T[] {
  return rows.sort((a, b) => {
    for (const key of keys) {
      const x = key(a);
      const y = key(b);
      if (x < y) return -1;
      if (x > y) return 1;
    }
    return 0;
  });
}
