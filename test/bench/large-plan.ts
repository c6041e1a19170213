// Bench "large-plan": how long the plan, the timeline, a review (locked and draft), a review card
// and the trend take to open for the large board of design.md §5 (15 areas, 300 actions, 75
// milestones, 18 reviews; ~20,000 records in all), in headless Chromium on a desktop viewport, at
// full speed and at 4× CPU slowdown (CDP Emulation.setCPUThrottlingRate). Median and p95 of RUNS.
//
// How: the board is written straight into the app's IndexedDB ('steward', the tables Dexie made),
// then the page reloads. Each opening starts on Today, navigates in the app (a history push, as a
// link does) and times until the screen's first meaningful content is in the page and a frame has
// been drawn. The app is freshly loaded for each opening, so the screen's lazy chunk is fetched
// (from the service worker's cache) and React shows the Suspense fallback first; React 19 then
// holds the fallback for at least 300 ms (its Suspense reveal throttle), so every lazy screen has a
// ~300 ms floor. "settings (baseline)", a screen with almost nothing to read, shows that floor: a
// screen's own cost (reading the local store and drawing) is roughly its time minus the baseline.
import type { CDPSession, Page } from 'playwright-core';
import { halfTermIndex } from '../../src/domain';
import { routes } from '../../src/app/routes';
import { desktopContext, launchBrowser, waitForServiceWorker } from '../e2e/browser';
import { buildLargeBoard, boardSize, type LargeBoard } from './large-board';
import { bigPlanFigures } from './big-plan';
import { median, withApp, type Bench, type Figure } from './shared';

const RUNS = Number(process.env.LARGE_PLAN_RUNS ?? 15);
const TODAY_SHOWS = 'Milestones overdue or due soon';

interface Screen {
  name: string;
  path: string;
  /** What shows the screen has its content (not just its loading line); timed when one more of these is in the page. */
  selector: string;
}

/** The screens measured (the timeline when its route is there). */
function screensFor(board: LargeBoard): Screen[] {
  const ordered = [...board.reviews!].sort((a, b) => halfTermIndex(a) - halfTermIndex(b));
  const [final, draft] = ordered.slice(-2);
  const timeline = routes.find((r) => /timeline/.test(r.path) && !r.path.includes(':'));
  return [
    { name: 'settings (baseline)', path: '/settings', selector: '#board-heading' },
    { name: 'plan', path: '/plan', selector: 'ion-item[router-link^="/plan/areas/"], ion-item[href^="/plan/areas/"]' },
    ...(timeline ? [{ name: 'timeline', path: timeline.path, selector: 'table.timeline tbody tr' }] : []),
    { name: 'review (locked)', path: `/reviews/${final!.id}`, selector: '#area-15-heading' },
    { name: 'review (draft)', path: `/reviews/${draft!.id}`, selector: '#area-15-heading' },
    { name: 'review card', path: `/reviews/${draft!.id}/actions/${board.actions![0]!.id}`, selector: 'input[type=radio]' },
    { name: 'trend', path: '/reviews/trend', selector: '.trend-table tbody tr' },
  ];
}

/** Write every record into the app's own database, and choose the board; the page then reloads. */
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
      const names = [...Object.keys(tables), 'meta'];
      const tx = db.transaction(names, 'readwrite');
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

/**
 * Go to `path` inside the app and time until one more `selector` is in
 * the page and a frame has been drawn. Passed as source text: the bundler that runs this file would
 * otherwise wrap its inner functions in a helper the page does not have.
 */
function timeNavigation(page: Page, path: string, selector: string): Promise<number> {
  const args = JSON.stringify({ path, selector });
  return page.evaluate(`new Promise((resolve, reject) => {
    const { path, selector } = ${args};
    const before = document.querySelectorAll(selector).length;
    const t0 = performance.now();
    const timer = setTimeout(() => reject(new Error(path + ': "' + selector + '" did not appear within 30 s')), 30000);
    const observer = new MutationObserver(() => {
      if (document.querySelectorAll(selector).length <= before) return;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => resolve(performance.now() - t0));
    });
    observer.observe(document.body, { childList: true, subtree: true });
    history.pushState(null, '', path);
    dispatchEvent(new PopStateEvent('popstate', { state: null }));
  })`);
}

async function freshToday(page: Page, cdp: CDPSession, baseURL: string, rate: number): Promise<void> {
  await page.goto(`${baseURL}/today`, { waitUntil: 'load' });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  await page.getByText(TODAY_SHOWS).waitFor({ timeout: 60_000 });
  await page.waitForTimeout(300); // let Today's own queries settle
}

/** Open the screen from a freshly loaded app, RUNS times (run 0 warms the database and the service worker). */
async function opens(page: Page, cdp: CDPSession, baseURL: string, screen: Screen, rate: number): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    await freshToday(page, cdp, baseURL, rate);
    const ms = await timeNavigation(page, screen.path, screen.selector);
    if (run > 0) times.push(ms);
  }
  return times;
}

/** p-th percentile by nearest rank. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const largePlan: Bench = {
  name: 'large-plan',
  description: `open plan, timeline, reviews and trend for a large board (median, p95 of ${RUNS}; 1× and 4× CPU)`,
  async run() {
    const board = buildLargeBoard();
    // The latest review is under way (a draft), so the walk-through is measured as well as a locked review.
    const reviews = [...board.reviews!].sort((a, b) => halfTermIndex(a) - halfTermIndex(b));
    board.reviews = [...reviews.slice(0, -1), { ...reviews.at(-1)!, status: 'draft' }];
    const screens = screensFor(board);
    console.info(`  large board: ${boardSize(board)} records; screens: ${screens.map((s) => s.name).join(', ')}`);
    return withApp(async (baseURL) => {
      const browser = await launchBrowser();
      try {
        const context = await desktopContext(browser);
        const page = await context.newPage();
        await page.goto(`${baseURL}/`, { waitUntil: 'networkidle' });
        await waitForServiceWorker(page);
        await loadBoard(page, board);
        const cdp = await context.newCDPSession(page);
        const figures: Figure[] = [];
        for (const rate of [1, 4]) {
          for (const screen of screens) {
            const times = await opens(page, cdp, baseURL, screen, rate);
            const label = `${screen.name}${rate === 1 ? '' : ` @${rate}× CPU`}`;
            figures.push({ measure: `${label}: median`, value: Math.round(median(times)), unit: 'ms' });
            figures.push({ measure: `${label}: p95`, value: Math.round(percentile(times, 95)), unit: 'ms' });
          }
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
        }
        figures.push(...(await bigPlanFigures(browser, baseURL)));
        return figures;
      } finally {
        await browser.close();
      }
    });
  },
};

export default largePlan;
