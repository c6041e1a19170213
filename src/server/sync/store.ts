// Reading and writing synced records, and the school's version counter, inside a transaction.
import type { FieldClocks, HlcStamp, RecordKind, Visibility } from '../../domain';
import type { Queryable } from '../db';
import { ApiError } from '../http';

/** A record as the server keeps it. */
export interface StoredRecord {
  kind: RecordKind;
  id: string;
  data: Record<string, unknown>;
  visibility: Visibility;
  widestVisibility: Visibility;
  deleted: boolean;
  version: number;
  fieldClocks: FieldClocks;
  hlc: HlcStamp;
  /** Who made the last write to each field: the name of the person whose push wrote it (none when the server did). */
  fieldAuthors?: Record<string, string> | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const recordKey = (kind: string, id: string) => `${kind}\u0000${id}`;

interface RecordRow {
  kind: RecordKind;
  id: string;
  data: Record<string, unknown>;
  visibility: Visibility;
  widest_visibility: Visibility;
  deleted: boolean;
  version: number;
  field_clocks: FieldClocks;
  hlc: string;
  field_authors: Record<string, string> | null;
}

const fromRow = (r: RecordRow): StoredRecord => ({
  kind: r.kind,
  id: r.id,
  data: r.data,
  visibility: r.visibility,
  widestVisibility: r.widest_visibility,
  deleted: r.deleted,
  version: r.version,
  fieldClocks: r.field_clocks,
  hlc: r.hlc,
  fieldAuthors: r.field_authors,
});

/**
 * Lock the school's version row until the transaction ends and read the version. Every write to a
 * school's records takes this lock first, so versions are handed out, and committed, in order. An
 * UPDATE that changes nothing, not SELECT … FOR UPDATE: on Citus a write also holds the shard, so
 * moving the school to another node (citus_move_shard_placement) waits for this transaction; a
 * SELECT … FOR UPDATE locks the row on the old node only, and a push begun after the move would
 * read the same version on the new one (test/citus/shard-move.test.ts).
 */
export async function lockSchoolVersion(tx: Queryable, schoolId: string): Promise<number> {
  const rows = await tx.query<{ version: number }>('UPDATE school_versions SET version = version WHERE school_id = $1 RETURNING version', [
    schoolId,
  ]);
  if (!rows[0]) throw new ApiError(404, 'There is no such school on this server.', { code: 'no-school' });
  return rows[0].version;
}

/** The channel on which the database announces a school's new version (S18), to every server. */
export const SCHOOL_CHANGED_CHANNEL = 'steward_school_changed';

/**
 * Move the school's version on, and announce it (S18) with NOTIFY: PostgreSQL delivers the news to
 * every server listening only when, and if, the transaction commits, in commit order. Two statements:
 * on Citus the UPDATE goes to the worker that holds the school, and the NOTIFY must stay on the
 * coordinator, where the servers LISTEN (a NOTIFY inside the routed statement would be sent on the
 * worker, and heard by no one).
 */
export async function setSchoolVersion(tx: Queryable, schoolId: string, version: number): Promise<void> {
  const moved = await tx.query<{ version: number }>(
    'UPDATE school_versions SET version = $2 WHERE school_id = $1 AND version <> $2 RETURNING version',
    [schoolId, version],
  );
  if (moved.length === 0) return;
  await tx.query('SELECT pg_notify($1, $2)', [SCHOOL_CHANGED_CHANNEL, JSON.stringify({ schoolId, version })]);
}

/**
 * `($1, $2, …), ($1, $12, …)`: the VALUES of a multi-row INSERT whose first column is the school ($1)
 * and whose other columns come `width` parameters a row from `from` on. A multi-row INSERT … VALUES,
 * rather than INSERT … SELECT FROM jsonb_to_recordset, is what Citus sends to the one shard that holds
 * the school; the SELECT form goes through the coordinator, with a two-phase commit on every push.
 */
export function valuesFor(rows: number, width: number, casts: readonly string[], from = 2): string {
  return Array.from({ length: rows }, (_, r) => {
    const cols = casts.map((cast, c) => `$${from + r * width + c}${cast}`);
    return `($1, ${cols.join(', ')})`;
  }).join(', ');
}

/** The stored records with these kinds and ids (those that exist), by recordKey. */
export async function loadRecords(
  tx: Queryable,
  schoolId: string,
  keys: { kind: string; id: string }[],
): Promise<Map<string, StoredRecord>> {
  const found = new Map<string, StoredRecord>();
  // An id that is not a UUID names no record (and would fail the statement's uuid cast: a 500). It
  // comes from a record's reference to another (a review entry's reviewId), checked by its schema later.
  keys = keys.filter((k) => UUID.test(k.id));
  if (keys.length === 0) return found;
  const rows = await tx.query<RecordRow>(
    `SELECT r.kind, r.id, r.data, r.visibility, r.widest_visibility, r.deleted, r.version, r.field_clocks, r.hlc, r.field_authors
       FROM records r JOIN jsonb_to_recordset($2::jsonb) AS k(kind text, id uuid) ON r.kind = k.kind AND r.id = k.id
      WHERE r.school_id = $1`,
    [schoolId, JSON.stringify(keys)],
  );
  for (const row of rows) found.set(recordKey(row.kind, row.id), fromRow(row));
  return found;
}

// The columns of records after school_id, and the type each parameter is cast to. updated_at is left
// to its default: Citus refuses now() in ON CONFLICT … DO UPDATE SET, so the update takes EXCLUDED's.
const RECORD_COLUMNS = 'kind, id, data, visibility, widest_visibility, deleted, version, field_clocks, hlc, field_authors';
const RECORD_CASTS = ['', '::uuid', '::jsonb', '', '', '::boolean', '::bigint', '::jsonb', '', '::jsonb'] as const;
const PER_STATEMENT = 500;

const recordParams = (r: StoredRecord) => [
  r.kind,
  r.id,
  JSON.stringify(r.data),
  r.visibility,
  r.widestVisibility,
  r.deleted,
  r.version,
  JSON.stringify(r.fieldClocks),
  r.hlc,
  r.fieldAuthors ? JSON.stringify(r.fieldAuthors) : null,
];

async function writeRecords(tx: Queryable, schoolId: string, records: StoredRecord[], onConflict: string): Promise<void> {
  for (let at = 0; at < records.length; at += PER_STATEMENT) {
    const batch = records.slice(at, at + PER_STATEMENT);
    await tx.query(
      `INSERT INTO records (school_id, ${RECORD_COLUMNS}) VALUES ${valuesFor(batch.length, RECORD_CASTS.length, RECORD_CASTS)}${onConflict}`,
      [schoolId, ...batch.flatMap(recordParams)],
    );
  }
}

/**
 * Insert or replace many records in one statement per 500 (a push's changes, written together at its
 * end). Each record at most once: give only its last state.
 */
export const saveRecords = (tx: Queryable, schoolId: string, records: StoredRecord[]) =>
  writeRecords(
    tx,
    schoolId,
    records,
    ` ON CONFLICT (school_id, kind, id) DO UPDATE SET
       data = EXCLUDED.data, visibility = EXCLUDED.visibility, widest_visibility = EXCLUDED.widest_visibility,
       deleted = EXCLUDED.deleted, version = EXCLUDED.version, field_clocks = EXCLUDED.field_clocks, hlc = EXCLUDED.hlc,
       field_authors = EXCLUDED.field_authors, updated_at = EXCLUDED.updated_at`,
  );

/** Insert or replace a record. */
export const saveRecord = (tx: Queryable, schoolId: string, r: StoredRecord) => saveRecords(tx, schoolId, [r]);

/** Insert many new records at once (the demo board, a new school): one statement per 500. */
export const insertRecords = (tx: Queryable, schoolId: string, records: StoredRecord[]) => writeRecords(tx, schoolId, records, '');

/** A record the server makes itself (a new member's record, the demo board), every field stamped `hlc`. */
export function serverRecord(kind: RecordKind, data: Record<string, unknown>, version: number, hlc: HlcStamp): StoredRecord {
  const visibility = (data.visibility as Visibility | undefined) ?? 'board';
  return {
    kind,
    id: String(data.id),
    data,
    visibility,
    widestVisibility: visibility,
    deleted: data.deleted === true,
    version,
    fieldClocks: Object.fromEntries(Object.keys(data).map((k) => [k, hlc])),
    hlc,
  };
}
