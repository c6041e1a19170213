// The board's members on its server (A5 invitations, S14 role changes and removals): the member
// screens ask through here, so no screen talks to the network itself.
import type { Role } from '../domain';
import { SyncApi, type FetchLike, type Invitation } from './api';
import type { SyncSession } from './session';

/** What the chair or clerk may ask the server about the board's members. */
export interface MemberServer {
  /** The board's server, e.g. for the invite link. */
  serverUrl: string;
  invite(schoolId: string, email: string, role: Role): Promise<Invitation>;
  changeRole(schoolId: string, personId: string, role: Role): Promise<{ personId: string; role: Role }>;
  removeMember(schoolId: string, personId: string): Promise<{ personId: string; removed: true }>;
}

/** The member calls of a signed-in session (its token sent with each). */
export function memberServer(session: SyncSession & { token: string }, fetchFn: FetchLike = (url, init) => fetch(url, init)): MemberServer {
  const token = session.token;
  const api = new SyncApi(session.serverUrl, fetchFn, () => token);
  return {
    serverUrl: api.serverUrl,
    invite: (schoolId, email, role) => api.invite(schoolId, email, role),
    changeRole: (schoolId, personId, role) => api.changeRole(schoolId, personId, role),
    removeMember: (schoolId, personId) => api.removeMember(schoolId, personId),
  };
}
