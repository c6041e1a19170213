// The members screens' rules, pure: what an invitation and a joining need, and the words for them.
import { mayManageMembers, PASSWORD_MIN_LENGTH, roleLabels, roles, ukDate, todayIso, type Membership, type Role } from '../../domain';

export interface InviteProblems {
  email?: string;
  role?: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** What is wrong with an invitation before it is sent (the server checks again). */
export function inviteProblems(email: string, role: string): InviteProblems {
  const found: InviteProblems = {};
  const trimmed = email.trim();
  if (!trimmed) found.email = 'Enter the email address of the person to invite.';
  else if (!EMAIL.test(trimmed) || trimmed.length > 320) found.email = 'Enter a valid email address, like name@example.org.';
  if (!(roles as readonly string[]).includes(role)) found.role = 'Choose the role they will have on the board.';
  return found;
}

export interface JoinProblems {
  name?: string;
  password?: string;
  confirm?: string;
}

/** What is wrong with the join form before it is sent: the server's rules for a name and a password. */
export function joinProblems(name: string, password: string, confirm: string): JoinProblems {
  const found: JoinProblems = {};
  if (!name.trim()) found.name = 'Enter your name, as the board will see it.';
  else if (name.trim().length > 200) found.name = 'Your name must be at most 200 characters.';
  if (password.length < PASSWORD_MIN_LENGTH) found.password = `Choose a password of at least ${PASSWORD_MIN_LENGTH} characters.`;
  else if (password.length > 200) found.password = 'A password can be at most 200 characters.';
  if (!found.password && confirm !== password) found.confirm = 'The two passwords are not the same: type it again.';
  return found;
}

export const hasProblems = (p: object): boolean => Object.values(p).some(Boolean);

/** The invitation's token from the address's fragment ("#invite=…"), or null if there is none. */
export function inviteTokenFrom(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('invite')?.trim();
  return token ? token : null;
}

/** The whole link to pass on: the server's address and the link it answered ("/join#invite=…"). */
export function inviteUrl(serverUrl: string, link: string): string {
  return `${serverUrl.replace(/\/+$/, '')}${link}`;
}

/** "This link works once, until 30/11/2026 …" */
export function inviteTerms(invite: { email: string; role: Role; expiresAt: string }): string {
  return (
    `This link works once and lasts 7 days (until ${ukDate(todayIso(new Date(invite.expiresAt)))}). ` +
    `Whoever opens it joins the board as ${articled(invite.role)}, so pass it only to ${invite.email}.`
  );
}

/** A role in a sentence: "governor", "LA / trust officer" (capitals kept only where they are initials). */
export function roleName(role: Role): string {
  const label = roleLabels[role];
  return label.startsWith('LA ') ? label : label.toLowerCase();
}

/** "a governor", "an LA / trust officer". */
export function articled(role: Role): string {
  const words = roleName(role);
  return `${/^[aeiou]|^LA /i.test(words) ? 'an' : 'a'} ${words}`;
}

/** The role of a person on the board, from its member records (undefined if they are not on it). */
export function roleOf(members: Membership[], personId: string | undefined): Role | undefined {
  return personId ? members.find((m) => m.personId === personId)?.role : undefined;
}

/** Why the chair-or-clerk actions cannot be used just now, in words; null when they can. */
export function whyNotManage(opts: { signedIn: boolean; online: boolean; role: Role | undefined }): string | null {
  if (!opts.signedIn)
    return 'Inviting members, changing roles and removing members need you to be signed in to the board’s server: sign in under Settings → Sign in and sync.';
  if (opts.role && !mayManageMembers(opts.role)) return 'Only the chair or clerk can invite members, change roles or remove members.';
  if (!opts.role)
    return 'You are not on this board’s member list on this device: if the board is shared, sync and try again (a board kept only on this device has no one to invite yet).';
  if (!opts.online)
    return 'This device is offline: inviting members, changing roles and removing members need a connection to the board’s server.';
  return null;
}
