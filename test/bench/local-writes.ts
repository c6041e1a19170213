// Local writes through commands (validated, record + outbox) against a raw Dexie bulkPut of the
// same records, in node on fake-indexeddb. Bar (design.md §5, issue 16): importBoard at ≥ 0.7× the
// speed of a raw bulkPut of the same records plus one outbox row each.
// Runs alternate (raw, command, raw, …) and report medians, of wall time and of this process's
// CPU time (steadier when the machine is busy). LOCAL_WRITES_RUNS sets the number of runs (5).
// Run node with --expose-gc for steadier figures: the heap is then cleared before each run.
import 'fake-indexeddb/auto';
import { v7 } from 'uuid';
import { checkBoard, createRecord, importBoard, newId, openDb, type StewardDb } from '../../src/data';
import type { RecordKind } from '../../src/domain';
import { boardSize, buildLargeBoard, type LargeBoard } from './large-board';
import { judged, median, type Bench, type Budgets, type Figure } from './shared';

const RUNS = Number(process.env.LOCAL_WRITES_RUNS ?? 5);
const SINGLES = 1000;
const BAR = 0.7;

interface Time {
  wall: number;
  cpu: number;
}
type Work = (store: StewardDb) => Promise<unknown>;

async function timed(work: Work): Promise<Time> {
  const store = openDb(`bench-${v7()}`);
  await store.open();
  (globalThis as { gc?: () => void }).gc?.();
  try {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    await work(store);
    const wall = performance.now() - t0;
    const cpu = process.cpuUsage(cpu0);
    return { wall, cpu: (cpu.user + cpu.system) / 1000 };
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

/** Median times of each piece of work, run in turn `RUNS` times after one warm-up round. */
async function alternate<T extends Work[]>(works: [...T]): Promise<{ [I in keyof T]: Time }> {
  for (const work of works) await timed(work);
  const times: Time[][] = works.map(() => []);
  for (let run = 0; run < RUNS; run++) for (const [i, work] of works.entries()) times[i]!.push(await timed(work));
  return times.map((list) => ({ wall: median(list.map((t) => t.wall)), cpu: median(list.map((t) => t.cpu)) })) as { [I in keyof T]: Time };
}

function validationMs(board: LargeBoard): number {
  const times: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now();
    checkBoard(board);
    times.push(performance.now() - t0);
  }
  return median(times);
}

interface Measured {
  records: number;
  raw: Time;
  rawOutbox: Time;
  imported: Time;
  validation: number;
  singlesRaw: Time;
  singles: Time;
}

async function measure(): Promise<Measured> {
  const board = buildLargeBoard();
  const [raw, rawOutbox, imported] = await alternate([rawBulkPut(board), rawWithOutbox(board), (store) => importBoard(board, store)]);
  // 1,000 evidence notes: one createRecord (its own transaction) each, against one bulkPut of them.
  const notes = board.evidence!.slice(0, SINGLES);
  const [singlesRaw, singles] = await alternate([
    rawBulkPut({ evidence: notes }),
    async (store) => {
      const schoolId = newId();
      for (const n of notes) {
        const { kind, title, text, recordedBy, recordedAt, supports } = n;
        await createRecord('evidence', schoolId, { kind, title, text, recordedBy, recordedAt, supports }, store);
      }
    },
  ]);
  return { records: boardSize(board), raw, rawOutbox, imported, validation: validationMs(board), singlesRaw, singles };
}

const ratio = (raw: Time, ours: Time) => ({ wall: raw.wall / ours.wall, cpu: raw.cpu / ours.cpu });

/** The bar this bench is held to: commands' speed as a share of the raw writes of the same rows. */
const budgets = {
  writes: { least: BAR, unit: '×', source: 'design.md §5; issue 16 (raw bulkPut of the records plus their outbox rows)' },
} satisfies Budgets;

const localWrites: Bench = {
  name: 'local-writes',
  description: 'commands (validate, record + outbox) against a raw Dexie bulkPut, on fake-indexeddb',
  budgets,
  async run(): Promise<Figure[]> {
    const m = await measure();
    const withOutbox = ratio(m.rawOutbox, m.imported);
    return [
      { measure: `raw bulkPut, ${m.records} records`, value: Math.round(m.raw.wall), unit: 'ms' },
      { measure: `raw bulkPut, ${m.records} records and one outbox row each`, value: Math.round(m.rawOutbox.wall), unit: 'ms' },
      { measure: `importBoard, ${m.records} records`, value: Math.round(m.imported.wall), unit: 'ms' },
      { measure: 'of which validation (checkBoard)', value: Math.round(m.validation), unit: 'ms' },
      judged(
        { measure: 'importBoard ÷ raw bulkPut of records + outbox rows (cpu)', value: Number(withOutbox.cpu.toFixed(2)), unit: '×' },
        budgets.writes,
      ),
      { measure: 'importBoard ÷ raw bulkPut of records + outbox rows (wall)', value: Number(withOutbox.wall.toFixed(2)), unit: '×' },
      {
        measure: 'importBoard ÷ raw bulkPut of the records alone (cpu)',
        value: Number(ratio(m.raw, m.imported).cpu.toFixed(2)),
        unit: '×',
      },
      { measure: `${SINGLES} createRecord calls`, value: Math.round(m.singles.wall), unit: 'ms' },
      {
        measure: 'createRecord (one transaction each) ÷ one bulkPut of the same records (cpu; no bar)',
        value: Number(ratio(m.singlesRaw, m.singles).cpu.toFixed(2)),
        unit: '×',
      },
    ];
  },
};
export default localWrites;
