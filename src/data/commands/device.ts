import { check, DeviceUserNameSchema, IdSchema, InvalidInput, recordKindNames } from '../../domain';
import { db as appDb, type StewardDb } from '../db';

/** Choose the board this device shows. */
export async function setCurrentSchool(schoolId: string, store: StewardDb = appDb): Promise<void> {
  const checked = check(IdSchema, schoolId);
  if (!checked.ok) throw new InvalidInput(checked.problems, 'choice of school');
  await store.meta.put({ key: 'currentSchoolId', value: schoolId });
}

/**
 * Remove a school's board from this device: its records, its history and its unsent changes (so "start again"
 * after trying the demo). The screen asks first: unsent changes are lost. Files are kept (they may
 * be shared with another board). Returns how many records were removed.
 */
export async function discardLocalBoard(schoolId: string, store: StewardDb = appDb): Promise<number> {
  const tables = recordKindNames.map((kind) => store.records(kind));
  return store.transaction('rw', [...tables, store.outbox, store.meta, store.history], async () => {
    let removed = 0;
    for (const table of tables) removed += await table.where('schoolId').equals(schoolId).delete();
    await store.outbox.where('schoolId').equals(schoolId).delete();
    await store.history.where('schoolId').equals(schoolId).delete();
    if ((await store.meta.get('currentSchoolId'))?.value === schoolId) await store.meta.delete('currentSchoolId');
    return removed;
  });
}

/**
 * The name of the person using this device, as the board's history shows it ("who changed what").
 * Blank clears it: changes are then shown as made by "someone on this device". Throws InvalidInput
 * (nothing saved) when it is too long.
 */
export async function setUserName(name: string, store: StewardDb = appDb): Promise<string> {
  const checked = check(DeviceUserNameSchema, name);
  if (!checked.ok)
    throw new InvalidInput(
      checked.problems.map((p) => ({ ...p, field: 'userName' })),
      'name',
    );
  if (checked.value === '') await store.meta.delete('userName');
  else await store.meta.put({ key: 'userName', value: checked.value });
  return checked.value;
}

/** The name of the person using this device, or '' when they have not given one. */
export async function getUserName(store: StewardDb = appDb): Promise<string> {
  return (await store.meta.get('userName'))?.value ?? '';
}
