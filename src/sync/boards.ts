// Several boards on one device (C5): which boards the signed-in person syncs, which are kept on this
// device only, and what signing out (C6) and uploading a device-only board (A6) do to the store.
// Light on purpose: the settings screens read this without loading the engine.
import { locksWith, roleLabels, type Role } from '../domain';
import { discardLocalBoard, getCurrentSchoolId, schoolsOnDevice, setCurrentSchool, type OutboxEntry, type StewardDb } from '../data';
import type { Membership, SyncApi } from './api';
import { forgetCursor, pulledFromServer } from './local';
import { readSession, saveSession, type SyncSession } from './session';

/** The person's boards this device syncs (C5), the first the one they signed in or joined with. */
export const sessionBoards = (session: SyncSession): Membership[] => session.boards;

/** The session with these boards; null when none is left. */
export function withBoards(session: Omit<SyncSession, 'boards'>, boards: Membership[]): SyncSession | null {
  return boards.length > 0 ? { ...session, boards } : null;
}

/**
 * Take in what changed in the person's boards since they signed in (`GET /api/me`): a board they
 * joined since is synced from now on, and a new role or name shows (C5). A board they were removed
 * from is taken off by its own sync (C3), not here. True when something changed.
 */
export async function refreshBoards(store: StewardDb, api: Pick<SyncApi, 'me'>): Promise<boolean> {
  const me = await api.me();
  const session = await readSession(store);
  if (!session?.token) return false;
  const fresh = new Map(me.memberships.map((m) => [m.schoolId, m]));
  const known = sessionBoards(session);
  const boards = [
    ...known.map((b) => fresh.get(b.schoolId) ?? b),
    ...me.memberships.filter((m) => !known.some((b) => b.schoolId === m.schoolId)),
  ];
  if (JSON.stringify(boards) === JSON.stringify(known)) return false;
  await saveSession(store, withBoards(session, boards)!);
  return true;
}

/** A board on this device, as the switcher shows it. */
export interface BoardOnDevice {
  schoolId: string;
  name: string;
  /** 'shared': synced with the server under the sign-in; 'server': fetched from a server, not signed in now; 'device': kept on this device only. */
  where: 'shared' | 'server' | 'device';
  role?: Role;
  current: boolean;
}

/** Every board on this device, by name, and where each is kept. */
export async function boardsOnDevice(store: StewardDb): Promise<BoardOnDevice[]> {
  const [schools, session, current] = await Promise.all([schoolsOnDevice(store), readSession(store), getCurrentSchoolId(store)]);
  const synced = new Map((session ? sessionBoards(session) : []).map((b) => [b.schoolId, b]));
  return Promise.all(
    schools.map(async (s) => {
      const member = synced.get(s.id);
      const where = member ? 'shared' : (await pulledFromServer(store, s.id)) ? 'server' : 'device';
      return {
        schoolId: s.id,
        name: s.name,
        where,
        ...(member ? { role: member.role } : {}),
        current: s.id === current,
      } satisfies BoardOnDevice;
    }),
  );
}

/** How a board is kept, in words: "Shared, as chair", "On this device only". */
export function whereText(board: Pick<BoardOnDevice, 'where' | 'role'>): string {
  if (board.where === 'shared') return board.role ? `Shared, as ${roleLabels[board.role].toLowerCase()}` : 'Shared';
  if (board.where === 'server') return 'From the board’s server: sign in to sync it';
  return 'On this device only';
}

/** The boards to sync in order: the one the device shows first, then the rest. */
export async function inSyncOrder(store: StewardDb, session: SyncSession): Promise<Membership[]> {
  const boards = sessionBoards(session);
  const current = await getCurrentSchoolId(store);
  return [...boards.filter((b) => b.schoolId === current), ...boards.filter((b) => b.schoolId !== current)];
}

/** What is not yet synced on the boards of the sign-in (what signing out would leave, or discard). */
export async function unsyncedCounts(store: StewardDb): Promise<{ waiting: number; refused: number; boards: number }> {
  const session = await readSession(store);
  const ids = session ? sessionBoards(session).map((b) => b.schoolId) : [];
  const entries = ids.length ? await store.outbox.where('schoolId').anyOf(ids).toArray() : [];
  const refused = entries.filter((e) => e.rejected).length;
  return { waiting: entries.length - refused, refused, boards: ids.length };
}

/** Take boards off this device (records, history, unsent changes and where its pulls had got to); show another board if one is left. */
export async function removeBoards(store: StewardDb, schoolIds: string[]): Promise<void> {
  for (const id of schoolIds) {
    await discardLocalBoard(id, store);
    await forgetCursor(store, id);
  }
  await showSomeBoard(store);
}

/** When the board shown has gone (taken off, removed), show another board still on this device, if there is one. */
export async function showSomeBoard(store: StewardDb): Promise<void> {
  if (await getCurrentSchoolId(store)) return;
  const [next] = await schoolsOnDevice(store);
  if (next) await setCurrentSchool(next.id, store);
}

/** A change that locks its record (a review finalised, minutes approved: its kind's lock, S10): nothing can be added to it after. */
const locks = (e: OutboxEntry) => locksWith(e.kind, e.fields);

/**
 * Before a device-only board is pushed to its new place on the server (A6), in one transaction:
 * member records are written by the server only (S11), so the device's own member list is taken
 * off it, changes and all; and the changes that lock a record (S10) are sent after every other
 * change, so the parts of a finalised review or approved minutes (an imported board's, the demo's)
 * are not refused for arriving after their lock. Returns who was on the member list ("Ann Lee
 * (governor)"), to invite.
 */
export async function prepareUpload(store: StewardDb, schoolId: string): Promise<string[]> {
  return store.transaction('rw', [store.memberships, store.outbox], async () => {
    const members = await store.memberships.where('schoolId').equals(schoolId).toArray();
    await store.memberships.where('schoolId').equals(schoolId).delete();
    await store.outbox
      .where('schoolId')
      .equals(schoolId)
      .filter((e) => e.kind === 'memberships')
      .delete();
    for (const entry of (await store.outbox.where('schoolId').equals(schoolId).sortBy('seq')).filter(locks)) {
      const { seq, ...rest } = entry;
      await store.outbox.delete(seq!);
      await store.outbox.add(rest); // a new, later seq: same mutation, same stamp
    }
    return members.filter((m) => !m.deleted).map((m) => `${m.displayName} (${roleLabels[m.role].toLowerCase()})`);
  });
}
