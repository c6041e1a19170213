// Sync end to end: the real server (its own, on an in-memory PGlite with the demo board and its
// accounts) and headless Chromium. The chair and a governor sign in on two devices, both change the
// same action with the network off (different fields), come back online and both see both changes;
// a record for the chairs only never reaches the headteacher; a change refused because its review
// was finalised meanwhile shows in "Needs attention" with the reason, can be copied and discarded;
// the sync status in the title bar says offline, waiting, up to date and needs attention as it goes;
// a governor's visit with a photo reaches the chair's device, report and photo (F1, F2).
// Run alone: npm run build && npx vitest run --project e2e test/e2e/sync.test.ts
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { v7 } from 'uuid';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tickHlc, wire, type HlcStamp } from '../../src/domain';
import type { SqlClient } from '../../src/server/db';
import { DEMO_PASSWORD } from '../../src/server/demo';
import { expectNoSeriousA11yViolations } from './axe';
import { desktopContext, goOffline, goOnline, launchBrowser, phoneContext } from './browser';
import { fillSignIn, openWelcome, startDemoServer, type DemoServer } from './demo-server';
import { makePhoto } from './fixtures/photo';
import { expectReflowAtTextZoom, setTextZoom } from './text-zoom';
import { until, current, heading, syncStatus } from './app';
import { recordsOnDevice } from './device';

const STEP = 180_000;
/** The sync status in the title bar of the screen shown (its name starts with the words shown). */
const factOf = (page: Page, term: string) =>
  current(page).locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]').first().textContent();

/** Ids of the records of a kind in one of the device's stores. */
const idsOnDevice = async (page: Page, table: string) => (await recordsOnDevice(page, table)).map((r) => r.id);

describe('sync: two people, one board, the network coming and going', () => {
  let server: DemoServer;
  let db: SqlClient;
  let url = '';
  let schoolId = '';
  let chairToken = '';
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let chair: Page;
  let governor: Page;
  let actionId = '';
  /** Another action, for the chairs only step. */
  let otherActionId = '';
  let head: Page;
  let clock: HlcStamp | null = null;

  /** A push as the chair, from "another device" (this test), with its own clock. */
  async function pushAsChair(kind: string, recordId: string, op: 'create' | 'update', fields: Record<string, unknown>) {
    clock = tickHlc(clock, Date.now(), 'e2etest');
    const res = await fetch(`${url}/api/sync/push`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${chairToken}`,
        [wire.PROTOCOL_HEADER]: String(wire.PROTOCOL_VERSION),
      },
      body: JSON.stringify({ schoolId, mutations: [{ mutationId: v7(), schoolId, kind, recordId, op, fields, hlc: clock }] }),
    });
    const answer = (await res.json()) as { results: { status: string; reason?: string }[] };
    expect(answer.results[0], JSON.stringify(answer)).toMatchObject({ status: 'applied' });
  }

  async function signIn(context: BrowserContext, email: string, checkA11y = false): Promise<Page> {
    const page = await context.newPage();
    await openWelcome(page, url);
    if (checkA11y) await expectNoSeriousA11yViolations(page, 'welcome with sign-in');
    await fillSignIn(page, email, 'not the password');
    await until(() => page.getByRole('alert').textContent()).toBe(
      'That email and password do not match an account: check them and try again.',
    );
    await fillSignIn(page, email);
    await until(() => heading(page)).toBe('Today');
    return page;
  }

  beforeAll(async () => {
    server = await startDemoServer();
    ({ db, url, schoolId } = server);
    const login = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [wire.PROTOCOL_HEADER]: String(wire.PROTOCOL_VERSION) },
      body: JSON.stringify({ email: 'chair@northgate.example', password: DEMO_PASSWORD }),
    });
    chairToken = ((await login.json()) as { token: string }).token;
    const rows = await db.query<{ id: string }>(
      `SELECT id FROM records WHERE school_id = $1 AND kind = 'actions' AND data->>'status' <> 'stalled' AND data->>'archived' = 'false' ORDER BY data->>'position' LIMIT 1`,
      [schoolId],
    );
    actionId = rows[0]!.id;
    otherActionId = (
      await db.query<{ id: string }>(
        `SELECT id FROM records WHERE school_id = $1 AND kind = 'actions' AND id <> $2 AND data->>'archived' = 'false' ORDER BY data->>'position' DESC LIMIT 1`,
        [schoolId, actionId],
      )
    )[0]!.id;
    browser = await launchBrowser();
  }, STEP);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it(
    'A1 the chair and a governor sign in on their own devices, after a wrong password is named as such',
    async () => {
      contexts.push(await phoneContext(browser), await desktopContext(browser));
      chair = await signIn(contexts[0]!, 'chair@northgate.example', true);
      governor = await signIn(contexts[1]!, 'governor@northgate.example');
    },
    STEP,
  );

  it(
    'S7 C2 both change the same action offline (status; lead) and, back online, both see both changes',
    async () => {
      for (const page of [chair, governor]) {
        await page.goto(`${url}/plan/actions/${actionId}`, { waitUntil: 'load' }); // never idle: the events stream stays open
        await until(() => heading(page)).toMatch(/^Action /);
      }
      await goOffline(contexts[0]!);
      await goOffline(contexts[1]!);
      await current(chair).getByRole('radio', { name: 'Stalled' }).click();
      await until(() => chair.locator('ion-toast').first().getAttribute('message')).toBe('Status saved: Stalled');
      await until(() => syncStatus(chair)).toMatch(
        /^Sync status: Offline · 1 waiting\. Changes are saved on this device\. 1 change waiting to be sent\.$/,
      );
      await current(governor)
        .getByRole('button', { name: /^Edit action/ })
        .click();
      await current(governor).getByLabel('Lead', { exact: true }).fill('Priya Shah, English lead');
      await current(governor).getByRole('button', { name: 'Save action' }).click();
      await until(() => factOf(governor, 'Lead')).toBe('Priya Shah, English lead');

      await goOnline(contexts[0]!);
      await goOnline(contexts[1]!);
      for (const page of [chair, governor]) {
        await until(() => factOf(page, 'Lead')).toBe('Priya Shah, English lead');
        await until(() => factOf(page, 'Status')).toBe('Stalled');
        await until(() => syncStatus(page)).toMatch(/^Sync status: Up to date\./);
      }
      // The chair's device says who changed the lead on the other device (S5: pulled changes keep their author).
      const governorName = (await db.query<{ name: string }>(`SELECT name FROM people WHERE email = 'governor@northgate.example'`))[0]!
        .name;
      const changes = current(chair).locator('#changes');
      await until(() => changes.textContent()).toContain(`By ${governorName}`);
      expect(await changes.textContent()).toMatch(/Priya Shah, English lead/);
    },
    STEP,
  );

  it(
    'S12 a record for the chairs only reaches the chair’s device and never the headteacher’s',
    async () => {
      const planId = v7();
      const now = new Date().toISOString();
      await pushAsChair('plans', planId, 'create', {
        id: planId,
        schoolId,
        createdAt: now,
        updatedAt: now,
        deleted: false,
        visibility: 'chairs',
        title: 'Headteacher capability (chairs only)',
        startDate: '2026-09-01',
        endDate: '2027-07-20',
        priorities: [],
      });
      await until(async () => (await idsOnDevice(chair, 'plans')).includes(planId)).toBe(true);
      contexts.push(await desktopContext(browser));
      head = await signIn(contexts[2]!, 'headteacher@northgate.example');
      const plans = await idsOnDevice(head, 'plans');
      expect(plans.length).toBeGreaterThan(0);
      expect(plans).not.toContain(planId);
      expect(await head.content()).not.toContain('Headteacher capability');
    },
    STEP,
  );

  it(
    'S12 S13 the chair marks an action for the chair and vice-chair only: it leaves the headteacher’s device; a governor editing an action is offered only its current level (only the chair, vice-chair or clerk change who can see a record)',
    async () => {
      expect(await idsOnDevice(head, 'actions')).toContain(otherActionId);
      await chair.goto(`${url}/plan/actions/${otherActionId}`, { waitUntil: 'load' });
      await until(() => heading(chair)).toMatch(/^Action /);
      expect(await factOf(chair, 'Who can see it')).toBe('Whole board');
      await current(chair)
        .getByRole('button', { name: /^Edit action/ })
        .click();
      await current(chair)
        .getByRole('radio', { name: /^Chair and vice-chair only/ })
        .check();
      await current(chair).getByRole('button', { name: 'Save action' }).click();
      await until(() => factOf(chair, 'Who can see it')).toBe('Chair and vice-chair only');
      await until(async () => (await idsOnDevice(head, 'actions')).includes(otherActionId)).toBe(false);
      await until(async () => (await idsOnDevice(governor, 'actions')).includes(otherActionId)).toBe(false);

      await governor.goto(`${url}/plan/actions/${actionId}`, { waitUntil: 'load' });
      await until(() => heading(governor)).toMatch(/^Action /);
      await current(governor)
        .getByRole('button', { name: /^Edit action/ })
        .click();
      const choice = current(governor).getByRole('group', { name: 'Who can see this' });
      await until(() => choice.getByRole('radio').count()).toBe(1);
      expect(await choice.getByRole('radio', { name: /^Whole board/ }).isChecked()).toBe(true);
      expect(await choice.getByRole('radio', { name: /^Part B/ }).count()).toBe(0);
      await expectNoSeriousA11yViolations(governor, 'edit action, with who can see it');
      await current(governor).getByRole('button', { name: 'Cancel' }).click();
    },
    STEP,
  );

  it(
    'C1 a change refused because the review was finalised meanwhile shows in “Needs attention” with the reason, and can be discarded',
    async () => {
      const planRows = await db.query<{ id: string }>(
        `SELECT id FROM records WHERE school_id = $1 AND kind = 'plans' AND visibility = 'board' LIMIT 1`,
        [schoolId],
      );
      const reviewId = v7();
      const now = new Date().toISOString();
      const review = {
        id: reviewId,
        schoolId,
        createdAt: now,
        updatedAt: now,
        deleted: false,
        visibility: 'board',
        planId: planRows[0]!.id,
        schoolYear: 2026,
        halfTerm: 'Spring 2',
        heldOn: '2027-03-10',
        status: 'draft',
        finalisedBy: '',
      };
      await pushAsChair('reviews', reviewId, 'create', review);
      await until(async () => (await idsOnDevice(governor, 'reviews')).includes(reviewId)).toBe(true);
      await governor.goto(`${url}/reviews/${reviewId}/actions/${actionId}`, { waitUntil: 'load' });
      await until(() => current(governor).getByRole('radio', { name: 'Green: on track' }).isVisible()).toBe(true);

      await goOffline(contexts[1]!);
      await current(governor).getByRole('radio', { name: 'Green: on track' }).check();
      await until(async () => (await idsOnDevice(governor, 'reviewEntries')).length).toBeGreaterThan(0);
      const later = new Date(Date.now() + 1000).toISOString();
      await pushAsChair('reviews', reviewId, 'update', {
        status: 'final',
        finalisedAt: later,
        finalisedBy: 'Margaret Okafor',
        updatedAt: later,
      });
      await goOnline(contexts[1]!);

      // The header says so on every screen, and takes the governor to it.
      await until(() => syncStatus(governor)).toMatch(
        /^Sync status: Needs attention\. The server refused 1 change; it is kept on this device\./,
      );
      await current(governor)
        .getByRole('link', { name: /^Sync status: Needs attention\./ })
        .click();
      await until(() => heading(governor)).toBe('Sign in and sync');
      const attention = current(governor).locator('#needs-attention');
      await until(() => attention.isVisible()).toBe(true);
      await until(() => attention.textContent()).toMatch(
        /This review was finalised on \d\d\/\d\d\/\d{4} and is locked: this change was not saved\./,
      );
      await expect(
        current(governor)
          .getByText(/^Signed in as$/)
          .isVisible(),
      ).resolves.toBe(true);
      await expectNoSeriousA11yViolations(governor, 'sign in and sync, with a refused change');
      await expectReflowAtTextZoom(governor, 'sign in and sync at 200% text');
      await setTextZoom(governor, 100);

      // Copy puts what the governor entered on the clipboard, to paste elsewhere.
      await contexts[1]!.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
      await attention.getByRole('button', { name: 'Copy text' }).click();
      await until(() => attention.getByRole('status').textContent()).toBe('Copied: paste it wherever you need it.');
      expect(await governor.evaluate(() => navigator.clipboard.readText())).toMatch(/^New review entry.*\n(.*\n)*Rating: green/i);

      await attention.getByRole('button', { name: 'Discard' }).click();
      await governor.locator('ion-alert').getByRole('button', { name: 'Discard' }).click();
      await until(() => current(governor).locator('#needs-attention').count()).toBe(0);
      await until(() => factOf(governor, 'Changes waiting to be sent')).toBe('None');
    },
    STEP,
  );

  it(
    'F1 F2 C4 a governor records a visit with a photo; the chair’s device gets the report and the photo itself',
    async () => {
      const photo = await makePhoto(browser);
      const g = () => current(governor);
      await governor.goto(`${url}/visits/plan`, { waitUntil: 'load' });
      await until(() => heading(governor)).toBe('Plan a visit');
      await until(() => g().getByLabel('Checklist').locator('option').count()).toBeGreaterThan(1);
      await g().getByLabel('Kind of visit').selectOption('learning walk');
      await g()
        .getByLabel('Date', { exact: true })
        .fill(await governor.evaluate(() => new Date().toLocaleDateString('en-CA')));
      await g().getByLabel('Purpose', { exact: true }).fill('See how visitors are signed in.');
      await g().getByLabel('Governor making the visit').fill('Aisha Begum');
      await g().getByLabel('Checklist').selectOption({ label: 'Safeguarding and culture (version 1)' });
      await g()
        .getByRole('checkbox', { name: /^1a\(i\) / })
        .click();
      await g().getByRole('button', { name: 'Plan the visit' }).click();
      await until(() => heading(governor)).toBe('Learning walk');
      const visitId = governor.url().split('/visits/')[1]!;

      await g().getByRole('link', { name: 'Start the visit' }).click();
      await until(() => heading(governor)).toBe('Safeguarding and culture');
      const first = g().locator('article.walk-item').first();
      const saved = () => until(() => first.locator('.walk-save.ok', { hasText: 'Saved on this device' }).count()).toBe(1);
      await first.getByText('Yes', { exact: true }).click();
      await saved();
      await first.locator('input[type=file]').setInputFiles(photo);
      await until(() => first.locator('img').count()).toBe(1);
      await saved();
      await first.getByRole('button', { name: 'Tie to an action' }).click();
      await first.getByRole('checkbox', { name: /^1a\(i\) / }).click();
      await until(() => first.getByRole('button', { name: /^Evidence for action/ }).count()).toBe(1);
      await saved();
      await g().getByRole('button', { name: 'Finish and write the report' }).click();
      await until(() => heading(governor)).toBe('Visit report');
      await g().getByRole('button', { name: 'Draft from the checklist' }).click();
      await until(() => g().getByLabel('Strengths').inputValue()).toContain('I was asked to sign in');
      await g().getByRole('button', { name: 'Send to the headteacher' }).click();
      await until(() => g().getByRole('heading', { name: 'With the headteacher' }).isVisible()).toBe(true);

      // The photo went up before the records that refer to it (F2), and the chair's device fetched it after its pull (F1).
      await until(async () => (await db.query('SELECT 1 FROM files WHERE school_id = $1 AND complete', [schoolId])).length).toBe(1);
      await until(async () => (await idsOnDevice(chair, 'visits')).includes(visitId)).toBe(true);
      await chair.goto(`${url}/visits/${visitId}/report`, { waitUntil: 'load' });
      await until(() => heading(chair)).toBe('Visit report');
      await until(() => current(chair).getByRole('heading', { name: 'With the headteacher' }).isVisible()).toBe(true);
      await chair.goto(`${url}/visits/${visitId}`, { waitUntil: 'load' });
      await until(() => heading(chair)).toBe('Learning walk');
      const img = current(chair).locator('#findings img');
      await until(() => img.count()).toBe(1);
      await until(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
      expect(await img.getAttribute('alt')).toMatch(/^Photo 1 of 1 for: /);
      await expectNoSeriousA11yViolations(chair, 'visit with a synced photo');
    },
    STEP,
  );
});
