// Meetings and minutes end to end, on the real server with the demo board: the clerk, on a laptop
// with the network off, plans a committee meeting, builds its agenda from the plan and minutes it
// (attendance, a challenge tied to an action, a decision, two actions, a Part B capability item),
// reloads with everything there; a governor's device gets the Part A minutes and not the Part B
// item (on the wire and on the device), the chair's gets both; at the next meeting the chair
// approves and signs, offline, with the minutes and the meeting's form still open in other tabs:
// the open minutes turn at once into the lock's reason and the form's save is refused by the device
// with the lock's message (issue 10); a pushed edit is refused by the server; the device no longer
// offers an edit and says why; an erratum is accepted. Axe on every meeting screen; the agenda and
// the action log by keyboard.
// Run alone: npm run build && npx vitest run --project e2e test/e2e/meetings.test.ts
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from './axe';
import { desktopContext, goOffline, goOnline, launchBrowser, phoneContext, waitForServiceWorker } from './browser';
import { fillSignIn, openWelcome, startDemoServer, type DemoServer } from './demo-server';
import { current, heading, onPage, openTab, until } from './app';
import { recordsOnDevice } from './device';

const STEP = 240_000;

/**
 * Axe once the title bar's sync status has settled (while busy it names itself in other words than it
 * shows: not this screen's) and any "saved" toast has gone (CI measured one mid-fade).
 */
async function axe(page: Page, label: string) {
  await until(() => page.locator('.header-sync--busy').count()).toBe(0);
  await until(() => page.locator('ion-toast:not(.overlay-hidden)').count()).toBe(0);
  await expectNoSeriousA11yViolations(page, label);
}

const onDevice = (page: Page, table: string) => recordsOnDevice(page, table);

/** The name of the button that has focus (an Ionic button's native button is in its shadow root). */
const focusedButton = (page: Page) =>
  page.evaluate(() => {
    const host = document.activeElement;
    const inner = host?.shadowRoot?.activeElement ?? host;
    return inner?.getAttribute('aria-label') ?? host?.getAttribute('aria-label') ?? inner?.textContent ?? '';
  });

describe('meetings: the clerk minutes offline, the chair approves, the lock holds', () => {
  let server: DemoServer;
  let url = '';
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let clerk: Page;
  let meetingId = '';
  let partAItemId = '';
  let partBItemId = '';

  async function signIn(context: BrowserContext, email: string): Promise<Page> {
    const page = await context.newPage();
    await openWelcome(page, url);
    await fillSignIn(page, email);
    await onPage(page, 'Today');
    return page;
  }
  const item = (page: Page, title: RegExp) => current(page).locator('section.m-item', { has: page.getByRole('heading', { name: title }) });
  const rowsOf = async (kind: string) =>
    server.db.query<{ id: string; data: Record<string, unknown> }>(`SELECT id, data FROM records WHERE school_id = $1 AND kind = $2`, [
      server.schoolId,
      kind,
    ]);

  beforeAll(async () => {
    server = await startDemoServer();
    url = server.url;
    browser = await launchBrowser();
  }, STEP);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it(
    'the clerk, offline on a laptop, plans a committee meeting and builds its agenda from the plan',
    async () => {
      contexts.push(await desktopContext(browser));
      clerk = await signIn(contexts[0]!, 'clerk@northgate.example');
      await until(() => current(clerk).getByRole('heading', { name: 'Deadlines from meetings and the authority' }).isVisible()).toBe(true);
      expect(
        await current(clerk)
          .getByText(/^Representations due by|^Improvement expected by/)
          .first()
          .textContent(),
      ).toMatch(/\d+ days? left|due today/);
      await waitForServiceWorker(clerk);
      await until(() => clerk.locator('.header-sync--ok').count(), 60_000).toBeGreaterThan(0);
      await goOffline(contexts[0]!);
      await until(() => clerk.locator('.header-sync--offline').count()).toBeGreaterThan(0);
      await openTab(clerk, 'Meetings');
      await axe(clerk, 'meetings');
      await current(clerk).getByRole('link', { name: 'Plan a meeting' }).click();
      await onPage(clerk, 'Plan a meeting');
      await until(() =>
        current(clerk)
          .getByRole('heading', { name: /^Invited \(7\)$/ })
          .isVisible(),
      ).toBe(true);
      await current(clerk).getByLabel('Venue', { exact: true }).fill('School library');
      await axe(clerk, 'plan a meeting');
      await current(clerk).getByRole('button', { name: 'Plan the meeting' }).click();
      await onPage(clerk, 'School Improvement Committee');
      meetingId = new URL(clerk.url()).pathname.split('/').pop()!;
      await current(clerk).getByRole('button', { name: 'Build the agenda from the board’s data' }).click();
      await until(() =>
        current(clerk)
          .getByRole('heading', { name: /^Agenda \(9 items\)$/ })
          .isVisible(),
      ).toBe(true);
      expect(await current(clerk).locator('#agenda .m-papers').nth(1).textContent()).toMatch(/Bring punctuality figures/);
      // Keyboard alone: add an item with Enter, move it up with Enter.
      await current(clerk).getByLabel('New agenda item', { exact: true }).focus();
      await clerk.keyboard.type('Part B: the headteacher’s capability');
      await clerk.keyboard.press('Enter');
      await until(() =>
        current(clerk)
          .getByRole('heading', { name: /^Agenda \(10 items\)$/ })
          .isVisible(),
      ).toBe(true);
      // Up twice and down once with Enter and Tab: focus stays on the item's buttons as it moves.
      await current(clerk).getByRole('button', { name: 'Move up: Part B: the headteacher’s capability' }).focus();
      for (const [key, at, focused] of [
        ['Enter', 9, 'Move up'],
        ['Enter', 8, 'Move up'],
        ['Tab', 8, 'Move down'],
        ['Enter', 9, 'Move down'],
      ] as const) {
        await clerk.keyboard.press(key);
        await until(() => current(clerk).getByLabel(`Title of item ${at}`, { exact: true }).inputValue()).toBe(
          'Part B: the headteacher’s capability',
        );
        await until(() => focusedButton(clerk)).toBe(`${focused}: Part B: the headteacher’s capability`);
      }
      await axe(clerk, 'meeting with its agenda');
    },
    STEP,
  );

  it(
    'minutes it offline (attendance, a challenge tied to an action, a decision, two actions, a Part B item) and reloads with everything there',
    async () => {
      await current(clerk).getByRole('link', { name: 'Take the minutes' }).click();
      await onPage(clerk, 'Minutes: School Improvement Committee');
      for (const name of ['Helen Whitfield', 'Tariq Hussain', 'Aisha Begum', 'David Ashworth', 'Sandra Kowalski'])
        await current(clerk).getByLabel(`Attendance of ${name}`, { exact: true }).selectOption('present');
      await current(clerk).getByLabel('Attendance of Gareth Llewellyn', { exact: true }).selectOption('apologies accepted');
      await until(() =>
        current(clerk)
          .getByText(/^Quorate: 4 members present \(quorum 3\)\.$/)
          .isVisible(),
      ).toBe(true);
      await current(clerk).getByLabel('Declarations of interest', { exact: true }).fill('None declared.');

      const area = item(clerk, /^4\. Area for improvement 1/);
      await area.getByLabel('Summary of item 4', { exact: true }).fill('The English lead reported weekly phonics coaching.');
      await area.getByLabel('Question asked', { exact: true }).fill('How many Year 1 pupils are on track for the phonics check?');
      await area.getByLabel('Asked by (office)', { exact: true }).fill('Vice-chair');
      await area.getByLabel('Tie to a plan action', { exact: true }).selectOption({ index: 1 });
      await area.getByLabel('The school’s answer', { exact: true }).fill('Sixty-four per cent, up from half.');
      await area.getByRole('button', { name: 'Add the challenge' }).click();
      await until(() => area.getByText('How many Year 1 pupils are on track for the phonics check?').isVisible()).toBe(true);
      await area.getByLabel('Decision on item 4', { exact: true }).fill('Progress judged good.');
      for (const [what, due] of [
        ['Send the phonics tracker to governors', '2027-01-13'],
        ['Book a learning walk of keep-up sessions', '2027-01-20'],
      ]) {
        await area.getByLabel('Action', { exact: true }).fill(what!);
        await area.getByLabel('Owner', { exact: true }).fill('Claire Donnelly (English lead)');
        await area.getByLabel('Due', { exact: true }).fill(due!);
        await area.getByRole('button', { name: 'Add the action' }).click();
        await until(() => area.getByText(what!).isVisible()).toBe(true);
      }
      await until(() => area.getByText('Saved on this device.').isVisible()).toBe(true);
      await axe(clerk, 'minutes being taken');

      await clerk.reload({ waitUntil: 'load' });
      await onPage(clerk, 'Minutes: School Improvement Committee');
      const again = item(clerk, /^4\. Area for improvement 1/);
      await until(() => again.getByLabel('Summary of item 4', { exact: true }).inputValue()).toBe(
        'The English lead reported weekly phonics coaching.',
      );
      expect(await again.getByLabel('Decision on item 4', { exact: true }).inputValue()).toBe('Progress judged good.');
      expect(await again.getByText('Send the phonics tracker to governors').isVisible()).toBe(true);
      expect(await again.getByText('Book a learning walk of keep-up sessions').isVisible()).toBe(true);
      expect(await again.getByText(/^Vice-chair:/).isVisible()).toBe(true);
      expect(await current(clerk).getByLabel('Attendance of Gareth Llewellyn', { exact: true }).inputValue()).toBe('apologies accepted');
      const items = (await onDevice(clerk, 'minuteItems')).filter((i) => i.meetingId === meetingId);
      partAItemId = items.find((i) => i.position === 4)!.id;
      partBItemId = items.find((i) => i.title === 'Part B: the headteacher’s capability')!.id;
      const challenge = (await onDevice(clerk, 'challengeRecords')).find((c) => c.minuteItemId === partAItemId)!;
      expect(challenge).toMatchObject({ topic: 'plan', askedBy: 'Vice-chair', meetingId });
      expect(challenge.relatedId).toEqual(expect.any(String));
    },
    STEP,
  );

  it(
    'S12 online, the minutes reach the server; a governor’s device gets Part A and not the Part B item (on the wire too), the chair’s gets both',
    async () => {
      await goOnline(contexts[0]!);
      await until(async () => (await rowsOf('minuteItems')).some((r) => r.id === partBItemId), 60_000).toBe(true);
      await until(async () => (await rowsOf('meetingActions')).filter((r) => r.data.minuteItemId === partAItemId).length).toBe(2);
      // The headteacher's capability is the chair's and vice-chair's alone (the clerk may not see it): the chair minutes it.
      contexts.push(await desktopContext(browser));
      const chair = await signIn(contexts[1]!, 'chair@northgate.example');
      await chair.goto(`${url}/meetings/${meetingId}/minutes`, { waitUntil: 'load' });
      await onPage(chair, 'Minutes: School Improvement Committee');
      const partB = item(chair, /^9\. Part B: the headteacher’s capability/);
      await partB.getByLabel('Part of the minutes for item 9', { exact: true }).selectOption('chairs');
      await until(() => partB.getByText('Saved: this item is Chair and vice-chair only.').isVisible()).toBe(true);
      await partB.getByLabel('Summary of item 9', { exact: true }).fill('The chair reported on the capability process.');
      await until(() => partB.getByText('Saved on this device.').isVisible()).toBe(true);
      await until(async () => (await rowsOf('minuteItems')).find((r) => r.id === partBItemId)?.data.discussion, 60_000).toBe(
        'The chair reported on the capability process.',
      );
      await chair.goto(`${url}/meetings/${meetingId}`, { waitUntil: 'load' });
      await until(() => current(chair).getByText('The chair reported on the capability process.', { exact: true }).isVisible()).toBe(true);
      await chair.close();

      contexts.push(await phoneContext(browser));
      const governorPage = await contexts[2]!.newPage();
      const pulled: string[] = [];
      governorPage.on('response', (res) => {
        if (res.url().includes('/api/sync/pull'))
          void res.text().then(
            (t) => pulled.push(t),
            () => undefined,
          );
      });
      await openWelcome(governorPage, url);
      await fillSignIn(governorPage, 'governor@northgate.example');
      await onPage(governorPage, 'Today');
      await until(async () => (await onDevice(governorPage, 'minuteItems')).some((i) => i.id === partAItemId)).toBe(true);
      expect((await onDevice(governorPage, 'minuteItems')).some((i) => i.id === partBItemId)).toBe(false);
      await until(() => pulled.some((body) => body.includes(partAItemId))).toBe(true);
      expect(pulled.some((body) => body.includes(partBItemId) || body.includes('capability process'))).toBe(false);
      await governorPage.goto(`${url}/meetings/${meetingId}`, { waitUntil: 'load' });
      await onPage(governorPage, 'School Improvement Committee');
      await until(() =>
        current(governorPage)
          .getByText(/^A confidential item was discussed \(Part B\)/)
          .isVisible(),
      ).toBe(true);
      expect(await governorPage.content()).not.toContain('capability process');
      await axe(governorPage, 'Part A minutes');
    },
    STEP,
  );

  it(
    'S10 at the next meeting the chair approves and signs; a pushed edit is refused by the server; the device offers no edit and says why; an erratum is accepted',
    async () => {
      // The clerk's device is offline when the chair signs, and edits the draft it still holds.
      await until(() => clerk.locator('.header-sync--ok').count(), 60_000).toBeGreaterThan(0);
      await goOffline(contexts[0]!);
      await clerk.goto(`${url}/meetings/${meetingId}/minutes`, { waitUntil: 'load' });
      const area = item(clerk, /^4\. Area for improvement 1/);
      await area.getByLabel('Decision on item 4', { exact: true }).fill('Progress judged good; edited after the meeting.');
      await until(() => area.getByText('Saved on this device.').isVisible()).toBe(true);

      // Issue 10: the chair has this meeting's form open in one tab and its draft minutes in another
      // when, offline, she approves them in a third.
      const form = await contexts[1]!.newPage();
      await form.goto(`${url}/meetings/${meetingId}/edit`, { waitUntil: 'load' });
      await onPage(form, 'Change the meeting');
      await until(() => current(form).getByLabel('Venue', { exact: true }).inputValue()).toBe('School library');
      const editor = await contexts[1]!.newPage();
      await editor.goto(`${url}/meetings/${meetingId}/minutes`, { waitUntil: 'load' });
      await onPage(editor, 'Minutes: School Improvement Committee');
      await until(() => current(editor).getByLabel('Summary of item 4', { exact: true }).isVisible()).toBe(true);
      const chair = await contexts[1]!.newPage();
      await chair.goto(`${url}/meetings`, { waitUntil: 'load' });
      await onPage(chair, 'Meetings');
      const next = (await onDevice(chair, 'meetings'))
        .filter((m) => m.kind === 'School Improvement Committee' && (m.date as string) > new Date().toISOString().slice(0, 10))
        .sort((a, b) => (a.date as string).localeCompare(b.date as string))[0]!;
      await chair.goto(`${url}/meetings/${next.id}`, { waitUntil: 'load' });
      await until(() => current(chair).getByRole('heading', { name: 'Minutes to approve' }).isVisible()).toBe(true);
      await axe(chair, 'next meeting, minutes to approve');
      expect(await current(chair).getByLabel('Signed by (the chair)', { exact: true }).inputValue()).toBe('Helen Whitfield');
      await until(() => chair.locator('.header-sync--ok').count(), 60_000).toBeGreaterThan(0);
      await goOffline(contexts[1]!);
      await current(chair).getByRole('button', { name: 'Approve and sign the minutes' }).click();
      await until(() => current(chair).getByText('Approved and signed by Helen Whitfield: the minutes are now locked.').isVisible()).toBe(
        true,
      );
      // At once, offline, the open minutes give the lock's reason instead of their fields, and the
      // open form's save is refused by the device with the lock's message, writing nothing.
      await until(() => current(editor).getByRole('alert').textContent()).toMatch(
        /^These minutes were approved on \d\d\/\d\d\/\d{4} and are locked: they can no longer be edited\./,
      );
      expect(await current(editor).getByLabel('Summary of item 4', { exact: true }).count()).toBe(0);
      await until(() =>
        current(form)
          .getByText(/^These minutes were approved on .*: the meeting can no longer be changed\.$/)
          .isVisible(),
      ).toBe(true);
      await current(form).getByLabel('Venue', { exact: true }).fill('Staff room');
      await current(form).getByRole('button', { name: 'Save the meeting' }).click();
      await until(() => current(form).getByRole('alert').textContent()).toMatch(
        /^These minutes were approved on \d\d\/\d\d\/\d{4} and are locked: this change was not saved\.$/,
      );
      expect((await onDevice(form, 'meetings')).find((m) => m.id === meetingId)!.venue).toBe('School library');
      await axe(form, 'a meeting’s form refused by the lock');
      await form.close();
      await editor.close();
      await goOnline(contexts[1]!);
      await until(async () => (await rowsOf('meetings')).find((r) => r.id === meetingId)?.data.minutesStatus, 60_000).toBe('approved');

      await goOnline(contexts[0]!);
      await until(() => current(clerk).locator('ion-header .header-sync').first().getAttribute('aria-label'), 60_000).toMatch(
        /^Sync status: Needs attention\./,
      );
      await clerk.goto(`${url}/settings/account`, { waitUntil: 'load' });
      await until(() => current(clerk).locator('#needs-attention').textContent(), 60_000).toMatch(
        /These minutes were approved on \d\d\/\d\d\/\d{4} and are locked: this change was not saved\./,
      );
      expect((await rowsOf('minuteItems')).find((r) => r.id === partAItemId)!.data.decision).toBe('Progress judged good.');

      await clerk.goto(`${url}/meetings/${meetingId}/minutes`, { waitUntil: 'load' });
      await until(() => current(clerk).getByRole('alert').textContent()).toMatch(
        /^These minutes were approved on \d\d\/\d\d\/\d{4} and are locked: they can no longer be edited\./,
      );
      expect(await current(clerk).getByLabel('Summary of item 4', { exact: true }).count()).toBe(0);
      await axe(clerk, 'locked minutes');

      await clerk.goto(`${url}/meetings/${meetingId}`, { waitUntil: 'load' });
      await until(() => current(clerk).getByRole('heading', { name: 'Add an erratum' }).isVisible()).toBe(true);
      await current(clerk).getByLabel('Which part it corrects', { exact: true }).selectOption({ index: 4 });
      await current(clerk).getByLabel('Correction', { exact: true }).fill('Item 4: sixty-four per cent were on track, not sixty.');
      await current(clerk).getByLabel('Recorded by', { exact: true }).fill('Sandra Kowalski (Clerk)');
      await current(clerk).getByRole('button', { name: 'Add the erratum' }).click();
      await until(() => current(clerk).getByText('Erratum saved on this device, beside the original minutes.').isVisible()).toBe(true);
      await until(() => current(clerk).locator('.m-erratum').first().textContent()).toContain('sixty-four per cent were on track');
      await until(async () => (await rowsOf('minuteErrata')).length, 60_000).toBe(1);
      await axe(clerk, 'approved minutes with an erratum');
    },
    STEP,
  );

  it(
    'the action log and the standing with the authority pass axe, and an action is carried forward with the keyboard alone',
    async () => {
      await clerk.goto(`${url}/meetings/actions`, { waitUntil: 'load' });
      await onPage(clerk, 'Action log');
      await axe(clerk, 'action log');
      await current(clerk).getByRole('button', { name: 'Carry forward: Send the phonics tracker to governors' }).focus();
      await clerk.keyboard.press('Enter');
      const card = current(clerk).locator('article', { hasText: 'Send the phonics tracker to governors' });
      // A native date field's parts (and Tab between them) follow the browser's language, not the page's, so
      // the date is filled in as a whole; the other fields are reached and typed in as a keyboard user would.
      await card.getByLabel('New due date', { exact: true }).fill('2027-02-10');
      await card.getByLabel('Why it is carried forward', { exact: true }).focus();
      await clerk.keyboard.type('The tracker is being rebuilt');
      await card.getByRole('button', { name: 'Save the new date' }).focus();
      await clerk.keyboard.press('Enter');
      await until(() =>
        card
          .getByText(/^Carried forward on \d\d\/\d\d\/\d{4} from 13\/01\/2027 to 10\/02\/2027: The tracker is being rebuilt$/)
          .isVisible(),
      ).toBe(true);
      await clerk.goto(`${url}/meetings/standing`, { waitUntil: 'load' });
      await onPage(clerk, 'Standing with the authority');
      await until(() =>
        current(clerk)
          .getByText(/Current risk category|risk category Category 4/)
          .first()
          .isVisible(),
      ).toBe(true);
      await axe(clerk, 'standing with the authority');
      expect(await heading(clerk)).toBe('Standing with the authority');
    },
    STEP,
  );
});
