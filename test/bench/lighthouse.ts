// Bench "lighthouse": Lighthouse 12, default (mobile, simulated throttling) config, median of 3 runs
// against the served app, for both first screens: Welcome on an empty device, and Today on a device
// with the demo board. Bars (design §5, issue 16): performance ≥ 98, LCP ≤ 1.5 s, a11y 100, best
// practices 100.
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
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

/** The two first screens: an empty device, and a device that holds the demo board. */
type Device = 'empty' | 'demo board';

/**
 * Loads the demo board in the browser on `port`, then leaves only the board: the service worker,
 * its caches and the HTTP cache go, so the app's files come over the (throttled) network as on a
 * first load, while IndexedDB and localStorage keep what the device knows.
 */
async function loadDemoBoard(port: number, url: string): Promise<void> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const context = browser.contexts()[0]!;
    const page = await context.newPage();
    await page.goto(url);
    await page.getByRole('button', { name: 'Load the demo board' }).click({ timeout: 30_000 });
    await page.locator('h1', { hasText: 'Today' }).waitFor({ timeout: 30_000 });
    await page.evaluate(async () => {
      for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
      for (const name of await caches.keys()) await caches.delete(name);
    });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    await page.close();
  } finally {
    // Disconnects only: the browser is chrome-launcher's, and Lighthouse runs in it next.
    await browser.close();
  }
}

/** One Lighthouse run in a fresh Chromium (fresh profile, so nothing carries over but the demo board, if asked for). */
async function runOnce(url: string, device: Device, verbose: boolean): Promise<RunFigures> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', ...chromiumFlags],
    logLevel: 'silent',
  });
  try {
    if (device === 'demo board') await loadDemoBoard(chrome.port, url);
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
      // Lighthouse clears the origin's storage before loading; the board must stay for the second screen.
      disableStorageReset: device === 'demo board',
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
    if (verbose) {
      const lcpElement = detailOf(audits['largest-contentful-paint-element']?.details);
      console.info(`  ${device}: LCP element ${lcpElement}`);
      for (const a of failing) console.info(`  failing audit: ${a.id} — ${a.title}\n    ${detailOf(a.details)}`);
      // What Total Blocking Time counts: each main-thread task over 50 ms at the simulated phone's speed.
      const longTasks = (audits['long-tasks']?.details as { items?: { url: string; duration: number; startTime: number }[] } | undefined)
        ?.items;
      for (const t of longTasks ?? [])
        console.info(`  long task: ${Math.round(t.duration)} ms at ${Math.round(t.startTime)} ms, ${t.url.replace(/^.*\//, '')}`);
    }
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

/**
 * One run, taken again (at most twice) when Lighthouse itself says its trace went wrong and asks to be
 * run again (NO_NAVSTART, seen about one run in ten with Chromium 156); any other failure stops the bench.
 */
async function runAgainIfAsked(url: string, device: Device, verbose: boolean): Promise<RunFigures> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await runOnce(url, device, verbose);
    } catch (e) {
      if (attempt > 2 || !String(e).includes('NO_NAVSTART')) throw e;
      console.warn(`  ${device}: Lighthouse's trace had no navigation start; running it again`);
    }
  }
}

/** A short, one-line summary of an audit's details (its first items), for BENCH_VERBOSE. */
function detailOf(details: unknown): string {
  const items = (details as { items?: unknown[] } | undefined)?.items ?? [];
  return JSON.stringify(items.slice(0, 3)).slice(0, 400);
}

/** The figure rows of one first screen's runs. */
function figuresOf(device: Device, runs: RunFigures[]): Figure[] {
  const screen = device === 'empty' ? 'Welcome, empty device' : 'Today, demo board';
  const m = (key: keyof RunFigures) => median(runs.map((r) => r[key]));
  const all = (key: keyof RunFigures) => runs.map((r) => (key === 'cls' ? r[key] : Math.round(r[key]))).join(', ');
  const row = (measure: string, key: keyof RunFigures, unit: string, budget: string, pass: (v: number) => boolean): Figure => {
    const value = unit === 'ms' ? Math.round(m(key)) : Math.round(m(key) * 1000) / 1000;
    return { measure: `${screen}: ${measure} [runs: ${all(key)}]`, value, unit, budget, pass: pass(value) };
  };
  const plain = (figure: Figure): Figure => ({ ...figure, budget: undefined, pass: undefined });
  return [
    row('Lighthouse performance', 'performance', '', '≥ 98', (v) => v >= 98),
    row('Lighthouse accessibility', 'accessibility', '', '= 100', (v) => v === 100),
    row('Lighthouse best practices', 'bestPractices', '', '= 100', (v) => v === 100),
    row('LCP (median)', 'lcpMs', 'ms', '≤ 1500', (v) => v <= 1500),
    plain(row('TBT (median)', 'tbtMs', 'ms', '', () => true)),
    plain(row('CLS (median)', 'cls', '', '', () => true)),
  ];
}

const lighthouseBench: Bench = {
  name: 'lighthouse',
  description: `Lighthouse mobile, median of ${RUNS} runs, on an empty device and on one with the demo board`,
  async run() {
    return withApp(async (baseURL) => {
      const figures: Figure[] = [];
      for (const device of ['empty', 'demo board'] as const) {
        const runs: RunFigures[] = [];
        for (let i = 0; i < RUNS; i++)
          runs.push(await runAgainIfAsked(`${baseURL}/`, device, i === 0 && Boolean(process.env.BENCH_VERBOSE)));
        figures.push(...figuresOf(device, runs));
      }
      return figures;
    });
  },
};

export default lighthouseBench;
