// The one way e2e tests wait on the app, and the page helpers every file shares.
// A two-core CI machine running other jobs can take seconds over what a quiet desktop takes, so
// every wait on the app's state goes through `until`, whose timeout is generous (vitest's own
// default for expect.poll is 1 s, which a busy machine misses). Lint forbids expect.poll elsewhere.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';

/** How long any wait on the app's state may take before the test fails. */
export const appWaitMs = 30_000;

/** Polls `read` until the assertion chained on it holds, for up to `timeout` ms (default appWaitMs). */
export function until<T>(read: () => T | Promise<T>, timeout = appWaitMs) {
  return expect.poll(read, { timeout, interval: 100 });
}

/** The visible Ionic page (Ionic keeps earlier pages in the DOM, hidden). */
export const current = (page: Page): Locator => page.locator('.ion-page:not(.ion-page-hidden)').last();

/** The text of the visible page's first heading. */
export const heading = (page: Page) => current(page).locator('h1').first().textContent();

/** Waits until the visible page's heading is `title` (exactly, or matching a pattern). */
export async function onPage(page: Page, title: string | RegExp) {
  if (typeof title === 'string') await until(() => heading(page)).toBe(title);
  else await until(() => heading(page)).toMatch(title);
}

/** The tab bar's button for a tab. */
export const tabButton = (page: Page, name: string) => page.locator('ion-tab-button', { hasText: name });

/** Opens a tab at its first screen (a tab keeps its own history: tapping it again goes back to its start). */
export async function openTab(page: Page, name: string) {
  const button = tabButton(page, name);
  await button.click();
  await until(() => button.getAttribute('class')).toContain('tab-selected');
  if (!((await heading(page)) ?? '').includes(name)) await button.click();
  await until(() => heading(page)).toContain(name);
}

/** What the title bar's sync status says to a screen reader ("Sync status: Up to date. …"). */
export const syncStatus = (page: Page) => current(page).locator('ion-header .header-sync').first().getAttribute('title');
