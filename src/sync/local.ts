// What sync does to the device's store: write a pulled page with this device's unsent changes laid
// back on top (C2), withdraw records (S13), start the board again (S14/S17), and keep, discard or
// retry changes the server refused (C1). Each is one Dexie transaction, so a killed app loses nothing.
import {
  check,
  compareHlc,
  HLC_ZERO,
  receiveHlc,
  recordKindNames,
  recordKinds,
  type FieldClocks,
  type HlcStamp,
  type RecordKind,
} from '../domain';
import { deviceIdOf, type HistoryEntry, type OutboxEntry, type RejectedChange, type StewardDb } from '../data';
import type { AnyRecord } from '../data/changes';
import type { PullPage } from './api';
import { pulledHistory } from './pulledHistory';

type Fields = Record<string, unknown>;
const keyOf = (kind: string, id: string) => `${kind}\u0000${id}`;
const isKind = (kind: string): kind is RecordKind => Object.hasOwn(recordKinds, kind);
const listIn = <T>(lists: Map<RecordKind, T[]>, kind: RecordKind): T[] => lists.get(kind) ?? lists.set(kind, []).get(kind)!;

/** Every change of the board still on this device (unsent, or refused and kept), oldest first. */
export async function unsentChanges(store: StewardDb, schoolId: string): Promise<OutboxEntry[]> {
  return store.outbox.where('schoolId').equals(schoolId).sortBy('seq');
}

function byRecord(entries: OutboxEntry[]): Map<string, OutboxEntry[]> {
  const map = new Map<string, OutboxEntry[]>();
  for (const e of entries) {
    const key = keyOf(e.kind, e.recordId);
    map.set(key, [...(map.get(key) ?? []), e]);
  }
  return map;
}

/**
 * A record as this device should show it: the server's copy (or nothing), with this device's own
 * changes to it laid on top in order, each field only where the change is later than the server's
 * last write to that field (the server decides the same way, S7). Undefined when there is no record.
 */
export function layOnTop(kind: RecordKind, server: Fields | undefined, clocks: FieldClocks, mine: OutboxEntry[]): Fields | undefined {
  let data = server ? { ...server } : undefined;
  for (const e of mine) {
    if (!data) {
      if (e.op !== 'create') continue;
      data = {};
    }
    for (const [field, value] of Object.entries(e.fields)) {
      if (compareHlc(e.hlc, clocks[field] ?? HLC_ZERO) <= 0) continue;
      if (value === null || value === undefined) delete data[field];
      else data[field] = value;
    }
  }
  if (!data || !server) return data && readThrough(kind, data);
  return mine.length ? readThrough(kind, data) : data;
}

/** Read through the kind's schema (a cleared field gets its default back); as it is when it does not fit. */
function readThrough(kind: RecordKind, data: Fields): Fields {
  const checked = check(recordKinds[kind].schema, data);
  if (!checked.ok) return data;
  const value = { ...(checked.value as Fields) };
  for (const k of Object.keys(value)) if (value[k] === undefined) delete value[k];
  return value;
}

const recordTables = (store: StewardDb) => recordKindNames.map((kind) => store.records(kind));

/** Where the next pull starts, and the access (S14) the copy on this device was pulled under. */
export interface Cursor {
  schoolId: string;
  cursor: number;
  access?: number;
}

/** The meta key of a board's pull state: one per board, so a device holding several boards (C5) pulls each from its own place. */
export const cursorKey = (schoolId: string) => `syncCursor:${schoolId}` as const;

export async function readPullState(store: StewardDb, schoolId: string): Promise<Cursor> {
  const row = await store.meta.get(cursorKey(schoolId));
  const saved = row ? (JSON.parse(row.value) as Cursor) : null;
  return saved?.schoolId === schoolId ? saved : { schoolId, cursor: 0 };
}

export const readCursor = async (store: StewardDb, schoolId: string): Promise<number> => (await readPullState(store, schoolId)).cursor;

/** Has this device ever pulled the board from a server (so it is not a board kept on this device only)? */
export async function pulledFromServer(store: StewardDb, schoolId: string): Promise<boolean> {
  return (await readPullState(store, schoolId)).cursor > 0 || (await store.meta.get(cursorKey(schoolId))) !== undefined;
}

const writeCursor = (store: StewardDb, schoolId: string, cursor: number, access?: number) =>
  store.meta.put({
    key: cursorKey(schoolId),
    value: JSON.stringify({ schoolId, cursor, ...(access === undefined ? {} : { access }) } satisfies Cursor),
  });

/** Forget where the board's pulls had got to (the board was taken off this device). */
export async function forgetCursor(store: StewardDb, schoolId: string): Promise<void> {
  await store.meta.delete(cursorKey(schoolId));
}

/**
 * Inside a transaction: write pulled changes (unsent changes on top, withdrawals removed); the latest
 * stamp seen. With `history`, each change that alters the device's copy adds a row to it.
 */
async function writeChanges(
  store: StewardDb,
  schoolId: string,
  changes: PullPage['changes'],
  mine: Map<string, OutboxEntry[]>,
  history?: HistoryEntry[],
): Promise<HlcStamp | null> {
  let latest: HlcStamp | null = null;
  // Written a kind at a time with bulkPut/bulkDelete (one IndexedDB round trip per kind, not per
  // record); a record met twice first writes what is held, so the page's order still holds.
  const puts = new Map<RecordKind, unknown[]>();
  const gone = new Map<RecordKind, string[]>();
  const held = new Set<string>();
  const flush = async () => {
    for (const [kind, rows] of puts) await store.records(kind).bulkPut(rows as never[]);
    for (const [kind, ids] of gone) await store.records(kind).bulkDelete(ids);
    puts.clear();
    gone.clear();
    held.clear();
  };
  for (const change of changes) {
    if (!isKind(change.kind)) continue; // a kind this version of the app does not know yet
    const key = keyOf(change.kind, change.id);
    if (held.has(key)) await flush();
    if ('withdrawn' in change) {
      held.add(key);
      listIn(gone, change.kind).push(change.id);
      continue;
    }
    if (change.data.schoolId !== schoolId) continue;
    const record = layOnTop(change.kind, change.data, change.clocks ?? {}, mine.get(key) ?? []);
    if (history && record) {
      const before = (await store.records(change.kind).get(change.id)) as AnyRecord | undefined;
      history.push(...pulledHistory(change.kind, before, record as AnyRecord, change.authors));
    }
    held.add(key);
    listIn(puts, change.kind).push(record);
    if (latest === null || compareHlc(change.hlc, latest) > 0) latest = change.hlc;
  }
  await flush();
  return latest;
}

/** Inside a transaction: move the device's clock past the latest stamp pulled (C2). */
async function receive(store: StewardDb, latest: HlcStamp | null, nowMs: number): Promise<void> {
  if (!latest) return;
  const deviceId = await deviceIdOf(store);
  const clock = (await store.meta.get('clock'))?.value ?? null;
  await store.meta.put({ key: 'clock', value: receiveHlc(clock, latest, nowMs, deviceId) });
}

/**
 * Store one pulled page: each record written (with unsent changes on top), withdrawn records
 * removed, the device's clock moved past every stamp pulled, and the cursor moved on — all in ONE
 * transaction, so the cursor never runs ahead of what is stored. With `history` (every pull but the
 * board's first), what others changed is added to the device's history, with who changed it.
 */
export async function storePage(
  store: StewardDb,
  schoolId: string,
  page: PullPage,
  nowMs = Date.now(),
  opts: { history?: boolean } = {},
): Promise<void> {
  await store.transaction('rw', [...recordTables(store), store.outbox, store.meta, store.history], async () => {
    const mine = byRecord(await unsentChanges(store, schoolId));
    const history: HistoryEntry[] | undefined = opts.history ? [] : undefined;
    await receive(store, await writeChanges(store, schoolId, page.changes, mine, history), nowMs);
    if (history?.length) await store.history.bulkAdd(history);
    await writeCursor(store, schoolId, page.cursor, page.access);
  });
}

/**
 * Start the board again (S14 role change, S17 restored server) with every page of a pull from 0,
 * in ONE transaction: the device's copy of the board's records is replaced by what was pulled, every
 * unsent change kept and laid on top, and records made here and not yet sent rebuilt from the
 * outbox. Until the whole board has arrived the old copy stays, so the board never vanishes from
 * the screens half-way (an app killed or offline mid-pull is reset again and starts from 0).
 */
export async function replaceBoard(store: StewardDb, schoolId: string, pages: PullPage[], nowMs = Date.now()): Promise<void> {
  const last = pages[pages.length - 1];
  if (!last) return;
  await store.transaction('rw', [...recordTables(store), store.outbox, store.meta], async () => {
    const mine = byRecord(await unsentChanges(store, schoolId));
    for (const table of recordTables(store)) await table.where('schoolId').equals(schoolId).delete();
    await rebuild(store, mine);
    let latest: HlcStamp | null = null;
    for (const page of pages) {
      const seen = await writeChanges(store, schoolId, page.changes, mine);
      if (seen && (latest === null || compareHlc(seen, latest) > 0)) latest = seen;
    }
    await receive(store, latest, nowMs);
    await writeCursor(store, schoolId, last.cursor, last.access);
  });
}

/** Put back records that exist only on this device (made here, not yet on the server). */
async function rebuild(store: StewardDb, mine: Map<string, OutboxEntry[]>): Promise<void> {
  for (const entries of mine.values()) {
    const first = entries[0]!;
    if (!isKind(first.kind)) continue;
    const record = layOnTop(first.kind, undefined, {}, entries);
    if (record) await store.records(first.kind).put(record as never);
  }
}

/** Keep a change the server refused, with its reason (C1): it is not sent again until retried. */
export async function markRejected(store: StewardDb, seq: number, rejected: RejectedChange): Promise<void> {
  await store.outbox.update(seq, { rejected });
}

/** Send a refused change again (after fixing what it depends on): the server decides afresh (S3). */
export async function retryChange(store: StewardDb, seq: number): Promise<void> {
  await store.transaction('rw', store.outbox, async () => {
    const entry = await store.outbox.get(seq);
    if (!entry) return;
    delete entry.rejected;
    await store.outbox.put(entry);
  });
}

/**
 * Give up a refused change: remove it and this device's copy of its record, and pull the board
 * from 0 so the record comes back as the server has it, with any other unsent changes on top.
 */
export async function discardChange(store: StewardDb, seq: number): Promise<void> {
  await store.transaction('rw', [...recordTables(store), store.outbox, store.meta], async () => {
    const entry = await store.outbox.get(seq);
    if (!entry) return;
    await store.outbox.delete(seq);
    if (!isKind(entry.kind)) return;
    const rest = (await unsentChanges(store, entry.schoolId)).filter((e) => e.kind === entry.kind && e.recordId === entry.recordId);
    await store.records(entry.kind).delete(entry.recordId);
    await rebuild(store, byRecord(rest));
    await writeCursor(store, entry.schoolId, 0);
  });
}
