// Benchmark runner: `npm run bench` runs every measure; `npm run bench -- first-screen lighthouse`
// runs the named ones. A measure that throws prints its error and the rest still run.
// Each run writes bench-results/latest.json and latest.md (test/bench/report.ts; the run before is
// kept as previous.json and shown beside it). To add a bench: import it and list it in `benches`.
// Flags: --strict exits 1 when a figure misses its budget (or a budgeted bench did not measure it). Env: BENCH_BASE_URL (measure a server
// that is already running), BENCH_VERBOSE=1 (per-file and per-audit detail), LIGHTHOUSE_RUNS.
import path from 'node:path';
import firstScreen from './first-screen';
import demoStart from './demo-start';
import lighthouseBench from './lighthouse';
import localWrites from './local-writes';
import largePlan from './large-plan';
import visitBench from './visit';
import attendanceBench from './attendance';
import syncBench from './sync';
import syncVsPouchdb from './sync-vs-pouchdb';
import meetingBench from './meeting';
import exportsBench from './exports';
import streamsBench from './streams';
import planImport from './plan-import';
import { writeReport, type Row } from './report';
import type { Bench } from './shared';

const benches: Bench[] = [
  firstScreen,
  demoStart,
  lighthouseBench,
  localWrites,
  largePlan,
  visitBench,
  attendanceBench,
  meetingBench,
  exportsBench,
  planImport,
  syncBench,
  syncVsPouchdb,
  streamsBench,
];

function printTable(rows: Row[]): void {
  const cells = rows.map(({ bench, figure }) => [
    bench,
    figure.measure,
    `${figure.value}${figure.unit ? ` ${figure.unit}` : ''}`,
    figure.budget ?? '',
    figure.pass === undefined ? '' : figure.pass ? 'ok' : 'OVER',
  ]);
  const header = ['bench', 'measure', 'value', 'budget', 'status'];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((v, i) => (i === 2 ? v.padStart(widths[i]!) : v.padEnd(widths[i]!))).join('  ');
  console.log(`\n${line(header).trimEnd()}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const c of cells) console.log(line(c).trimEnd());
}

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const strict = args.includes('--strict');
  const names = args.filter((a) => !a.startsWith('--'));
  const unknown = names.filter((n) => !benches.some((b) => b.name === n));
  if (unknown.length > 0) {
    console.error(`unknown bench: ${unknown.join(', ')}; available: ${benches.map((b) => b.name).join(', ')}`);
    return 2;
  }
  const selected = names.length > 0 ? benches.filter((b) => names.includes(b.name)) : benches;
  const rows: Row[] = [];
  const failed: string[] = [];
  for (const bench of selected) {
    const t0 = performance.now();
    console.log(`▶ ${bench.name}: ${bench.description}`);
    try {
      for (const figure of await bench.run()) rows.push({ bench: bench.name, figure });
      console.log(`  done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    } catch (error) {
      failed.push(bench.name);
      console.error(`✖ ${bench.name} failed:`, error instanceof Error ? (error.stack ?? error.message) : error);
    }
  }
  printTable(rows);
  const report = writeReport(rows, selected, failed);
  console.log(`\nreport: ${path.relative(process.cwd(), report.path)} (and latest.json)`);
  if (failed.length > 0) console.error(`\nfailed: ${failed.join(', ')}`);
  const over = rows.filter((r) => r.figure.pass === false);
  if (over.length > 0) console.log(`\n${over.length} figure(s) over budget`);
  if (report.unmeasured > 0) console.log(`${report.unmeasured} budget(s) not measured`);
  return failed.length > 0 || (strict && over.length + report.unmeasured > 0) ? 1 : 0;
}

process.exitCode = await main();
