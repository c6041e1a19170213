// S18: the streams of a school that hear the same news have their session and membership checked in
// one statement, not one each; a stream the statement does not vouch for is answered false.
import { expect, it, vi } from 'vitest';
import type { Queryable } from '../../src/server/db';
import { MemberChecks, SchoolTicks } from '../../src/server/sync/streamChecks';

function fakeDb(open: (schoolId: string) => string[], fail = false) {
  const asked: { schoolId: string; hashes: string[] }[] = [];
  const db: Queryable = {
    async query<R extends object>(_text: string, params: readonly unknown[] = []) {
      const [schoolId, hashes] = params as [string, string[]];
      asked.push({ schoolId, hashes });
      if (fail) throw new Error('the database is away');
      return hashes.filter((h) => open(schoolId).includes(h)).map((token_hash) => ({ token_hash })) as R[];
    },
    exec: async () => undefined,
  };
  return { db, asked };
}

it('S18 the streams of a school asking in the same turn are checked in one statement', async () => {
  const { db, asked } = fakeDb((school) => (school === 'a' ? ['h1', 'h2', 'h3'] : ['h9']));
  const checks = new MemberChecks(db);
  const answers = await Promise.all([
    ...['h1', 'h2', 'h3', 'h4', 'h1'].map((h) => checks.stillMember('a', h)),
    checks.stillMember('b', 'h9'),
    checks.stillMember('b', 'h1'),
  ]);
  expect(answers).toEqual([true, true, true, false, true, true, false]);
  expect(asked).toEqual([
    { schoolId: 'a', hashes: ['h1', 'h2', 'h3', 'h4'] },
    { schoolId: 'b', hashes: ['h9', 'h1'] },
  ]);
  expect(await checks.stillMember('a', 'h2')).toBe(true); // a later turn asks again
  expect(asked).toHaveLength(3);
});

it('S18 when the statement fails, no stream is vouched for (each then asks alone, for the reason)', async () => {
  const checks = new MemberChecks(fakeDb(() => ['h1'], true).db);
  expect(await Promise.all([checks.stillMember('a', 'h1'), checks.stillMember('a', 'h2')])).toEqual([false, false]);
});

it("S18 a school's streams are kept alive on one clock: ticked together, so their checks are one statement", async () => {
  vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] }); // the clocks; the checks' own turn is real
  const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
  try {
    const { db, asked } = fakeDb(() => ['h1', 'h2', 'h3']);
    const checks = new MemberChecks(db);
    const ticks = new SchoolTicks(25_000);
    const heard: string[] = [];
    const stream = (school: string, hash: string) =>
      ticks.every(school, () => void checks.stillMember(school, hash).then(() => heard.push(hash)));
    const stopFirst = stream('a', 'h1');
    await vi.advanceTimersByTimeAsync(10_000);
    stream('a', 'h2'); // opened 10 s after the first: it joins the school's clock
    stream('a', 'h3');
    stream('b', 'h1');
    await vi.advanceTimersByTimeAsync(15_000); // 25 s: school a's clock ticks, for all three of its streams
    await settle();
    expect(heard.sort()).toEqual(['h1', 'h2', 'h3']);
    expect(asked).toEqual([{ schoolId: 'a', hashes: ['h1', 'h2', 'h3'] }]);
    stopFirst();
    await vi.advanceTimersByTimeAsync(10_000); // 35 s: school b's clock, started at 10 s
    await settle();
    expect(asked.slice(1)).toEqual([{ schoolId: 'b', hashes: ['h1'] }]);
    await vi.advanceTimersByTimeAsync(15_000); // 50 s: school a again, without the closed stream
    await settle();
    expect(asked.slice(2)).toEqual([{ schoolId: 'a', hashes: ['h2', 'h3'] }]);
    expect(ticks.schools).toBe(2);
  } finally {
    vi.useRealTimers();
  }
});

it('S18 a school whose last stream closes stops its clock', () => {
  const ticks = new SchoolTicks(25_000);
  const stops = [ticks.every('a', () => undefined), ticks.every('a', () => undefined)];
  stops[0]!();
  expect(ticks.schools).toBe(1);
  stops[1]!();
  expect(ticks.schools).toBe(0);
});
