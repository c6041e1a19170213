// The large-plan bench's figures for issue 16 "every tap": cold start to a usable Today, and each
// screen opened from Today in the running app (see large-plan.ts for how the board is loaded).
import { halfTermIndex } from '../../src/domain';
import type { LargeBoard } from './large-board';
import { navigate, percentile, timeNavigation, TODAY_SELECTOR, untilIdle, type FigureProducer } from './large-plan-kit';
import { judged, median, type Budgets, type Figure } from './shared';

// 20, not fewer: the p95 by nearest rank of fewer than 20 openings is the slowest of them (of 15, the
// 15th), so one slow opening would be the p95. The slowest is reported beside it.
export const RUNS = Number(process.env.LARGE_PLAN_RUNS ?? 20);
export const budgets = {
  tap: { most: 100, unit: 'ms', source: 'issue 16' },
  tapSlow: { most: 300, unit: 'ms', source: 'issue 16' },
  coldStart: { most: 1500, unit: 'ms', source: 'issue 16' },
} satisfies Budgets;
const NONE = { most: 0, unit: '', source: 'issue 16' };
const { tap: TAP, tapSlow: TAP_SLOW, coldStart: COLD_START } = budgets;

interface Screen {
  name: string;
  path: string;
  /** What shows the screen has its content (not just its loading line). */
  selector: string;
}

/** The screens measured. */
function screensFor(board: LargeBoard): Screen[] {
  const ordered = [...board.reviews!].sort((a, b) => halfTermIndex(a) - halfTermIndex(b));
  const [final, draft] = ordered.slice(-2);
  return [
    { name: 'settings (baseline)', path: '/settings', selector: '#board-heading' },
    { name: 'plan', path: '/plan', selector: 'ion-item[router-link^="/plan/areas/"], ion-item[href^="/plan/areas/"]' },
    { name: 'timeline', path: '/plan/timeline', selector: 'table.timeline tbody tr' },
    { name: 'review (locked)', path: `/reviews/${final!.id}`, selector: '#area-15-heading' },
    { name: 'review (draft)', path: `/reviews/${draft!.id}`, selector: '#area-15-heading' },
    { name: 'review card', path: `/reviews/${draft!.id}/actions/${board.actions![0]!.id}`, selector: 'input[type=radio]' },
    { name: 'trend', path: '/reviews/trend', selector: '.trend-table tbody tr' },
    { name: 'visit', path: `/visits/${board.visits![0]!.id}`, selector: '#checklist-heading' },
    { name: 'attendance', path: '/attendance', selector: '#trends-heading' },
    { name: 'meetings', path: '/meetings', selector: '#held-heading' },
  ];
}

const ms = (measure: string, values: number[], pick: (v: number[]) => number): Omit<Figure, 'budget' | 'pass'> => ({
  measure,
  value: Math.round(pick(values)),
  unit: 'ms',
});

/** The app loaded afresh at /today, until Today's content is shown (from the navigation's start). */
async function openToday(session: Parameters<FigureProducer>[0], rate: number): Promise<number> {
  const { page, cdp, baseURL } = session;
  await page.goto(`${baseURL}/today`, { waitUntil: 'commit' });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const handle = await page.waitForFunction(
    (selector) => {
      const e = document.querySelector(selector);
      return e?.checkVisibility() ? performance.now() : false;
    },
    TODAY_SELECTOR,
    { polling: 'raf', timeout: 60_000 },
  );
  return (await handle.jsonValue()) as number;
}

/** Cold start to a usable Today: the app opened afresh, RUNS times (one more first, to warm the caches). */
export const coldStart: FigureProducer = async (session) => {
  const times: number[] = [];
  for (let run = 0; run <= RUNS; run++) {
    const t = await openToday(session, 1);
    if (run > 0) times.push(t);
  }
  return [
    judged(ms('cold start to Today: median', times, median), COLD_START),
    ms('cold start to Today: p95', times, (v) => percentile(v, 95)),
  ];
};

/** Each screen, from a freshly opened app left idle: its first opening, then RUNS more from Today. */
export const everyTap: FigureProducer = async (session) => {
  const { page } = session;
  const figures: Figure[] = [];
  for (const rate of [1, 4]) {
    const budget = rate === 1 ? TAP : TAP_SLOW;
    for (const screen of screensFor(session.board)) {
      await openToday(session, rate);
      await untilIdle(page);
      const openings = [];
      for (let run = 0; run <= RUNS; run++) {
        openings.push(await navigate(page, screen.path, screen.selector));
        await timeNavigation(page, '/today', TODAY_SELECTOR);
      }
      const [first, ...rest] = openings.map((o) => o.ms);
      const label = `${screen.name}${rate === 1 ? '' : ` @${rate}× CPU`}`;
      figures.push(judged({ measure: `${label}: first visit`, value: Math.round(first!), unit: 'ms' }, budget));
      const loading = openings.filter((o) => o.loadingLine).length;
      const lines = new Set(openings.map((o) => o.loadingLine).filter(Boolean));
      if (lines.size > 0)
        console.info(
          `  ${label}: loading line ${[...lines].map((l) => `"${l}"`).join(', ')} (openings ${openings.flatMap((o, i) => (o.loadingLine ? [i] : [])).join(', ')})`,
        );
      figures.push(judged({ measure: `${label}: openings showing a loading line`, value: loading, unit: `of ${openings.length}` }, NONE));
      figures.push(ms(`${label}: median`, rest, median));
      figures.push(
        judged(
          ms(`${label}: p95`, rest, (v) => percentile(v, 95)),
          budget,
        ),
      );
      figures.push(ms(`${label}: slowest`, rest, (v) => Math.max(...v)));
    }
  }
  return figures;
};
