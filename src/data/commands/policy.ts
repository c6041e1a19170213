// The device's half of the kinds' policy (src/domain/policy.ts): every command asks `refusalOf`
// before it writes, with what this device knows (the writer's role on the board, the review or
// meeting the record is locked with), so a change the server would refuse is refused here at once,
// in the same words (S9, S10, S11).
import { lockersOf, refusalOf, type Change, type RecordKind, type Role } from '../../domain';
import type { StewardDb } from '../db';

/** Thrown when a kind's policy refuses a change (append-only, locked, not this role's to make); nothing has been written. */
export class RefusedChange extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RefusedChange';
  }
}

/** The part of the sign-in (kept by src/sync in `meta`) that says who is using the device. */
interface SignedIn {
  person?: { id?: string };
}

/**
 * The signed-in person's role on a board, from their member record on it (as the server wrote it);
 * null when no one is signed in or the board is kept on this device only.
 */
export async function roleOnBoard(store: StewardDb, schoolId: string): Promise<Role | null> {
  const row = await store.meta.get('syncSession');
  const personId = row ? (JSON.parse(row.value) as SignedIn).person?.id : undefined;
  if (!personId) return null;
  const me = await store.memberships
    .where('schoolId')
    .equals(schoolId)
    .filter((m) => m.personId === personId && !m.deleted)
    .first();
  return me?.role ?? null;
}

/** The tables a command of these kinds reads to decide (besides the kinds' own and meta): member records and lockers. */
export function policyTables(store: StewardDb, kinds: RecordKind[]) {
  const lockers = kinds.map((kind) => lockersOf(kind, null, {})?.kind).filter((k): k is RecordKind => !!k);
  return [...new Set<RecordKind>(['memberships', ...lockers])].map((kind) => store.records(kind));
}

/**
 * Inside a command's transaction (which holds `policyTables`): refuse the change when the kind's
 * policy does, throwing RefusedChange with the reason.
 */
export async function refuseIfRefused(store: StewardDb, schoolId: string, change: Change): Promise<void> {
  const lockers = lockersOf(change.kind, change.before, change.after);
  const found: Record<string, unknown>[] = [];
  // One read after another: a Promise.all of native promises would let the transaction commit early.
  for (const id of lockers?.ids ?? []) {
    const record = (await store.table(lockers!.kind).get(id)) as Record<string, unknown> | undefined;
    if (record) found.push(record);
  }
  const reason = refusalOf(change, { role: await roleOnBoard(store, schoolId), lockers: found });
  if (reason) throw new RefusedChange(reason);
}
