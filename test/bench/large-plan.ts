// Bench "large-plan": how fast the screens of the large board of design.md §5 (15 areas, 300
// actions, 75 milestones, 18 reviews, 200 visits, 60 meetings, attendance figures; ~20,000 records)
// open as a person uses the app, in headless Chromium on a desktop viewport, at full speed and at 4×
// CPU slowdown (CDP Emulation.setCPUThrottlingRate). Budgets: issue 16 ("every tap").
//
// How: the board is written straight into the app's IndexedDB ('steward', the tables Dexie made),
// then the page reloads. The figures are a list of producers (FigureProducer, large-plan-kit.ts), run
// in turn on the same page with the board loaded; append one to `producers` to add a set.
// - cold start: the app opened afresh (its files from the service worker's cache, as on a phone that
//   has the app) until Today's content is shown.
// - every tap (every-tap.ts): the app already running and left idle; each screen opened from Today by
//   an in-app navigation, again and again (the first opening after the app was loaded is its own
//   figure, "first visit").
import { halfTermIndex } from '../../src/domain';
import { desktopContext, launchBrowser, waitForServiceWorker } from '../e2e/browser';
import { buildLargeBoard, boardSize } from './large-board';
import { loadBoard, type FigureProducer } from './large-plan-kit';
import { budgets, coldStart, everyTap, RUNS } from './every-tap';
import { bigPlanFigures } from './big-plan';
import { withApp, type Bench, type Figure } from './shared';

const producers: FigureProducer[] = [coldStart, everyTap];

const largePlan: Bench = {
  name: 'large-plan',
  description: `cold start to Today, and opening each screen in the running app, for a large board (median, p95 of ${RUNS}; 1× and 4× CPU)`,
  budgets,
  async run() {
    const board = buildLargeBoard();
    // The latest review is under way (a draft), so the walk-through is measured as well as a locked review.
    const reviews = [...board.reviews!].sort((a, b) => halfTermIndex(a) - halfTermIndex(b));
    board.reviews = [...reviews.slice(0, -1), { ...reviews.at(-1)!, status: 'draft' }];
    console.info(`  large board: ${boardSize(board)} records`);
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
        for (const produce of producers) {
          figures.push(...(await produce({ page, cdp, baseURL, board })));
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
