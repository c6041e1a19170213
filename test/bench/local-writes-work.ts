// The work the local-writes bench times, with no Node imports, so the same code runs in Node (on
// fake-indexeddb) and in Chromium's own IndexedDB (bundled by local-writes-browser.ts).
import { v7 } from 'uuid';
import { checkBoard, createRecord, importBoard, newId, openDb, type StewardDb } from '../../src/data';
import type { RecordKind } from '../../src/domain';
import { boardSize, buildLargeBoard, type LargeBoard } from './large-board';

export const SINGLES = 1000;

export interface Time {
  wall: number;
  /** This process's CPU time (Node only; 0 in the browser). */
  cpu: number;
}
type Work = (store: StewardDb) => Promise<unknown>;

/** The times of each piece of work, by name (medians of the runs). */
export interface Measured {
  records: number;
  raw: Time;
  rawOutbox: Time;
  imported: Time;
  validation: Time;
  singlesRaw: Time;
  singles: Time;
}

/** Reads the CPU time used so far, in ms, where the platform can say (Node); else 0. */
export type CpuClock = () => number;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function timed(work: Work, cpuMs: CpuClock): Promise<Time> {
  const store = openDb(`bench-${v7()}`);
  await store.open();
  (globalThis as { gc?: () => void }).gc?.();
  try {
    const cpu0 = cpuMs();
    const t0 = performance.now();
    await work(store);
    return { wall: performance.now() - t0, cpu: cpuMs() - cpu0 };
  } finally {
    await store.delete();
  }
}

/** The baseline: each list bulkPut into its table, in one transaction, and nothing else. */
const rawBulkPut =
  (board: LargeBoard): Work =>
  (store) => {
    const kinds = Object.keys(board) as RecordKind[];
    return store.transaction(
      'rw',
      kinds.map((k) => store.table(k)),
      async () => {
        for (const kind of kinds) await store.table(kind).bulkPut(board[kind]!);
      },
    );
  };

/** A reference: the same records and one outbox row each, written raw (no checks, no clock). */
function rawWithOutbox(board: LargeBoard): Work {
  const at = new Date().toISOString();
  const kinds = Object.keys(board) as RecordKind[];
  const rows = kinds.flatMap((kind) =>
    board[kind]!.map((r, i) => ({
      mutationId: v7(),
      schoolId: r.schoolId,
      kind,
      recordId: r.id,
      op: 'create' as const,
      fields: r,
      hlc: String(i),
      createdAt: at,
    })),
  );
  return (store) =>
    store.transaction('rw', [...kinds.map((k) => store.table(k)), store.outbox], async () => {
      // In the same 2,000-row parts as importBoard, so only the checks and the clock differ.
      for (const kind of kinds)
        for (let i = 0; i < board[kind]!.length; i += 2000) await store.table(kind).bulkPut(board[kind]!.slice(i, i + 2000));
      for (let i = 0; i < rows.length; i += 2000) await store.outbox.bulkAdd(rows.slice(i, i + 2000));
    });
}

/** Median times of each piece of work, run in turn `runs` times after one warm-up round. */
async function alternate<T extends Work[]>(works: [...T], runs: number, cpuMs: CpuClock): Promise<{ [I in keyof T]: Time }> {
  for (const work of works) await timed(work, cpuMs);
  const times: Time[][] = works.map(() => []);
  for (let run = 0; run < runs; run++) for (const [i, work] of works.entries()) times[i]!.push(await timed(work, cpuMs));
  return times.map(medianTime) as { [I in keyof T]: Time };
}

const medianTime = (list: Time[]): Time => ({ wall: median(list.map((t) => t.wall)), cpu: median(list.map((t) => t.cpu)) });

/**
 * Every figure of the bench: importBoard and the raw writes alternating, then 1,000 createRecord
 * calls (one transaction each) against one bulkPut of the same notes; last, the checks alone (checkBoard).
 */
export async function measureLocalWrites(runs: number, cpuMs: CpuClock = () => 0): Promise<Measured> {
  const board = buildLargeBoard();
  const [raw, rawOutbox, imported] = await alternate(
    [rawBulkPut(board), rawWithOutbox(board), (store) => importBoard(board, store)],
    runs,
    cpuMs,
  );
  const notes = board.evidence!.slice(0, SINGLES);
  const [singlesRaw, singles] = await alternate(
    [
      rawBulkPut({ evidence: notes }),
      async (store) => {
        const schoolId = newId();
        for (const n of notes) {
          const { kind, title, text, recordedBy, recordedAt, supports } = n;
          await createRecord('evidence', schoolId, { kind, title, text, recordedBy, recordedAt, supports }, store);
        }
      },
    ],
    runs,
    cpuMs,
  );
  const checks: Time[] = [];
  for (let run = 0; run < runs; run++) {
    const cpu0 = cpuMs();
    const t0 = performance.now();
    checkBoard(board);
    checks.push({ wall: performance.now() - t0, cpu: cpuMs() - cpu0 });
  }
  return { records: boardSize(board), raw, rawOutbox, imported, validation: medianTime(checks), singlesRaw, singles };
}
