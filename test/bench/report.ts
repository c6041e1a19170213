// The run's report: bench-results/latest.json (every figure, its budget and whether it was met) and
// bench-results/latest.md (the same as a short table), written by test/bench/run.ts after each run.
// The report before it is kept as previous.json, and the table shows the previous figure beside
// each new one, so two runs can be compared. bench-results/ is not committed (.gitignore).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../e2e/paths';
import { budgetText, type Budgets, type Figure } from './shared';

export interface Row {
  bench: string;
  figure: Figure;
}

interface Report {
  at: string;
  commit: string;
  node: string;
  /** The 1, 5 and 15 minute load averages when the run ended (two cores: above 2, work was waiting). */
  loadAverage: number[];
  benches: string[];
  failed: string[];
  figures: { bench: string; measure: string; value: number; unit: string; budget?: string; met?: boolean }[];
  /** Budgets of the benches run that no figure was judged against (e.g. the bench failed). */
  unmeasured: { bench: string; budget: string; source: string }[];
}

export const resultsDir = join(repoRoot, 'bench-results');

function commitOf(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

const status = (met?: boolean) => (met === undefined ? '' : met ? 'met' : 'missed');
const cell = (s: string) => s.replace(/\|/g, '\\|');

function markdown(report: Report, previous: Report | null): string {
  const before = new Map(previous?.figures.map((f) => [`${f.bench}\u0000${f.measure}`, f]) ?? []);
  const lines = [
    `# Bench results ${report.at} (${report.commit || 'no commit'})`,
    '',
    `Load average (1, 5, 15 min): ${report.loadAverage.join(', ')}. Node ${report.node}.` +
      (previous ? ` Previous run: ${previous.at} (${previous.commit}), load ${previous.loadAverage.join(', ')}.` : ''),
    '',
    '| bench | figure | value | previous | budget | status |',
    '| --- | --- | --: | --: | --- | --- |',
  ];
  for (const f of report.figures) {
    const p = before.get(`${f.bench}\u0000${f.measure}`);
    const value = (v: number) => `${v}${f.unit ? ` ${f.unit}` : ''}`;
    lines.push(
      `| ${f.bench} | ${cell(f.measure)} | ${cell(value(f.value))} | ${p ? cell(value(p.value)) : ''} | ${f.budget ?? ''} | ${status(f.met)} |`,
    );
  }
  for (const u of report.unmeasured) lines.push(`| ${u.bench} | (not measured) | | | ${u.budget} | missed |`);
  if (report.failed.length > 0) lines.push('', `Failed: ${report.failed.join(', ')}.`);
  return `${lines.join('\n')}\n`;
}

/**
 * Write latest.json and latest.md (moving the last latest.json to previous.json); returns the .md
 * path and how many budgets went unmeasured.
 */
export function writeReport(
  rows: Row[],
  ran: { name: string; budgets?: Budgets }[],
  failed: string[],
): { path: string; unmeasured: number } {
  mkdirSync(resultsDir, { recursive: true });
  const latest = join(resultsDir, 'latest.json');
  const previousPath = join(resultsDir, 'previous.json');
  if (existsSync(latest)) renameSync(latest, previousPath);
  const previous = existsSync(previousPath) ? (JSON.parse(readFileSync(previousPath, 'utf8')) as Report) : null;
  const judged = new Set(rows.filter((r) => r.figure.budget).map((r) => `${r.bench}\u0000${r.figure.budget}`));
  const report: Report = {
    at: new Date().toISOString(),
    commit: commitOf(),
    node: process.version,
    loadAverage: loadavg().map((n) => Number(n.toFixed(2))),
    benches: ran.map((b) => b.name),
    failed,
    figures: rows.map(({ bench, figure: f }) => ({
      bench,
      measure: f.measure,
      value: f.value,
      unit: f.unit,
      ...(f.budget ? { budget: f.budget } : {}),
      ...(f.pass === undefined ? {} : { met: f.pass }),
    })),
    unmeasured: ran.flatMap((b) =>
      Object.values(b.budgets ?? {})
        .filter((budget) => !judged.has(`${b.name}\u0000${budgetText(budget)}`))
        .map((budget) => ({ bench: b.name, budget: budgetText(budget), source: budget.source })),
    ),
  };
  writeFileSync(latest, `${JSON.stringify(report, null, 2)}\n`);
  const md = join(resultsDir, 'latest.md');
  writeFileSync(md, markdown(report, previous));
  return { path: md, unmeasured: report.unmeasured.length };
}
