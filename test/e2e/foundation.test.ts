// The foundation, end to end on a phone: first launch → load the demo → change an action's status →
// network off → reload → the app and the change are still there; every tab opens offline and passes axe.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoSeriousA11yViolations } from './axe';
import { goOffline, launchBrowser, phoneContext, trackPageErrors, waitForServiceWorker } from './browser';
import { expectReflowAtTextZoom } from './text-zoom';
import { until, current, openTab } from './app';
import { recordsOnDevice } from './device';

const baseURL = inject('baseURL');

const tabs = [
  { name: 'Today', path: '/today', shows: 'Milestones overdue or due soon' },
  { name: 'Plan', path: '/plan', shows: 'Areas for improvement' },
  { name: 'Visits', path: '/visits', shows: 'Visits made' },
  { name: 'Attendance', path: '/attendance', shows: 'Questions asked and answers' },
  { name: 'Meetings', path: '/meetings', shows: 'Coming up' },
];

/** The visible Ionic page (Ionic keeps earlier pages in the DOM, hidden). */

describe('foundation: an installable offline app with the demo board', () => {
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

  it('offers the demo on first launch and loads it', async () => {
    await page.goto(`${baseURL}/`, { waitUntil: 'networkidle' });
    await until(() => page.getByRole('heading', { name: 'Welcome to Steward' }).isVisible()).toBe(true);
    await expectNoSeriousA11yViolations(page, 'welcome');
    await page.getByRole('button', { name: 'Load the demo board' }).click();
    await until(() => page.getByText('Northgate Primary School').first().isVisible()).toBe(true);
    await until(() => current(page).getByText('Milestones overdue or due soon').isVisible()).toBe(true);
    // The demo is dated from today, so something is always overdue.
    await until(() => current(page).getByText('Overdue', { exact: true }).count()).toBeGreaterThan(0);
  });

  it('changes an action status and says so only once it is stored', async () => {
    await openTab(page, 'Plan');
    await current(page).getByText('Area 1:', { exact: false }).first().click();
    await until(() => current(page).locator('h1').textContent()).toBe('Area 1');
    await current(page).locator('ion-item[router-link*="/plan/actions/"]').first().click();
    await until(() => current(page).locator('h1').textContent()).toMatch(/^Action 1a\(i\)/);
    await expectNoSeriousA11yViolations(page, 'action');
    await current(page).getByRole('radio', { name: 'Stalled' }).click();
    await until(() => page.locator('ion-toast').first().getAttribute('message')).toBe('Status saved: Stalled');
    // The record is in IndexedDB, with its outbox entry.
    const actions = await recordsOnDevice<{ status: string }>(page, 'actions');
    const outbox = await recordsOnDevice<{ kind: string; op: string; fields: { status?: string } }>(page, 'outbox');
    const stored = {
      stalled: actions.filter((a) => a.status === 'stalled').length,
      outboxed: outbox.some((o) => o.kind === 'actions' && o.op === 'update' && o.fields.status === 'stalled'),
    };
    expect(stored.outboxed).toBe(true);
    expect(stored.stalled).toBeGreaterThan(0);
  });

  it('adds a note to the action', async () => {
    await current(page).locator('ion-textarea textarea').fill('Phonics leader showed the new assessment tracker.');
    await current(page).getByRole('button', { name: 'Save note' }).click();
    await until(() => current(page).getByText('Phonics leader showed the new assessment tracker.').isVisible()).toBe(true);
    // Saved means stored: the toast says so only after the write, and the note is in IndexedDB.
    await until(() => page.locator('ion-toast[message="Note saved on this device"]').count()).toBeGreaterThan(0);
    const evidence = await recordsOnDevice<{ kind: string; text: string }>(page, 'evidence');
    expect(evidence.some((e) => e.kind === 'note' && e.text === 'Phonics leader showed the new assessment tracker.')).toBe(true);
  });

  it('reloads with the network off, and the change and the note are still there', async () => {
    await waitForServiceWorker(page);
    const url = page.url();
    await goOffline(context);
    await page.reload({ waitUntil: 'load' });
    expect(page.url()).toBe(url);
    await until(() => current(page).locator('h1').textContent()).toMatch(/^Action 1a\(i\)/);
    await until(() => current(page).getByRole('radio', { name: 'Stalled' }).getAttribute('aria-checked')).toBe('true');
    await until(() => current(page).getByText('Phonics leader showed the new assessment tracker.').isVisible()).toBe(true);
  });

  it('opens every tab and Settings offline, each without serious accessibility problems', async () => {
    for (const tab of tabs) {
      await openTab(page, tab.name);
      await until(() => current(page).getByText(tab.shows).first().isVisible()).toBe(true);
      await expectNoSeriousA11yViolations(page, `${tab.name} (offline)`);
    }
    await current(page).getByRole('link', { name: 'Settings' }).click();
    await until(() => current(page).locator('h1').textContent()).toBe('Settings');
    await until(() => current(page).getByText('Storage on this device').isVisible()).toBe(true);
    await until(() =>
      current(page)
        .getByText(/Steward is using/)
        .isVisible(),
    ).toBe(true);
    await until(() =>
      current(page)
        .getByText(/changes? (is|are) saved on this device/)
        .isVisible(),
    ).toBe(true);
    await expectNoSeriousA11yViolations(page, 'Settings (offline)');
  });

  it('loads each route directly with the network off (deep links)', async () => {
    for (const tab of tabs) {
      await page.goto(`${baseURL}${tab.path}`, { waitUntil: 'load' });
      await until(() => current(page).getByText(tab.shows).first().isVisible()).toBe(true);
    }
  });

  it('reflows at 200% text on Today and Plan', async () => {
    for (const path of ['/today', '/plan']) {
      await page.goto(`${baseURL}${path}`, { waitUntil: 'load' });
      await until(() => current(page).locator('h1').count()).toBeGreaterThan(0);
      await expectReflowAtTextZoom(page, path);
    }
    expect(errors).toEqual([]);
  });
});

describe('foundation: installable', () => {
  it('serves a web manifest with maskable icons and a service worker that precaches the shell', async () => {
    const manifest = (await (await fetch(`${baseURL}/manifest.webmanifest`)).json()) as {
      name: string;
      icons: { purpose?: string; sizes: string }[];
      display: string;
    };
    expect(manifest.name).toContain('Steward');
    expect(manifest.display).toBe('standalone');
    expect(manifest.icons.some((i) => i.purpose === 'maskable' && i.sizes === '512x512')).toBe(true);
    const sw = await (await fetch(`${baseURL}/sw.js`)).text();
    expect(sw).toContain('index.html');
    expect(sw).toMatch(/assets\/PlanPage-[\w-]+\.js/);
  });
});
