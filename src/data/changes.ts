import type { z } from 'zod';
import { v7 } from 'uuid';
import { check, InvalidInput, recordKinds, type BaseRecord, type RecordKind, type RecordOf } from '../domain';
import type { HlcStamp } from '../domain/hlc';
import type { ChangeOp, OutboxEntry } from './db';

/** A stored record seen without its kind: the base fields and whatever else it has. */
export type AnyRecord = BaseRecord & Record<string, unknown>;

/** The fields every command fills in itself. */
export const commandFields = ['id', 'schoolId', 'createdAt', 'updatedAt', 'deleted', 'visibility'] as const;
type CommandField = (typeof commandFields)[number];
type KindSchema<K extends RecordKind> = (typeof recordKinds)[K]['schema'];

/** What a screen gives to make a record: its own fields (defaults may be left out), optionally an id and visibility. */
export type NewRecord<K extends RecordKind> = Omit<z.input<KindSchema<K>>, CommandField> & Partial<Pick<RecordOf<K>, 'id' | 'visibility'>>;

/** What a screen gives to change a record: any of its own fields, visibility, or deleted. */
export type RecordPatch<K extends RecordKind> = Partial<Omit<RecordOf<K>, 'id' | 'schoolId' | 'createdAt' | 'updatedAt'>>;

/** A whole board, e.g. from an export or the demo: any kinds, each a list of records. */
export type Board = { [K in RecordKind]?: RecordOf<K>[] };

export const labelOf = (kind: RecordKind): string => recordKinds[kind].label;

export function isRecordKind(kind: string): kind is RecordKind {
  return Object.hasOwn(recordKinds, kind);
}

/** Drop keys whose value is undefined, so a cleared field is simply absent when stored. */
export function tidy<T extends object>(record: T): T {
  for (const key of Object.keys(record))
    if ((record as Record<string, unknown>)[key] === undefined) delete (record as Record<string, unknown>)[key];
  return record;
}

/** Check a whole record against its kind's schema; throws InvalidInput (nothing written) when wrong. */
export function validRecord<K extends RecordKind>(kind: K, value: unknown): RecordOf<K> {
  const result = check(recordKinds[kind].schema as z.ZodType, value);
  if (!result.ok) throw new InvalidInput(result.problems, labelOf(kind));
  return tidy(result.value as RecordOf<K>);
}

/** Do two stored values hold the same data? (plain data only: what IndexedDB keeps) */
export function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** The fields that differ between two versions of a record, with their new values (null: cleared). */
export function changedFields(before: AnyRecord, after: AnyRecord): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (!sameValue(before[key], after[key])) fields[key] = after[key] === undefined ? null : after[key];
  }
  return fields;
}

/**
 * `count` new UUIDv7 ids at once: one call for the random bytes, and a sequence that goes up within
 * the millisecond (as RFC 9562 allows), so they are unique and in order.
 */
export function newIds(count: number): string[] {
  const random = new Uint8Array(16 * count);
  for (let at = 0; at < random.length; at += 65536) crypto.getRandomValues(random.subarray(at, at + 65536));
  const msecs = Date.now();
  const seq = crypto.getRandomValues(new Uint32Array(1))[0]! >>> 2;
  const ids = new Array<string>(count);
  for (let i = 0; i < count; i++) ids[i] = v7({ random: random.subarray(i * 16, i * 16 + 16), msecs, seq: seq + i });
  return ids;
}

/** An outbox entry for one change. */
export function outboxEntry(
  kind: RecordKind,
  record: BaseRecord,
  op: ChangeOp,
  fields: Record<string, unknown>,
  hlc: HlcStamp,
  at: string,
  mutationId: string = v7(),
): OutboxEntry {
  return { mutationId, schoolId: record.schoolId, kind, recordId: record.id, op, fields, hlc, createdAt: at };
}
