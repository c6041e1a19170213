// Several boards on one device, end to end (docs/sync-protocol.md C5, A6, C6): someone starts a
// board on their device, signs in as the demo chair and has both boards, switches between them,
// uploads the device-only board, and finds it on a second device after signing in there. Signing
// out asks first, with what is not yet synced: keep the boards, or remove them and discard it.
// Run alone: npm run build && npx vitest run --project e2e test/e2e/boards.test.ts
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlClient } from '../../src/server/db';
import { expectNoSeriousA11yViolations } from './axe';
import { desktopContext, goOffline, launchBrowser, phoneContext, waitForServiceWorker } from './browser';
import { fillSignIn, startDemoServer, type DemoServer } from './demo-server';
import { until, current, heading } from './app';

const STEP = 180_000;
const LOCAL = 'Elm Lane Primary School';
const DEMO = 'Northgate Primary School';
/** The boards listed at the top of Settings, as "name | where". */
const boardsListed = (page: Page) =>
  current(page)
    .locator('#your-boards ion-item')
    .evaluateAll((items) => items.map((i) => `${i.querySelector('h3')?.textContent ?? ''} | ${i.querySelector('p')?.textContent ?? ''}`));
const alert = (page: Page) => page.locator('ion-alert:not(.overlay-hidden)');

describe('boards: a device-only board beside the boards of a sign-in', () => {
  let server: DemoServer;
  let db: SqlClient;
  let url = '';
  let schoolId = '';
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let first: Page;
  let second: Page;

  async function openSettings(page: Page): Promise<void> {
    await page.goto(`${url}/settings`, { waitUntil: 'load' }); // never idle: the events stream stays open
    await until(() => heading(page)).toBe('Settings');
    await until(async () => (await boardsListed(page)).length).toBeGreaterThan(0);
  }

  beforeAll(async () => {
    server = await startDemoServer();
    ({ db, url, schoolId } = server);
    browser = await launchBrowser();
  }, STEP);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it(
    'C5 a board started on this device stays beside the demo chair’s board after signing in; each is named, shared or not',
    async () => {
      contexts.push(await desktopContext(browser), await phoneContext(browser));
      first = await contexts[0]!.newPage();
      await first.goto(`${url}/`, { waitUntil: 'networkidle' });
      await first.getByRole('button', { name: 'Start a board for my school' }).click();
      await first.getByLabel('School name', { exact: true }).fill(LOCAL);
      await first.getByRole('button', { name: 'Start the board' }).click();
      await until(() => heading(first)).toBe('Today');

      await openSettings(first);
      expect(await boardsListed(first)).toEqual([`${LOCAL} (shown now) | On this device only`]);
      await current(first).getByRole('link', { name: 'Sign in and sync' }).click();
      await until(() => heading(first)).toBe('Sign in and sync');
      await fillSignIn(first, 'chair@northgate.example');
      await until(() =>
        current(first)
          .getByText(/^Signed in as$/)
          .isVisible(),
      ).toBe(true);

      await openSettings(first);
      await until(() => boardsListed(first)).toEqual([`Show ${LOCAL} | On this device only`, `${DEMO} (shown now) | Shared, as chair`]);
      await expectNoSeriousA11yViolations(first, 'settings with two boards and one to upload');
    },
    STEP,
  );

  it(
    'C5 switching shows the other board, and back, losing nothing',
    async () => {
      await current(first)
        .getByRole('button', { name: `Show ${LOCAL}` })
        .click();
      await until(() => current(first).locator('#your-boards [role="status"]').textContent()).toBe(`Now showing ${LOCAL}.`);
      await first.goto(`${url}/today`, { waitUntil: 'load' });
      await until(() => current(first).locator('.school-name').textContent()).toBe(LOCAL);
      // Today offers the switch too, with two boards on the device: it leads to the boards in Settings.
      await current(first).getByRole('link', { name: 'Switch board (2 on this device)' }).click();
      await until(() => heading(first)).toBe('Settings');
      await until(() => boardsListed(first)).toEqual([`${LOCAL} (shown now) | On this device only`, `Show ${DEMO} | Shared, as chair`]);
    },
    STEP,
  );

  it(
    'A6 the device-only board is uploaded with the chair as its chair, and its records are sent',
    async () => {
      await current(first)
        .getByRole('button', { name: `Upload ${LOCAL}` })
        .click();
      await until(() => alert(first).getByRole('button', { name: 'Upload' }).isVisible()).toBe(true);
      await expect(alert(first).getByRole('radio', { name: 'Chair' }).getAttribute('aria-checked')).resolves.toBe('true');
      await expectNoSeriousA11yViolations(first, 'upload a board: choose a role');
      await alert(first).getByRole('button', { name: 'Upload' }).click();
      await until(() => current(first).locator('#your-boards [role="status"]').textContent()).toBe(
        `${LOCAL} is now on the board’s server, with you as its chair. Its records have been sent.`,
      );
      const onServer = await db.query<{ kind: string }>(
        'SELECT r.kind FROM records r JOIN schools s ON s.school_id = r.school_id WHERE s.name = $1 ORDER BY r.kind',
        [LOCAL],
      );
      expect(onServer.map((r) => r.kind)).toEqual(['memberships', 'plans', 'schools']);
      await until(() => boardsListed(first)).toEqual([`${LOCAL} (shown now) | Shared, as chair`, `Show ${DEMO} | Shared, as chair`]);
    },
    STEP,
  );

  it(
    'A6 C5 the same person signing in on another device gets both boards',
    async () => {
      second = await contexts[1]!.newPage();
      await second.goto(`${url}/`, { waitUntil: 'networkidle' });
      await waitForServiceWorker(second); // so the screens load offline later (C6)
      await until(() => second.getByRole('heading', { name: 'Join your board' }).isVisible()).toBe(true);
      await fillSignIn(second, 'chair@northgate.example');
      await until(() => heading(second)).toBe('Today');
      await openSettings(second);
      await until(() => boardsListed(second)).toEqual([`${LOCAL} (shown now) | Shared, as chair`, `Show ${DEMO} | Shared, as chair`]);
      await current(second)
        .getByRole('button', { name: `Show ${DEMO}` })
        .click();
      await until(() => boardsListed(second)).toEqual([`Show ${LOCAL} | Shared, as chair`, `${DEMO} (shown now) | Shared, as chair`]);
    },
    STEP,
  );

  it(
    'C6 signing out with a change not yet synced says so, and removing the boards discards it; keeping them keeps them',
    async () => {
      const actions = await db.query<{ id: string }>(
        `SELECT id FROM records WHERE school_id = $1 AND kind = 'actions' AND data->>'status' <> 'stalled' AND data->>'archived' = 'false' LIMIT 1`,
        [schoolId],
      );
      await second.goto(`${url}/plan/actions/${actions[0]!.id}`, { waitUntil: 'load' });
      await until(() => heading(second)).toMatch(/^Action /);
      await goOffline(contexts[1]!);
      await current(second).getByRole('radio', { name: 'Stalled' }).click();
      await until(() => second.locator('ion-toast').first().getAttribute('message')).toBe('Status saved: Stalled');
      await current(second).getByRole('link', { name: 'Settings' }).click();
      await until(() => heading(second)).toBe('Settings');
      await current(second).getByRole('link', { name: 'Sign in and sync' }).click();
      await until(() => heading(second)).toBe('Sign in and sync');
      await current(second).getByRole('button', { name: 'Sign out', exact: true }).click();
      await until(() => alert(second).locator('.alert-sub-title').textContent()).toBe('1 change is not yet synced.');
      await expect(alert(second).locator('.alert-message').textContent()).resolves.toMatch(
        /Removing them from this device discards that change: it cannot be brought back\.$/,
      );
      await expectNoSeriousA11yViolations(second, 'sign out: keep or remove the boards');
      await alert(second).getByRole('button', { name: 'Sign out, remove your 2 boards and discard 1 change' }).click();
      await until(() => second.getByRole('heading', { name: 'Join your board' }).isVisible()).toBe(true);

      await first.goto(`${url}/settings/account`, { waitUntil: 'load' });
      await until(() => heading(first)).toBe('Sign in and sync');
      await current(first).getByRole('button', { name: 'Sign out', exact: true }).click();
      await until(() => alert(first).locator('.alert-sub-title').textContent()).toBe('Every change is synced.');
      await alert(first).getByRole('button', { name: 'Sign out and keep them on this device' }).click();
      await until(() => current(first).getByRole('heading', { name: 'Sign in to your board' }).isVisible()).toBe(true);
      await openSettings(first);
      await until(() => boardsListed(first)).toEqual([
        `${LOCAL} (shown now) | From the board’s server: sign in to sync it`,
        `Show ${DEMO} | From the board’s server: sign in to sync it`,
      ]);
    },
    STEP,
  );
});
