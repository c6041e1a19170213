import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db, membersOf } from '../../data';
import { platform } from '../../platform';
import { SyncError, memberServer, readSession, type MemberServer } from '../../sync';
import { problemText } from '../../ui';

/** Whether the device is online now, as the platform's network adapter says (and as it changes). */
export function useOnline(): boolean {
  const [online, setOnline] = useState(() => platform.network.current().connected);
  useEffect(() => platform.network.onChange((s) => setOnline(s.connected)), []);
  return online;
}

/** The board's members as last synced (undefined while reading). Readable offline. */
export const useMembers = (schoolId: string) => useLiveQuery(() => membersOf(schoolId), [schoolId]);

/** Who is signed in on this device and how to reach their server; null when signed out (or the session has ended). */
export function useSignedIn(): { personId: string; api: MemberServer; serverUrl: string } | null | undefined {
  const session = useLiveQuery(() => readSession(db), []);
  if (session === undefined) return undefined;
  if (!session?.token) return null;
  return { personId: session.person.id, serverUrl: session.serverUrl, api: memberServer({ ...session, token: session.token }) };
}

/** Ask the sync engine for the board now: the server has just written a member record (A5). */
export async function syncSoon(): Promise<void> {
  const { syncEngine } = await import('../../sync/appEngine');
  void syncEngine.syncNow(); // never rejects: its outcome says what went wrong
}

/** A refusal from the server in words (403, 409, 410…), or what to do when it could not be reached. */
export function refusalText(err: unknown): string {
  if (err instanceof SyncError) {
    if (err.kind === 'offline') return 'The server could not be reached: check this device is online, then try again.';
    if (err.kind === 'signed-out') {
      syncSoon().catch(() => undefined); // the engine notices too (offline before its chunk was cached: at the next sync), and the account screen asks to sign in again
      return 'Your session has ended: sign in again under Settings → Sign in and sync, then try again.';
    }
    return err.message;
  }
  return problemText(err);
}
