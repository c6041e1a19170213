// Local writes through commands (validated, record + outbox + history) against a raw Dexie bulkPut
// of the same records, twice: in node on fake-indexeddb, and in headless Chromium on its own
// IndexedDB (what a device runs). Bar (design.md §5, issue 16): importBoard at ≥ 0.7× the speed of
// a raw bulkPut of the same records plus one outbox row each, judged in Chromium (wall time: the
// page cannot read its CPU time); node's CPU-time ratio is kept beside it, as before.
// Runs alternate (raw, command, raw, …) and report medians (test/bench/local-writes-work.ts).
// LOCAL_WRITES_RUNS sets the number of runs (5). Run node with --expose-gc for steadier node figures.
import 'fake-indexeddb/auto';
import { measureLocalWrites, SINGLES, type Measured, type Time } from './local-writes-work';
import { measureInChromium } from './local-writes-browser';
import { judged, type Bench, type Budgets, type Figure } from './shared';

const RUNS = Number(process.env.LOCAL_WRITES_RUNS ?? 5);
const BAR = 0.7;

const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const ratio = (raw: Time, ours: Time) => ({ wall: raw.wall / ours.wall, cpu: raw.cpu / ours.cpu });
const round2 = (n: number) => Number(n.toFixed(2));

/** The bar this bench is held to: commands' speed as a share of the raw writes of the same rows. */
const budgets = {
  writes: { least: BAR, unit: '×', source: 'design.md §5; issue 16 (raw bulkPut of the records plus their outbox rows, in Chromium)' },
} satisfies Budgets;

function figures(m: Measured, where: string, clock: 'wall' | 'cpu', judge: boolean): Figure[] {
  const withOutbox = round2(ratio(m.rawOutbox, m.imported)[clock]);
  const main = { measure: `${where}: importBoard ÷ raw bulkPut of records + outbox rows (${clock})`, value: withOutbox, unit: '×' };
  return [
    { measure: `${where}: raw bulkPut, ${m.records} records`, value: Math.round(m.raw.wall), unit: 'ms' },
    { measure: `${where}: raw bulkPut, ${m.records} records and one outbox row each`, value: Math.round(m.rawOutbox.wall), unit: 'ms' },
    { measure: `${where}: importBoard, ${m.records} records`, value: Math.round(m.imported.wall), unit: 'ms' },
    { measure: `${where}: of which validation (checkBoard)`, value: Math.round(m.validation.wall), unit: 'ms' },
    judge ? judged(main, budgets.writes) : main,
    {
      measure: `${where}: importBoard ÷ raw bulkPut of the records alone (${clock})`,
      value: round2(ratio(m.raw, m.imported)[clock]),
      unit: '×',
    },
    { measure: `${where}: ${SINGLES} createRecord calls`, value: Math.round(m.singles.wall), unit: 'ms' },
    {
      measure: `${where}: createRecord (one transaction each) ÷ one bulkPut of the same records (${clock}; no bar)`,
      value: round2(ratio(m.singlesRaw, m.singles)[clock]),
      unit: '×',
    },
  ];
}

const localWrites: Bench = {
  name: 'local-writes',
  description: 'commands (validate, record + outbox + history) against a raw Dexie bulkPut, in Chromium and on fake-indexeddb',
  budgets,
  async run(): Promise<Figure[]> {
    const chromium = await measureInChromium(RUNS);
    const node = await measureLocalWrites(RUNS, cpuMs);
    return [...figures(chromium, 'Chromium', 'wall', true), ...figures(node, 'node', 'cpu', false)];
  },
};
export default localWrites;
