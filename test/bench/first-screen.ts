// Bench "first-screen": gzipped JavaScript the first screen needs (budget 250 KB, design §5).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
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

/** Every .js response a fresh phone loads until network idle (service worker excluded), gzipped. */
export async function loadedByFirstScreen(baseURL: string): Promise<{ bytes: number; files: Map<string, number> }> {
  const browser = await launchBrowser();
  try {
    const context = await phoneContext(browser);
    const page = await context.newPage();
    const pending: Promise<void>[] = [];
    const files = new Map<string, number>();
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      const type = response.headers()['content-type'] ?? '';
      if (!(path.endsWith('.js') || path.endsWith('.mjs') || type.includes('javascript'))) return;
      if (isServiceWorkerScript(path) || response.status() !== 200) return;
      pending.push(response.body().then((body) => void files.set(path, gzipSize(body))));
    });
    await page.goto(`${baseURL}/`, { waitUntil: 'networkidle' });
    await page.waitForTimeout(500); // late lazy imports triggered by the first render
    await Promise.all(pending);
    const bytes = [...files.values()].reduce((a, b) => a + b, 0);
    return { bytes, files };
  } finally {
    await browser.close();
  }
}

const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

const firstScreen: Bench = {
  name: 'first-screen',
  description: 'gzipped JavaScript loaded by the first screen',
  async run() {
    const figures: Figure[] = [];
    if (!process.env.BENCH_BASE_URL) {
      ensureBuilt();
      const entry = staticEntrySize();
      const value = kb(entry.bytes);
      figures.push({ measure: 'JS gzip: entry + modulepreload', value, unit: 'KB', budget: `≤ ${BUDGET_KB}`, pass: value <= BUDGET_KB });
    }
    const loaded = await withApp(loadedByFirstScreen);
    const value = kb(loaded.bytes);
    figures.push({ measure: `JS gzip: loaded by first screen (${loaded.files.size} files)`, value, unit: 'KB', budget: `≤ ${BUDGET_KB}`, pass: value <= BUDGET_KB });
    if (process.env.BENCH_VERBOSE) {
      for (const [path, bytes] of [...loaded.files].sort((a, b) => b[1] - a[1])) console.info(`  ${kb(bytes).toFixed(1).padStart(7)} KB  ${path}`);
    }
    return figures;
  },
};

export default firstScreen;
