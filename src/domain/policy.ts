// What a change to a record may do, decided once from the kinds' policies (./kinds.ts) for the
// device's commands (src/data/commands) and the server's push (src/server/sync/apply.ts) alike:
// append-only kinds, locks, and who may write what (S9, S10, S11). Each rule returns a reason a
// person can read, or null.
import { visibilities, visibilityLabels, type Visibility } from './record';
import { maySee, visibilitiesFor } from './access';
import { policyOf, type RecordKind } from './kinds';
import { roleLabels, type Role } from './people';
import { ruleProblems } from './fieldRules';
import type { Problem } from './validation';
import { sameJson } from './syncRules';

type Fields = Record<string, unknown>;

/** One change to one record, as both the device and the server see it. */
export interface Change {
  kind: RecordKind;
  /** The stored record, or null for a new one. */
  before: Fields | null;
  /** The record as it would be after the change (not yet read through its schema). */
  after: Fields;
  /** The fields the change sets: for a new record, all of them. */
  fields: Fields;
}

export interface PolicyContext {
  /** The writer's role on the board; null on a board kept on this device only (no one else decides). */
  role: Role | null;
  /** The stored records the change is locked with (`lockersOf`): its review or meeting, before and after the change. */
  lockers: (Fields | null | undefined)[];
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * S9: why a change to an existing append-only record is refused (anything but marking it deleted or
 * restoring it), or null. Sending the same values again is not a change.
 */
export function appendOnlyRefusal(kind: RecordKind, existing: Fields, fields: Fields): string | null {
  const policy = policyOf(kind);
  if (policy.mode.type !== 'append-only' && policy.mode.type !== 'correction') return null;
  const edited = Object.keys(fields).filter((k) => k !== 'deleted' && k !== 'updatedAt' && !sameJson(existing[k], fields[k]));
  if (edited.length === 0) return null;
  return `${capital(policy.label)} cannot be edited once saved: add a new one instead (it can only be deleted).`;
}

/** The record a kind is locked with, by the field that names it (`id`: the record locks itself), or null. */
export function lockLinkOf(kind: RecordKind): { kind: RecordKind; field: string } | null {
  const mode = policyOf(kind).mode;
  if (mode.type === 'correction') return { kind: mode.of as RecordKind, field: mode.link };
  return mode.type === 'editable until locked' ? { kind: mode.lockedBy as RecordKind, field: mode.link } : null;
}

/**
 * The records to read to decide a change's lock (S10): its review or meeting as named before and
 * after the change (ids only; the record itself is `before`). Empty for kinds that are not locked by another.
 */
export function lockersOf(kind: RecordKind, before: Fields | null | undefined, after: Fields): { kind: RecordKind; ids: string[] } | null {
  const link = lockLinkOf(kind);
  if (!link || link.field === 'id') return null;
  const ids = [...new Set([before?.[link.field], after[link.field]].filter((x): x is string => typeof x === 'string'))];
  return { kind: link.kind, ids };
}

/** The lock message of a record that locks (a final review, a meeting with approved minutes), or null. */
function lockOf(kind: RecordKind, record: Fields | null | undefined): string | null {
  const lock = policyOf(kind).lock;
  return record && lock?.when(record) ? lock.message(record) : null;
}

/**
 * S10: why a change is refused because what it touches is locked, or null. `before` is the stored
 * record (null for a new one); `lockers` are the stored records it is locked with (`lockersOf`).
 * A finalised review and a meeting with approved minutes refuse every change, as do their parts.
 */
export function lockRefusal(kind: RecordKind, before: Fields | null, lockers: (Fields | null | undefined)[]): string | null {
  const link = lockLinkOf(kind);
  if (!link) return null;
  const mode = policyOf(kind).mode;
  if (mode.type === 'correction') return before ? null : correctionRefusal(link.kind, mode.unlocked, lockers);
  if (link.field === 'id') return lockOf(kind, before);
  for (const p of lockers) {
    const message = lockOf(link.kind, p);
    if (message) return message;
  }
  return null;
}

/**
 * S21: a new correction (an erratum) needs the record it corrects, seen by the writer, and locked;
 * before the lock the record itself is corrected. Null when it may be made.
 */
function correctionRefusal(of: RecordKind, unlocked: string, lockers: (Fields | null | undefined)[]): string | null {
  const found = lockers.filter((p): p is Fields => !!p);
  if (found.length === 0) return `There is no ${policyOf(of).label} with this id that you can see.`;
  return found.every((p) => lockOf(of, p)) ? null : unlocked;
}

/** True when a change's fields put its record in the locked state (a review finalised, minutes approved). */
export const locksWith = (kind: RecordKind, fields: Fields): boolean => policyOf(kind).lock?.when(fields) === true;

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

const visibilityOf = (record: Fields): Visibility =>
  visibilities.includes(record.visibility as Visibility) ? (record.visibility as Visibility) : 'board';

/**
 * S11: why someone with `role` may not make a change to a record of `kind` (from `before`, absent
 * for a new record, to `after`), or null when they may.
 */
export function refusalFor(role: Role, kind: RecordKind, before: Fields | null, after: Fields): string | null {
  const policy = policyOf(kind);
  if (policy.serverOnly) return policy.serverOnly;
  if (before && !maySee(role, visibilityOf(before))) return `There is no ${policy.label} with this id that you can see.`;
  if (policy.writers && !policy.writers.includes(role)) return `Only the ${names(policy.writers)} can change the ${policy.label}.`;
  const visibility = visibilityOf(after);
  if (!maySee(role, visibility)) return `${who[role]} cannot see records marked "${visibilityLabels[visibility]}", so cannot save one.`;
  const changed = before ? visibilityChangeRefusal(role, visibilityOf(before), visibility) : null;
  if (changed) return changed;
  const lock = policy.lock;
  if (lock && lock.when(after) && !(before && lock.when(before)) && !lock.by.includes(role)) {
    return `Only the ${names(lock.by)} can ${lock.doing}.`;
  }
  return null;
}

/**
 * Why a change is refused, or null: append-only (S9), then locked (S10), then who may write it
 * (S11). The one decision the device's commands and the server's push both make, in this order,
 * before the record is read through its schema (S6).
 */
export function refusalOf(change: Change, context: PolicyContext): string | null {
  const { kind, before, after, fields } = change;
  if (before) {
    const appendOnly = appendOnlyRefusal(kind, before, fields);
    if (appendOnly) return appendOnly;
  }
  const locked = lockRefusal(kind, before, context.lockers);
  if (locked) return policyOf(kind).mode.type === 'correction' ? locked : `${locked}: this change was not saved.`;
  return context.role ? refusalFor(context.role, kind, before, after) : null;
}

/** What a screen should say about a record being written, from its kind's rules between fields (empty: nothing). */
export const fieldProblems = (kind: RecordKind, record: Fields): Problem[] =>
  ruleProblems((policyOf(kind).rules ?? []) as readonly { field: string; problem: (r: Fields) => string | null }[], record);
