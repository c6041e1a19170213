// Bench "exports": how long the evidence pack takes to make in the app, in headless Chromium on a
// desktop viewport, at full speed and at 4× CPU slowdown (CDP Emulation.setCPUThrottlingRate):
// the demo board's pack, and a generated board's that runs past 100 pages (budget: 100 pages in
// ≤ 3 s on desktop). Timed from pressing the button to the download; pages counted with pdf.js.
// Also the sizes of the lazy chunks an export loads (none of them is on the first screen).
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { extractText, getDocumentProxy } from 'unpdf';
import { shiftDate, todayIso } from '../../src/domain';
import { desktopContext, launchBrowser } from '../e2e/browser';
import { distDir } from '../e2e/paths';
import { buildExportsBoard } from './exports-board';
import { median, withApp, type Bench, type Figure } from './shared';

const RUNS = Number(process.env.EXPORTS_RUNS ?? 3);

async function loadBoard(page: Page, tables: Record<string, unknown[]>, schoolId: string): Promise<void> {
  await page.evaluate(
    async ({ tables, schoolId }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('steward');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const names = [...Object.keys(tables).filter((n) => db.objectStoreNames.contains(n)), 'meta'];
      const tx = db.transaction(names, 'readwrite');
      for (const [name, rows] of Object.entries(tables)) if (names.includes(name)) for (const row of rows) tx.objectStore(name).put(row);
      tx.objectStore('meta').put({ key: 'currentSchoolId', value: schoolId });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { tables, schoolId },
  );
}

/** Make the evidence pack once; ms from the press to the download, and its page count. */
async function makePack(page: Page, from: string): Promise<{ ms: number; pages: number }> {
  const main = page.locator('.ion-page:not(.ion-page-hidden)').last();
  await main.getByLabel('From', { exact: true }).fill(from);
  await main.getByLabel('To', { exact: true }).fill(todayIso());
  const t0 = Date.now();
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    main.getByRole('button', { name: 'Make the evidence pack (PDF)' }).click(),
  ]);
  const path = await download.path();
  const ms = Date.now() - t0;
  const pdf = await getDocumentProxy(new Uint8Array(await readFile(path!)));
  const { totalPages } = await extractText(pdf);
  return { ms, pages: totalPages };
}

async function chunkSizes(): Promise<Figure[]> {
  const dir = join(distDir, 'assets');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.js'));
  const figures: Figure[] = [];
  for (const [label, test] of [
    ['pdfmake', (t: string) => t.includes('pdfmake') && t.includes('PDFDocument')],
    ['Helvetica metrics', (t: string) => t.includes('data/Helvetica.afm')],
    ['docx', (t: string) => t.includes('wordprocessingml.document.main+xml')],
    ['documents screen', (t: string) => t.includes('Documents to share')],
  ] as const) {
    for (const f of files) {
      const text = await readFile(join(dir, f), 'utf8');
      if (!test(text)) continue;
      const gz = gzipSync(text).length;
      figures.push({
        measure: `lazy chunk: ${label} (${f})`,
        value: Math.round(gz / 1024),
        unit: `KB gzip (${Math.round((await stat(join(dir, f))).size / 1024)} KB raw)`,
      });
      break;
    }
  }
  return figures;
}

const bench: Bench = {
  name: 'exports',
  description: 'the evidence pack (demo board; a generated board of 100+ pages), desktop and 4× CPU; the lazy chunks',
  run: () =>
    withApp(async (url) => {
      const browser = await launchBrowser();
      const figures: Figure[] = [];
      try {
        const context = await desktopContext(browser);
        const page = await context.newPage();
        page.on('download', () => {});
        await page.goto(`${url}/`, { waitUntil: 'networkidle' });
        await page.getByRole('button', { name: 'Load the demo board' }).click();
        await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Today', null, { timeout: 60_000 });
        const cdp = await context.newCDPSession(page);
        const open = async () => {
          await page.goto(`${url}/meetings/documents`, { waitUntil: 'load' });
          await page.getByRole('button', { name: 'Make the evidence pack (PDF)' }).waitFor({ timeout: 60_000 });
        };
        const boards: [string, string, () => Promise<void>][] = [
          ['demo board', shiftDate(todayIso(), -365), async () => {}],
          [
            'generated board',
            shiftDate(todayIso(), -730),
            async () => {
              const big = buildExportsBoard(todayIso());
              await loadBoard(page, big as Record<string, unknown[]>, big.schools![0]!.id);
            },
          ],
        ];
        for (const [name, from, prepare] of boards) {
          await prepare();
          for (const rate of [1, 4]) {
            await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
            await open();
            await makePack(page, from); // the first run loads the chunks; not counted
            await cdp.send('Emulation.setCPUThrottlingRate', { rate });
            const runs: { ms: number; pages: number }[] = [];
            for (let i = 0; i < RUNS; i++) runs.push(await makePack(page, from));
            await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
            const ms = median(runs.map((r) => r.ms));
            const pages = runs[0]!.pages;
            const per100 = Math.round((ms / pages) * 100);
            const figure: Figure = {
              measure: `evidence pack, ${name}, ${pages} pages, ${rate === 1 ? 'desktop' : '4× CPU'}`,
              value: ms,
              unit: `ms (${per100} ms per 100 pages)`,
            };
            if (rate === 1 && pages >= 100) Object.assign(figure, { budget: '100 pages ≤ 3000 ms', pass: per100 <= 3000 });
            figures.push(figure);
          }
        }
      } finally {
        await browser.close();
      }
      return [...figures, ...(await chunkSizes())];
    }),
};

export default bench;
