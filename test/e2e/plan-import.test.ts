// First imports on a phone, offline: a new board started "from your plan" imports the seed-003
// template in Word, then a plan written as actions tables in Word, then a spreadsheet with an extra
// column and month-first dates (each date column has one date that can only be month first, so the
// whole column is read month first: 02/06/2027 is 6 February) (issue 15). Each shows its preview before anything is saved; the
// plan then shows what the file said. Axe on each screen.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { SheetRows } from '../../src/domain/planFiles';
import { writeWorkbook } from '../../src/features/plan-files/codec';
import { expectNoSeriousA11yViolations } from './axe';
import { goOffline, launchBrowser, phoneContext, trackPageErrors, waitForServiceWorker } from './browser';
import { current, onPage, until } from './app';

const baseURL = inject('baseURL');
const STEP = 180_000;
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const fixture = (name: string) => readFile(path.resolve(import.meta.dirname, '..', 'fixtures', name));

async function choose(page: Page, name: string, mimeType: string, buffer: Buffer) {
  await current(page).getByLabel('Choose the file to import').setInputFiles({ name, mimeType, buffer });
  await until(() => current(page).locator('.report').getByRole('heading', { name: 'The file is ready to import' }).isVisible()).toBe(true);
}

async function importIt(page: Page, button: string) {
  await current(page).locator('.report').getByRole('button', { name: button }).click();
  await until(() => current(page).getByRole('heading', { name: 'Imported' }).isVisible()).toBe(true);
}

async function openArea(page: Page, name: RegExp) {
  await current(page).getByRole('link', { name: 'Open the plan' }).click();
  await onPage(page, 'Plan');
  await current(page).getByRole('link', { name }).click();
}

describe('plans in from Word and from a spreadsheet, on a phone with no signal', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    browser = await launchBrowser();
    context = await phoneContext(browser);
    page = await context.newPage();
    errors = trackPageErrors(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it(
    'starts a board from its plan in the seed-003 Word template: preview, then Import',
    async () => {
      await page.goto(`${baseURL}/`, { waitUntil: 'networkidle' });
      await waitForServiceWorker(page);
      await goOffline(context);
      await page.getByRole('button', { name: 'Start from your plan' }).click();
      await page.getByLabel('School name', { exact: true }).fill('Riverside Primary School');
      await page.getByRole('button', { name: 'Start the board' }).click();
      await onPage(page, 'Import and export the plan');
      await choose(page, 'plan-template.docx', DOCX, await fixture('plan-template.docx'));
      const report = current(page).locator('.report');
      await until(() => report.getByText('Improve the quality of teaching in mathematics').count()).toBeGreaterThan(0);
      await until(() => report.getByText(/Table 4 .* was not read/).count()).toBe(1);
      await expectNoSeriousA11yViolations(page, 'Word import preview (phone)');
      await importIt(page, 'Import');
      await openArea(page, /^Area 1:/);
      await until(() => current(page).getByText('Termly').count()).toBeGreaterThan(0);
      await until(() => current(page).getByText('Training plan agreed').count()).toBeGreaterThan(0);
      await expectNoSeriousA11yViolations(page, 'area imported from Word (phone)');
    },
    STEP,
  );

  it(
    'imports a plan written as actions tables in Word, keeping its own codes',
    async () => {
      await page.goto(`${baseURL}/plan/files`, { waitUntil: 'load' });
      await onPage(page, 'Import and export the plan');
      await choose(page, 'plan-actions-table.docx', DOCX, await fixture('plan-actions-table.docx'));
      await until(() =>
        current(page)
          .locator('.report')
          .getByText(/"Budget code"/)
          .count(),
      ).toBe(1);
      await importIt(page, 'Import and update the plan');
      await openArea(page, /^Area 1:/);
      await until(() => current(page).getByText('1.1', { exact: false }).count()).toBeGreaterThan(0);
      await until(() => current(page).getByText('Policy sent home').count()).toBeGreaterThan(0);
      await expectNoSeriousA11yViolations(page, 'area with its own codes (phone)');
    },
    STEP,
  );

  it(
    'imports a spreadsheet with an extra column and month-first dates',
    async () => {
      const sheets: SheetRows[] = [
        {
          name: 'Actions',
          rows: [
            ['Area', 'Area title', 'Action', 'Start', 'Finish', 'Budget line'],
            [1, 'Reading for pleasure', 'Buy class libraries', '02/06/2027', '03/31/2027', 'R-12'],
            [1, null, 'Reading buddies', '03/15/2027', '07/16/2027', null],
          ],
        },
      ];
      const buffer = Buffer.from(await (await writeWorkbook(sheets)).arrayBuffer());
      await page.goto(`${baseURL}/plan/files`, { waitUntil: 'load' });
      await onPage(page, 'Import and export the plan');
      await choose(page, 'reading.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer);
      await until(() =>
        current(page)
          .locator('.report')
          .getByText(/"Budget line"/)
          .count(),
      ).toBe(1);
      await expectNoSeriousA11yViolations(page, 'spreadsheet preview with an extra column (phone)');
      await importIt(page, 'Import and update the plan');
      await openArea(page, /^Area 1:/);
      await current(page)
        .getByRole('link', { name: /Buy class libraries/ })
        .first()
        .click();
      await until(() =>
        current(page)
          .getByText(/06\/02\/2027/)
          .count(),
      ).toBeGreaterThan(0);
      await expectNoSeriousA11yViolations(page, 'action read month first (phone)');
      expect(errors).toEqual([]);
    },
    STEP,
  );
});
