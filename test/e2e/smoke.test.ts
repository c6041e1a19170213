// Smoke test: the built app loads on a phone, is titled "Steward", has no serious axe
// violations, reflows at 200% text and reloads with the network off.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoSeriousA11yViolations } from './axe';
import { goOffline, goOnline, launchBrowser, phoneContext, trackPageErrors, waitForServiceWorker } from './browser';
import { expectReflowAtTextZoom } from './text-zoom';

const baseURL = inject('baseURL');

describe('smoke', () => {
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens the first screen with a Steward title and no serious a11y violations', async () => {
    context = await phoneContext(browser);
    const page = await context.newPage();
    const errors = trackPageErrors(page);
    await page.goto(`${baseURL}/`, { waitUntil: 'networkidle' });
    expect(await page.title()).toContain('Steward');
    await expectNoSeriousA11yViolations(page, 'first screen (phone)');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reflows at 200% text on a 390 px phone', async () => {
    context = await phoneContext(browser);
    const page = await context.newPage();
    await page.goto(`${baseURL}/`, { waitUntil: 'networkidle' });
    await expectReflowAtTextZoom(page, 'first screen (phone)');
    await context.close();
  });

  it('reloads with the network off after the first visit', async () => {
    context = await phoneContext(browser);
    const page = await context.newPage();
    await page.goto(`${baseURL}/`, { waitUntil: 'networkidle' });
    await waitForServiceWorker(page);
    await goOffline(context);
    await page.reload({ waitUntil: 'load' });
    expect(await page.title()).toContain('Steward');
    await goOnline(context);
    await context.close();
  });
});
