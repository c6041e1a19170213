// Reads for the screens (wrap in useLiveQuery): what is waiting to be sent, and what the server refused.
import { recordKinds, visibilities, visibilitiesToChoose, type RecordKind, type Role, type Visibility } from '../domain';
import { roleOnBoard, type OutboxEntry, type StewardDb } from '../data';
import { changeAsText } from './attention';

/** How many changes of the board are waiting to be sent (refused ones not counted). */
export async function changesWaiting(store: StewardDb, schoolId: string): Promise<number> {
  return store.outbox
    .where('schoolId')
    .equals(schoolId)
    .filter((e) => !e.rejected)
    .count();
}

/** How many changes of the board the server refused (C1), still kept on this device. */
export async function changesRefused(store: StewardDb, schoolId: string): Promise<number> {
  return store.outbox
    .where('schoolId')
    .equals(schoolId)
    .filter((e) => e.rejected !== undefined)
    .count();
}

/** A refused change as the "Needs attention" list shows it. */
export interface ChangeNeedingAttention {
  seq: number;
  /** e.g. "Change to the action “Train every adult in phonics”". */
  what: string;
  /** The server's reason, in its words. */
  reason: string;
  problems: { field: string; message: string }[];
  /** When the change was made (ISO instant). */
  madeAt: string;
  /** What the person wrote in it, as plain text to copy (`changeAsText`). */
  text: string;
}

const verbs = { create: 'New', update: 'Change to the', delete: 'Deletion of the' } as const;

/** The words a person knows a record by: its title, name, description or text, shortened. */
function nameOf(record: Record<string, unknown> | undefined): string {
  const value = [record?.title, record?.name, record?.description, record?.text, record?.displayName].find(
    (v) => typeof v === 'string' && v.trim() !== '',
  );
  if (typeof value !== 'string') return '';
  const text = value.trim();
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** What a change was, in words. */
export function describeChange(entry: Pick<OutboxEntry, 'op' | 'kind' | 'fields'>, record?: Record<string, unknown>): string {
  const label = Object.hasOwn(recordKinds, entry.kind) ? recordKinds[entry.kind as RecordKind].label : entry.kind;
  const name = nameOf(record) || nameOf(entry.fields);
  const start = entry.op === 'create' ? `New ${label}` : `${verbs[entry.op]} ${label}`;
  return name ? `${start} “${name}”` : start;
}

/** The changes of the board the server refused (C1), oldest first, with what each was. */
export async function changesNeedingAttention(store: StewardDb, schoolId: string): Promise<ChangeNeedingAttention[]> {
  const refused = (await store.outbox.where('schoolId').equals(schoolId).sortBy('seq')).filter((e) => e.rejected);
  return Promise.all(
    refused.map(async (e) => {
      const record = Object.hasOwn(recordKinds, e.kind)
        ? ((await store.records(e.kind).get(e.recordId)) as Record<string, unknown> | undefined)
        : undefined;
      const what = describeChange(e, record);
      return {
        seq: e.seq!,
        what,
        reason: e.rejected!.reason,
        problems: e.rejected!.problems ?? [],
        madeAt: e.createdAt,
        text: changeAsText(what, e),
      };
    }),
  );
}

/** The signed-in person's role on this board, from its member records (null: not signed in, or a board kept on this device only). */
export const myRole = (store: StewardDb, schoolId: string): Promise<Role | null> => roleOnBoard(store, schoolId);

/**
 * Who this person may mark a record as visible to (S11, S12): only levels their role sees, so no one
 * hides a record from themselves. Every level on a board kept on this device only.
 */
export async function visibilitiesAllowed(store: StewardDb, schoolId: string, current: Visibility | null = null): Promise<Visibility[]> {
  const role = await myRole(store, schoolId);
  return role ? visibilitiesToChoose(role, current) : [...visibilities];
}
