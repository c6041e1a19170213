// Visits end to end on a phone with touch and the network off from start to finish: plan a learning
// walk, fill a built-in checklist with a photo (compressed on the device), tie two findings to
// actions, survive the app being killed mid-walk, draft the report and send it to the headteacher;
// reload and find it all; then a board-made checklist changed after use, the old visit keeping its
// version. Every visit screen is checked with axe.
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoSeriousA11yViolations } from './axe';
import { goOffline, launchBrowser, phoneContext, trackPageErrors, waitForServiceWorker } from './browser';
import { expectReflowAtTextZoom, setTextZoom } from './text-zoom';
import { makePhoto, type PhotoFixture } from './fixtures/photo';
import { storedVisit } from './visits-store';
import { until, current, heading } from './app';

const baseURL = inject('baseURL');
const item = (page: Page, i: number) => current(page).locator('article.walk-item').nth(i);
const savedIn = (l: Locator) => until(() => l.locator('.walk-save.ok', { hasText: 'Saved on this device' }).count()).toBe(1);

async function answer(page: Page, i: number, choice: string) {
  const it = item(page, i);
  await it.getByText(choice, { exact: true }).tap();
  await until(() => it.getByRole('radio', { name: choice, exact: true }).isChecked()).toBe(true);
  await savedIn(it);
}

async function tie(page: Page, i: number, code: RegExp) {
  const it = item(page, i);
  await it.getByRole('button', { name: 'Tie to an action' }).tap();
  await it.getByRole('checkbox', { name: code }).tap();
  await until(() => it.getByRole('button', { name: /^Evidence for action/ }).count()).toBe(1);
  await savedIn(it);
}

async function planVisit(page: Page, fields: { purpose: string; checklist: string; focus?: RegExp[] }) {
  await page.goto(`${baseURL}/visits/plan`, { waitUntil: 'load' });
  await until(() => heading(page)).toBe('Plan a visit');
  const form = current(page);
  await until(() => form.getByLabel('Checklist').locator('option').count()).toBeGreaterThan(1);
  await form.getByLabel('Kind of visit').selectOption('learning walk');
  await form.getByLabel('Date', { exact: true }).fill(await page.evaluate(() => new Date().toLocaleDateString('en-CA')));
  await form.getByLabel('Purpose', { exact: true }).fill(fields.purpose);
  await form.getByRole('checkbox', { name: 'The headteacher has agreed this purpose' }).tap();
  await form.getByLabel('Governor making the visit').fill('Aisha Begum');
  await form.getByLabel('Walking with (optional)').fill('David Ashworth (headteacher)');
  await form.getByLabel('Checklist').selectOption({ label: fields.checklist });
  for (const code of fields.focus ?? []) await form.getByRole('checkbox', { name: code }).tap();
  await expectNoSeriousA11yViolations(page, 'plan a visit');
  await form.getByRole('button', { name: 'Plan the visit' }).tap();
  await until(() => heading(page)).toBe('Learning walk');
  return page.url().split('/visits/')[1]!;
}

describe('visits: a learning walk on a phone with no signal', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let photo: PhotoFixture;
  let visitId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    photo = await makePhoto(browser);
    context = await phoneContext(browser);
    page = await context.newPage();
    errors = trackPageErrors(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('loads the demo board once online, then the network goes off for good', async () => {
    await page.goto(`${baseURL}/`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Load the demo board' }).tap();
    await until(() => page.getByText('Milestones overdue or due soon').first().isVisible()).toBe(true);
    await waitForServiceWorker(page);
    await goOffline(context);
  });

  it('plans a visit offline: purpose agreed with the head, the safeguarding checklist, two focus actions', async () => {
    await page.locator('ion-tab-button', { hasText: 'Visits' }).tap();
    await until(() => heading(page)).toBe('Visits');
    await expectNoSeriousA11yViolations(page, 'visits (offline)');
    visitId = await planVisit(page, {
      purpose: 'See whether sign-in and site security are as reported.',
      checklist: 'Safeguarding and culture (version 1)',
      focus: [/^1a\(i\) /, /^2a\(i\) /],
    });
    await until(() => current(page).getByText('Agreed with the headteacher.').isVisible()).toBe(true);
    await expectNoSeriousA11yViolations(page, 'visit (planned)');
  });

  it('fills half the checklist with a photo and two tied findings, and it survives the app being killed', async () => {
    await current(page).getByRole('link', { name: 'Start the visit' }).tap();
    await until(() => heading(page)).toBe('Safeguarding and culture');
    await answer(page, 0, 'Yes');
    await item(page, 0).getByLabel('Note').fill('Signed in at reception; photo ID checked.');
    await item(page, 0).locator('input[type=file]').setInputFiles(photo);
    await until(() => item(page, 0).locator('img').count()).toBe(1);
    await savedIn(item(page, 0));
    await tie(page, 0, /^1a\(i\) /);
    await answer(page, 1, 'Partly');
    await item(page, 1).getByLabel('Note').fill('Lanyard given, but its colour was not explained.');
    await tie(page, 1, /^2a\(i\) /);
    for (let i = 2; i < 7; i++) await answer(page, i, 'Yes');
    await expectNoSeriousA11yViolations(page, 'checklist (half done)');
    // The app is killed mid-walk, then opened again (still no signal).
    const url = page.url();
    await page.close();
    page = await context.newPage();
    errors = trackPageErrors(page);
    await page.goto(url, { waitUntil: 'load' });
    await until(() => heading(page)).toBe('Safeguarding and culture');
    await until(() => current(page).getByText('7 of 14 recorded').isVisible()).toBe(true);
    expect(await item(page, 0).getByRole('radio', { name: 'Yes', exact: true }).isChecked()).toBe(true);
    expect(await item(page, 0).getByLabel('Note').inputValue()).toBe('Signed in at reception; photo ID checked.');
    await until(() =>
      item(page, 0)
        .locator('img')
        .evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth),
    ).toBe(1600);
    expect(await item(page, 1).getByRole('radio', { name: 'Partly', exact: true }).isChecked()).toBe(true);
    expect(await item(page, 1).getByLabel('Note').inputValue()).toBe('Lanyard given, but its colour was not explained.');
    expect(await item(page, 1).getByRole('button', { name: 'Evidence for action 2a(i)' }).count()).toBe(1);
  });

  it('finishes the checklist and the visit', async () => {
    for (let i = 7; i < 10; i++) await answer(page, i, 'Yes');
    await answer(page, 10, '3: Mostly in place');
    await answer(page, 11, 'Not seen');
    await answer(page, 12, 'No');
    await item(page, 13).getByLabel('What you saw or heard').fill('Nothing to pass on.');
    await savedIn(item(page, 13));
    await until(() => current(page).getByText('14 of 14 recorded').isVisible()).toBe(true);
    await expectReflowAtTextZoom(page, 'checklist');
    await setTextZoom(page, 100);
    await current(page).getByRole('button', { name: 'Finish and write the report' }).tap();
    await until(() => heading(page)).toBe('Visit report');
  });

  it('drafts the report from the visit and sends it to the headteacher', async () => {
    const report = current(page);
    await report.getByRole('button', { name: 'Draft from the checklist' }).tap();
    await until(() => report.getByLabel('What was seen').inputValue()).toContain(
      'Safeguarding and culture (version 1), 14 of 14 items recorded',
    );
    expect(await report.getByLabel('Strengths').inputValue()).toContain('I was asked to sign in');
    expect(await report.getByLabel('Questions for the board').inputValue()).toContain(
      'Only partly in place: I was given a visitor lanyard',
    );
    expect(await report.getByLabel('Follow-ups').inputValue()).toContain('Evidence for action 2a(i) at the next review');
    const strengths = await report.getByLabel('Strengths').inputValue();
    await report.getByLabel('Strengths').fill(`${strengths}\n• Every adult we met was wearing ID.`);
    await savedIn(report);
    await expectNoSeriousA11yViolations(page, 'report (draft)');
    await expectReflowAtTextZoom(page, 'report');
    await setTextZoom(page, 100);
    await report.getByRole('button', { name: 'Send to the headteacher' }).tap();
    await until(() => report.getByRole('heading', { name: 'With the headteacher' }).isVisible()).toBe(true);
    await expectNoSeriousA11yViolations(page, 'report (with the head)');
  });

  it('reloads with the network still off and everything is there, the findings now evidence', async () => {
    await page.reload({ waitUntil: 'load' });
    await until(() => heading(page)).toBe('Visit report');
    await until(() => current(page).getByRole('heading', { name: 'With the headteacher' }).isVisible()).toBe(true);
    await until(() => current(page).locator('#report-strengths').textContent()).toContain('Every adult we met was wearing ID.');
    await page.goto(`${baseURL}/visits/${visitId}`, { waitUntil: 'load' });
    await until(() => heading(page)).toBe('Learning walk');
    await until(() => current(page).locator('#findings li').count()).toBe(2);
    await until(() => current(page).getByText('2 pieces of evidence from this visit').isVisible()).toBe(true);
    await expectNoSeriousA11yViolations(page, 'visit (done)');
    const stored = await storedVisit(page, visitId);
    expect(stored.responses).toBe(14);
    expect(stored.evidence.map((e) => e.kind).sort()).toEqual(['note', 'photo']);
    expect(stored.photo).toMatchObject({ type: 'image/jpeg', width: 1600, height: 1200 });
    expect(stored.photo!.bytes).toBe(stored.photo!.ref.bytes);
    expect(stored.photo!.bytes).toBeLessThan(photo.buffer.length / 5);
    console.info(`e2e: photo ${photo.buffer.length} bytes chosen, ${stored.photo!.bytes} bytes stored after compression`);
    expect(stored.outboxKinds).toEqual(expect.arrayContaining(['visits', 'visitResponses', 'evidence']));
    await current(page).locator('#findings').getByRole('link', { name: 'action 2a(i)' }).tap();
    await until(() => heading(page)).toMatch(/^Action 2a\(i\)/);
    await until(() => current(page).getByText('Lanyard given, but its colour was not explained.', { exact: false }).isVisible()).toBe(true);
  });

  it('shows visits due on Today, and the schedule and checklists, offline and accessible', async () => {
    await page.goto(`${baseURL}/today`, { waitUntil: 'load' });
    await until(() => current(page).getByRole('heading', { name: 'Visits due or overdue' }).isVisible()).toBe(true);
    await until(() => current(page).locator('[aria-labelledby="visits-due-heading"] ion-item').count()).toBeGreaterThan(0);
    await expectNoSeriousA11yViolations(page, 'today with visits due');
    await page.goto(`${baseURL}/visits/schedule`, { waitUntil: 'load' });
    await until(() => heading(page)).toMatch(/^Visit schedule \d{4}\/\d{2}$/);
    await until(() => current(page).getByText('Area 1:').isVisible()).toBe(true);
    await expectNoSeriousA11yViolations(page, 'schedule');
    await page.goto(`${baseURL}/visits/checklists`, { waitUntil: 'load' });
    await until(() => current(page).getByText('Early reading and curriculum').isVisible()).toBe(true);
    await expectNoSeriousA11yViolations(page, 'checklists');
    await page.goto(`${baseURL}/visits`, { waitUntil: 'load' });
    await current(page).locator('ion-item', { hasText: 'See whether phonics lessons' }).tap();
    await current(page).getByRole('link', { name: 'Open the report' }).tap();
    await until(() => current(page).getByRole('heading', { name: 'Agreed' }).isVisible()).toBe(true);
    await expectNoSeriousA11yViolations(page, 'report (agreed)');
  });

  it('a board-made checklist is written, used, changed, and the old visit keeps the old version', async () => {
    await page.goto(`${baseURL}/visits/checklists`, { waitUntil: 'load' });
    await current(page).getByRole('link', { name: 'Write a checklist' }).tap();
    await until(() => heading(page)).toBe('Write a checklist');
    const editor = current(page);
    await editor.getByLabel('Title', { exact: true }).fill('Reading corners');
    await editor.getByRole('button', { name: 'Save the checklist' }).tap();
    await until(() => editor.getByRole('alert').textContent()).toContain('Section 1, item 1: Item is required');
    await editor.getByLabel('Title of section 1').fill('Corners');
    await editor.getByLabel('Item 1: what to look for').fill('Books are tidy');
    await editor.getByRole('button', { name: 'Add an item to section 1' }).tap();
    await editor.getByLabel('Item 2: what to look for').fill('Books on display');
    await editor.getByLabel('How item 2 is answered').selectOption('number');
    await expectNoSeriousA11yViolations(page, 'checklist editor');
    await editor.getByRole('button', { name: 'Save the checklist' }).tap();
    await until(() => heading(page)).toBe('Reading corners');
    await expectNoSeriousA11yViolations(page, 'checklist (board-made)');

    const oldVisit = await planVisit(page, { purpose: 'Look at the reading corners.', checklist: 'Reading corners (version 1)' });
    await current(page).getByRole('link', { name: 'Start the visit' }).tap();
    await until(() => heading(page)).toBe('Reading corners');
    await answer(page, 0, 'Yes');
    await item(page, 1).getByLabel('Number').fill('12');
    await savedIn(item(page, 1));

    await page.goto(`${baseURL}/visits/checklists`, { waitUntil: 'load' });
    await current(page).locator('ion-item', { hasText: 'Reading corners' }).tap();
    await current(page).getByRole('link', { name: 'Change this checklist' }).tap();
    await until(() => heading(page)).toBe('Change the checklist');
    await expectNoSeriousA11yViolations(page, 'change a checklist');
    await current(page).getByLabel('Item 1: what to look for').fill('Books are tidy and labelled');
    await current(page).getByRole('button', { name: 'Save as a new version' }).tap();
    await until(() => current(page).getByText('Version 2', { exact: true }).isVisible()).toBe(true);

    await page.goto(`${baseURL}/visits/${oldVisit}/checklist`, { waitUntil: 'load' });
    await until(() =>
      current(page)
        .getByText(/^Version 1/)
        .isVisible(),
    ).toBe(true);
    expect(await item(page, 0).locator('h3').textContent()).toBe('Books are tidy (recorded)');
    expect(await item(page, 0).getByRole('radio', { name: 'Yes', exact: true }).isChecked()).toBe(true);
    expect(await item(page, 1).getByLabel('Number').inputValue()).toBe('12');
    await page.goto(`${baseURL}/visits/plan`, { waitUntil: 'load' });
    await until(() => current(page).getByLabel('Checklist').locator('option', { hasText: 'Reading corners' }).allTextContents()).toEqual([
      'Reading corners (version 2)',
    ]);
    expect(errors).toEqual([]);
  });
});
