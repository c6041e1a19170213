// The memberships record every member of a board syncs: the server writes it when someone joins,
// changes role or is removed, as a change like any other (a new version under the school's lock).
import { check, MembershipSchema, tickHlc, type Role } from '../../domain';
import type { Transaction } from '../db';
import { loadRecords, lockSchoolVersion, recordKey, saveRecord, serverRecord, setSchoolVersion } from '../sync/store';

export interface MemberFields {
  recordId: string;
  personId: string;
  role: Role;
  displayName: string;
  deleted: boolean;
}

/** Write a member's record as a new version of the school; returns that version. */
export async function writeMemberRecord(tx: Transaction, schoolId: string, m: MemberFields, nowMs = Date.now()): Promise<number> {
  const version = (await lockSchoolVersion(tx, schoolId)) + 1;
  const existing = (await loadRecords(tx, schoolId, [{ kind: 'memberships', id: m.recordId }])).get(recordKey('memberships', m.recordId));
  const at = new Date(nowMs).toISOString();
  const checked = check(MembershipSchema, {
    id: m.recordId,
    schoolId,
    createdAt: (existing?.data.createdAt as string | undefined) ?? at,
    updatedAt: at,
    deleted: m.deleted,
    visibility: 'board',
    personId: m.personId,
    role: m.role,
    displayName: m.displayName,
  });
  if (!checked.ok) throw new Error(`Member record not valid: ${checked.problems.map((p) => p.message).join('; ')}`);
  const hlc = tickHlc(existing?.hlc ?? null, nowMs, 'server');
  await saveRecord(tx, schoolId, serverRecord('memberships', checked.value, version, hlc));
  await setSchoolVersion(tx, schoolId, version);
  return version;
}
