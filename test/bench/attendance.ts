// Bench "attendance": the Attendance tab opened with six years of figures for 15 groups (540 rows)
// on the device, timed from the tap on the tab to the charts drawn, in headless Chromium on a phone
// viewport, at desktop speed and at 4× CPU slowdown; and the tab's lazy chunk, gzipped.
// ATTENDANCE_RUNS sets the runs (7). Wall-clock figures on a shared machine: compare medians and p95.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, phoneContext } from '../e2e/browser';
import { distDir } from '../e2e/paths';
import { gzipSize } from './first-screen';
import { median, withApp, type Bench, type Figure } from './shared';

const RUNS = Number(process.env.ATTENDANCE_RUNS ?? 7);
const current = (page: Page) => page.locator('.ion-page:not(.ion-page-hidden)').last();
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)]!;
const ms = (n: number) => Math.round(n * 10) / 10;

/** Six school years × six half terms × 15 groups, written straight into the device's store (plain browser JavaScript). */
const seed = `async () => {
  const open = indexedDB.open('steward');
  const db = await new Promise((res, rej) => { open.onsuccess = () => res(open.result); open.onerror = () => rej(open.error); });
  const get = (store, key) => new Promise((res) => { const r = db.transaction(store).objectStore(store).get(key); r.onsuccess = () => res(r.result); });
  const schoolId = (await get('meta', 'currentSchoolId')).value;
  const now = new Date().toISOString();
  const groups = ['all', 'disadvantaged', 'SEND', 'EHCP', 'FSM', 'EAL', 'social worker', 'boys', 'girls', 'Reception', 'Year 1', 'Year 2', 'Year 3', 'Year 4', 'Year 5'];
  const terms = ['Autumn 1', 'Autumn 2', 'Spring 1', 'Spring 2', 'Summer 1', 'Summer 2'];
  const start = new Date().getFullYear() - 6;
  const rows = [];
  for (let y = 0; y < 6; y++) for (const [t, halfTerm] of terms.entries()) for (const [g, group] of groups.entries()) {
    const a = 95 - g * 0.4 - ((y * 6 + t) % 5) * 0.3;
    rows.push({ id: crypto.randomUUID(), schoolId, createdAt: now, updatedAt: now, deleted: false, visibility: 'board', schoolYear: start + y, halfTerm, group,
      pupils: group === 'all' ? 420 : 30 + g, attendance: Math.round(a * 10) / 10, persistentAbsence: Math.round((100 - a) * 25) / 10, severeAbsence: 1 + (g % 3) * 0.5,
      unauthorisedAbsence: 1 + (g % 4) * 0.3, ...(group === 'all' ? { nationalAttendance: 94.5, nationalPersistentAbsence: 16, targetAttendance: 95, targetPersistentAbsence: 14 } : {}) });
  }
  await new Promise((res, rej) => { const tx = db.transaction(['attendanceFigures'], 'readwrite'); for (const r of rows) tx.objectStore('attendanceFigures').put(r); tx.oncomplete = res; tx.onerror = () => rej(tx.error); });
  db.close();
  return rows.length;
}`;

async function timeOpens(page: Page, slowdown: number): Promise<number[]> {
  const cdp = await page.context().newCDPSession(page);
  const times: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      await page.locator('ion-tab-button', { hasText: 'Today' }).click();
      await current(page).getByText('Milestones overdue or due soon').first().waitFor();
      await page.waitForTimeout(300);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
      const t0 = Date.now();
      await page.locator('ion-tab-button', { hasText: 'Attendance' }).click();
      await current(page).locator('figure.chart svg').nth(3).waitFor({ timeout: 60_000 });
      times.push(Date.now() - t0);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    }
  } finally {
    await cdp.detach();
  }
  return times;
}

/** The Attendance tab's own lazy chunks (its screens), gzipped. */
function chunkSizes(): { page: number; all: number } {
  const assets = join(distDir, 'assets');
  const files = readdirSync(assets).filter((f) => f.endsWith('.js'));
  const size = (names: string[]) => names.reduce((n, f) => n + gzipSize(readFileSync(join(assets, f))), 0);
  const ours = files.filter((f) => /^(AttendancePage|FiguresEntryPage|ImportPage|AskPage|AnswerPage|DutiesPage|codec)-/.test(f));
  return { page: size(files.filter((f) => f.startsWith('AttendancePage-'))), all: size(ours) };
}

const attendanceBench: Bench = {
  name: 'attendance',
  description: 'the Attendance tab opened with six years of figures for 15 groups, desktop and 4× CPU; the tab’s lazy chunk',
  run: () =>
    withApp(async (baseURL) => {
      const browser = await launchBrowser();
      try {
        const page = await (await phoneContext(browser)).newPage();
        await page.goto(`${baseURL}/`, { waitUntil: 'networkidle' });
        await page.getByRole('button', { name: 'Load the demo board' }).click();
        await page.getByText('Milestones overdue or due soon').first().waitFor({ timeout: 20_000 });
        const rows = await page.evaluate<number>(`(${seed})()`);
        await page.reload({ waitUntil: 'load' });
        await page.getByText('Milestones overdue or due soon').first().waitFor({ timeout: 20_000 });
        const fast = await timeOpens(page, 1);
        const slow = await timeOpens(page, 4);
        if (process.env.BENCH_VERBOSE) console.info('  open attendance (ms):', { fast, slow });
        const chunk = chunkSizes();
        const open = (what: string, value: number): Figure => ({
          measure: `open Attendance, ${rows} rows: ${what}`,
          value: ms(value),
          unit: 'ms',
        });
        return [
          open(`median of ${RUNS}`, median(fast)),
          open('p95', p95(fast)),
          open('4× CPU, median', median(slow)),
          open('4× CPU, p95', p95(slow)),
          { measure: 'Attendance tab chunk (AttendancePage), gzip', value: Math.round(chunk.page / 102.4) / 10, unit: 'KB' },
          { measure: 'every attendance screen’s chunks + file readers, gzip', value: Math.round(chunk.all / 102.4) / 10, unit: 'KB' },
        ];
      } finally {
        await browser.close();
      }
    }),
};

export default attendanceBench;
