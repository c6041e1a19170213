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

/** A benchmark: a short name for the CLI and a function that returns its figures. */
export interface Bench {
  name: string;
  description: string;
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
