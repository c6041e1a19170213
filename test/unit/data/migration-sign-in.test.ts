import { afterEach, describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import { openDb, versions } from '../../../src/data';
import { readCursor, readSession } from '../../../src/sync';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await openDb(name, []).delete();
});

/** A device at version 5 with these meta rows, opened at the newest version. */
async function upgraded(rows: Record<string, unknown>) {
  const name = `migration-sign-in-${v7()}`;
  names.push(name);
  const before = openDb(
    name,
    versions.filter((v) => v.version <= 5),
  );
  for (const [key, value] of Object.entries(rows)) await before.table('meta').put({ key, value: JSON.stringify(value) });
  before.close();
  const after = openDb(name, versions);
  await after.open();
  return after;
}

const person = { id: 'p1', name: 'Helen Whitfield', email: 'helen@school.example' };
const signIn = { serverUrl: 'https://steward.example', token: 't', expiresAt: '2099-01-01T00:00:00.000Z', person };

describe('version 10: the sign-in of a device that held one board (C5)', () => {
  it('C5 keeps the one board of an old session as its boards, and its cursor under the board’s own key', async () => {
    const schoolId = v7();
    const store = await upgraded({
      syncSession: { ...signIn, schoolId, schoolName: 'Northgate Primary', role: 'chair' },
      syncCursor: { schoolId, cursor: 412, access: 3 },
    });
    expect(await readSession(store)).toEqual({ ...signIn, boards: [{ schoolId, schoolName: 'Northgate Primary', role: 'chair' }] });
    expect(await readCursor(store, schoolId)).toBe(412);
    expect(await store.table('meta').get('syncCursor')).toBeUndefined();
    expect(JSON.parse((await store.meta.get(`syncCursor:${schoolId}`))!.value)).toEqual({ schoolId, cursor: 412, access: 3 });
  });

  it('C5 keeps a session that already lists its boards, and never overwrites a board’s newer cursor', async () => {
    const [a, b] = [v7(), v7()];
    const boards = [
      { schoolId: a, schoolName: 'Northgate Primary', role: 'clerk' },
      { schoolId: b, schoolName: 'Southfield Academy', role: 'governor' },
    ];
    const store = await upgraded({
      syncSession: { ...signIn, schoolId: a, schoolName: 'Northgate Primary', role: 'clerk', boards },
      syncCursor: { schoolId: a, cursor: 10 },
      [`syncCursor:${a}`]: { schoolId: a, cursor: 99 },
    });
    expect(await readSession(store)).toEqual({ ...signIn, boards });
    expect(await readCursor(store, a)).toBe(99);
    expect(await readCursor(store, b)).toBe(0);
  });

  it('C5 a device never signed in, or with rows it cannot read, opens with nothing lost or invented', async () => {
    const schoolId = v7();
    const store = await upgraded({ currentSchoolId: schoolId });
    expect(await readSession(store)).toBeNull();
    expect(JSON.parse((await store.meta.get('currentSchoolId'))!.value)).toBe(schoolId);

    const odd = await upgraded({ syncSession: { ...signIn, schoolId: '' }, syncCursor: 'not a cursor' });
    expect(await readSession(odd)).toBeNull();
    expect(await odd.table('meta').get('syncCursor')).toBeUndefined();
  });
});
