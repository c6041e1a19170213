// What the engine asks the server when a person signs in, joins a board or uploads one (A1, A5, A6),
// and what it keeps of the answers. The engine (engine.ts) then keeps the session and syncs.
import type { Role } from '../domain';
import type { StewardDb } from '../data';
import { SyncError, type LoginAnswer, type Membership, type SyncApi } from './api';
import { prepareUpload, sessionBoards, withBoards } from './boards';
import { clearSession, readSession, saveSession, setNotice, type SyncSession } from './session';

/** Once signed in: ask who this is and which boards they are on (`first` named first), as the session to keep. */
export async function sessionFor(api: SyncApi, login: LoginAnswer, first?: string): Promise<SyncSession> {
  const me = await api.me();
  const boards = first
    ? [...me.memberships.filter((m) => m.schoolId === first), ...me.memberships.filter((m) => m.schoolId !== first)]
    : me.memberships;
  const session = withBoards(
    {
      serverUrl: api.serverUrl,
      token: login.token,
      expiresAt: login.expiresAt,
      person: me.person,
    },
    boards,
  );
  if (!session)
    throw new SyncError(
      'refused',
      `You are signed in as ${me.person.name}, but you are not a member of a board on this server yet: ask your chair or clerk for an invitation.`,
    );
  return session;
}

/**
 * Put a board kept on this device only on the server (A6), with the signed-in person as `role`, and
 * keep it in the session. Member records are the server's to write (S11), so the device's member
 * list is taken off; returns who was on it, to invite, and the session as it now is.
 */
export async function uploadToServer(
  store: StewardDb,
  api: SyncApi,
  session: SyncSession,
  schoolId: string,
  role: Extract<Role, 'chair' | 'clerk'>,
): Promise<{ membership: Membership; notInvited: string[]; uploaded: SyncSession }> {
  const school = await store.schools.get(schoolId);
  if (!school) throw new SyncError('refused', 'That board is not on this device.');
  const membership = await api.newSchool(schoolId, school.name, role);
  const notInvited = await prepareUpload(store, schoolId);
  const uploaded = withBoards(session, [...sessionBoards(session).filter((b) => b.schoolId !== schoolId), membership])!;
  await saveSession(store, uploaded);
  if (notInvited.length > 0) {
    await setNotice(
      store,
      `${school.name} is now on the board’s server, with you as its ${membership.role}. Members are not uploaded (each needs their own sign-in): ${notInvited.join(', ')} can join with an invitation: invite them under Settings → Board members.`,
    );
  }
  return { membership, notInvited, uploaded };
}

/** Take a board the person was removed from out of the session; with none left, forget the sign-in. */
export async function leaveBoard(store: StewardDb, schoolId: string): Promise<'kept' | 'none left'> {
  const session = await readSession(store);
  if (!session) return 'kept';
  const rest = withBoards(
    session,
    sessionBoards(session).filter((b) => b.schoolId !== schoolId),
  );
  if (rest) await saveSession(store, rest);
  else await clearSession(store);
  return rest ? 'kept' : 'none left';
}
