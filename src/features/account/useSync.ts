import { useSyncExternalStore } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { todayIso, ukDate, ukTime } from '../../domain';
import { db } from '../../data';
import { lastSyncedAt, readSession, type SyncSession, type SyncStatus } from '../../sync';
import { syncEngine } from '../../sync/appEngine';

/** What the engine is doing now (syncing, offline, …) and what to say about it. */
export function useSyncStatus(): SyncStatus {
  return useSyncExternalStore(syncEngine.subscribe, syncEngine.getStatus);
}

/** The sign-in kept on this device: undefined while reading, null when not signed in. */
export function useSession(): SyncSession | null | undefined {
  return useLiveQuery(() => readSession(db), []);
}

export function useLastSynced(): string | null | undefined {
  return useLiveQuery(() => lastSyncedAt(db), []);
}

/** "23/11/2026 at 14:05", the way people in England write it. */
export function whenText(instant: string): string {
  const at = new Date(instant);
  return `${ukDate(todayIso(at))} at ${ukTime(at)}`;
}
