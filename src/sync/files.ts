// Photos and documents travel with sync (F1, F2 in docs/sync-protocol.md). Before a batch is pushed,
// every file its changes refer to that the server lacks is uploaded in chunks, resuming from the
// bytes the server already has. After a pull, files that pulled records refer to and this device
// lacks are fetched; a failure there never stops the pull, and is tried again at the next sync.
import { describeFile, fileRefsOf, kindsWithFiles, sha256Hex, type FileRef } from '../domain';
import type { OutboxEntry, StewardDb } from '../data';
import { SyncError, type MutationResult, type SyncApi } from './api';
import { markRejected } from './local';

/** Bytes per upload request (the server takes up to 1 MB). */
export const CHUNK_BYTES = 1024 * 1024;

const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i;
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const path = (sha256: string) => `/api/sync/files/${sha256}`;

export const askFileStatus = (api: SyncApi, schoolId: string, sha256: string) => api.fileStatus(path(sha256), { schoolId });

/**
 * Upload one file, starting where the server's copy ends: an upload cut off half-way continues from
 * the bytes received, it does not start again. A chunk answered 409 (another device moved the offset
 * meanwhile) asks again where to go on from. Throws SyncError.
 */
export async function uploadFile(api: SyncApi, schoolId: string, ref: FileRef, blob: Blob, chunkBytes = CHUNK_BYTES): Promise<void> {
  const type = MEDIA_TYPE.test(ref.type) && ref.type.length <= 100 ? ref.type : 'application/octet-stream';
  let status = await askFileStatus(api, schoolId, ref.sha256);
  for (let tries = 0; !status.complete; tries++) {
    if (tries > Math.ceil(blob.size / chunkBytes) + 3)
      throw new SyncError('server', `The server did not take ${describeFile(ref)}: the app will try again shortly.`);
    const at = status.bytes === blob.size ? status.received : 0;
    const bytes = new Uint8Array(await blob.slice(at, at + chunkBytes).arrayBuffer());
    const query = { schoolId, offset: String(at), bytes: String(blob.size), type };
    try {
      status = await api.sendChunk(path(ref.sha256), query, bytes);
    } catch (err) {
      if (!(err instanceof SyncError) || err.status !== 409) throw err;
      status = await askFileStatus(api, schoolId, ref.sha256);
    }
  }
}

/** Upload a file a change refers to; null when the server has it now, else why the change cannot be sent. */
async function sendFile(store: StewardDb, api: SyncApi, schoolId: string, ref: FileRef): Promise<string | null> {
  const stored = await store.files.get(ref.sha256);
  if (!stored) {
    if ((await askFileStatus(api, schoolId, ref.sha256)).complete) return null;
    return `${capital(describeFile(ref))} is no longer on this device and has not reached the server, so this change cannot be shared. Discard it, then add the file again.`;
  }
  try {
    await uploadFile(api, schoolId, ref, stored.blob);
    return null;
  } catch (err) {
    // Too big (413) or damaged on this device (422: its bytes no longer match): sending again will not help.
    if (err instanceof SyncError && (err.status === 413 || err.status === 422))
      return `${capital(describeFile(ref))} could not be shared: ${err.message}`;
    throw err;
  }
}

/**
 * Before a batch is pushed: upload the files its changes refer to. A change whose file cannot be
 * sent (gone from this device, too big, damaged) is kept with the reason, for "Needs attention"
 * (C1), and left out of the batch. Returns the changes to push.
 */
export async function uploadFilesFor(
  store: StewardDb,
  api: SyncApi,
  schoolId: string,
  batch: OutboxEntry[],
  at: string,
): Promise<OutboxEntry[]> {
  const answers = new Map<string, string | null>();
  const held = new Map<number, string>();
  for (const entry of batch) {
    for (const ref of fileRefsOf(entry.kind, entry.fields)) {
      if (!answers.has(ref.sha256)) answers.set(ref.sha256, await sendFile(store, api, schoolId, ref));
      const problem = answers.get(ref.sha256);
      if (problem && !held.has(entry.seq!)) held.set(entry.seq!, problem);
    }
  }
  for (const [seq, reason] of held) await markRejected(store, seq, { reason, at });
  return batch.filter((e) => !held.has(e.seq!));
}

/**
 * F2: answers `file-missing` for files this device still has. Not for "Needs attention": the files
 * are uploaded and the change sent again.
 */
export async function waitingForFiles(store: StewardDb, results: MutationResult[]): Promise<Set<string>> {
  const waiting = new Set<string>();
  for (const r of results) {
    if (r.status !== 'rejected' || r.code !== 'file-missing') continue;
    const here = await store.files.bulkGet(r.files ?? []);
    if (here.every((f) => f !== undefined)) waiting.add(r.mutationId);
  }
  return waiting;
}

/** The files the board's records on this device refer to and this device does not have. */
export async function filesToFetch(store: StewardDb, schoolId: string): Promise<FileRef[]> {
  const refs = new Map<string, FileRef>();
  for (const kind of kindsWithFiles) {
    const rows = (await store.records(kind).where('schoolId').equals(schoolId).toArray()) as unknown as Record<string, unknown>[];
    for (const row of rows) if (row.deleted !== true) for (const ref of fileRefsOf(kind, row)) refs.set(ref.sha256, ref);
  }
  const here = await store.files.bulkGet([...refs.keys()]);
  return [...refs.values()].filter((_, i) => here[i] === undefined);
}

/**
 * After a pull: fetch the files pulled records refer to that are not on this device, checking each
 * hashes to its name before it is kept. One that is not there yet (404: not uploaded yet) is skipped;
 * a lost connection stops the round. Either way the next sync tries again. Returns how many arrived.
 */
export async function fetchMissingFiles(store: StewardDb, api: SyncApi, schoolId: string): Promise<number> {
  let fetched = 0;
  for (const ref of await filesToFetch(store, schoolId)) {
    let bytes: ArrayBuffer;
    try {
      bytes = await (await api.send('GET', path(ref.sha256), { query: { schoolId } })).arrayBuffer();
    } catch (err) {
      if (err instanceof SyncError && err.status === 404) continue;
      throw err;
    }
    if ((await sha256Hex(bytes)) !== ref.sha256) continue;
    const type = ref.type || 'application/octet-stream';
    await store.files.put({
      sha256: ref.sha256,
      blob: new Blob([bytes], { type }),
      type,
      bytes: bytes.byteLength,
      createdAt: new Date().toISOString(),
    });
    fetched += 1;
  }
  return fetched;
}
