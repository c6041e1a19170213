// Browser helpers for e2e tests and benchmarks: system Chromium via playwright-core, phone and
// desktop contexts, offline switching and service-worker readiness. No vitest imports here.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumPath } from './paths';

/** Flags for every Chromium we start (Playwright adds --headless itself; chrome-launcher needs it). */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/** Every browser launched in this process and not yet closed (read by on-failure.ts when a test fails). */
export const openBrowsers = new Set<Browser>();

/** Launches headless system Chromium (/usr/bin/chromium). Close it in afterAll. */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumFlags });
  openBrowsers.add(browser);
  browser.on('disconnected', () => openBrowsers.delete(browser));
  return browser;
}

const common = { locale: 'en-GB', timezoneId: 'Europe/London', serviceWorkers: 'allow' } as const;

/** A fresh phone-sized context (390×844 @3x, touch, en-GB, Europe/London, service workers on). */
export function phoneContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({
    ...common,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 3,
    isMobile: true,
    hasTouch: true,
  });
}

/** A fresh desktop context (1366×900 @1x, en-GB, Europe/London, service workers on). */
export function desktopContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ ...common, viewport: { width: 1366, height: 900 }, deviceScaleFactor: 1 });
}

/** Cuts the network for every page (and service worker) in the context. */
export function goOffline(context: BrowserContext): Promise<void> {
  return context.setOffline(true);
}

/** Restores the network for the context. */
export function goOnline(context: BrowserContext): Promise<void> {
  return context.setOffline(false);
}

/** Waits until the service worker is active and controls the page (reloads once if needed), so offline reloads work. */
export async function waitForServiceWorker(page: Page, timeoutMs = 30_000): Promise<void> {
  const ready = page.evaluate(async () => {
    if (!('serviceWorker' in navigator)) throw new Error('navigator.serviceWorker is unavailable (not a secure context?)');
    await navigator.serviceWorker.ready;
  });
  await withTimeout(ready, timeoutMs, 'service worker did not become ready');
  if (await waitForController(page, 1_500)) return;
  await page.reload({ waitUntil: 'load' });
  if (!(await waitForController(page, 10_000))) {
    throw new Error('service worker is active but does not control the page even after a reload');
  }
}

/** True once navigator.serviceWorker.controller is set, false after timeoutMs. */
function waitForController(page: Page, timeoutMs: number): Promise<boolean> {
  return page.evaluate(
    (ms) =>
      new Promise<boolean>((resolve) => {
        if (navigator.serviceWorker.controller) return resolve(true);
        const timer = setTimeout(() => resolve(Boolean(navigator.serviceWorker.controller)), ms);
        navigator.serviceWorker.addEventListener('controllerchange', () => {
          clearTimeout(timer);
          resolve(true);
        });
      }),
    timeoutMs,
  );
}

/** Collects uncaught page errors and console errors; assert the array is empty at the end of a test. */
export function trackPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()} (${message.location().url})`);
  });
  return errors;
}

async function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
