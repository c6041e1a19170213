// Plumbing for the large-plan bench (and any set of figures appended to it): write a board into the
// app's IndexedDB, time an in-app navigation, wait until the app is idle, percentiles.
import type { CDPSession, Page } from 'playwright-core';
import type { LargeBoard } from './large-board';
import type { Figure } from './shared';

/** What a set of figures gets: the page (on Today, board loaded), its CDP session, the app's address and the board. */
export interface Session {
  page: Page;
  cdp: CDPSession;
  baseURL: string;
  board: LargeBoard;
}

/** One set of figures measured on the loaded board; large-plan.ts runs its list of these in turn. */
export type FigureProducer = (session: Session) => Promise<Figure[]>;

/** Today has its content: the heading of its first list. */
export const TODAY_SELECTOR = '#milestones-heading';

/** Write every record into the app's own database, and choose the board; the page then reloads. */
export async function loadBoard(page: Page, board: LargeBoard): Promise<void> {
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
 * Go to `path` inside the app (a history push, as a link does) and time until an element matching
 * `selector` is shown (Ionic keeps pages it has left in the DOM, hidden: only a visible one counts)
 * and a frame has been drawn, in ms. Passed as source text: the bundler that runs this file would otherwise
 * wrap its inner functions in a helper the page does not have.
 */
export async function timeNavigation(page: Page, path: string, selector: string): Promise<number> {
  return (await navigate(page, path, selector)).ms;
}

/** An in-app navigation: how long until the screen's content was shown, and whether a loading line was shown on the way. */
export interface Opening {
  ms: number;
  /** The text of the first loading line shown on the way ('' if none was). */
  loadingLine: string;
}

/** As timeNavigation, and says whether a loading line (ui/Empty.tsx Loading, the Suspense fallback or a screen's own) was shown. */
export function navigate(page: Page, path: string, selector: string): Promise<Opening> {
  const args = JSON.stringify({ path, selector });
  return page.evaluate(`new Promise((resolve, reject) => {
    const { path, selector } = ${args};
    const shown = () => [...document.querySelectorAll(selector)].some((e) => e.checkVisibility());
    let loadingLine = '';
    const t0 = performance.now();
    const timer = setTimeout(() => reject(new Error(path + ': "' + selector + '" was not shown within 30 s')), 30000);
    const observer = new MutationObserver(() => {
      loadingLine ||= [...document.querySelectorAll('.loading[role=status]')].find((e) => e.checkVisibility())?.textContent ?? '';
      if (!shown()) return;
      observer.disconnect();
      clearTimeout(timer);
      requestAnimationFrame(() => resolve({ ms: performance.now() - t0, loadingLine }));
    });
    observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'style', 'hidden'] });
    history.pushState(null, '', path);
    dispatchEvent(new PopStateEvent('popstate', { state: null }));
  })`);
}

/**
 * Leave the app alone, as a person who has just opened it does: wait until it has begun fetching the
 * other screens (src/app/routes.ts preloadScreens marks 'steward:preload-screens', a few seconds
 * after Today is drawn), then until it has fetched and read ahead every screen (it marks
 * 'steward:screens-preloaded') and fetched nothing for a second, then until its service worker has
 * installed (it is registered once the first screen has settled: src/platform/settled.ts), at most 30 s each.
 */
export async function untilIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('steward:preload-screens').length > 0, undefined, { timeout: 30_000 });
  await page.waitForFunction(
    `new Promise((resolve) => {
      let count = -1, since = performance.now();
      const tick = () => {
        const n = performance.getEntriesByType('resource').length;
        if (n !== count) { count = n; since = performance.now(); }
        const preloaded = performance.getEntriesByName('steward:screens-preloaded').length > 0;
        if (preloaded && performance.now() - since >= 1000) resolve(true); else setTimeout(tick, 100);
      };
      tick();
    })`,
    undefined,
    { timeout: 30_000 },
  );
  await page.waitForFunction(`!('serviceWorker' in navigator) || navigator.serviceWorker.ready.then(() => true)`, undefined, {
    timeout: 30_000,
  });
}

/** p-th percentile by nearest rank. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}
