// Documents out, end to end: the real server (in-memory PGlite, the demo board and its accounts) and
// headless Chromium. The clerk, on a phone with the network off, exports the approved minutes as PDF
// and Word and the action log as CSV; the chair builds the SoC meeting pack. Every download is read
// back (PDF text and pages, the .docx XML, the CSV cells). The screen is checked with axe, and at 200% text.
// Run alone: npm run build && npx vitest run --project e2e test/e2e/exports.test.ts
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from './axe';
import { desktopContext, goOffline, launchBrowser, phoneContext, waitForServiceWorker } from './browser';
import { fillSignIn, openWelcome, startDemoServer, type DemoServer } from './demo-server';
import { expectReflowAtTextZoom } from './text-zoom';
import { current, onPage, until } from './app';
import { readCsvBlob, readDocx, readPdf } from '../unit/exports/read';

const STEP = 180_000;

async function download(page: Page, button: string): Promise<{ name: string; blob: Blob }> {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    current(page).getByRole('button', { name: button }).click(),
  ]);
  const bytes = await readFile((await file.path())!);
  await until(() => current(page).getByRole('status').textContent()).toContain(`Saved ${file.suggestedFilename()}`);
  return { name: file.suggestedFilename(), blob: new Blob([new Uint8Array(bytes)]) };
}

async function documentsPage(page: Page, url: string) {
  await page.goto(`${url}/meetings/documents`, { waitUntil: 'load' });
  await onPage(page, 'Documents to share');
  await until(() => current(page).getByRole('button', { name: 'Minutes as PDF' }).count()).toBe(1);
}

describe('documents to share, made on the device', () => {
  let server: DemoServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
  }, STEP);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it(
    'the clerk, offline on a phone, exports the approved minutes (PDF and Word) and the action log',
    async () => {
      const context = await phoneContext(browser);
      const page = await context.newPage();
      await openWelcome(page, server.url);
      await fillSignIn(page, 'clerk@northgate.example');
      await onPage(page, 'Today');
      await waitForServiceWorker(page);
      await documentsPage(page, server.url);
      await goOffline(context);
      await documentsPage(page, server.url);
      await expectNoSeriousA11yViolations(page, 'documents to share (phone)');
      await expectReflowAtTextZoom(page, 'documents to share (phone)');

      const meeting = current(page).getByLabel('Meeting', { exact: true });
      const approved = (await meeting.locator('option').allTextContents()).find((t) => t.includes('(approved)'))!;
      await meeting.selectOption({ label: approved });
      const pdf = await download(page, 'Minutes as PDF');
      expect(pdf.name).toMatch(/^northgate-primary-school-minutes-\d{4}-\d{2}-\d{2}-part-a\.pdf$/);
      const { pages } = await readPdf(pdf.blob);
      const text = pages.join(' ');
      expect(text).toContain('Minutes: School Improvement Committee');
      expect(text).toContain('Approved as a correct record and signed by');
      for (const p of pages) expect(p).not.toContain('DRAFT');
      expect(text).not.toContain('The SENCo explained');

      const word = await readDocx((await download(page, 'Minutes as Word (.docx)')).blob);
      expect(word.body).toContain('Present');
      expect(word.body).toContain('Decision:');
      expect(word.headers.join(' ')).not.toContain('DRAFT');

      await current(page).getByLabel('Status', { exact: true }).selectOption('open');
      const csv = await readCsvBlob((await download(page, 'Action log as CSV')).blob);
      expect(csv[0]).toEqual(['Meeting date', 'Meeting', 'Minute item', 'Action', 'Owner', 'Due', 'Status', 'Overdue', 'Part']);
      expect(csv.length).toBeGreaterThan(1);
      expect(csv.slice(1).every((r) => r[6] === 'Open' && r[8] === 'Part A')).toBe(true);
      await context.close();
    },
    STEP,
  );

  it(
    'the chair builds the SoC meeting pack: one PDF with contents, bookmarks and page numbers',
    async () => {
      const context = await desktopContext(browser);
      const page = await context.newPage();
      await openWelcome(page, server.url);
      await fillSignIn(page, 'chair@northgate.example');
      await onPage(page, 'Today');
      await documentsPage(page, server.url);
      await expectNoSeriousA11yViolations(page, 'documents to share (desktop)');
      const pack = await download(page, 'Make the SoC meeting pack (PDF)');
      const { pages, outline } = await readPdf(pack.blob);
      expect(pages[0]).toContain('Contents');
      expect(outline.map((o) => o.title)).toContain('1. Summary of the issues of concern');
      pages.forEach((p, i) => expect(p).toContain(`Page ${i + 1} of ${pages.length}`));
      expect(pages.join(' ')).not.toContain('The SENCo explained');
      await context.close();
    },
    STEP,
  );
});
