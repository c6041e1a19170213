// Who may see which records: one pure table, shared by the server (which enforces it on every row
// it sends or takes) and the app. Who may change what is each kind's policy (./kinds.ts, ./policy.ts).
import { roles, type Role } from './people';
import type { Visibility } from './record';

/** The roles that may see a record of each visibility. Nested: chairs ⊂ partB ⊂ board. */
export const rolesThatSee: Record<Visibility, readonly Role[]> = {
  board: roles,
  partB: ['chair', 'vice-chair', 'governor', 'clerk'],
  chairs: ['chair', 'vice-chair'],
};

/** May someone with this role see a record of this visibility? */
export const maySee = (role: Role, visibility: Visibility): boolean => rolesThatSee[visibility].includes(role);

/** Every visibility a role may see. */
export const visibilitiesFor = (role: Role): Visibility[] => (Object.keys(rolesThatSee) as Visibility[]).filter((v) => maySee(role, v));

const restriction: Record<Visibility, number> = { board: 0, partB: 1, chairs: 2 };

/** The less restricted of two visibilities (what a record has been shown as, at the widest). */
export const widerOf = (a: Visibility, b: Visibility): Visibility => (restriction[a] <= restriction[b] ? a : b);

/** The roles that run the board's membership: invite, change roles, remove members. */
export const membershipManagers: readonly Role[] = ['chair', 'clerk'];
export const mayManageMembers = (role: Role): boolean => membershipManagers.includes(role);
