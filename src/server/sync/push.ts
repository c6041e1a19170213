// Push: apply a device's outbox mutations in order, each exactly once, in one transaction that holds
// the school's version row lock, and answer per mutation.
import { describeFile, fileRefsOf, recordKinds, type RecordKind } from '../../domain';
import type { SqlClient, Transaction } from '../db';
import { requireMember } from '../auth/sessions';
import { decide, isRecordKind } from './apply';
import { completeFiles, saveFileRefs } from './fileStore';
import type { MutationResult, PushBody } from './schemas';
import { loadRecords, lockSchoolVersion, recordKey, saveRecords, setSchoolVersion, valuesFor, type StoredRecord } from './store';

export interface PushOptions {
  /** The server's clock (ms); tests move it. */
  now?: () => number;
  /** Called inside the transaction just before it commits: tests use it to hold a push open. */
  beforeCommit?: (schoolId: string) => Promise<void>;
}

export interface PushAnswer {
  results: MutationResult[];
  /** The school's version after this push. */
  version: number;
}

/**
 * The answers already given to these mutation ids ($1 the school, $2 the ids as a JSON array).
 * `= ANY (ARRAY(…))` makes both key columns the index condition, so the lookup reads only these ids
 * however many mutations the school has had (an `IN (SELECT …)` semi-join was planned as a scan of
 * every applied mutation of the school: 23,000 rows read for a 100-mutation push).
 */
export const APPLIED_BEFORE_SQL = `SELECT mutation_id, result FROM applied_mutations
  WHERE school_id = $1 AND mutation_id = ANY (ARRAY(SELECT value::uuid FROM jsonb_array_elements_text($2::jsonb)))`;

async function appliedBefore(tx: Transaction, schoolId: string, ids: string[]): Promise<Map<string, MutationResult>> {
  const rows = await tx.query<{ mutation_id: string; result: MutationResult }>(APPLIED_BEFORE_SQL, [schoolId, JSON.stringify(ids)]);
  return new Map(rows.map((r) => [r.mutation_id, r.result]));
}

/** The record as changed, with `name` as the author of each field this change wrote (its clock moved). */
function withAuthor(before: StoredRecord | undefined, after: StoredRecord, name: string): StoredRecord {
  const authors = { ...(before?.fieldAuthors ?? {}) };
  for (const [field, clock] of Object.entries(after.fieldClocks)) if (before?.fieldClocks[field] !== clock) authors[field] = name;
  return { ...after, fieldAuthors: authors };
}

/**
 * Apply a push for a person. Membership is checked after the lock is taken, so a member removed by
 * a transaction that committed first cannot slip a change in.
 */
export async function applyPush(db: SqlClient, personId: string, body: PushBody, opts: PushOptions = {}): Promise<PushAnswer> {
  const { schoolId, mutations } = body;
  return db.transaction(async (tx) => {
    await requireMember(tx, schoolId, personId); // 403 before anything is locked
    let version = await lockSchoolVersion(tx, schoolId);
    const { role } = await requireMember(tx, schoolId, personId); // again: a removal may have committed meanwhile
    const done = await appliedBefore(
      tx,
      schoolId,
      mutations.map((m) => m.mutationId),
    );
    const wanted = mutations.filter((m) => !done.has(m.mutationId) && isRecordKind(m.kind)).map((m) => ({ kind: m.kind, id: m.recordId }));
    const cache: Map<string, StoredRecord | undefined> = await loadRecords(tx, schoolId, wanted);
    for (const k of wanted) if (!cache.has(recordKey(k.kind, k.id))) cache.set(recordKey(k.kind, k.id), undefined);
    const get = async (kind: RecordKind, id: string) => {
      const key = recordKey(kind, id);
      if (!cache.has(key)) cache.set(key, (await loadRecords(tx, schoolId, [{ kind, id }])).get(key));
      return cache.get(key);
    };
    const nowMs = (opts.now ?? Date.now)();
    // F2: which files the school has complete, asked once for every file the push's fields name.
    const named = [...new Set(mutations.flatMap((m) => fileRefsOf(m.kind, m.fields).map((f) => f.sha256)))];
    const have = new Map([...(await completeFiles(tx, schoolId, named))].map((h) => [h, true]));
    for (const h of named) if (!have.has(h)) have.set(h, false);

    // Who made the change, kept with the record so every device can say so (read once, when needed).
    let name: string | undefined;
    const nameOf = async () =>
      (name ??= (await tx.query<{ name: string }>('SELECT name FROM people WHERE person_id = $1', [personId]))[0]?.name ?? '');

    const results: MutationResult[] = [];
    // Written together after the loop (one statement per 500 rather than two per mutation): each
    // changed record once, in its last state, and each applied mutation with its answer.
    const changed = new Map<string, StoredRecord>();
    const applied: { mutation_id: string; kind: string; record_id: string; result: MutationResult }[] = [];
    for (const m of mutations) {
      const earlier = done.get(m.mutationId);
      if (earlier) {
        results.push(earlier);
        continue;
      }
      const decision = await decide({ schoolId, role, nowMs, get }, m, version + 1);
      if (decision.status === 'rejected') {
        // Not stored: the change did nothing, and is decided afresh if it is sent again.
        const { status, reason, problems } = decision;
        results.push({ mutationId: m.mutationId, status, reason, ...(problems ? { problems } : {}) });
        continue;
      }
      const missing = decision.record && !decision.record.deleted ? await missingFiles(tx, schoolId, decision.record, have) : [];
      if (missing.length > 0) {
        results.push(fileMissing(m.mutationId, decision.record!.kind, missing));
        continue;
      }
      let appliedAs: number | null = null;
      if (decision.record) {
        version += 1;
        appliedAs = version;
        const key = recordKey(decision.record.kind, decision.record.id);
        const record = withAuthor(cache.get(key), decision.record, await nameOf());
        cache.set(key, record);
        changed.delete(key); // keep the map in the order of each record's last change
        changed.set(key, record);
      }
      const result: MutationResult = { mutationId: m.mutationId, status: 'applied', version: appliedAs };
      applied.push({ mutation_id: m.mutationId, kind: m.kind, record_id: m.recordId, result });
      done.set(m.mutationId, result);
      results.push(result);
    }
    await saveRecords(tx, schoolId, [...changed.values()]);
    await saveFileRefs(tx, schoolId, [...changed.values()]);
    for (let at = 0; at < applied.length; at += 500) {
      const batch = applied.slice(at, at + 500);
      await tx.query(
        `INSERT INTO applied_mutations (school_id, mutation_id, person_id, kind, record_id, result)
         VALUES ${valuesFor(batch.length, 5, ['::uuid', '::uuid', '', '::uuid', '::jsonb'])}`,
        [schoolId, ...batch.flatMap((a) => [a.mutation_id, personId, a.kind, a.record_id, JSON.stringify(a.result)])],
      );
    }
    await setSchoolVersion(tx, schoolId, version);
    await opts.beforeCommit?.(schoolId);
    return { results, version };
  });
}

/** F2: the files a record as it would be after the change refers to that the school does not have complete. */
async function missingFiles(tx: Transaction, schoolId: string, record: StoredRecord, have: Map<string, boolean>) {
  const refs = fileRefsOf(record.kind, record.data);
  const unknown = refs.map((f) => f.sha256).filter((h) => !have.has(h));
  if (unknown.length > 0) {
    const found = await completeFiles(tx, schoolId, unknown);
    for (const h of unknown) have.set(h, found.has(h));
  }
  return refs.filter((f) => !have.get(f.sha256));
}

/** Not an error the person must deal with: the device uploads the file, then sends the change again. */
function fileMissing(mutationId: string, kind: RecordKind, missing: ReturnType<typeof fileRefsOf>): MutationResult {
  const files = missing.map(describeFile);
  const said = files.length === 1 ? `${files[0]} has` : `${files.slice(0, -1).join(', ')} and ${files[files.length - 1]} have`;
  return {
    mutationId,
    status: 'rejected',
    code: 'file-missing',
    reason: `The ${recordKinds[kind].label} was not saved yet: ${said} not reached the server. The device sends the files first, then this change again.`,
    files: missing.map((f) => f.sha256),
  };
}
