// S19 end to end: a device whose app speaks an older protocol than the server is told, in the title
// bar, to update the app, and loses nothing: its unsent change waits on the device and reaches the
// board once the app speaks the server's protocol again. The old app is played by the browser
// rewriting the protocol header of every API request (service workers blocked, so each request
// passes the route). Run alone: npm run build && npx vitest run --project e2e test/e2e/protocol.test.ts
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { wire } from '../../src/domain';
import { expectNoSeriousA11yViolations } from './axe';
import { launchBrowser } from './browser';
import { fillSignIn, openWelcome, startDemoServer, type DemoServer } from './demo-server';
import { until, current, heading, syncStatus } from './app';

const STEP = 180_000;
const factOf = (page: Page, term: string) =>
  current(page).locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]').first().textContent();

describe('an app older than the board’s server', () => {
  let server: DemoServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let old = false;

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
    context = await browser.newContext({
      locale: 'en-GB',
      timezoneId: 'Europe/London',
      serviceWorkers: 'block',
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 3,
      isMobile: true,
      hasTouch: true,
    });
    await context.route('**/api/**', (route) =>
      route.continue({ headers: { ...route.request().headers(), [wire.PROTOCOL_HEADER]: old ? '1' : String(wire.PROTOCOL_VERSION) } }),
    );
  }, STEP);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it(
    'S19 an old-protocol device is told to update and loses nothing',
    async () => {
      page = await context.newPage();
      await openWelcome(page, server.url);
      await fillSignIn(page, 'chair@northgate.example');
      await until(() => heading(page)).toBe('Today');
      const [action] = await server.db.query<{ id: string }>(
        `SELECT id FROM records WHERE school_id = $1 AND kind = 'actions' AND data->>'archived' = 'false' ORDER BY data->>'position' LIMIT 1`,
        [server.schoolId],
      );
      await page.goto(`${server.url}/plan/actions/${action!.id}`, { waitUntil: 'load' });
      await until(() => heading(page)).toMatch(/^Action /);
      await until(() => syncStatus(page)).toMatch(/^Sync status: Up to date\./);

      old = true; // from here the app speaks protocol 1: the server answers it 426 "update the app"
      await current(page)
        .getByRole('button', { name: /^Edit action/ })
        .click();
      await current(page).getByLabel('Lead', { exact: true }).fill('Written on an old app');
      await current(page).getByRole('button', { name: 'Save action' }).click();
      await until(() => factOf(page, 'Lead')).toBe('Written on an old app');
      await until(() => syncStatus(page)).toBe(
        'Sync status: Update app. This version of Steward is too old for the board’s server: update the app to sync. Your changes are kept on this device and are sent once it is updated. 1 change waiting to be sent.',
      );
      // Opened again (the saved toast gone), the app still says so, and the screen passes axe.
      await page.reload({ waitUntil: 'load' });
      await until(() => syncStatus(page)).toMatch(/^Sync status: Update app\./);
      await expectNoSeriousA11yViolations(page, 'action with the update prompt in the title bar');
      const lead = async () =>
        (await server.db.query<{ lead: string }>(`SELECT data->>'lead' AS lead FROM records WHERE id = $1`, [action!.id]))[0]!.lead;
      await until(lead).not.toBe('Written on an old app');

      old = false; // the app is updated: the change kept on the device is sent
      await page.reload({ waitUntil: 'load' });
      await until(() => syncStatus(page)).toMatch(/^Sync status: Up to date\./);
      await until(lead).toBe('Written on an old app');
    },
    STEP,
  );
});
