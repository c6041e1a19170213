// Attendance figures from files, on a phone with the network off: a fixture .csv (with national
// figures) and an .xlsx workbook made from rows with an export's own headings are previewed, then
// imported, and the overview shows them; a bad file says row and column and imports nothing.
// Run alone: npm run build && npx vitest run --project e2e test/e2e/attendance-import.test.ts
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeWorkbook } from '../../src/features/plan-files/codec';
import { expectNoSeriousA11yViolations } from './axe';
import { setTextZoom } from './text-zoom';
import { goOffline, launchBrowser, phoneContext, trackPageErrors, waitForServiceWorker } from './browser';
import { until, current, onPage } from './app';

/** Axe on the screen as it is, then at 200% text (WCAG 1.4.4), then back to 100%. */
async function axeAt100And200(page: Page, name: string) {
  await expectNoSeriousA11yViolations(page, name);
  await setTextZoom(page, 200);
  await expectNoSeriousA11yViolations(page, `${name} at 200% text`);
  await setTextZoom(page, 100);
}

const baseURL = inject('baseURL');
const text = (page: Page) => current(page).locator('main').innerText();
const choose = (page: Page, name: string, mimeType: string, buffer: Buffer) =>
  current(page).getByLabel('Attendance file (.xlsx or .csv)').setInputFiles({ name, mimeType, buffer });

describe('attendance: import figures from a .csv and an .xlsx, offline', () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('imports the fixture .csv after its preview, refuses a bad file by row and column, then imports an .xlsx', async () => {
    const context = await phoneContext(browser);
    page = await context.newPage();
    errors = trackPageErrors(page);
    await page.goto(`${baseURL}/`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Load the demo board' }).click();
    await onPage(page, 'Today');
    await waitForServiceWorker(page);
    await goOffline(context);
    await page.goto(`${baseURL}/attendance/import`, { waitUntil: 'load' });
    await onPage(page, 'Import attendance figures');
    await axeAt100And200(page, 'import attendance');

    await choose(
      page,
      'bad.csv',
      'text/csv',
      Buffer.from(
        'Half term,Pupil group,Attendance %,Persistent absence %,Severe absence %,Unauthorised absence %\nAutumn 1 2025/26,All pupils,140,10,1,1\n',
      ),
    );
    await until(() => text(page)).toContain('Nothing was imported');
    expect(await text(page)).toContain('bad.csv, row 2, column C (Attendance %): Attendance % is 140%');
    await axeAt100And200(page, 'import attendance, a bad file');

    await choose(page, 'attendance.csv', 'text/csv', await readFile(new URL('./fixtures/attendance.csv', import.meta.url)));
    await until(() => text(page)).toContain('Check before importing: 4 rows from attendance.csv');
    expect(await text(page)).toContain('Summer 1 2024/25: add 4 groups.');
    await axeAt100And200(page, 'import attendance, the preview');
    await current(page).getByRole('button', { name: 'Import 4 rows' }).tap();
    await until(() => current(page).getByRole('status').first().textContent()).toBe('Imported on this device: 4 rows from attendance.csv.');

    const workbook = await writeWorkbook([
      {
        name: 'Attendance',
        rows: [
          ['Time period', 'Term', 'Breakdown', 'NOR', 'Overall attendance', 'PA rate', 'Severely absent', 'Unauthorised'],
          ['202425', 'Summer 1', 'Whole school', 405, 94.4, 15.0, 0.6, 1.1],
          ['202425', 'Summer 1', 'Pupil premium', 128, 90.3, 24.0, 1.4, 2.0],
          ['202425', 'Summer 2', 'Whole school', 405, 93.8, 15.9, 0.7, 1.3],
        ],
      },
    ]);
    await choose(
      page,
      'mis-export.xlsx',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      Buffer.from(await workbook.arrayBuffer()),
    );
    await until(() => text(page)).toContain('Check before importing: 3 rows from mis-export.xlsx');
    expect(await text(page)).toContain('Summer 1 2024/25: replaces the figures already entered — 2 changed, 2 removed (Boys, Year 4).');
    await current(page).getByRole('button', { name: 'Import 3 rows' }).tap();
    await until(() => current(page).getByRole('status').first().textContent()).toBe(
      'Imported on this device: 3 rows from mis-export.xlsx.',
    );

    await page.goto(`${baseURL}/attendance`, { waitUntil: 'load' });
    await onPage(page, 'Attendance');
    await until(() => text(page)).toContain('Summer 2 2024/25');
    expect(await text(page)).toContain('94.4%');
    expect(errors.filter((e) => !e.includes('data:image/svg+xml'))).toEqual([]);
  }, 240_000);
});
