import { describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import { InvalidInput } from '../../../src/domain';
import { discardLocalBoard, getCurrentSchoolId, setCurrentSchool } from '../../../src/data';
import { freshDb, smallBoard } from './fixtures';

describe('current school and discarding a board', () => {
  it('remembers the chosen school and refuses a bad id', async () => {
    const store = freshDb();
    expect(await getCurrentSchoolId(store)).toBeUndefined();
    const id = v7();
    await setCurrentSchool(id, store);
    expect(await getCurrentSchoolId(store)).toBe(id);
    await expect(setCurrentSchool('not-an-id', store)).rejects.toBeInstanceOf(InvalidInput);
  });

  it("removes one school's records and outbox, leaving other schools alone", async () => {
    const store = freshDb();
    const one = await smallBoard(store);
    const two = await smallBoard(store);
    await setCurrentSchool(one.schoolId, store);
    expect(await discardLocalBoard(one.schoolId, store)).toBe(5);
    expect(await store.outbox.where('schoolId').equals(one.schoolId).count()).toBe(0);
    expect(await store.outbox.where('schoolId').equals(two.schoolId).count()).toBe(5);
    expect(await store.actions.toArray()).toEqual([two.action]);
    expect(await getCurrentSchoolId(store)).toBeUndefined();
    expect(await store.meta.get('deviceId')).toBeDefined();
  });
});
