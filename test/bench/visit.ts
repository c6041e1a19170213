// Bench "visit": the size of a phone photo after the app compresses it on the device, and the time
// to open a visit whose checklist has 60 items and 20 photos, in headless Chromium on a phone
// viewport (in the app, at 4× CPU slowdown, and from a cold deep link). VISIT_RUNS sets the runs (5).
// Wall-clock figures: on a shared, busy machine compare the best runs as well as the medians.
import type { Page } from 'playwright-core';
import { launchBrowser, phoneContext } from '../e2e/browser';
import { makePhoto } from '../e2e/fixtures/photo';
import { median, withApp, type Bench, type Figure } from './shared';
import { openFromVisit, seedVisit, storedPhotoBytes, untilOpen } from './visit-page';

const RUNS = Number(process.env.VISIT_RUNS ?? 5);
const current = (page: Page) => page.locator('.ion-page:not(.ion-page-hidden)').last();
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const ms = (n: number) => Math.round(n * 10) / 10;
const open = (what: string, value: number): Figure => ({
  measure: `open visit, 60 items + 20 photos: ${what}`,
  value: ms(value),
  unit: 'ms',
});

async function openVisitPage(page: Page, baseURL: string, visitId: string): Promise<void> {
  await page.goto(`${baseURL}/visits/${visitId}`, { waitUntil: 'load' });
  await current(page).getByText('Carry on with the checklist').waitFor();
}

/** Each run starts the app on the visit page and opens the checklist twice: first (screen not yet used) and again after going back. */
async function timeOpens(page: Page, baseURL: string, visitId: string, slowdown: number): Promise<{ first: number[]; again: number[] }> {
  const cdp = await page.context().newCDPSession(page);
  const first: number[] = [];
  const again: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      await openVisitPage(page, baseURL, visitId);
      await page.waitForTimeout(500); // the visit page settles (and fetches the checklist screen)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
      first.push(await page.evaluate<number>(`(${openFromVisit})()`));
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await current(page).getByText('Back', { exact: true }).first().click();
      await current(page).getByText('Carry on with the checklist').waitFor();
      await page.waitForTimeout(500);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
      again.push(await page.evaluate<number>(`(${openFromVisit})()`));
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    }
  } finally {
    await cdp.detach();
  }
  return { first, again };
}

async function timeColdOpens(page: Page, baseURL: string, visitId: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    await page.goto(`${baseURL}/visits/${visitId}/checklist`, { waitUntil: 'commit' });
    times.push(await page.evaluate<number>(`(${untilOpen})(0)`));
  }
  return times;
}

/** Adds real-sized photos through the app (as a governor would), timing each from choosing it to "Photo kept". */
async function photoFigures(page: Page, baseURL: string, visitId: string): Promise<Figure[]> {
  const browser = page.context().browser()!;
  const chosen: number[] = [];
  const stored: number[] = [];
  const took: number[] = [];
  for (const [n, seed] of [7, 11, 13].entries()) {
    const photo = await makePhoto(browser, { seed });
    await page.goto(`${baseURL}/visits/${visitId}/checklist`, { waitUntil: 'load' });
    const item = current(page)
      .locator('article.walk-item')
      .nth(1 + n * 3);
    await item.locator('input[type=file]').waitFor({ state: 'attached' });
    const t0 = performance.now();
    await item.locator('input[type=file]').setInputFiles(photo);
    await item.getByText(/Photo kept on this device/).waitFor({ timeout: 30_000 });
    took.push(performance.now() - t0);
    await item.getByText('Saved on this device').waitFor();
    const itemId = `bench-0-${1 + n * 3}`;
    const sizes = await page.evaluate<number[]>(`(${storedPhotoBytes})(${JSON.stringify([visitId, itemId])})`);
    chosen.push(photo.buffer.length);
    stored.push(sizes[0]!);
  }
  return [
    { measure: 'photo chosen: 12 MP phone JPEG (median of 3)', value: kb(median(chosen)), unit: 'KB' },
    { measure: 'photo stored after compression (1600 px, JPEG 0.7; median)', value: kb(median(stored)), unit: 'KB' },
    { measure: 'photo: choose → compressed and stored (median)', value: ms(median(took)), unit: 'ms' },
    { measure: 'photo: choose → compressed and stored (best run)', value: ms(Math.min(...took)), unit: 'ms' },
  ];
}

const visitBench: Bench = {
  name: 'visit',
  description: 'photo size after compression; opening a visit with 60 items and 20 photos',
  run: () =>
    withApp(async (baseURL) => {
      const browser = await launchBrowser();
      try {
        const context = await phoneContext(browser);
        const page = await context.newPage();
        await page.goto(`${baseURL}/`, { waitUntil: 'networkidle' });
        await page.getByRole('button', { name: 'Load the demo board' }).click();
        await page.getByText('Milestones overdue or due soon').first().waitFor({ timeout: 20_000 });
        const visitId = await page.evaluate<string>(`(${seedVisit})()`);
        await openVisitPage(page, baseURL, visitId); // warms the lazy chunks once
        const inApp = await timeOpens(page, baseURL, visitId, 1);
        const slow = await timeOpens(page, baseURL, visitId, 4);
        const cold = await timeColdOpens(page, baseURL, visitId);
        if (process.env.BENCH_VERBOSE) console.info('  open visit (ms):', { inApp, slow, cold });
        const photos = await photoFigures(page, baseURL, visitId);
        return [
          ...photos,
          open(`first tap after app start (median of ${RUNS})`, median(inApp.first)),
          open('tap again after going back (median)', median(inApp.again)),
          open('tap again after going back (best run)', Math.min(...inApp.again)),
          open('first tap at 4× CPU slowdown (median)', median(slow.first)),
          open('tap again at 4× CPU slowdown (median)', median(slow.again)),
          open('cold deep link, app start included (median)', median(cold)),
          open('cold deep link, app start included (best run)', Math.min(...cold)),
        ];
      } finally {
        await browser.close();
      }
    }),
};

export default visitBench;
