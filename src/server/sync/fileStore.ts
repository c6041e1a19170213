// Photos and documents on the server (F1): content-addressed by SHA-256, received in chunks at byte
// offsets (file_chunks), complete once the last byte arrives and the whole content hashes to its name.
// Which records refer to which files (file_refs) decides who may download one (S12) and lets a push
// refuse a record that points at a file the server does not have (F2).
import { createHash } from 'node:crypto';
import { fileRefsOf, kindsWithFiles, visibilitiesFor, type Role } from '../../domain';
import type { Queryable, SqlClient } from '../db';
import { ApiError } from '../http';
import { valuesFor, type StoredRecord } from './store';

/** One chunk: at most 1 MB (the upload route's body limit). */
export const MAX_CHUNK_BYTES = 1024 * 1024;
/** One file: at most 25 MB (a photo is compressed on the device to a few hundred KB). */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

export interface FileStatus {
  sha256: string;
  /** The size declared when the upload began (null: nothing received yet). */
  bytes: number | null;
  /** Bytes received so far: the offset the next chunk must start at. */
  received: number;
  complete: boolean;
}

interface FileRow {
  bytes: number;
  received: number;
  complete: boolean;
}

export async function fileStatus(db: Queryable, schoolId: string, sha256: string): Promise<FileStatus> {
  const rows = await db.query<FileRow>('SELECT bytes, received, complete FROM files WHERE school_id = $1 AND sha256 = $2', [
    schoolId,
    sha256,
  ]);
  const row = rows[0];
  return row
    ? { sha256, bytes: row.bytes, received: row.received, complete: row.complete }
    : { sha256, bytes: null, received: 0, complete: false };
}

const wrongOffset = (received: number, offset: number) =>
  new ApiError(
    409,
    `This part of the file starts at byte ${offset}, but the server has received ${received} bytes of it: send from byte ${received}.`,
    { code: 'wrong-offset', details: { received } },
  );

export interface Chunk {
  schoolId: string;
  sha256: string;
  /** The whole file's size, as declared by the device. */
  bytes: number;
  type: string;
  offset: number;
  data: Buffer;
}

export type AppendOutcome = { status: FileStatus; mismatch?: false } | { status: FileStatus; mismatch: true };

/**
 * Add one chunk, under the file row's lock. The chunk must start where the bytes received end (409
 * with the right offset otherwise: the device resumes from there) and not run past the declared size.
 * When the last byte arrives the whole content is hashed: if it is not the file's SHA-256 its bytes
 * are thrown away (mismatch), so a file is never complete with the wrong content.
 */
export async function appendChunk(db: SqlClient, c: Chunk): Promise<AppendOutcome> {
  if (c.offset + c.data.length > c.bytes) {
    throw new ApiError(400, `This part of the file runs past its declared size of ${c.bytes} bytes.`, {
      problems: [{ field: 'bytes', message: 'Smaller than the bytes sent' }],
    });
  }
  if (c.data.length === 0 && c.bytes > 0)
    throw new ApiError(400, 'This part of the file is empty.', { problems: [{ field: 'body', message: 'Send at least one byte' }] });
  return db.transaction(async (tx) => {
    // An UPDATE that changes nothing locks the row, and on Citus holds the shard against a move (see
    // lockSchoolVersion in ./store).
    const lock = () =>
      tx.query<FileRow>('UPDATE files SET received = received WHERE school_id = $1 AND sha256 = $2 RETURNING bytes, received, complete', [
        c.schoolId,
        c.sha256,
      ]);
    let row = (await lock())[0];
    if (row?.complete) return { status: { sha256: c.sha256, bytes: row.bytes, received: row.received, complete: true } };
    if (row && row.bytes !== c.bytes) {
      // The same content always has the same size: an earlier, different declaration was wrong. Start again.
      await tx.query('DELETE FROM file_chunks WHERE school_id = $1 AND sha256 = $2', [c.schoolId, c.sha256]);
      await tx.query('UPDATE files SET bytes = $3, type = $4, received = 0 WHERE school_id = $1 AND sha256 = $2', [
        c.schoolId,
        c.sha256,
        c.bytes,
        c.type,
      ]);
      row = { bytes: c.bytes, received: 0, complete: false };
    }
    if ((row?.received ?? 0) !== c.offset) throw wrongOffset(row?.received ?? 0, c.offset);
    if (!row) {
      await tx.query('INSERT INTO files (school_id, sha256, bytes, type) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING', [
        c.schoolId,
        c.sha256,
        c.bytes,
        c.type,
      ]);
      row = (await lock())[0]!;
      if (row.complete) return { status: { sha256: c.sha256, bytes: row.bytes, received: row.received, complete: true } };
      if (row.received !== c.offset || row.bytes !== c.bytes) throw wrongOffset(row.received, c.offset);
    }
    const received = c.offset + c.data.length;
    if (c.data.length > 0)
      await tx.query('INSERT INTO file_chunks (school_id, sha256, byte_offset, data) VALUES ($1, $2, $3, $4)', [
        c.schoolId,
        c.sha256,
        c.offset,
        c.data,
      ]);
    const complete = received === c.bytes;
    if (complete && sha256Of(await chunksOf(tx, c.schoolId, c.sha256)) !== c.sha256) {
      await tx.query('DELETE FROM files WHERE school_id = $1 AND sha256 = $2', [c.schoolId, c.sha256]); // its chunks go with it
      return { status: { sha256: c.sha256, bytes: null, received: 0, complete: false }, mismatch: true };
    }
    await tx.query('UPDATE files SET received = $3, complete = $4 WHERE school_id = $1 AND sha256 = $2', [
      c.schoolId,
      c.sha256,
      received,
      complete,
    ]);
    return { status: { sha256: c.sha256, bytes: c.bytes, received, complete } };
  });
}

function sha256Of(parts: Uint8Array[]): string {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(p);
  return hash.digest('hex');
}

async function chunksOf(db: Queryable, schoolId: string, sha256: string): Promise<Uint8Array[]> {
  const rows = await db.query<{ data: Uint8Array }>(
    'SELECT data FROM file_chunks WHERE school_id = $1 AND sha256 = $2 ORDER BY byte_offset',
    [schoolId, sha256],
  );
  return rows.map((r) => r.data);
}

/**
 * A complete file's bytes, for a member whose role may see at least one live record referring to it
 * (the same visibility as pull, S12); null otherwise, so a file the caller may not see is answered as
 * if it did not exist.
 */
export async function readFile(
  db: Queryable,
  schoolId: string,
  sha256: string,
  role: Role,
): Promise<{ bytes: Buffer; type: string } | null> {
  const rows = await db.query<{ type: string }>(
    `SELECT f.type FROM files f
      WHERE f.school_id = $1 AND f.sha256 = $2 AND f.complete
        AND EXISTS (SELECT 1 FROM file_refs r WHERE r.school_id = $1 AND r.sha256 = $2
                       AND r.visibility IN (SELECT jsonb_array_elements_text($3::jsonb)))`,
    [schoolId, sha256, JSON.stringify(visibilitiesFor(role))],
  );
  if (!rows[0]) return null;
  return { bytes: Buffer.concat(await chunksOf(db, schoolId, sha256)), type: rows[0].type };
}

/** Of these hashes, the files this school has complete. */
export async function completeFiles(db: Queryable, schoolId: string, hashes: string[]): Promise<Set<string>> {
  if (hashes.length === 0) return new Set();
  const rows = await db.query<{ sha256: string }>(
    'SELECT sha256 FROM files WHERE school_id = $1 AND complete AND sha256 IN (SELECT jsonb_array_elements_text($2::jsonb))',
    [schoolId, JSON.stringify(hashes)],
  );
  return new Set(rows.map((r) => r.sha256));
}

/** Inside the push's transaction: the file references of each changed record, as it now reads (none once deleted). */
export async function saveFileRefs(tx: Queryable, schoolId: string, records: StoredRecord[]): Promise<void> {
  const touched = records.filter((r) => kindsWithFiles.includes(r.kind));
  if (touched.length === 0) return;
  await tx.query(
    `DELETE FROM file_refs f USING jsonb_to_recordset($2::jsonb) AS k(kind text, id uuid)
      WHERE f.school_id = $1 AND f.kind = k.kind AND f.record_id = k.id`,
    [schoolId, JSON.stringify(touched.map((r) => ({ kind: r.kind, id: r.id })))],
  );
  const refs = touched
    .filter((r) => !r.deleted)
    .flatMap((r) => fileRefsOf(r.kind, r.data).map((f) => ({ sha256: f.sha256, kind: r.kind, id: r.id, visibility: r.visibility })));
  if (refs.length === 0) return;
  for (let at = 0; at < refs.length; at += 1000) {
    const batch = refs.slice(at, at + 1000);
    await tx.query(
      `INSERT INTO file_refs (school_id, sha256, kind, record_id, visibility) VALUES ${valuesFor(batch.length, 4, ['', '', '::uuid', ''])}
       ON CONFLICT DO NOTHING`,
      [schoolId, ...batch.flatMap((f) => [f.sha256, f.kind, f.id, f.visibility])],
    );
  }
}
