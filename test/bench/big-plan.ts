// Part of bench "large-plan": the 5,000-action plan of issue 15 (test/bench/big-plan-board.ts).
// How long the timeline (all 20 areas) and an area with 250 actions take to open, on a desktop
// viewport at 1× and 4× CPU (CDP Emulation.setCPUThrottlingRate) and on a phone viewport at 1×;
// median and p95 of BIG_PLAN_RUNS. Its own browser context, so its own IndexedDB.
//
// How: the records are written straight into the app's IndexedDB, the page reloads on Today, then
// the app navigates (a history push, as a link does) and the time runs until the screen's last
// part is in the page and the frame after it has been painted (layout and paint included).
// Today is loaded afresh for each opening and left alone until the app has fetched the other screens
// (5 s after Today) and read the tabs' screens ahead, as a person looking at Today: the screen's own
// reading and drawing are in every figure (neither of these two screens is read ahead).
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { desktopContext, phoneContext, waitForServiceWorker } from '../e2e/browser';
import { buildBigPlanBoard } from './big-plan-board';
import { boardSize, type LargeBoard } from './large-board';
import { untilIdle } from './large-plan-kit';
import { median, type Figure } from './shared';

const RUNS = Number(process.env.BIG_PLAN_RUNS ?? 5);

interface Opening {
  name: string;
  path: string;
  /** In the page once the screen has drawn all of itself. */
  selector: string;
}

function openingsFor(board: LargeBoard): Opening[] {
  const lastArea = board.areas!.at(-1)!;
  const area = board.areas![0]!;
  return [
    { name: '5,000-action plan: timeline', path: '/plan/timeline', selector: `[id="timeline-area-${lastArea.id}"]` },
    { name: '5,000-action plan: area of 250 actions', path: `/plan/areas/${area.id}`, selector: 'ol.milestones' },
  ];
}

async function loadBoard(page: Page, board: LargeBoard): Promise<void> {
  const schoolId = board.schools![0]!.id;
  await page.waitForFunction(async () => (await indexedDB.databases()).some((d) => d.name === 'steward'));
  await page.evaluate(
    async ({ tables, schoolId }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('steward');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction([...Object.keys(tables), 'meta'], 'readwrite');
      for (const [name, rows] of Object.entries(tables)) for (const row of rows) tx.objectStore(name).put(row);
      tx.objectStore('meta').put({ key: 'currentSchoolId', value: schoolId });
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { tables: board as Record<string, unknown[]>, schoolId },
  );
  await page.reload({ waitUntil: 'load' });
}

/** Navigate in the app and time until `selector` is in the page and the next frame is painted. Source text: see large-plan.ts. */
function timeNavigation(page: Page, path: string, selector: string): Promise<number> {
  const args = JSON.stringify({ path, selector });
  return page.evaluate(`new Promise((resolve, reject) => {
    const { path, selector } = ${args};
    const t0 = performance.now();
    const timer = setTimeout(() => reject(new Error(path + ': "' + selector + '" did not appear within 60 s')), 60000);
    const done = () => requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0)));
    const observer = new MutationObserver(() => {
      if (!document.querySelector(selector)) return;
      observer.disconnect();
      clearTimeout(timer);
      done();
    });
    observer.observe(document.body, { childList: true, subtree: true });
    history.pushState(null, '', path);
    dispatchEvent(new PopStateEvent('popstate', { state: null }));
  })`);
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

async function measure(context: BrowserContext, baseURL: string, board: LargeBoard, rates: number[], where: string): Promise<Figure[]> {
  const page = await context.newPage();
  await page.goto(`${baseURL}/`, { waitUntil: 'networkidle' });
  await waitForServiceWorker(page);
  await loadBoard(page, board);
  const cdp: CDPSession = await context.newCDPSession(page);
  const figures: Figure[] = [];
  for (const rate of rates) {
    for (const opening of openingsFor(board)) {
      const times: number[] = [];
      for (let run = 0; run <= RUNS; run++) {
        await page.goto(`${baseURL}/today`, { waitUntil: 'load' });
        await cdp.send('Emulation.setCPUThrottlingRate', { rate });
        await page.locator('h1').first().waitFor({ timeout: 60_000 });
        await untilIdle(page); // the app left alone on Today until it has fetched and read ahead the other screens
        const ms = await timeNavigation(page, opening.path, opening.selector);
        if (run > 0) times.push(ms); // run 0 warms the database and the service worker
      }
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      const label = `${opening.name} (${where}${rate === 1 ? '' : `, ${rate}× CPU`})`;
      figures.push({ measure: `${label}: median`, value: Math.round(median(times)), unit: 'ms' });
      figures.push({ measure: `${label}: p95`, value: Math.round(percentile(times, 95)), unit: 'ms' });
    }
  }
  return figures;
}

/** The 5,000-action plan's figures: desktop at 1× and 4× CPU, phone at 1×. */
export async function bigPlanFigures(browser: Browser, baseURL: string): Promise<Figure[]> {
  const board = buildBigPlanBoard();
  console.info(`  5,000-action plan: ${boardSize(board)} records`);
  const desktop = await desktopContext(browser);
  const phone = await phoneContext(browser);
  try {
    return [...(await measure(desktop, baseURL, board, [1, 4], 'desktop')), ...(await measure(phone, baseURL, board, [1], 'phone'))];
  } finally {
    await desktop.close();
    await phone.close();
  }
}
