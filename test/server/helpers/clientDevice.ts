// A device running the app's sync engine against a test board's server (for the sync-client tests).
import { v7 } from 'uuid';
import type { Role } from '../../../src/domain';
import { createRecord, openDb, type StewardDb } from '../../../src/data';
import type { OnResume } from '../../../src/platform';
import { alwaysOnline, SyncEngine, type FetchLike } from '../../../src/sync';
import { saveSession } from '../../../src/sync/session';
import type { Board } from './board';
import { injectFetch } from './sim';

/** Every store the tests opened: delete them with `deleteStores` after all. */
export const stores: StewardDb[] = [];
export const noWait = async () => undefined;

export interface Dev {
  store: StewardDb;
  engine: SyncEngine;
}

/** A device signed in as `role` on the board, syncing over `fetch` (inject by default). */
export async function device(
  b: Board,
  role: Role,
  opts: {
    fetch?: FetchLike;
    batchSize?: number;
    pageSize?: number;
    attempts?: number;
    sleep?: (ms: number) => Promise<void>;
    serverUrl?: string;
    onResume?: OnResume;
  } = {},
): Promise<Dev> {
  const store = openDb(`client-${role}-${v7()}`);
  stores.push(store);
  const engine = new SyncEngine({
    store,
    network: alwaysOnline,
    fetch: opts.fetch ?? injectFetch(() => b.app),
    sleep: opts.sleep ?? noWait,
    batchSize: opts.batchSize,
    pageSize: opts.pageSize,
    attempts: opts.attempts,
    onResume: opts.onResume,
  });
  await saveSession(store, {
    serverUrl: opts.serverUrl ?? 'http://test.invalid',
    token: b.tokens[role],
    expiresAt: '2099-01-01T00:00:00.000Z',
    person: { id: b.personIds[role], name: `The ${role}`, email: `${role}@test.example` },
    boards: [{ schoolId: b.schoolId, schoolName: 'Test Primary School', role: role }],
  });
  return { store, engine };
}

export const school = (schoolId: string) => ({
  id: schoolId,
  name: 'Test Primary School',
  educationPhase: 'Primary' as const,
  riskCategory: 4 as const,
  improvementPhase: 'Repair' as const,
});
export const planInput = (title: string, visibility: 'board' | 'partB' | 'chairs' = 'board') => ({
  title,
  startDate: '2026-09-01',
  endDate: '2027-07-20',
  visibility,
});

/** The chair's device, with the school's record made on it and synced. */
export async function chairWithSchool(b: Board): Promise<Dev> {
  const chair = await device(b, 'chair');
  await createRecord('schools', b.schoolId, school(b.schoolId), chair.store);
  await synced(chair);
  return chair;
}

export async function synced(d: Dev) {
  const outcome = await d.engine.syncNow();
  if (!outcome.ok) throw outcome.error;
  return outcome;
}

export async function deleteStores(): Promise<void> {
  for (const s of stores.splice(0)) await s.delete();
}
