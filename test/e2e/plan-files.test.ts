// Import and export the plan on a phone with the network off: export the demo plan as .xlsx (the
// download is captured and read back), import a copy with a bad date (the report names the sheet,
// row and column; nothing is saved), then a good edited copy (saved, and the plan shows it). The
// screen is checked with axe at each step, on the phone and on a desktop, and reflows at 200% text.
import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readPlanSheets, type SheetRows } from '../../src/domain/planFiles';
import { readWorkbook, writeWorkbook } from '../../src/features/plan-files/codec';
import { expectNoSeriousA11yViolations } from './axe';
import { desktopContext, goOffline, launchBrowser, phoneContext, trackPageErrors, waitForServiceWorker } from './browser';
import { expectReflowAtTextZoom } from './text-zoom';
import { until, current, onPage } from './app';

const baseURL = inject('baseURL');

/** Every record and outbox entry on the device, counted (a change anywhere changes it). */
const storeState = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('steward');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const idb = open.result;
          const names = [...idb.objectStoreNames];
          const tx = idb.transaction(names, 'readonly');
          const counts: Record<string, number> = {};
          for (const name of names) {
            const req = tx.objectStore(name).count();
            req.onsuccess = () => (counts[name] = req.result);
          }
          tx.oncomplete = () => {
            idb.close();
            resolve(counts);
          };
        };
      }),
  );

async function loadDemo(page: Page) {
  await page.goto(`${baseURL}/`, { waitUntil: 'networkidle' });
  await page.getByRole('button', { name: 'Load the demo board' }).click();
  await onPage(page, 'Today');
}

async function chooseFile(page: Page, name: string, sheets: SheetRows[]) {
  const buffer = Buffer.from(await (await writeWorkbook(sheets)).arrayBuffer());
  await current(page)
    .getByLabel('Choose the file to import')
    .setInputFiles({ name, mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer });
}

describe('plan files: export and import on a phone with no signal', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let exported: SheetRows[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await phoneContext(browser);
    page = await context.newPage();
    errors = trackPageErrors(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('exports the demo plan as an .xlsx workbook, offline', async () => {
    await loadDemo(page);
    await waitForServiceWorker(page);
    await goOffline(context);
    await page.goto(`${baseURL}/plan/files`, { waitUntil: 'load' });
    await onPage(page, 'Import and export the plan');
    await expectNoSeriousA11yViolations(page, 'plan files (phone)');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      current(page).getByRole('button', { name: 'Export as Excel workbook (.xlsx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^northgate-primary-school-plan-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const bytes = new Uint8Array(await readFile((await download.path())!));
    exported = await readWorkbook(bytes);
    expect(exported.map((s) => s.name)).toEqual(['Plan', 'Actions', 'Milestones', 'Strategies', 'Performance', 'Reviews', 'Judgements']);
    const read = readPlanSheets(exported, false, {
      schoolId: '0190a000-0000-7000-8000-000000000001',
      now: new Date().toISOString(),
      makeId: () => crypto.randomUUID(),
    });
    expect(read.problems).toEqual([]);
    expect(read.incoming!.areas.map((a) => a.number)).toEqual([1, 2, 3]);
    await until(() => current(page).getByRole('status').filter({ hasText: 'Saved northgate-primary-school-plan-' }).count()).toBe(1);
  });

  it('refuses a workbook with a bad date, naming the row and column, and saves nothing', async () => {
    const before = await storeState(page);
    const bad = exported.map((s) =>
      s.name === 'Actions' ? { ...s, rows: s.rows.map((r, i) => (i === 1 ? r.map((c, j) => (j === 9 ? '31/02/2026' : c)) : r)) } : s,
    );
    await chooseFile(page, 'bad-plan.xlsx', bad);
    const report = current(page).locator('.report');
    await until(() => report.getByRole('heading', { name: 'The file has a problem: nothing has been imported' }).isVisible()).toBe(true);
    expect(await report.locator('.problems li').allTextContents()).toEqual([
      'Actions sheet, row 2, column J (Start): "31/02/2026" is not a date. Write dates as dd/mm/yyyy, e.g. 01/09/2026, or leave it empty and say when in words.',
    ]);
    expect(await report.getByRole('button', { name: /^Import the plan|^Import and update/ }).count()).toBe(0);
    await expectNoSeriousA11yViolations(page, 'import report with a problem (phone)');
    await expectReflowAtTextZoom(page, 'import report (phone)');
    expect(await storeState(page)).toEqual(before);
  });

  it('imports a good edited workbook after showing what will change', async () => {
    const before = await storeState(page);
    const edited = exported.map((s) =>
      s.name === 'Actions'
        ? {
            ...s,
            rows: s.rows.map((r, i) =>
              i === 1 ? r.map((c, j) => (j === 6 ? 'Train every adult, lunchtime staff too, in the phonics programme' : c)) : r,
            ),
          }
        : s,
    );
    await current(page).getByRole('button', { name: 'Choose another file' }).click();
    await chooseFile(page, 'good-plan.xlsx', edited);
    const report = current(page).locator('.report');
    await until(() => report.getByRole('heading', { name: 'The file is ready to import' }).isVisible()).toBe(true);
    expect(await report.locator('ul.summary li').allTextContents()).toEqual(['Change 1 action.']);
    expect(await report.getByText('The Reviews sheet and the Judgements sheet were not read').count()).toBe(1);
    await expectNoSeriousA11yViolations(page, 'import report, ready (phone)');
    await report.getByRole('button', { name: 'Import and update the plan' }).click();
    await until(() => current(page).getByRole('heading', { name: 'Imported' }).isVisible()).toBe(true);
    const after = await storeState(page);
    expect(after.outbox).toBe(before.outbox! + 1);
    expect(after.actions).toBe(before.actions);
    await current(page).getByRole('link', { name: 'Open the plan' }).click();
    await onPage(page, 'Plan');
    await current(page)
      .getByRole('link', { name: /^Area 1:/ })
      .click();
    await until(() => current(page).getByText('lunchtime staff too').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('has no serious axe violations on a desktop', async () => {
    const desk = await desktopContext(browser);
    const deskPage = await desk.newPage();
    await loadDemo(deskPage);
    await deskPage.goto(`${baseURL}/plan/files`, { waitUntil: 'load' });
    await onPage(deskPage, 'Import and export the plan');
    await expectNoSeriousA11yViolations(deskPage, 'plan files (desktop)');
    await desk.close();
  });
});
