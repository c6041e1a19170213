// Bench "meeting": open the minutes of a meeting with 40 items, 60 actions and 40 challenges, in
// headless Chromium on a laptop viewport: the meeting (agenda and minutes as read) from the
// meetings list, and the clerk's minutes screen (every item's fields) from the meeting; median and
// p95 of MEETING_RUNS (10) taps each, at full speed and at 4× CPU slowdown. Timed from the tap to the
// 40th item on screen, measured from the test (Playwright's round trips included).
import type { Page } from 'playwright-core';
import { desktopContext, launchBrowser } from '../e2e/browser';
import { median, withApp, type Bench, type Figure } from './shared';

const RUNS = Number(process.env.MEETING_RUNS ?? 10);
const current = (page: Page) => page.locator('.ion-page:not(.ion-page-hidden)').last();
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)]!;
const ms = (n: number) => Math.round(n * 10) / 10;

/** Writes a draft committee meeting with 40 items, 60 actions and 40 challenges for the current board; returns its id. */
const seedMeeting = `async () => {
  const open = indexedDB.open('steward');
  const db = await new Promise((res, rej) => { open.onsuccess = () => res(open.result); open.onerror = () => rej(open.error); });
  const get = (store, key) => new Promise((res) => { const r = db.transaction(store).objectStore(store).get(key); r.onsuccess = () => res(r.result); });
  const schoolId = (await get('meta', 'currentSchoolId')).value;
  const now = new Date().toISOString();
  const base = () => ({ id: crypto.randomUUID(), schoolId, createdAt: now, updatedAt: now, deleted: false, visibility: 'board' });
  const meeting = { ...base(), kind: 'Full governing board', date: '2020-01-15', time: '18:00', venue: 'Bench hall',
    attendees: Array.from({ length: 10 }, (_, i) => ({ name: 'Bench person ' + i, office: 'Governor', member: true, attendance: 'present' })),
    quorum: 3, declarations: 'None.', papers: [], confidentialItems: 0, minutesStatus: 'draft', approvedBy: '' };
  const text = (n) => 'The committee discussed bench point ' + n + '. '.repeat(1) + 'Governors heard the evidence and the school answered in full. '.repeat(4);
  const items = Array.from({ length: 40 }, (_, i) => ({ ...base(), meetingId: meeting.id, position: i + 1, title: 'Bench item ' + (i + 1), itemKind: 'other',
    papers: 'Papers for bench item ' + (i + 1) + '\\nLatest review: 2 green, 1 amber.', discussion: text(i), decision: 'Agreed: bench decision ' + (i + 1) }));
  const actions = Array.from({ length: 60 }, (_, i) => ({ ...base(), meetingId: meeting.id, minuteItemId: items[i % 40].id, description: 'Bench action ' + (i + 1),
    owner: 'Headteacher', due: '2020-02-0' + (1 + (i % 9)), status: 'open', carried: [] }));
  const challenges = items.map((item, i) => ({ ...base(), topic: 'other', question: 'Bench question ' + i + '?', answer: 'Bench answer ' + i, followUp: '', askedBy: 'Governor',
    askedAt: now, meetingId: meeting.id, minuteItemId: item.id }));
  await new Promise((res, rej) => {
    const tx = db.transaction(['meetings', 'minuteItems', 'meetingActions', 'challengeRecords'], 'readwrite');
    tx.objectStore('meetings').put(meeting);
    for (const r of items) tx.objectStore('minuteItems').put(r);
    for (const r of actions) tx.objectStore('meetingActions').put(r);
    for (const r of challenges) tx.objectStore('challengeRecords').put(r);
    tx.oncomplete = res; tx.onerror = () => rej(tx.error);
  });
  db.close();
  return meeting.id;
}`;

async function timeTaps(page: Page, baseURL: string, meetingId: string, slowdown: number) {
  const cdp = await page.context().newCDPSession(page);
  const meeting: number[] = [];
  const minutes: number[] = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      await page.goto(`${baseURL}/meetings`, { waitUntil: 'load' });
      const link = current(page).getByRole('link', { name: /^15\/01\/2020: Full governing board/ });
      await link.waitFor();
      await page.waitForTimeout(300); // the list settles
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
      let t0 = performance.now();
      await link.click();
      await current(page).getByRole('heading', { name: '40. Bench item 40' }).first().waitFor({ timeout: 60_000 });
      meeting.push(performance.now() - t0);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      await page.waitForTimeout(300);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
      t0 = performance.now();
      await current(page).getByRole('link', { name: 'Take the minutes' }).click();
      await current(page).getByLabel('Summary of item 40', { exact: true }).waitFor({ timeout: 60_000 });
      minutes.push(performance.now() - t0);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    }
  } finally {
    await cdp.detach();
  }
  return { meeting, minutes };
}

const meetingBench: Bench = {
  name: 'meeting',
  description: 'opening the minutes of a meeting with 40 items and 60 actions (laptop viewport)',
  run: () =>
    withApp(async (baseURL) => {
      const browser = await launchBrowser();
      try {
        const page = await (await desktopContext(browser)).newPage();
        await page.goto(`${baseURL}/`, { waitUntil: 'networkidle' });
        await page.getByRole('button', { name: 'Load the demo board' }).click();
        await page.getByText('Milestones overdue or due soon').first().waitFor({ timeout: 20_000 });
        const meetingId = await page.evaluate<string>(`(${seedMeeting})()`);
        await timeTaps(page, baseURL, meetingId, 1); // warms the lazy chunks once
        const fast = await timeTaps(page, baseURL, meetingId, 1);
        const slow = await timeTaps(page, baseURL, meetingId, 4);
        if (process.env.BENCH_VERBOSE) console.info('  meeting (ms):', { fast, slow });
        const f = (what: string, xs: number[]): Figure[] => [
          { measure: `${what}: median of ${RUNS}`, value: ms(median(xs)), unit: 'ms' },
          { measure: `${what}: p95`, value: ms(p95(xs)), unit: 'ms' },
        ];
        return [
          ...f('open the meeting and its minutes, 40 items + 60 actions', fast.meeting),
          ...f('open the clerk’s minutes screen, 40 items + 60 actions', fast.minutes),
          ...f('open the meeting at 4× CPU slowdown', slow.meeting),
          ...f('open the clerk’s minutes screen at 4× CPU slowdown', slow.minutes),
        ];
      } finally {
        await browser.close();
      }
    }),
};

export default meetingBench;
