// The rules a synced change must pass, pure so the server applies them and the app can explain them:
// last writer wins per field by hybrid logical clock, append-only kinds, locked records, clock skew.
import { compareHlc, HLC_ZERO, parseHlc, type HlcStamp } from './hlc';
import { recordKinds, type RecordKind } from './kinds';
import { isLocked, lockedMessage } from './reviewRules';
import { todayIso, ukDate } from './dates';
import { erratumRefusal } from './meetingRules';

/** A change whose clock is further ahead of the server's clock than this is refused. */
export const MAX_CLOCK_AHEAD_MS = 5 * 60 * 1000;

/** Why a change stamped `hlc` is refused for being from the future, or null when it is fine. */
export function clockAheadRefusal(hlc: HlcStamp, serverNowMs: number): string | null {
  const ahead = parseHlc(hlc).wallMs - serverNowMs;
  if (ahead <= MAX_CLOCK_AHEAD_MS) return null;
  return "This device's clock is ahead of the server's by more than 5 minutes: set its date and time to automatic, then save the change again.";
}

/** Fields no change may alter once a record exists. */
export const fixedRecordFields = ['id', 'schoolId', 'createdAt'] as const;

export type FieldClocks = Record<string, HlcStamp>;

export interface MergeResult {
  /** The record with the winning fields (null values removed: the schema may put back a default). */
  data: Record<string, unknown>;
  clocks: FieldClocks;
  /** The fields this change won. */
  won: string[];
}

/**
 * Last writer wins, field by field: each field of `fields` replaces the stored one when `hlc` is
 * later than the stamp of that field's last write (a field never written has HLC_ZERO). A null
 * value clears the field. Fields the change loses are left as they are.
 */
export function mergeFields(
  data: Record<string, unknown>,
  clocks: FieldClocks,
  fields: Record<string, unknown>,
  hlc: HlcStamp,
): MergeResult {
  const next = { ...data };
  const nextClocks = { ...clocks };
  const won: string[] = [];
  for (const [key, value] of Object.entries(fields)) {
    if (compareHlc(hlc, clocks[key] ?? HLC_ZERO) <= 0) continue;
    if (value === null || value === undefined) delete next[key];
    else next[key] = value;
    nextClocks[key] = hlc;
    won.push(key);
  }
  return { data: next, clocks: nextClocks, won };
}

/** Plain-data equality (JSON values). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * Why a change to an existing append-only record is refused (anything but marking it deleted or
 * restoring it), or null. Sending the same values again is not a change.
 */
export function appendOnlyRefusal(kind: RecordKind, existing: Record<string, unknown>, fields: Record<string, unknown>): string | null {
  if (!recordKinds[kind].appendOnly) return null;
  const edited = Object.keys(fields).filter((k) => k !== 'deleted' && k !== 'updatedAt' && !sameJson(existing[k], fields[k]));
  if (edited.length === 0) return null;
  return `${capital(recordKinds[kind].label)} cannot be edited once saved: add a new one instead (it can only be deleted).`;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The record a kind is locked with: review entries and judgements with their review; minute items,
 * and challenges asked at a meeting (those with a meetingId), with their meeting.
 */
export const lockParents: Partial<Record<RecordKind, { kind: RecordKind; field: string }>> = {
  reviewEntries: { kind: 'reviews', field: 'reviewId' },
  areaJudgements: { kind: 'reviews', field: 'reviewId' },
  minuteItems: { kind: 'meetings', field: 'meetingId' },
  challengeRecords: { kind: 'meetings', field: 'meetingId' },
};

/** Kinds that correct a locked record: errata, made only once their meeting's minutes are approved. */
export const correctionParents: Partial<Record<RecordKind, { kind: RecordKind; field: string }>> = {
  minuteErrata: { kind: 'meetings', field: 'meetingId' },
};

type Fields = Record<string, unknown>;

function meetingLockMessage(meeting: Fields): string {
  const at = typeof meeting.approvedAt === 'string' ? meeting.approvedAt : String(meeting.updatedAt ?? '');
  const day = at ? ukDate(todayIso(new Date(at))) : '';
  return `These minutes were approved${day ? ` on ${day}` : ''} and are locked`;
}

/** The lock message of a record that locks (a final review, a meeting with approved minutes), or null. */
function lockOf(kind: RecordKind, record: Fields | null | undefined): string | null {
  if (!record) return null;
  if (kind === 'reviews' && isLocked(record as { status: 'draft' | 'final' })) {
    return lockedMessage(record as { finalisedAt?: string; updatedAt: string });
  }
  if (kind === 'meetings' && record.minutesStatus === 'approved') return meetingLockMessage(record);
  return null;
}

/**
 * Why a change is refused because what it touches is locked, or null. `before` is the stored
 * record (null for a new one); `parents` are the stored records it is locked with (its review or
 * meeting, before and after the change, when they differ). A finalised review and a meeting with
 * approved minutes refuse every change, as do their entries, judgements and minute items.
 */
export function lockRefusal(kind: RecordKind, before: Fields | null, parents: (Fields | null | undefined)[]): string | null {
  const own = lockOf(kind, before);
  if (own) return own;
  const parent = lockParents[kind];
  if (!parent) return null;
  for (const p of parents) {
    const message = lockOf(parent.kind, p);
    if (message) return message;
  }
  return null;
}

/**
 * Why a new correction (an erratum) is refused, or null: its meeting must be one the person can see,
 * with approved minutes; before approval the draft itself is corrected.
 */
export function correctionRefusal(kind: RecordKind, parent: Fields | null | undefined): string | null {
  if (!correctionParents[kind]) return null;
  return erratumRefusal(parent as { minutesStatus: 'not-started' | 'draft' | 'circulated' | 'approved' } | null);
}
