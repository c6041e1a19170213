// Who may see and who may change which records: one pure table, shared by the server (which
// enforces it on every row it sends or takes) and the app (which can grey out what a role cannot do).
import type { RecordKind } from './kinds';
import { recordKinds } from './kinds';
import { roleLabels, roles, type Role } from './people';
import { visibilityLabels, type Visibility } from './record';

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

/** Kinds only some roles may change (the rest: anyone who may see the record). */
const kindWriters: Partial<Record<RecordKind, readonly Role[]>> = {
  schools: ['chair', 'vice-chair', 'clerk'],
  termDates: ['chair', 'vice-chair', 'clerk'],
};

const finalisers: readonly Role[] = ['chair', 'vice-chair'];

/**
 * The roles that may change who can see a record once it is made (seed 003: confidential items stay
 * with the chair; the clerk keeps the board's papers). Anyone may choose, when making a record, any
 * level they can see themselves.
 */
export const visibilityChangers: readonly Role[] = ['chair', 'vice-chair', 'clerk'];

/**
 * Why someone with `role` may not change a record's visibility from `before` to `after`, or null
 * (S12): only the chair, vice-chair or clerk, and never to a level they cannot see themselves.
 */
export function visibilityChangeRefusal(role: Role, before: Visibility, after: Visibility): string | null {
  if (before === after) return null;
  if (!visibilityChangers.includes(role)) return `Only the ${names(visibilityChangers)} can change who can see a record.`;
  if (!maySee(role, after)) return `${who[role]} cannot see records marked "${visibilityLabels[after]}", so cannot mark one so.`;
  return null;
}

/** The levels to offer someone making a record (`current` null) or editing one. */
export const visibilitiesToChoose = (role: Role, current: Visibility | null): Visibility[] =>
  current === null || visibilityChangers.includes(role) ? visibilitiesFor(role) : [current];

/** The fields of a record the access rules read. */
export interface AccessView {
  visibility: Visibility;
  status?: unknown;
  minutesStatus?: unknown;
}

/** A role as the subject of a sentence. */
const who: Record<Role, string> = {
  chair: 'The chair',
  'vice-chair': 'The vice-chair',
  governor: 'A governor',
  clerk: 'The clerk',
  headteacher: 'A headteacher',
  officer: 'An LA or trust officer',
};
const names = (rs: readonly Role[]) => {
  const labels = rs.map((r) => roleLabels[r].toLowerCase());
  return labels.length === 1 ? labels[0]! : `${labels.slice(0, -1).join(', ')} or ${labels[labels.length - 1]}`;
};

/**
 * Why someone with `role` may not make a change to a record of `kind` (from `before`, absent for
 * a new record, to `after`), or null when they may. The reason is said so the person can read it.
 */
export function refusalFor(role: Role, kind: RecordKind, before: AccessView | null, after: AccessView): string | null {
  const label = recordKinds[kind].label;
  if (kind === 'memberships') {
    return "Members are added by invitation and changed on the board's members page, not by editing the member record.";
  }
  if (before && !maySee(role, before.visibility)) return `There is no ${label} with this id that you can see.`;
  const writers = kindWriters[kind];
  if (writers && !writers.includes(role)) return `Only the ${names(writers)} can change the ${label}.`;
  if (!maySee(role, after.visibility)) {
    return `${who[role]} cannot see records marked "${visibilityLabels[after.visibility]}", so cannot save one.`;
  }
  const changed = before ? visibilityChangeRefusal(role, before.visibility, after.visibility) : null;
  if (changed) return changed;
  if (kind === 'reviews' && after.status === 'final' && before?.status !== 'final' && !finalisers.includes(role)) {
    return `Only the ${names(finalisers)} can finalise a review.`;
  }
  if (kind === 'meetings' && after.minutesStatus === 'approved' && before?.minutesStatus !== 'approved' && !finalisers.includes(role)) {
    return `Only the ${names(finalisers)} can approve the minutes.`;
  }
  return null;
}
