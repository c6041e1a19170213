import type { z } from 'zod';
import { check, InvalidInput, recordKinds, type Problem, type RecordKind } from '../../domain';
import { db as appDb, type StewardDb, type StoredHistory } from '../db';
import { nextStamps } from '../clock';
import { isRecordKind, newIds, outboxEntry, tidy, type AnyRecord, type Board } from '../changes';
import { historyEntry, nameOnDevice } from './history';

/** Records written per request. */
const CHUNK = 2000;

export interface ImportSummary {
  /** How many records of each kind were saved. */
  counts: Partial<Record<RecordKind, number>>;
  total: number;
}

/**
 * Check every record of a board (e.g. an export, or the demo) and say everything that is wrong,
 * by kind and position ("actions.3.finish"). Returns the records as they will be saved.
 */
export function checkBoard(board: Board): { ok: true; records: [RecordKind, AnyRecord[]][] } | { ok: false; problems: Problem[] } {
  const problems: Problem[] = [];
  const records: [RecordKind, AnyRecord[]][] = [];
  for (const [kind, list] of Object.entries(board) as [string, unknown][]) {
    if (list === undefined) continue;
    if (!isRecordKind(kind)) {
      problems.push({ field: kind, message: `"${kind}" is not a kind of record Steward keeps` });
      continue;
    }
    if (!Array.isArray(list)) {
      problems.push({ field: kind, message: `The ${recordKinds[kind].label} records must be a list` });
      continue;
    }
    const schema = recordKinds[kind].schema as z.ZodType;
    const seen = new Set<string>();
    const valid: AnyRecord[] = [];
    list.forEach((item: unknown, index) => {
      const result = check(schema, item);
      if (!result.ok) {
        for (const p of result.problems)
          problems.push({ field: [kind, index, p.field].filter((x) => x !== '').join('.'), message: p.message });
        return;
      }
      const record = tidy(result.value as AnyRecord);
      if (seen.has(record.id))
        problems.push({ field: `${kind}.${index}.id`, message: `Another ${recordKinds[kind].label} already has this id` });
      seen.add(record.id);
      valid.push(record);
    });
    records.push([kind, valid]);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, records };
}

/** The history rows of one part of an import: one per school, naming each of its records. */
function importHistory(kind: RecordKind, part: AnyRecord[], by: string, at: string): StoredHistory[] {
  const bySchool = new Map<string, string[]>();
  for (const record of part) {
    const ids = bySchool.get(record.schoolId);
    if (ids) ids.push(record.id);
    else bySchool.set(record.schoolId, [record.id]);
  }
  return [...bySchool].map(([schoolId, ids]) => ({ ...historyEntry(kind, { id: '', schoolId }, 'create', {}, by, at), recordId: ids }));
}

/**
 * Save a whole board at once: all of it, or (when anything is wrong) none of it. Each record gets
 * an outbox entry ('create', every field) and is named in a history row of its part; records
 * already on the device with the same id are replaced. Throws InvalidInput listing every problem.
 */
export async function importBoard(board: Board, store: StewardDb = appDb): Promise<ImportSummary> {
  const checked = checkBoard(board);
  if (!checked.ok) throw new InvalidInput(checked.problems, 'board');
  const tables = checked.records.map(([kind]) => store.records(kind));
  const total = checked.records.reduce((n, [, list]) => n + list.length, 0);
  const counts: ImportSummary['counts'] = {};
  await store.transaction('rw', [...tables, store.outbox, store.meta, store.history], async () => {
    const now = Date.now();
    const at = new Date(now).toISOString();
    const by = await nameOnDevice(store);
    const stamps = await nextStamps(store, total, now);
    const mutationIds = newIds(total);
    let next = 0;
    for (const [kind, list] of checked.records) {
      counts[kind] = list.length;
      // In parts, so no single request queue grows huge (some IndexedDB engines slow down then).
      for (let from = 0; from < list.length; from += CHUNK) {
        const part = list.slice(from, from + CHUNK);
        await store.table(kind).bulkPut(part);
        await store.outbox.bulkAdd(
          part.map((record) => outboxEntry(kind, record, 'create', record, stamps[next]!, at, mutationIds[next++])),
        );
        // History says who brought each record onto the board, and when; its fields are in the record itself.
        // One row names the whole part (per school), found by each record's id (schema version 11).
        await store.history.bulkAdd(importHistory(kind, part, by, at));
      }
    }
  });
  return { counts, total };
}
