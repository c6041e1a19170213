import { afterEach } from 'vitest';
import { v7 } from 'uuid';
import { createRecord, openDb, type StewardDb } from '../../../src/data';

const opened: StewardDb[] = [];

/** A database of its own for one test, removed afterwards. */
export function freshDb(): StewardDb {
  const store = openDb(`test-${v7()}`);
  opened.push(store);
  return store;
}

afterEach(async () => {
  for (const store of opened.splice(0)) await store.delete();
});

export const schoolInput = (id: string) => ({
  id,
  name: 'Northgate Primary School',
  educationPhase: 'Primary' as const,
  riskCategory: 4 as const,
  improvementPhase: 'Repair' as const,
});

/** A school with a plan, one area, one need and one action. */
export async function smallBoard(store: StewardDb) {
  const schoolId = v7();
  const school = await createRecord('schools', schoolId, schoolInput(schoolId), store);
  const plan = await createRecord('plans', schoolId, { title: 'Action plan', startDate: '2026-09-01', endDate: '2027-07-20' }, store);
  const area = await createRecord('areas', schoolId, { planId: plan.id, number: 1, title: 'Reading' }, store);
  const need = await createRecord('needs', schoolId, { areaId: area.id, position: 1, description: 'Phonics is taught well' }, store);
  const action = await createRecord(
    'actions',
    schoolId,
    {
      needId: need.id,
      areaId: area.id,
      position: 1,
      description: 'Train every adult in phonics',
      start: '2026-09-01',
      finish: '2026-12-18',
    },
    store,
  );
  return { schoolId, school, plan, area, need, action };
}

/** Every row of every table, for "nothing changed" checks. */
export async function snapshot(store: StewardDb): Promise<Record<string, unknown[]>> {
  const rows = await Promise.all(store.tables.map(async (t) => [t.name, await t.toArray()] as const));
  return Object.fromEntries(rows);
}
