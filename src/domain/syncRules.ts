// The rules a synced change must pass, pure so the server applies them and the app can explain them:
// last writer wins per field by hybrid logical clock, and clock skew. What a change may do to a
// record of a kind (append-only, locks, who writes what) is the kinds' policy: ./policy.ts.
import { compareHlc, HLC_ZERO, parseHlc, type HlcStamp } from './hlc';
import { recordKinds, type RecordKind } from './kinds';

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
const fieldNames = new Map<RecordKind, ReadonlySet<string>>();

/** The fields a record of this kind has: its schema's, and no others. */
export function fieldsOf(kind: RecordKind): ReadonlySet<string> {
  let names = fieldNames.get(kind);
  if (!names) {
    names = new Set(Object.keys((recordKinds[kind].schema as unknown as { shape: Record<string, unknown> }).shape));
    fieldNames.set(kind, names);
  }
  return names;
}

/**
 * Why a change that names fields its kind does not have is refused, or null (S6). Checked before
 * anything of the change is kept — its clock, its author — so no push can grow a stored record with
 * names of its own.
 */
export function unknownFieldsRefusal(kind: RecordKind, fields: Record<string, unknown>): { reason: string; names: string[] } | null {
  const known = fieldsOf(kind);
  const names = Object.keys(fields).filter((name) => !known.has(name));
  if (names.length === 0) return null;
  const shown = names
    .slice(0, 3)
    .map((n) => `"${n.slice(0, 40)}"`)
    .join(', ');
  const more = names.length > 3 ? ` and ${names.length - 3} more` : '';
  return {
    reason: `The ${recordKinds[kind].label} was not saved: it has no field${names.length === 1 ? '' : 's'} ${shown}${more}.`,
    names,
  };
}
