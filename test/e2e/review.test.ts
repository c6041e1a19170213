// Half-termly review end to end on a phone: a fresh board gets a small plan, then with the network
// off the committee starts this half term's review, rates every action (notes on amber and red,
// evidence seen and added, challenge and response, a next step that becomes a plan action), leaves
// mid-review and comes back to find everything, judges each area, is told what is missing, and the
// chair finalises. The review is then locked, and the trend shows its ratings. Axe on every screen.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoSeriousA11yViolations } from './axe';
import { readPdf } from '../unit/exports/read';
import { goOffline, launchBrowser, phoneContext, trackPageErrors, waitForServiceWorker } from './browser';
import { expectReflowAtTextZoom, setTextZoom } from './text-zoom';
import { buildPlan } from './review-plan';
import { until, current, onPage } from './app';
import { recordsOnDevice } from './device';

const baseURL = inject('baseURL');
const saved = (page: Page) => until(() => current(page).locator('.save-status').textContent()).toBe('Saved on this device.');

describe('half-termly review: build a plan, review it offline, finalise, see it locked and in the trend', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let reviewUrl = '';
  let firstCardUrl = '';
  const dueBy = new Date(Date.now() + 30 * 864e5).toLocaleDateString('en-CA');
  const ukDue = dueBy.split('-').reverse().join('/');

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await phoneContext(browser);
    page = await context.newPage();
    errors = trackPageErrors(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('starts a fresh board and builds a small plan', async () => {
    await page.goto(`${baseURL}/`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Start a board for my school' }).click();
    await page.getByLabel('School name').fill('Hillside Primary School');
    await page.getByRole('button', { name: 'Start the board' }).click();
    await onPage(page, 'Today');
    await buildPlan(page, baseURL);
    await waitForServiceWorker(page);
  });

  it('with the network off, starts this half term’s review from Today', async () => {
    await goOffline(context);
    await page.goto(`${baseURL}/today`, { waitUntil: 'load' });
    await onPage(page, 'Today');
    await current(page)
      .getByText(/^Start the .* review$/)
      .click();
    await onPage(page, 'Half-termly reviews');
    await expectNoSeriousA11yViolations(page, 'reviews list');
    await current(page)
      .getByRole('button', { name: /^Start the .* review$/ })
      .click();
    await onPage(page, /^(Autumn|Spring|Summer) \d \d{4}\/\d\d review$/);
    reviewUrl = page.url();
    await until(() => current(page).getByText('0 of 3 actions rated').count()).toBe(1);
    await expectNoSeriousA11yViolations(page, 'review overview (draft)');
    await expectReflowAtTextZoom(page, 'review overview (draft)');
    await setTextZoom(page, 100);
  });

  it('rates the first action amber with a note, evidence, challenge, response and a next step', async () => {
    await current(page)
      .getByText(/Begin with the first action/i)
      .click();
    await onPage(page, 'Action 1a(i)');
    firstCardUrl = page.url();
    const card = current(page);
    await card.getByRole('radio', { name: 'Amber: at risk' }).check();
    await until(() => card.locator('.save-status').textContent()).toBe('Not saved yet: an amber rating needs a note saying why.');
    await card.getByLabel('Note (required)').fill('Training started three weeks late; two classes still waiting.');
    await saved(page);
    await card.getByRole('checkbox', { name: /Phonics training register/ }).check();
    await saved(page);
    await card.getByLabel('New evidence').fill('Training dates for the spring term, shown by the English lead.');
    await card.getByRole('button', { name: 'Add evidence' }).click();
    await until(() => card.getByRole('checkbox', { name: /Training dates for the spring term/ }).isChecked()).toBe(true);
    await card.getByLabel('Governors’ challenge').fill('Why did training start late, and how will the two classes catch up?');
    await card.getByLabel('School’s response').fill('Supply cover fell through; the two classes are booked for January.');
    await saved(page);
    await card.getByLabel('Next step').fill('Confirm supply cover for the January training');
    await card.getByLabel('Owner').fill('Claire Donnelly');
    await card.getByLabel('Due by').fill(dueBy);
    await card.getByRole('button', { name: 'Add next step' }).click();
    await until(() => card.getByText('Added to the plan as action 1a(iii) and kept in this review.').count()).toBe(1);
    await expectNoSeriousA11yViolations(page, 'review card (filled)');
    await expectReflowAtTextZoom(page, 'review card');
    await setTextZoom(page, 100);
  });

  it('leaves mid-review and comes back to find everything (reload, still offline)', async () => {
    await page.goto(firstCardUrl, { waitUntil: 'load' });
    await onPage(page, 'Action 1a(i)');
    const card = current(page);
    await until(() => card.getByRole('radio', { name: 'Amber: at risk' }).isChecked()).toBe(true);
    await until(() => card.getByLabel('Note (required)').inputValue()).toBe(
      'Training started three weeks late; two classes still waiting.',
    );
    await until(() => card.getByRole('checkbox', { name: /Phonics training register/ }).isChecked()).toBe(true);
    await until(() => card.getByLabel('School’s response').inputValue()).toContain('booked for January');
    await until(() => card.getByText(`Confirm supply cover for the January training (Claire Donnelly, by ${ukDue})`).count()).toBe(1);
    // The next step is a new action in the plan, under the same improvement-needed row.
    const stored = (await recordsOnDevice<{ description: string; lead: string; position: number }>(page, 'actions')).find(
      (a) => a.description === 'Confirm supply cover for the January training',
    );
    expect(stored).toMatchObject({ lead: 'Claire Donnelly', position: 3 });
  });

  it('rates the second action red and judges area 1', async () => {
    await current(page).getByRole('button', { name: 'Next action' }).click();
    await onPage(page, 'Action 1a(ii)');
    await current(page).getByRole('radio', { name: 'Red: off track' }).check();
    await current(page).getByLabel('Note (required)').fill('No phonics assessment since September.');
    await saved(page);
    await current(page).getByRole('button', { name: 'Judge area 1' }).click();
    await onPage(page, 'Judge area 1');
    await until(() =>
      current(page)
        .getByText(/The ratings point to insufficient progress: 1 action is red\./)
        .count(),
    ).toBe(1);
    await expectNoSeriousA11yViolations(page, 'area judgement');
    await expectReflowAtTextZoom(page, 'area judgement');
    await setTextZoom(page, 100);
    await current(page).getByRole('radio', { name: 'Insufficient progress' }).check();
    await current(page).getByLabel('Reason').fill('Assessment has stalled and training is behind.');
    await saved(page);
    await current(page).getByRole('button', { name: 'Next: area 2' }).click();
    await onPage(page, 'Action 2a(i)');
    await current(page).getByRole('radio', { name: 'Green: on track' }).check();
    await saved(page);
  });

  it('will not finalise while an area is not judged, and says what is missing', async () => {
    await page.goto(`${reviewUrl}/finalise`, { waitUntil: 'load' });
    await onPage(page, /^Finalise the /);
    await until(() => current(page).getByText('Not ready yet: 1 thing is missing').count()).toBe(1);
    await expectNoSeriousA11yViolations(page, 'finalise (incomplete)');
    await current(page).getByText('Area 2: no judgement of progress yet').click();
    await onPage(page, 'Judge area 2');
    await current(page).getByRole('radio', { name: 'Good progress' }).check();
    await current(page).getByLabel('Reason').fill('Attendance tracking is in place and working.');
    await saved(page);
  });

  it('the chair finalises it after confirming', async () => {
    await current(page).getByRole('button', { name: 'Check and finalise' }).click();
    await onPage(page, /^Finalise the /);
    await until(() => current(page).getByText('Ready to finalise').count()).toBe(1);
    await current(page).getByLabel('Finalised by (the chair)').fill('Margaret Okafor');
    await current(page).getByRole('button', { name: 'Finalise the review' }).click();
    await expectNoSeriousA11yViolations(page, 'finalise (confirm)');
    await current(page).getByRole('button', { name: 'Yes, finalise and lock' }).click();
    await onPage(page, /review$/);
    await until(() => current(page).getByText('Finalised and locked.').count()).toBe(1);
  });

  it('shows the locked review, with no way to edit it', async () => {
    const view = current(page);
    await until(() => view.getByText(/by Margaret Okafor\. Nothing in this review can be changed\./).count()).toBe(1);
    await until(() => view.getByText(/Insufficient progress/).count()).toBeGreaterThan(0);
    await view.getByRole('button', { name: 'Ratings of the 2 actions in area 1' }).click();
    await until(() => view.getByText('Note: Training started three weeks late; two classes still waiting.').count()).toBe(1);
    await until(() => view.getByText(/^Challenge: Why did training start late/).count()).toBe(1);
    await until(() => view.getByText(/^Next steps: Confirm supply cover/).count()).toBe(1);
    expect(await view.getByRole('radio').count()).toBe(0);
    expect(await view.locator('textarea, input').count()).toBe(0);
    await expectNoSeriousA11yViolations(page, 'locked review');
    await expectReflowAtTextZoom(page, 'locked review');
    await setTextZoom(page, 100);
    // On A4, read back: the review as it reads, over as many sheets as it needs, without the app's bars.
    await page.emulateMedia({ media: 'print' });
    try {
      const { pages } = await readPdf(new Blob([new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true }))]));
      const paper = pages.join(' ');
      expect(paper).toContain('Note: Training started three weeks late; two classes still waiting.');
      expect(paper).toMatch(/Insufficient progress/);
      expect(paper).not.toMatch(/Today\s+Plan\s+Visits\s+Attendance\s+Meetings/);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
    // The walk-through card of a locked review offers nothing to change.
    await page.goto(firstCardUrl, { waitUntil: 'load' });
    await onPage(page, 'Action 1a(i)');
    await until(() =>
      current(page)
        .getByText(/^This review was finalised on \d\d\/\d\d\/\d{4} and is locked/)
        .count(),
    ).toBe(1);
    expect(await current(page).getByRole('radio').count()).toBe(0);
    expect(await current(page).locator('textarea').count()).toBe(0);
  });

  it('shows the ratings in the trend, and the targets against actuals', async () => {
    await page.goto(`${baseURL}/reviews/trend`, { waitUntil: 'load' });
    await onPage(page, 'Trend and targets');
    const view = current(page);
    const areaRow = view.getByRole('row', { name: /^Area 1: Reading/ });
    await until(() => areaRow.textContent()).toContain('Red: off track');
    await until(() => view.getByRole('row', { name: /^Area 2: Attendance/ }).textContent()).toContain('Green: on track');
    await view.getByRole('button', { name: /^Area 1: Reading.*\(3 actions\)$/ }).click();
    await until(() => view.getByRole('row', { name: /^1a\(i\) / }).textContent()).toContain('Amber: at risk');
    await until(() => view.getByRole('row', { name: /^1a\(ii\) / }).textContent()).toContain('Red: off track');
    await until(() => view.getByRole('row', { name: /^1a\(iii\) / }).textContent()).toContain('Not rated');
    await until(() => view.getByText('1 of 2 targets met so far this year.', { exact: true }).count()).toBe(1);
    await view.getByRole('button', { name: 'The same figures as a table' }).click();
    await until(() => view.getByRole('row', { name: /Persistent absence/ }).textContent()).toContain('Target missed');
    await expectNoSeriousA11yViolations(page, 'trend');
  });

  it('Today says the review is finalised; the phase benchmarks open offline', async () => {
    await page.goto(`${baseURL}/today`, { waitUntil: 'load' });
    await onPage(page, 'Today');
    await until(() =>
      current(page)
        .getByText(/review finalised$/)
        .count(),
    ).toBe(1);
    await page.goto(`${baseURL}/reviews/benchmarks`, { waitUntil: 'load' });
    await onPage(page, 'Phase benchmarks');
    const view = current(page);
    await until(() => view.getByText(/is in the Stabilise phase/).count()).toBe(1);
    const sendco = view.getByRole('group', { name: /A SENDCO is in role/ }).getByRole('radio', { name: 'Met', exact: true });
    await sendco.click();
    await until(() => sendco.isChecked()).toBe(true);
    await until(() => view.getByText(/^Met 1 · partly met 0/).count()).toBe(1);
    await expectNoSeriousA11yViolations(page, 'phase benchmarks');
    await expectReflowAtTextZoom(page, 'phase benchmarks');
    await setTextZoom(page, 100);
  });

  it('works on a desktop screen too', async () => {
    await page.setViewportSize({ width: 1366, height: 900 });
    for (const [url, title] of [
      [reviewUrl, /review$/],
      [`${baseURL}/reviews/trend`, 'Trend and targets'],
      [`${baseURL}/reviews`, 'Half-termly reviews'],
    ] as const) {
      await page.goto(url, { waitUntil: 'load' });
      await onPage(page, title);
      await expectNoSeriousA11yViolations(page, `${title} (desktop)`);
    }
    expect(errors).toEqual([]);
  });
});
