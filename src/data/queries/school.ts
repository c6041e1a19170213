import type { School } from '../../domain';
import { db as appDb, type StewardDb } from '../db';
import { live, liveById, sortBy } from './common';

/** The board this device shows, if one has been chosen (with setCurrentSchool). A read: no zod on this path. */
export async function getCurrentSchoolId(store: StewardDb = appDb): Promise<string | undefined> {
  return (await store.meta.get('currentSchoolId'))?.value;
}

/** The school this device shows, or undefined if none is chosen (or it has gone). */
export async function currentSchool(store: StewardDb = appDb): Promise<School | undefined> {
  return liveById(store, 'schools', await getCurrentSchoolId(store));
}

/** Every school with a board on this device, by name. */
export async function schoolsOnDevice(store: StewardDb = appDb): Promise<School[]> {
  return sortBy(live(await store.schools.toArray()), (s) => s.name.toLocaleLowerCase('en-GB'));
}

/** Changes made on this device not yet sent (for one school, or all). */
export async function outboxCount(schoolId?: string, store: StewardDb = appDb): Promise<number> {
  return schoolId === undefined ? store.outbox.count() : store.outbox.where('schoolId').equals(schoolId).count();
}

/** How many rows each table holds (deleted records included), by table name. */
export async function storageCounts(store: StewardDb = appDb): Promise<Record<string, number>> {
  const counts = await Promise.all(store.tables.map(async (t) => [t.name, await t.count()] as const));
  return Object.fromEntries(sortBy([...counts], ([name]) => name));
}
