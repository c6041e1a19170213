import { check, IdSchema, InvalidInput, recordKindNames } from '../../domain';
import { db as appDb, type StewardDb } from '../db';

/** Choose the board this device shows. */
export async function setCurrentSchool(schoolId: string, store: StewardDb = appDb): Promise<void> {
  const checked = check(IdSchema, schoolId);
  if (!checked.ok) throw new InvalidInput(checked.problems, 'choice of school');
  await store.meta.put({ key: 'currentSchoolId', value: schoolId });
}

/** The board this device shows, if one has been chosen. */
export async function getCurrentSchoolId(store: StewardDb = appDb): Promise<string | undefined> {
  return (await store.meta.get('currentSchoolId'))?.value;
}

/**
 * Remove a school's board from this device: its records and its unsent changes (so "start again"
 * after trying the demo). The screen asks first: unsent changes are lost. Files are kept (they may
 * be shared with another board). Returns how many records were removed.
 */
export async function discardLocalBoard(schoolId: string, store: StewardDb = appDb): Promise<number> {
  const tables = recordKindNames.map((kind) => store.records(kind));
  return store.transaction('rw', [...tables, store.outbox, store.meta], async () => {
    let removed = 0;
    for (const table of tables) removed += await table.where('schoolId').equals(schoolId).delete();
    await store.outbox.where('schoolId').equals(schoolId).delete();
    if ((await store.meta.get('currentSchoolId'))?.value === schoolId) await store.meta.delete('currentSchoolId');
    return removed;
  });
}
