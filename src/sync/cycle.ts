// One round of sync for one board: push the outbox, oldest first, in batches (S1), then pull every
// page from the stored cursor (S5). Throws SyncError; what is stored stays consistent at every step.
import { discardLocalBoard, type OutboxEntry, type StewardDb } from '../data';
import { SyncError, type MutationResult, type PullPage, type SyncApi } from './api';
import { fetchMissingFiles, uploadFilesFor, waitingForFiles } from './files';
import { forgetCursor, markRejected, readPullState, replaceBoard, storePage, unsentChanges } from './local';
import { setNotice } from './session';
import { showSomeBoard } from './boards';

export interface CycleOptions {
  /** Changes per push (the server takes up to 1,000). */
  batchSize: number;
  /** Changes per pulled page (1–1,000). */
  pageSize: number;
  now: () => number;
  /** Told how far a round has gone (the header shows it while syncing). */
  onProgress?: (progress: SyncProgress) => void;
}

/** How far one round has gone: changes sent of those waiting, then changes fetched so far. */
export type SyncProgress = { phase: 'sending'; done: number; total: number } | { phase: 'fetching'; done: number };

export interface PushOutcome {
  applied: number;
  rejected: number;
}

/**
 * Send the changes waiting (not the refused ones, C1), oldest first. An entry is removed only when
 * the server says it was applied; sending one again is safe (S2). Refused entries are kept with the
 * server's reason.
 */
export async function pushAll(store: StewardDb, api: SyncApi, schoolId: string, opts: CycleOptions): Promise<PushOutcome> {
  const outcome: PushOutcome = { applied: 0, rejected: 0 };
  const sentThisRound = new Set<number>();
  const sentAgain = new Set<number>();
  for (;;) {
    const waiting = (await unsentChanges(store, schoolId)).filter((e) => !e.rejected && !sentThisRound.has(e.seq!));
    if (waiting.length === 0) return outcome;
    opts.onProgress?.({ phase: 'sending', done: sentThisRound.size, total: sentThisRound.size + waiting.length });
    const at = new Date(opts.now()).toISOString();
    const held = waiting.slice(0, opts.batchSize);
    // F1: the files these changes refer to go first; a change whose file is gone is held (C1).
    const batch = await uploadFilesFor(store, api, schoolId, held, at);
    outcome.rejected += held.length - batch.length;
    for (const entry of held) sentThisRound.add(entry.seq!);
    if (batch.length === 0) continue;
    const answer = await pushOrSplit(api, schoolId, batch);
    const results = new Map(answer.results.map((r) => [r.mutationId, r]));
    const forFiles = await waitingForFiles(store, answer.results);
    // A later change to a record whose change waits for its files was refused for want of it: it waits too.
    const waitingRecords = new Set(batch.filter((e) => forFiles.has(e.mutationId)).map((e) => `${e.kind}/${e.recordId}`));
    await store.transaction('rw', store.outbox, async () => {
      for (const entry of batch) {
        const result = results.get(entry.mutationId);
        if (!result) continue; // not answered: kept, sent again next time
        if (forFiles.has(entry.mutationId) || (result.status === 'rejected' && waitingRecords.has(`${entry.kind}/${entry.recordId}`))) {
          // F2: the server lacks a file this device has: kept (not "Needs attention"), sent once more now, after its upload.
          if (!sentAgain.has(entry.seq!)) sentThisRound.delete(entry.seq!);
          sentAgain.add(entry.seq!);
          continue;
        }
        if (result.status === 'applied') {
          await store.outbox.delete(entry.seq!);
          outcome.applied += 1;
        } else {
          await markRejected(store, entry.seq!, { reason: result.reason, ...(result.problems ? { problems: result.problems } : {}), at });
          outcome.rejected += 1;
        }
      }
    });
  }
}

/** What a change too large for the server is told (S16): kept for "Needs attention", never sent again by itself. */
export const TOO_LARGE_REASON =
  'This change is too large for the board’s server to take (a push may be at most 8 MB): copy what you wrote, discard the change, then make it again in smaller parts.';

/**
 * Push a batch; when the server says it is too large (413), push each half, and a single change
 * that is too large by itself is answered here as refused (S16, C1), so it waits under "Needs
 * attention" instead of being sent again and again.
 */
async function pushOrSplit(api: SyncApi, schoolId: string, batch: OutboxEntry[]): Promise<{ results: MutationResult[] }> {
  try {
    return await api.push(schoolId, batch);
  } catch (err) {
    if (!(err instanceof SyncError) || err.kind !== 'too-large') throw err;
    if (batch.length === 1) return { results: [{ mutationId: batch[0]!.mutationId, status: 'rejected', reason: TOO_LARGE_REASON }] };
    const half = Math.ceil(batch.length / 2);
    const first = await pushOrSplit(api, schoolId, batch.slice(0, half));
    const second = await pushOrSplit(api, schoolId, batch.slice(half));
    return { results: [...first.results, ...second.results] };
  }
}

/** How many times one round follows a reset before giving up (a server that keeps resetting is broken). */
const MAX_RESETS = 3;

/**
 * Fetch every page since the stored cursor. On `reset` (S14 role changed, S17 restored server) the
 * whole board is pulled again from 0 and then replaces the device's copy at once, keeping unsent
 * changes (C3), and the person is told why.
 */
export async function pullAll(store: StewardDb, api: SyncApi, schoolId: string, opts: CycleOptions): Promise<number> {
  let resets = 0;
  let pulled = 0;
  let again: { pages: PullPage[]; reason?: string } | null = null;
  let { cursor, access } = await readPullState(store, schoolId);
  // The board's first fetch is not history: what others change after it is (who changed what).
  const firstCursor = cursor;
  for (;;) {
    const page = await api.pull(schoolId, cursor, opts.pageSize, access, firstCursor > 0 && !again);
    if (page.reset) {
      resets += 1;
      if (resets > MAX_RESETS) throw new Error('The server keeps asking this device to fetch the board again: try again later.');
      again = { pages: [], reason: page.reason };
      cursor = 0;
      access = undefined;
      continue;
    }
    if (again) again.pages.push(page);
    else await storePage(store, schoolId, page, opts.now(), { history: firstCursor > 0 });
    pulled += page.changes.length;
    opts.onProgress?.({ phase: 'fetching', done: pulled });
    cursor = page.cursor;
    access = page.access;
    if (page.more) continue;
    if (again) {
      await replaceBoard(store, schoolId, again.pages, opts.now());
      if (again.reason) await setNotice(store, again.reason);
    }
    // F1: the photos and documents pulled records refer to. Never holds up the pull: what fails now is fetched at the next sync.
    await fetchMissingFiles(store, api, schoolId).catch(() => undefined);
    return pulled;
  }
}

/** Take the board off this device because its person was removed from it (C3), and say why. */
export async function takeBoardOff(store: StewardDb, schoolId: string, message: string): Promise<void> {
  await discardLocalBoard(schoolId, store);
  await forgetCursor(store, schoolId);
  await setNotice(store, message);
  await showSomeBoard(store);
}
