// Deciding one mutation: applied (and how the record now reads) or rejected (and why, in words).
import {
  appendOnlyRefusal,
  check,
  clockAheadRefusal,
  correctionParents,
  correctionRefusal,
  fixedRecordFields,
  lockParents,
  lockRefusal,
  maxHlc,
  maySee,
  mergeFields,
  recordKinds,
  refusalFor,
  sameJson,
  widerOf,
  type Problem,
  type RecordKind,
  type Role,
  type Visibility,
} from '../../domain';
import type { z } from 'zod';
import { unstorableText } from '../http';
import type { Mutation } from './schemas';
import type { StoredRecord } from './store';

export type Decision =
  | { status: 'rejected'; reason: string; problems?: Problem[] }
  /** record: the record after the change, or null when the change altered nothing (every field already had a later write). */
  | { status: 'applied'; record: StoredRecord | null };

export interface ApplyContext {
  schoolId: string;
  role: Role;
  nowMs: number;
  /** The stored record (as changed so far in this push), or undefined. */
  get: (kind: RecordKind, id: string) => Promise<StoredRecord | undefined>;
}

const reject = (reason: string, problems?: Problem[]): Decision => ({ status: 'rejected', reason, ...(problems ? { problems } : {}) });

/** "an action plan", "a review". */
const aOr = (label: string) => `${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label}`;

export const isRecordKind = (kind: string): kind is RecordKind => Object.hasOwn(recordKinds, kind);

/** Drop keys whose value is undefined, so a cleared field is absent when stored. */
function tidy(record: Record<string, unknown>): Record<string, unknown> {
  for (const key of Object.keys(record)) if (record[key] === undefined) delete record[key];
  return record;
}

/** The rules every change must pass, in order; the first that fails is the answer. */
export async function decide(ctx: ApplyContext, m: Mutation, nextVersion: number): Promise<Decision> {
  if (!isRecordKind(m.kind)) return reject(`This server does not know records of kind "${m.kind}": update the server, then try again.`);
  const kind = m.kind;
  const label = recordKinds[kind].label;
  const unstorable = unstorableText(m.fields);
  if (unstorable)
    return reject(`The ${label} was not saved: ${unstorable.field ? `${unstorable.field}: ` : ''}${unstorable.message}.`, [unstorable]);
  const ahead = clockAheadRefusal(m.hlc, ctx.nowMs);
  if (ahead) return reject(ahead);
  if (m.schoolId !== undefined && m.schoolId !== ctx.schoolId) return reject(`This ${label} belongs to another school's board.`);
  if (kind === 'schools' && m.recordId !== ctx.schoolId) return reject("A school's id must be the id of its board.");
  if (m.fields.id !== undefined && m.fields.id !== m.recordId) return reject(`The id of ${aOr(label)} cannot be changed.`);
  if (m.fields.schoolId !== undefined && m.fields.schoolId !== ctx.schoolId)
    return reject(`This ${label} belongs to another school's board.`);

  const existing = await ctx.get(kind, m.recordId);
  if ((!existing && m.op !== 'create') || (existing && !maySee(ctx.role, existing.visibility))) {
    return reject(`There is no ${label} with this id that you can see: it may have been made on a device that has not synced yet.`);
  }
  if (m.op === 'delete' && m.fields.deleted !== true) return reject(`A deletion must mark the ${label} deleted.`);
  if (existing) {
    const fixed = fixedRecordFields.find((f) => m.fields[f] !== undefined && !sameJson(m.fields[f], existing.data[f]));
    if (fixed) return reject(`The ${fixed} of ${aOr(label)} cannot be changed.`);
    const appendOnly = appendOnlyRefusal(kind, existing.data, m.fields);
    if (appendOnly) return reject(appendOnly);
  }

  const fields = existing ? withoutFixed(m.fields) : { ...m.fields, id: m.recordId, schoolId: ctx.schoolId };
  const merged = mergeFields(existing?.data ?? {}, existing?.fieldClocks ?? {}, fields, m.hlc);

  const locked = lockRefusal(kind, existing?.data ?? null, await parentsOf(ctx, kind, existing?.data, merged.data));
  if (locked) return reject(`${locked}: this change was not saved.`);
  const correction = correctionParents[kind];
  if (correction && !existing) {
    const id = merged.data[correction.field];
    const parent = typeof id === 'string' ? await ctx.get(correction.kind, id) : undefined;
    const refused = correctionRefusal(kind, parent && maySee(ctx.role, parent.visibility) ? parent.data : null);
    if (refused) return reject(refused);
  }

  const checked = check(recordKinds[kind].schema as z.ZodType, merged.data);
  if (!checked.ok) {
    const said = checked.problems.map((p) => p.message).join('; ');
    return reject(`The ${label} was not saved: ${said}.`, checked.problems);
  }
  const data = tidy({ ...(checked.value as Record<string, unknown>) });
  const visibility = data.visibility as Visibility;
  const refusal = refusalFor(ctx.role, kind, existing ? { ...existing.data, visibility: existing.visibility } : null, {
    ...data,
    visibility,
  });
  if (refusal) return reject(refusal);

  if (existing && sameJson(data, existing.data)) {
    return { status: 'applied', record: null };
  }
  const clocks = { ...merged.clocks };
  for (const key of Object.keys(data)) clocks[key] ??= m.hlc;
  return {
    status: 'applied',
    record: {
      kind,
      id: m.recordId,
      data,
      visibility,
      widestVisibility: existing ? widerOf(existing.widestVisibility, visibility) : visibility,
      deleted: data.deleted === true,
      version: nextVersion,
      fieldClocks: clocks,
      hlc: existing ? maxHlc(existing.hlc, m.hlc) : m.hlc,
    },
  };
}

function withoutFixed(fields: Record<string, unknown>): Record<string, unknown> {
  const rest = { ...fields };
  for (const f of fixedRecordFields) delete rest[f];
  return rest;
}

/** The stored review or meeting a record is locked with, before and after the change. */
async function parentsOf(ctx: ApplyContext, kind: RecordKind, before: Record<string, unknown> | undefined, after: Record<string, unknown>) {
  const parent = lockParents[kind];
  if (!parent) return [];
  const ids = new Set([before?.[parent.field], after[parent.field]].filter((x): x is string => typeof x === 'string'));
  const found: Record<string, unknown>[] = [];
  for (const id of ids) {
    const p = await ctx.get(parent.kind, id);
    if (p) found.push(p.data);
  }
  return found;
}
