// Runs the local-writes work (local-writes-work.ts) in headless Chromium, on its own IndexedDB:
// the page script is bundled with Vite's build API and served from a routed origin (IndexedDB
// needs one), so no app server or service worker takes part.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launchBrowser } from '../e2e/browser';
import type { Measured } from './local-writes-work';

const entry = fileURLToPath(new URL('./local-writes-page.ts', import.meta.url));
const origin = 'http://local-writes.bench.invalid';

async function pageScript(): Promise<string> {
  const built = await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: false, lib: { entry, formats: ['iife'], name: 'localWritesBench', fileName: 'local-writes' } },
  });
  const outputs = (Array.isArray(built) ? built : [built]) as { output: { type: string; code?: string }[] }[];
  const code = outputs.flatMap((o) => o.output).find((o) => o.type === 'chunk')?.code;
  if (!code) throw new Error('local-writes: the page script did not build');
  return code;
}

/** The bench's figures as measured in Chromium (wall time only: the page cannot read its CPU time). */
export async function measureInChromium(runs: number): Promise<Measured> {
  const script = await pageScript();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.route(`${origin}/**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>local writes</title><script>${script}</script>` }),
    );
    await page.goto(`${origin}/`);
    return await page.evaluate(
      (n) => (globalThis as unknown as { measureLocalWrites: (runs: number) => Promise<Measured> }).measureLocalWrites(n),
      runs,
    );
  } finally {
    await browser.close();
  }
}
