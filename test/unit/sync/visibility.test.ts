// Who a person may mark a record as visible to (S11, S12): the levels their role on the board sees.
import { describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import type { Role } from '../../../src/domain';
import { myRole, visibilitiesAllowed } from '../../../src/sync';
import { saveSession } from '../../../src/sync/session';
import { freshDb } from '../data/fixtures';

async function signedInAs(role: Role | null) {
  const store = freshDb();
  const schoolId = v7();
  const personId = v7();
  const now = new Date().toISOString();
  await saveSession(store, {
    serverUrl: 'http://test.invalid',
    token: 't',
    expiresAt: '2099-01-01T00:00:00.000Z',
    person: { id: personId, name: 'Priya', email: 'p@test.example' },
    boards: [{ schoolId, schoolName: 'Test Primary', role: role ?? 'governor' }],
  });
  const member = (id: string, r: Role, deleted = false) => ({
    id: v7(),
    schoolId,
    createdAt: now,
    updatedAt: now,
    deleted,
    visibility: 'board' as const,
    personId: id,
    role: r,
    displayName: 'Someone',
  });
  await store.memberships.bulkPut([member(v7(), 'chair'), member(personId, 'chair', true), ...(role ? [member(personId, role)] : [])]);
  return { store, schoolId };
}

describe('who a person may mark a record as visible to', () => {
  it.each([
    ['chair', ['board', 'partB', 'chairs']],
    ['vice-chair', ['board', 'partB', 'chairs']],
    ['governor', ['board', 'partB']],
    ['clerk', ['board', 'partB']],
    ['headteacher', ['board']],
    ['officer', ['board']],
  ] as const)('S12 a %s may choose %j: only what their role sees', async (role, levels) => {
    const { store, schoolId } = await signedInAs(role);
    expect(await myRole(store, schoolId)).toBe(role);
    expect(await visibilitiesAllowed(store, schoolId)).toEqual(levels);
  });

  it('every level on a board kept on this device only (not signed in)', async () => {
    const store = freshDb();
    expect(await myRole(store, v7())).toBeNull();
    expect(await visibilitiesAllowed(store, v7())).toEqual(['board', 'partB', 'chairs']);
  });

  it('goes by the person’s live member record, not a removed one or someone else’s', async () => {
    const { store, schoolId } = await signedInAs(null);
    expect(await myRole(store, schoolId)).toBeNull();
  });
});
