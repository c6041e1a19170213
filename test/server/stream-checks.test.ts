// S18: the streams of a school that hear the same news have their session and membership checked in
// one statement, not one each; a stream the statement does not vouch for is answered false.
import { expect, it } from 'vitest';
import type { Queryable } from '../../src/server/db';
import { MemberChecks } from '../../src/server/sync/streamChecks';

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
