// Bench "first-screen": gzipped JavaScript the first screen needs (budget 250 KB, design §5), for
// both first screens: Welcome on an empty device, and Today once a board is on the device.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { launchBrowser, phoneContext } from '../e2e/browser';
import { distDir } from '../e2e/paths';
import { ensureBuilt, withApp, type Bench, type Figure } from './shared';

const BUDGET_KB = 250;

/** Gzip (level 9) size in bytes. */
export function gzipSize(data: Buffer | string): number {
  return gzipSync(data, { level: 9 }).length;
}

/** The service worker and its Workbox runtime are not first-screen JavaScript. */
function isServiceWorkerScript(path: string): boolean {
  const file = path.split('/').pop() ?? '';
  return file === 'sw.js' || file.startsWith('workbox-');
}

/** Attribute value from one HTML tag, or undefined. */
function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
}

/** Entry <script type=module src> plus <link rel=modulepreload href> in index.html, gzipped. */
export function staticEntrySize(dir = distDir): { bytes: number; files: string[] } {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const urls = new Set<string>();
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    const src = attr(tag, 'src');
    if (src && attr(tag, 'type') === 'module') urls.add(src);
  }
  for (const tag of html.match(/<link\b[^>]*>/gi) ?? []) {
    const href = attr(tag, 'href');
    if (href && attr(tag, 'rel')?.split(/\s+/).includes('modulepreload')) urls.add(href);
  }
  const files = [...urls].map((u) => new URL(u, 'http://app/').pathname).filter((p) => !isServiceWorkerScript(p));
  const bytes = files.reduce((sum, p) => sum + gzipSize(readFileSync(join(dir, decodeURIComponent(p)))), 0);
  return { bytes, files };
}

/** JavaScript files a page fetched (service worker excluded), by path, with their gzipped size. */
function collectScripts(page: Page): { files: Map<string, number>; settled: () => Promise<unknown> } {
  const files = new Map<string, number>();
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    const type = response.headers()['content-type'] ?? '';
    if (!(path.endsWith('.js') || path.endsWith('.mjs') || type.includes('javascript'))) return;
    if (isServiceWorkerScript(path) || response.status() !== 200) return;
    // A response the page navigated away from (what it was fetching while idle, before a reload) has no body to read: not counted.
    pending.push(
      response.body().then(
        (body) => void files.set(path, gzipSize(body)),
        () => undefined,
      ),
    );
  });
  return { files, settled: () => Promise.all(pending) };
}

/** What one screen loaded: gzipped bytes in all and per file. */
export interface ScreenScripts {
  bytes: number;
  files: Map<string, number>;
}

const total = (files: Map<string, number>): ScreenScripts => ({ bytes: [...files.values()].reduce((a, b) => a + b, 0), files });

/** Loads the page until the network is idle, then waits a little for lazy imports the first render starts. */
async function settle(page: Page, load: () => Promise<unknown>, seen: ReturnType<typeof collectScripts>): Promise<ScreenScripts> {
  await seen.settled();
  seen.files.clear();
  await load();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  await seen.settled();
  const later = new Set(await fetchedWhileIdle(page));
  return total(new Map([...seen.files].filter(([path]) => !later.has(path))));
}

/**
 * Paths of the scripts the app began fetching once it had drawn its first screen and was idle (the
 * other screens, src/app/routes.ts preloadScreens, which marks 'steward:preload-screens' as it starts).
 */
async function fetchedWhileIdle(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const mark = performance.getEntriesByName('steward:preload-screens')[0];
    if (!mark) return [];
    return performance
      .getEntriesByType('resource')
      .filter((e) => e.startTime >= mark.startTime)
      .map((e) => new URL(e.name).pathname);
  });
}

/** Gzipped JavaScript the app fetched while idle after the first screen (not first-screen JavaScript). */
async function idleScripts(page: Page, seen: ReturnType<typeof collectScripts>): Promise<ScreenScripts> {
  await page.waitForFunction(() => performance.getEntriesByName('steward:preload-screens').length > 0, undefined, { timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1000);
  await seen.settled();
  const later = new Set(await fetchedWhileIdle(page));
  return total(new Map([...seen.files].filter(([path]) => later.has(path))));
}

/**
 * The two first screens on a fresh phone: Welcome (empty device: every .js the page fetches until
 * the network is idle), then Today for someone with a board (after "Load the demo board", the page
 * is opened again: every .js it fetches then, from the service worker's cache or the network).
 */
export async function loadedByFirstScreens(
  baseURL: string,
): Promise<{ welcome: ScreenScripts; today: ScreenScripts; idle: ScreenScripts }> {
  const browser = await launchBrowser();
  try {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    const seen = collectScripts(page);
    const welcome = await settle(page, () => page.goto(`${baseURL}/`, { waitUntil: 'networkidle' }), seen);
    await page.getByRole('heading', { name: 'Welcome to Steward' }).waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Load the demo board' }).click();
    await page.locator('h1', { hasText: 'Today' }).waitFor({ timeout: 30_000 });
    const today = await settle(page, () => page.reload({ waitUntil: 'networkidle' }), seen);
    await page.locator('h1', { hasText: 'Today' }).waitFor({ timeout: 15_000 });
    const idle = await idleScripts(page, seen);
    return { welcome, today, idle };
  } finally {
    await browser.close();
  }
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

const firstScreen: Bench = {
  name: 'first-screen',
  description: 'gzipped JavaScript the first screens load (Welcome; Today with a board)',
  async run() {
    const figures: Figure[] = [];
    if (!process.env.BENCH_BASE_URL) {
      ensureBuilt();
      const entry = staticEntrySize();
      const value = kb(entry.bytes);
      figures.push({ measure: 'JS gzip: entry + modulepreload', value, unit: 'KB', budget: `≤ ${BUDGET_KB}`, pass: value <= BUDGET_KB });
    }
    const screens = await withApp(loadedByFirstScreens);
    for (const [name, screen] of [
      ['Welcome, empty device', screens.welcome],
      ['Today, demo board', screens.today],
      ['other screens, fetched while idle after Today', screens.idle],
    ] as const) {
      const value = kb(screen.bytes);
      figures.push({
        measure: `JS gzip: ${name} (${screen.files.size} files)`,
        value,
        unit: 'KB',
        ...(screen === screens.idle ? {} : { budget: `≤ ${BUDGET_KB}`, pass: value <= BUDGET_KB }),
      });
      if (process.env.BENCH_VERBOSE) {
        console.info(`  ${name}:`);
        for (const [path, bytes] of [...screen.files].sort((a, b) => b[1] - a[1]))
          console.info(`  ${kb(bytes).toFixed(1).padStart(7)} KB  ${path}`);
      }
    }
    return figures;
  },
};

export default firstScreen;
