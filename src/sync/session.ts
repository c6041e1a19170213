// The sign-in kept on this device (in `meta`): which server, who, which boards, and the session token.
import type { StewardDb } from '../data';
import type { Membership, Person } from './api';

export interface SyncSession {
  /** The board's server, e.g. "https://steward.example" (the page's own origin by default). */
  serverUrl: string;
  /** Null once the server has said the session ended (A4): the person is asked to sign in again. */
  token: string | null;
  expiresAt: string;
  person: Person;
  /** Every board the person is a member of (`GET /api/me`), each synced by this device (C5); never empty. */
  boards: Membership[];
}

export async function readSession(store: StewardDb): Promise<SyncSession | null> {
  const row = await store.meta.get('syncSession');
  return row ? (JSON.parse(row.value) as SyncSession) : null;
}

export async function saveSession(store: StewardDb, session: SyncSession): Promise<void> {
  await store.meta.put({ key: 'syncSession', value: JSON.stringify(session) });
}

/** Forget the sign-in (the board and any unsent changes stay on the device). */
export async function clearSession(store: StewardDb): Promise<void> {
  await store.meta.delete('syncSession');
}

/** When the device last finished a sync with nothing left to send or fetch (ISO instant), if ever. */
export async function lastSyncedAt(store: StewardDb): Promise<string | null> {
  return (await store.meta.get('syncLastAt'))?.value ?? null;
}

/** Something sync has to tell the person (the board was taken off, or fetched again), if any. */
export async function syncNotice(store: StewardDb): Promise<string | null> {
  return (await store.meta.get('syncNotice'))?.value ?? null;
}

export async function setNotice(store: StewardDb, message: string | null): Promise<void> {
  if (message === null) await store.meta.delete('syncNotice');
  else await store.meta.put({ key: 'syncNotice', value: message });
}

/** The server to use when none is given: where the app itself was loaded from. */
export function defaultServerUrl(): string {
  return typeof location === 'undefined' ? '' : location.origin;
}
