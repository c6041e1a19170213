// Board members end to end (A3, A5, S14, C3): the real server (in-memory PGlite, the demo board and
// its accounts) and headless Chromium. The demo chair opens Board members, invites a governor and
// copies the one-time link; a second device opens it, sets a name and password and lands on Today
// with the board; the chair sees the new member, changes their role, then removes them, and the
// removed device is told why. Then the chair signs out everywhere and a second session stops working.
// Run alone: npm run build && npx vitest run --project e2e test/e2e/members.test.ts
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from './axe';
import { desktopContext, goOffline, goOnline, launchBrowser, phoneContext } from './browser';
import { fillSignIn, openWelcome, startDemoServer, type DemoServer } from './demo-server';
import { expectReflowAtTextZoom, setTextZoom } from './text-zoom';
import { until, current, heading } from './app';

const STEP = 180_000;
const NEW_EMAIL = 'new.governor@northgate.example';
const alert = (page: Page) => page.locator('ion-alert:not(.overlay-hidden)');
const memberItem = (page: Page, name: string) =>
  current(page).locator('li.member-item', { has: page.getByRole('heading', { name, exact: true }) });

describe('board members: invite, join, change role, remove, sign out everywhere', () => {
  let server: DemoServer;
  let url = '';
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let chair: Page;
  let joiner: Page;
  let link = '';

  async function signIn(context: BrowserContext, email: string): Promise<Page> {
    const page = await context.newPage();
    await openWelcome(page, url);
    await fillSignIn(page, email);
    await until(() => heading(page)).toBe('Today');
    return page;
  }

  beforeAll(async () => {
    server = await startDemoServer();
    ({ url } = server);
    browser = await launchBrowser();
  }, STEP);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it(
    'A5 the chair opens Board members and, with the keyboard, invites a governor; the link is copied',
    async () => {
      contexts.push(await desktopContext(browser));
      chair = await signIn(contexts[0]!, 'chair@northgate.example');
      await chair.goto(`${url}/settings`, { waitUntil: 'load' });
      await until(() => heading(chair)).toBe('Settings');
      await current(chair).getByRole('link', { name: 'Board members' }).click();
      await until(() => heading(chair)).toBe('Board members');
      const page = current(chair);
      await until(() => page.locator('li.member-item').count()).toBe(7);
      await until(() => page.getByRole('heading', { name: /\(you\)$/ }).count()).toBe(1);
      await until(() => page.getByLabel('Email address', { exact: true }).isVisible()).toBe(true);
      await expectNoSeriousA11yViolations(chair, 'board members, as the chair');
      await expectReflowAtTextZoom(chair, 'board members at 200% text');
      await setTextZoom(chair, 100);

      // Nothing filled in: each problem is named.
      await page.getByRole('button', { name: 'Make an invite link' }).click();
      await until(() => page.getByText('Enter the email address of the person to invite.').isVisible()).toBe(true);
      await until(() => page.getByText('Choose the role they will have on the board.').isVisible()).toBe(true);

      // By keyboard: type the email, Tab to the role, choose it, Tab to the button and press Enter.
      await page.getByLabel('Email address', { exact: true }).fill(NEW_EMAIL);
      await chair.keyboard.press('Tab');
      expect(await chair.evaluate(() => (document.activeElement as HTMLSelectElement).labels?.[0]?.textContent)).toBe('Role on the board');
      await page.getByLabel('Role on the board').selectOption('governor');
      await chair.keyboard.press('Tab');
      await chair.keyboard.press('Enter');
      await until(() => page.locator('.invite-link').textContent(), 30_000).toMatch(/\/join#invite=[A-Za-z0-9_-]{43}$/);
      link = (await page.locator('.invite-link').textContent())!;
      expect(link.startsWith(`${url}/join#invite=`)).toBe(true);
      await expect(
        page
          .getByText(
            /^This link works once and lasts 7 days \(until \d\d\/\d\d\/\d{4}\)\. Whoever opens it joins the board as a governor, so pass it only to new\.governor@northgate\.example\.$/,
          )
          .isVisible(),
      ).resolves.toBe(true);
      await expectNoSeriousA11yViolations(chair, 'board members, with an invite link');

      await contexts[0]!.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: url });
      await page.getByRole('button', { name: 'Copy link' }).click();
      await until(() => page.getByRole('status').filter({ hasText: 'Link copied' }).count()).toBe(1);
      expect(await chair.evaluate(() => navigator.clipboard.readText())).toBe(link);
    },
    STEP,
  );

  it(
    'A5 a second device opens the link, sets a name and password, and lands on Today with the Northgate board',
    async () => {
      contexts.push(await phoneContext(browser));
      joiner = await contexts[1]!.newPage();
      await joiner.goto(link, { waitUntil: 'networkidle' });
      await until(() => heading(joiner)).toBe('Join your board');
      await expectNoSeriousA11yViolations(joiner, 'join your board');
      await expectReflowAtTextZoom(joiner, 'join your board at 200% text');
      await setTextZoom(joiner, 100);
      const page = current(joiner);
      await page.getByLabel('Your name', { exact: true }).fill('Nia Adeyemi');
      await page.getByLabel('Password', { exact: true }).fill('short');
      await page.getByRole('button', { name: 'Join the board' }).click();
      await until(() => page.getByText('Choose a password of at least 10 characters.').isVisible()).toBe(true);
      await page.getByLabel('Password', { exact: true }).fill('governing in the open');
      await page.getByLabel('Type the password again', { exact: true }).fill('governing in the opne');
      await page.getByRole('button', { name: 'Join the board' }).click();
      await until(() => page.getByText('The two passwords are not the same: type it again.').isVisible()).toBe(true);
      await page.getByLabel('Type the password again', { exact: true }).fill('governing in the open');
      await page.getByRole('button', { name: 'Join the board' }).click();
      await until(() => heading(joiner)).toBe('Today');
      await until(() => current(joiner).locator('.school-name').textContent()).toBe('Northgate Primary School');
      expect(new URL(joiner.url()).pathname).toBe('/today');
      expect(joiner.url()).not.toContain('invite=');

      // A governor sees the members (themselves among them) but not the chair's or clerk's buttons.
      await joiner.goto(`${url}/settings/members`, { waitUntil: 'load' });
      await until(() => heading(joiner)).toBe('Board members');
      await until(() => current(joiner).getByRole('heading', { name: 'Nia Adeyemi (you)' }).isVisible()).toBe(true);
      await until(() =>
        current(joiner).getByText('Only the chair or clerk can invite members, change roles or remove members.').isVisible(),
      ).toBe(true);
      expect(
        await current(joiner)
          .getByRole('button', { name: /^Change role/ })
          .count(),
      ).toBe(0);
      await expectNoSeriousA11yViolations(joiner, 'board members, as a governor');

      // A link opened on a device someone is signed in to says that joining as someone else signs them out here.
      await joiner.goto(link, { waitUntil: 'load' });
      await until(() => heading(joiner)).toBe('Join your board');
      await until(() => current(joiner).locator('.join-notice').textContent()).toMatch(
        /^This device is signed in as Nia Adeyemi \(.+\)\. If this invitation is for someone else, joining signs Nia Adeyemi out on this device/,
      );
      await joiner.goto(`${url}/today`, { waitUntil: 'load' });
      await until(() => heading(joiner)).toBe('Today');

      // The link worked once: opened again, on a device that has a board already (the demo), it says so.
      const again = await (await desktopContext(browser)).newPage();
      await again.goto(`${url}/`, { waitUntil: 'networkidle' });
      await again.getByRole('button', { name: 'Load the demo board' }).click();
      await until(() => heading(again)).toBe('Today');
      await again.goto(link, { waitUntil: 'load' });
      await until(() => heading(again)).toBe('Join your board');
      await current(again).getByLabel('Your name', { exact: true }).fill('Someone Else');
      await current(again).getByLabel('Password', { exact: true }).fill('another long password');
      await current(again).getByLabel('Type the password again', { exact: true }).fill('another long password');
      await current(again).getByRole('button', { name: 'Join the board' }).click();
      await until(() => current(again).getByRole('alert').textContent()).toBe(
        'This invite link has been used or has expired: ask the chair or clerk for a new one.',
      );
      await current(again).getByRole('button', { name: 'Go to Steward' }).click();
      await until(() => heading(again)).toBe('Today');
      await again.context().close();
    },
    STEP,
  );

  it(
    'S14 the chair sees the new member, changes their role, then removes them; the removed device is told why (C3)',
    async () => {
      const item = memberItem(chair, 'Nia Adeyemi');
      await until(() => item.count()).toBe(1);
      await expect(item.locator('p').first().textContent()).resolves.toBe('Governor');

      // Offline, the list stays and the changes say they need a connection: no buttons that cannot work.
      await goOffline(contexts[0]!);
      await until(() =>
        current(chair)
          .getByText(/^This device is offline: inviting members, changing roles and removing members need a connection/)
          .isVisible(),
      ).toBe(true);
      expect(await item.getByRole('button').count()).toBe(0);
      await goOnline(contexts[0]!);
      await until(() => item.getByRole('button', { name: 'Change role of Nia Adeyemi' }).count()).toBe(1);

      await item.getByLabel('Role of Nia Adeyemi', { exact: true }).selectOption('vice-chair');
      await item.getByRole('button', { name: 'Change role of Nia Adeyemi' }).click();
      await until(() => alert(chair).getByText('Make Nia Adeyemi vice-chair?').isVisible()).toBe(true);
      await expectNoSeriousA11yViolations(chair, 'change role dialog');
      await alert(chair).getByRole('button', { name: 'Change role' }).click();
      await until(() => current(chair).getByRole('status').filter({ hasText: 'Nia Adeyemi is now vice-chair.' }).count()).toBe(1);
      await until(() => item.locator('p').first().textContent()).toBe('Vice-chair');

      await item.getByRole('button', { name: 'Remove from the board: Nia Adeyemi' }).click();
      await until(() => alert(chair).getByText('Remove Nia Adeyemi from the board?').isVisible()).toBe(true);
      await expect(alert(chair).textContent()).resolves.toContain(
        'Their devices will stop receiving the board’s records, and will be told why.',
      );
      await expectNoSeriousA11yViolations(chair, 'remove member dialog');
      await alert(chair).getByRole('button', { name: 'Remove' }).click();
      await until(() => memberItem(chair, 'Nia Adeyemi').count()).toBe(0);
      await until(() => current(chair).locator('li.member-item').count()).toBe(7);

      // The removed device hears of it (S18), takes the board off and says why, with nobody touching it.
      await until(() =>
        joiner.getByText(/^You were removed from the board of Northgate Primary School on \d\d\/\d\d\/\d{4}/).isVisible(),
      ).toBe(true);
      await until(() => joiner.getByRole('heading', { name: 'Welcome to Steward' }).isVisible()).toBe(true);
    },
    STEP,
  );

  it(
    'A3 the chair signs out everywhere: this device keeps its board and asks to sign in, and another session stops working',
    async () => {
      contexts.push(await desktopContext(browser));
      const other = await signIn(contexts[2]!, 'chair@northgate.example');

      await chair.goto(`${url}/settings/account`, { waitUntil: 'load' });
      await until(() => heading(chair)).toBe('Sign in and sync');
      await current(chair).getByRole('button', { name: 'Sign out everywhere' }).click();
      await until(() => alert(chair).getByText('Sign out on every device?').isVisible()).toBe(true);
      await expectNoSeriousA11yViolations(chair, 'sign out everywhere dialog');
      await alert(chair).getByRole('button', { name: 'Sign out everywhere' }).click();
      await until(() => current(chair).getByRole('heading', { name: 'Sign in to your board' }).isVisible()).toBe(true);
      await chair.goto(`${url}/today`, { waitUntil: 'load' });
      await until(() => current(chair).locator('.school-name').textContent()).toBe('Northgate Primary School');

      await other.goto(`${url}/settings/account`, { waitUntil: 'load' });
      await until(() =>
        current(other)
          .getByText(/^Your session on Northgate Primary School’s server has ended\./)
          .isVisible(),
      ).toBe(true);
    },
    STEP,
  );
});
