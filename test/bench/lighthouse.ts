// Bench "lighthouse": Lighthouse 12, default (mobile, simulated throttling) config, median of 3 runs
// against the served app. Bars (design §5): performance ≥ 98, LCP ≤ 1.5 s, a11y 100, best practices 100.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumFlags } from '../e2e/browser';
import { chromiumPath } from '../e2e/paths';
import { median, withApp, type Bench, type Figure } from './shared';

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

/** The numbers we keep from one Lighthouse run. */
interface RunFigures {
  performance: number;
  accessibility: number;
  bestPractices: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

/** One Lighthouse run in a fresh Chromium (fresh profile, so no service worker or cache carries over). */
async function runOnce(url: string, verbose: boolean): Promise<RunFigures> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', ...chromiumFlags],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    if (!result) throw new Error('lighthouse returned no result');
    const { categories, audits, runtimeError, runWarnings } = result.lhr;
    if (runtimeError) throw new Error(`lighthouse: ${runtimeError.code}: ${runtimeError.message}`);
    for (const warning of runWarnings) console.warn(`lighthouse warning: ${warning}`);
    const score = (id: string) => {
      const value = categories[id]?.score;
      if (value === null || value === undefined) throw new Error(`lighthouse gave no ${id} score`);
      return Math.round(value * 100);
    };
    const numeric = (id: string) => {
      const value = audits[id]?.numericValue;
      if (value === undefined) throw new Error(`lighthouse gave no ${id} value`);
      return value;
    };
    const failing = Object.values(audits).filter((a) => a.score === 0 && a.scoreDisplayMode === 'binary');
    if (verbose) for (const a of failing) console.info(`  failing audit: ${a.id} — ${a.title}\n    ${detailOf(a.details)}`);
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      lcpMs: numeric('largest-contentful-paint'),
      tbtMs: numeric('total-blocking-time'),
      cls: numeric('cumulative-layout-shift'),
    };
  } finally {
    chrome.kill();
  }
}

/** A short, one-line summary of an audit's details (its first items), for BENCH_VERBOSE. */
function detailOf(details: unknown): string {
  const items = (details as { items?: unknown[] } | undefined)?.items ?? [];
  return JSON.stringify(items.slice(0, 3)).slice(0, 400);
}

const lighthouseBench: Bench = {
  name: 'lighthouse',
  description: `Lighthouse mobile, median of ${RUNS} runs`,
  async run() {
    const runs = await withApp(async (baseURL) => {
      const out: RunFigures[] = [];
      for (let i = 0; i < RUNS; i++) out.push(await runOnce(`${baseURL}/`, i === 0 && Boolean(process.env.BENCH_VERBOSE)));
      return out;
    });
    const m = (key: keyof RunFigures) => median(runs.map((r) => r[key]));
    const all = (key: keyof RunFigures) => runs.map((r) => r[key]).join(', ');
    const row = (measure: string, key: keyof RunFigures, unit: string, budget: string, pass: (v: number) => boolean): Figure => {
      const value = unit === 'ms' ? Math.round(m(key)) : Math.round(m(key) * 1000) / 1000;
      return { measure: `${measure} [runs: ${all(key)}]`, value, unit, budget, pass: pass(value) };
    };
    return [
      row('Lighthouse performance', 'performance', '', '≥ 98', (v) => v >= 98),
      row('Lighthouse accessibility', 'accessibility', '', '= 100', (v) => v === 100),
      row('Lighthouse best practices', 'bestPractices', '', '= 100', (v) => v === 100),
      { ...row('LCP', 'lcpMs', 'ms', '≤ 1500', (v) => v <= 1500), measure: 'LCP (median)' },
      { ...row('TBT', 'tbtMs', 'ms', '', () => true), measure: 'TBT (median)', budget: undefined, pass: undefined },
      { ...row('CLS', 'cls', '', '', () => true), measure: 'CLS (median)', budget: undefined, pass: undefined },
    ];
  },
};

export default lighthouseBench;
