// Building an action plan on a phone with the network off: from a fresh board ("Start a board for
// my school"), add priorities, an area with a target, an improvement needed, two actions, five
// milestones, a strategy and performance rows; reorder the actions, archive one, see who changed
// what; reload and find it all; the timeline (a real table) on the phone, in print and on a desktop.
// Every screen and form touched is checked with axe.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { goOffline, launchBrowser, phoneContext, trackPageErrors, waitForServiceWorker } from './browser';
import { expectReflowAtTextZoom, setTextZoom } from './text-zoom';
import { until, current, onPage } from './app';
import { readPdf } from '../unit/exports/read';
import { actionRows, axe, day, fillAction, first, saidSaved, second, uk } from './plan-editing-kit';

const baseURL = inject('baseURL');
/** Each step's time limit: generous, as the machines that run this are often busy. */
const STEP = 180_000;
/** yyyy-mm-dd, `offset` days from today (what a date input takes). */
describe('plan editing: build a plan on a phone with no signal', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let areaUrl = '';

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
    'starts a fresh board offline, gives the user a name, and finds an empty plan that says what to do first',
    async () => {
      await page.goto(`${baseURL}/`, { waitUntil: 'networkidle' });
      await until(() => page.getByRole('heading', { name: 'Welcome to Steward' }).isVisible()).toBe(true);
      await waitForServiceWorker(page);
      await goOffline(context);
      await page.getByRole('button', { name: 'Start a board for my school' }).click();
      await page.getByLabel('School name', { exact: true }).fill('Hillside Primary School');
      await page.getByRole('button', { name: 'Start the board' }).click();
      await onPage(page, 'Today');

      await current(page).getByRole('link', { name: 'Settings' }).click();
      await onPage(page, 'Settings');
      await current(page).getByRole('textbox', { name: 'Your name' }).fill('Asha Khan');
      await current(page).getByRole('button', { name: 'Save your name' }).click();
      await until(() => current(page).getByRole('status').filter({ hasText: 'Asha Khan' }).count()).toBe(1);
      await axe(page, 'settings with your name');

      await page.locator('ion-tab-button', { hasText: 'Plan' }).click();
      await onPage(page, 'Plan');
      await until(() => current(page).getByText('Hillside Primary School action plan').isVisible()).toBe(true);
      await until(() => current(page).getByRole('button', { name: 'Add the first area for improvement' }).isVisible()).toBe(true);
      await axe(page, 'empty plan');
    },
    STEP,
  );

  it(
    'sets the plan’s period (refusing an end before the start) and its priorities',
    async () => {
      const view = current(page);
      await view.getByRole('button', { name: 'Edit plan details' }).click();
      const form = view.getByRole('form', { name: 'Plan details' });
      await form.getByLabel('Plan starts', { exact: true }).fill(day(-60));
      await form.getByLabel('Plan ends', { exact: true }).fill(day(-90));
      await form.getByRole('button', { name: 'Save plan details' }).click();
      await until(() => form.getByText('The plan must end on or after it starts').count()).toBeGreaterThan(0);
      await axe(page, 'plan details form with a problem');
      await form.getByLabel('Plan ends', { exact: true }).fill(day(300));
      await form.getByRole('button', { name: 'Save plan details' }).click();
      await saidSaved(page, 'Plan details saved');
      await until(() => view.getByText(`${uk(day(-60))} to ${uk(day(300))}`).count()).toBe(1);

      await view.getByRole('button', { name: 'Add priorities' }).click();
      const priorities = view.getByRole('form', { name: 'Priorities' });
      await priorities.getByLabel('Priority 1', { exact: true }).fill('Help the school carry out its plan on time');
      await priorities.getByRole('button', { name: 'Add a priority' }).click();
      await priorities.getByLabel('Priority 2', { exact: true }).fill('Check the actions and judge their impact');
      await axe(page, 'priorities form');
      await priorities.getByRole('button', { name: 'Save priorities' }).click();
      await saidSaved(page, 'Priorities saved');
      await until(() => view.locator('#priorities li').allTextContents()).toEqual([
        'Help the school carry out its plan on time',
        'Check the actions and judge their impact',
      ]);
    },
    STEP,
  );

  it(
    'adds an area with a target, and is taken to it',
    async () => {
      const view = current(page);
      await view.getByRole('button', { name: 'Add the first area for improvement' }).click();
      const form = view.getByRole('form', { name: 'New area for improvement' });
      await form.getByRole('button', { name: 'Save area' }).click();
      await until(() => form.getByText('Area title is required').count()).toBeGreaterThan(0);
      await form.getByLabel('Area title', { exact: true }).fill('Reading: more pupils read fluently by the end of Key Stage 1');
      await form.getByLabel('Target 1', { exact: true }).fill('Phonics screening check at 80% or more');
      await axe(page, 'new area form');
      await form.getByRole('button', { name: 'Save area' }).click();
      await onPage(page, 'Area 1');
      areaUrl = page.url();
      await until(() => current(page).getByText('Phonics screening check at 80% or more').isVisible()).toBe(true);
      await axe(page, 'new area');
    },
    STEP,
  );

  it(
    'adds an improvement needed and two actions (refusing a finish before the start)',
    async () => {
      const view = current(page);
      await view.getByRole('button', { name: 'Add the first improvement needed' }).click();
      await view.getByLabel('Improvement needed', { exact: true }).fill('Phonics is taught consistently in every class');
      await view.getByRole('button', { name: 'Save', exact: true }).click();
      await saidSaved(page, 'Improvement needed added');

      await view.getByRole('button', { name: 'Add an action to 1a' }).click();
      let form = view.getByRole('form', { name: 'New action for 1a' });
      await fillAction(form, { ...first, finish: day(-50) });
      await form.getByRole('button', { name: 'Save action' }).click();
      await until(() => form.getByText('Finish must be on or after start').count()).toBeGreaterThan(0);
      await axe(page, 'new action form with a problem');
      await form.getByLabel('Finish', { exact: true }).fill(first.finish);
      await form.getByRole('button', { name: 'Save action' }).click();
      await saidSaved(page, 'Action 1a(i) added');

      await view.getByRole('button', { name: 'Add an action to 1a' }).click();
      form = view.getByRole('form', { name: 'New action for 1a' });
      await fillAction(form, second);
      await form.getByRole('button', { name: 'Save action' }).click();
      await saidSaved(page, 'Action 1a(ii) added');
      await until(() => actionRows(page)).toEqual([`1a(i) ${first.description}`, `1a(ii) ${second.description}`]);
    },
    STEP,
  );

  it(
    'sets the five milestones and marks the first met',
    async () => {
      const view = current(page);
      for (const n of [1, 2, 3, 4, 5]) {
        await view.getByRole('button', { name: `Set milestone ${n}` }).click();
        const form = view.getByRole('form', { name: `Milestone ${n}` });
        await form.getByLabel(`Milestone ${n} date`, { exact: true }).fill(day(-30 + n * 50));
        await form
          .getByLabel(`Milestone ${n} description`, { exact: true })
          .fill(
            `Milestone ${n}: ${['staff trained', 'routines in every class', 'half-term check', 'keep-up groups', 'screening at 80%'][n - 1]}`,
          );
        if (n === 1) await axe(page, 'milestone form');
        await form.getByRole('button', { name: `Save milestone ${n}` }).click();
        await saidSaved(page, `Milestone ${n} saved`);
      }
      await until(() => view.getByRole('button', { name: /^Set milestone/ }).count()).toBe(0);
      await view.getByRole('button', { name: 'Mark met today: milestone 1' }).click();
      await saidSaved(page, `Milestone 1 marked met on ${uk(day(0))}`);
      await until(() => view.locator('.milestone-met').count()).toBe(1);
    },
    STEP,
  );

  it(
    'reorders the actions, archives one, and shows it again on request',
    async () => {
      const view = current(page);
      await view.getByRole('button', { name: 'Move 1a(ii) up' }).click();
      await until(() => actionRows(page)).toEqual([`1a(i) ${second.description}`, `1a(ii) ${first.description}`]);
      await view.getByRole('button', { name: 'Archive 1a(ii)' }).click();
      await until(() => actionRows(page)).toEqual([`1a(i) ${second.description}`]);
      await view.getByRole('switch', { name: 'Show archived' }).click();
      await until(() => actionRows(page)).toEqual([`1a(i) ${second.description}`, `1a(ii) ${first.description}`]);
      await until(() => view.getByRole('button', { name: 'Bring back 1a(ii)' }).count()).toBe(1);
      await axe(page, 'area with archived shown');
      await view.getByRole('switch', { name: 'Show archived' }).click();
      await until(() => actionRows(page)).toHaveLength(1);
      await until(() => view.locator('#changes li').first().textContent()).toMatch(/Action 1a\(ii\): Archived.*By Asha Khan/);
    },
    STEP,
  );

  it(
    'edits an action and shows who changed what and when',
    async () => {
      await current(page).getByText(second.description, { exact: true }).click();
      await onPage(page, 'Action 1a(i)');
      const view = current(page);
      await axe(page, 'action');
      await view.getByRole('button', { name: 'Edit action 1a(i)' }).click();
      const form = view.getByRole('form', { name: 'Edit action 1a(i)' });
      await until(() => form.getByLabel('Lead', { exact: true }).inputValue()).toBe(second.lead);
      await form.getByLabel('Lead', { exact: true }).fill('Mrs Patel');
      await axe(page, 'edit action form');
      await form.getByRole('button', { name: 'Save action' }).click();
      await saidSaved(page, 'Action 1a(i) saved');
      await until(() => view.locator('.facts').textContent()).toContain('Mrs Patel');
      const changes = view.locator('#changes li');
      await until(() => changes.first().textContent()).toMatch(/Changed the lead to “Mrs Patel”/);
      await until(() => changes.allTextContents()).toEqual([
        expect.stringMatching(/^Action 1a\(i\): Changed the lead to “Mrs Patel”By Asha Khan, \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/),
        expect.stringMatching(/Moved to place 1/),
        expect.stringMatching(/Added/),
      ]);
    },
    STEP,
  );

  it(
    'adds a monitoring strategy and performance rows (template and own), refusing a figure that is not a number',
    async () => {
      await page.locator('ion-tab-button', { hasText: 'Plan' }).click();
      await onPage(page, 'Plan');
      const view = current(page);
      await view.getByRole('button', { name: 'Add a strategy' }).click();
      const strategy = view.getByRole('form', { name: 'New strategy' });
      await strategy.getByRole('radio', { name: 'Evaluation' }).click();
      await strategy.getByLabel('Who', { exact: true }).fill('School Improvement Committee');
      await strategy.getByLabel('What', { exact: true }).fill('Review every action and milestone against its success criteria');
      await strategy.getByLabel('When', { exact: true }).fill('Every half term');
      await axe(page, 'strategy form');
      await strategy.getByRole('button', { name: 'Save strategy' }).click();
      await saidSaved(page, 'Strategy saved');
      await until(() => view.getByRole('table', { name: 'Evaluation (internal)' }).textContent()).toContain('School Improvement Committee');

      await view.getByRole('button', { name: 'Add the template’s measures' }).click();
      await until(() => view.locator('#performance tbody tr').count()).toBe(8);
      await view.getByRole('button', { name: 'Add a measure' }).click();
      const measure = view.getByRole('form', { name: 'New measure' });
      await measure.getByLabel('Measure', { exact: true }).fill('Year 4 multiplication check: full marks');
      await measure.getByLabel('Target this year (%)', { exact: true }).fill('forty');
      await measure.getByRole('button', { name: 'Save measure' }).click();
      await until(() => measure.getByText('Target this year: enter a number from 0 to 100, or leave it blank').count()).toBeGreaterThan(0);
      await axe(page, 'measure form with a problem');
      await measure.getByLabel('Target this year (%)', { exact: true }).fill('40');
      await measure.getByRole('button', { name: 'Save measure' }).click();
      await saidSaved(page, 'Year 4 multiplication check: full marks saved');
      await until(() => view.getByRole('row', { name: /Year 4 multiplication check/ }).textContent()).toContain('40%');
      await axe(page, 'plan with everything');
    },
    STEP,
  );

  it(
    'shows the timeline as a table that scrolls sideways on a phone, with today and the milestones marked',
    async () => {
      await current(page).getByRole('link', { name: 'Timeline' }).click();
      await onPage(page, 'Timeline');
      const view = current(page);
      const region = view.getByRole('region', { name: /^Area 1: Reading/ });
      await until(() => region.count()).toBe(1);
      expect(await region.getAttribute('tabindex')).toBe('0');
      const table = region.getByRole('table');
      // Months across: from the plan's start to its end, one column each, after the action column.
      const columns = await table.getByRole('columnheader').count();
      expect(columns).toBeGreaterThanOrEqual(12);
      await until(() => table.getByRole('columnheader', { name: /Today/ }).count()).toBe(1);
      // Actions down (the archived one left out), each row named by its action and dates.
      await until(() => table.getByRole('rowheader').allTextContents()).toEqual([
        '1a. Phonics is taught consistently in every class',
        `1a(i) ${second.description}${uk(second.start)} to ${uk(second.finish)}`,
        'Milestones',
      ]);
      await until(() => table.locator('.marker').count()).toBe(5);
      expect(await table.getByText(`Milestone 1, ${uk(day(20))}, met`).count()).toBe(1);
      expect(await table.getByText(`Starts ${uk(second.start)}`).count()).toBe(1);
      expect(await table.getByText(`Finishes ${uk(second.finish)}`).count()).toBe(1);
      // On a phone it scrolls sideways, the action column staying put; the keyboard can scroll it.
      const scroll = await region.evaluate((el) => ({
        wide: el.scrollWidth > el.clientWidth,
        sticky: getComputedStyle(el.querySelector('th')!).position,
      }));
      expect(scroll).toEqual({ wide: true, sticky: 'sticky' });
      await region.focus();
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await until(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
      await axe(page, 'timeline (phone)');
      await expectReflowAtTextZoom(page, 'timeline at 200% text');
      await setTextZoom(page, 100);
    },
    STEP,
  );

  it(
    'prints the timeline without the app’s bars and without clipping it',
    async () => {
      // Paper: A4 landscape at 96 dpi, less the 1 cm margins.
      await page.setViewportSize({ width: 1047, height: 718 });
      await page.emulateMedia({ media: 'print' });
      try {
        const view = current(page);
        const printed = await view
          .locator('.timeline-scroll')
          .first()
          .evaluate((el) => ({ overflow: getComputedStyle(el).overflowX, clipped: el.scrollWidth > el.clientWidth + 1 }));
        expect(printed).toEqual({ overflow: 'visible', clipped: false });
        expect(await page.locator('ion-tab-bar').evaluate((el) => getComputedStyle(el).display)).toBe('none');
        expect(await view.getByRole('button', { name: 'Print the timeline' }).isVisible()).toBe(false);
        // On paper, read back: every area's heading is printed, and none of the app's chrome.
        const areas = await view.locator('.timeline-area h2').allTextContents();
        expect(areas.length).toBeGreaterThan(0);
        const { pages } = await readPdf(new Blob([new Uint8Array(await page.pdf({ preferCSSPageSize: true, printBackground: true }))]));
        const paper = pages.join(' ').replace(/\s+/g, ' ');
        for (const area of areas) expect(paper).toContain(area.replace(/\s+/g, ' ').trim());
        expect(paper).not.toContain('Print the timeline');
        expect(pages.length).toBeGreaterThanOrEqual(areas.length);
      } finally {
        await page.emulateMedia({ media: 'screen' });
        await page.setViewportSize({ width: 390, height: 844 });
      }
    },
    STEP,
  );

  it(
    'reloads with the network off and everything is still there',
    async () => {
      await page.goto(areaUrl, { waitUntil: 'load' });
      await onPage(page, 'Area 1');
      await until(() => actionRows(page)).toEqual([`1a(i) ${second.description}`]);
      await until(() => current(page).locator('.milestone').count()).toBe(5);
      await until(() =>
        current(page)
          .getByRole('button', { name: /^Set milestone/ })
          .count(),
      ).toBe(0);
      await page.goto(`${baseURL}/plan`, { waitUntil: 'load' });
      await onPage(page, 'Plan');
      const view = current(page);
      await until(() => view.locator('#priorities li').count()).toBe(2);
      await until(() => view.getByText('Reading: more pupils read fluently by the end of Key Stage 1').count()).toBe(1);
      await until(() => view.locator('#performance tbody tr').count()).toBe(9);
      await until(() => view.getByRole('table', { name: 'Evaluation (internal)' }).count()).toBe(1);
      await until(() => view.locator('#plan-changes li').first().textContent()).toMatch(/By Asha Khan/);
    },
    STEP,
  );

  it(
    'shows the timeline at desktop width',
    async () => {
      await page.setViewportSize({ width: 1366, height: 900 });
      await page.goto(`${baseURL}/plan/timeline`, { waitUntil: 'load' });
      await onPage(page, 'Timeline');
      const table = current(page).getByRole('table');
      await until(() => table.getByRole('rowheader').count()).toBe(3);
      const width = await current(page)
        .locator('.timeline th')
        .first()
        .evaluate((el) => el.getBoundingClientRect().width);
      expect(width).toBeGreaterThan(200);
      await axe(page, 'timeline (desktop)');
      expect(errors).toEqual([]);
    },
    STEP,
  );
});
