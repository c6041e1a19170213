// Today on a board with more overdue than it lists at first: its five most pressing milestones, a
// button for the rest, which shows them all in the same list, with no serious accessibility problems.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoSeriousA11yViolations } from './axe';
import { launchBrowser, phoneContext, trackPageErrors } from './browser';
import { until, current } from './app';

const baseURL = inject('baseURL');

/** Adds `count` overdue milestones to the demo board, copies of one of its own, straight into the device's store. */
function addOverdueMilestones(page: Page, count: number): Promise<number> {
  return page.evaluate(async (count) => {
    const open = indexedDB.open('steward');
    const db = await new Promise<IDBDatabase>(
      (res, rej) => ((open.onsuccess = () => res(open.result)), (open.onerror = () => rej(open.error))),
    );
    const store = () => db.transaction('milestones', 'readwrite').objectStore('milestones');
    const all = await new Promise<{ id: string; areaId?: string; deleted?: boolean }[]>((res, rej) => {
      const r = store().getAll();
      r.onsuccess = () => res(r.result);
      r.onerror = () => rej(r.error);
    });
    const model = all.find((m) => m.areaId && !m.deleted)!;
    const tx = db.transaction('milestones', 'readwrite');
    for (let i = 0; i < count; i++)
      tx.objectStore('milestones').put({ ...model, id: crypto.randomUUID(), date: `2020-01-${String(i + 10)}`, metOn: null });
    await new Promise<void>((res, rej) => ((tx.oncomplete = () => res()), (tx.onerror = () => rej(tx.error))));
    db.close();
    return all.length + count;
  }, count);
}

describe("Today's short lists", () => {
  let browser: Browser;
  let page: Page;
  let errors: string[];
  const milestones = () => current(page).locator('#milestones-heading + * ion-item');

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await (await phoneContext(browser)).newPage();
    errors = trackPageErrors(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists the five most pressing milestones of many, then all of them when asked', async () => {
    await page.goto(`${baseURL}/`, { waitUntil: 'networkidle' });
    await page.getByRole('button', { name: 'Load the demo board' }).click();
    await until(() => current(page).getByText('Milestones overdue or due soon').isVisible()).toBe(true);
    await addOverdueMilestones(page, 8);
    await page.reload();
    const showAll = current(page).getByRole('button', { name: /^Show all \d+ milestones/ });
    await until(() => showAll.isVisible()).toBe(true);
    const total = Number(/Show all (\d+)/.exec((await showAll.textContent()) ?? '')![1]);
    expect(total).toBeGreaterThanOrEqual(8);
    expect(await milestones().count()).toBe(5);
    // The copies are the longest overdue (2020), so they come first.
    await until(() => milestones().first().textContent()).toContain('/01/2020');
    expect(await showAll.getAttribute('aria-expanded')).toBe('false');
    await expectNoSeriousA11yViolations(page, 'today with a short list');

    await showAll.click();
    await until(() => milestones().count()).toBe(total);
    const less = current(page).getByRole('button', { name: 'Show the first 5 only' });
    expect(await less.getAttribute('aria-expanded')).toBe('true');
    await expectNoSeriousA11yViolations(page, 'today with the whole list');
    await less.click();
    await until(() => milestones().count()).toBe(5);
    expect(errors).toEqual([]);
  });
});
