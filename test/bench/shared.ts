// Shared plumbing for benchmarks: the figure row type, building dist/ on demand and serving the app.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, repoRoot, startAppServer } from '../e2e/paths';

/** One line of the figure table. `budget` and `pass` are left out when a figure has no bar. */
export interface Figure {
  measure: string;
  value: number;
  unit: string;
  budget?: string;
  pass?: boolean;
}

/** A bar a figure must clear, as data: at most or at least `value` (in `unit`), and where it comes from. */
export interface Budget {
  most?: number;
  least?: number;
  unit: string;
  /** Where the bar is set, e.g. 'design.md §5' or 'issue 16'. */
  source: string;
}

/** A bench's budgets by a short key (the figures that use one name it with `judged`). */
export type Budgets = Record<string, Budget>;

/** The budget as the table shows it, e.g. '≤ 3000 ms' or '≥ 0.7×'. */
export function budgetText(budget: Budget): string {
  const sep = budget.unit === '×' || budget.unit === '' ? '' : ' ';
  const bar = (sign: string, n: number) => `${sign} ${n}${sep}${budget.unit}`;
  return [budget.least !== undefined && bar('≥', budget.least), budget.most !== undefined && bar('≤', budget.most)]
    .filter(Boolean)
    .join(', ');
}

/** Does a value meet a budget? */
export const meets = (value: number, budget: Budget): boolean =>
  (budget.least === undefined || value >= budget.least) && (budget.most === undefined || value <= budget.most);

/** A figure held to a budget: its budget text and whether it was met, filled in from the budget. */
export function judged(figure: Omit<Figure, 'budget' | 'pass'>, budget: Budget): Figure {
  return { ...figure, budget: budgetText(budget), pass: meets(figure.value, budget) };
}

/** A benchmark: a short name for the CLI, its budgets (as data) and a function that returns its figures. */
export interface Bench {
  name: string;
  description: string;
  budgets?: Budgets;
  run: () => Promise<Figure[]>;
}

/** Runs `npm run build` unless dist/index.html already exists. */
export function ensureBuilt(): void {
  if (existsSync(join(distDir, 'index.html'))) return;
  console.info('bench: dist/ is missing, running npm run build ...');
  execFileSync('npm', ['run', 'build'], { cwd: repoRoot, stdio: 'inherit' });
}

/** Calls fn with the app's base URL: BENCH_BASE_URL if set, else the real server on a free port. */
export async function withApp<T>(fn: (baseURL: string) => Promise<T>): Promise<T> {
  const external = process.env.BENCH_BASE_URL;
  if (external) return fn(external.replace(/\/+$/, ''));
  ensureBuilt();
  const server = await startAppServer();
  try {
    return await fn(server.url);
  } finally {
    await server.close();
  }
}

/** Median of a non-empty list of numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
