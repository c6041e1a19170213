import { Dexie, type DexieOptions, type EntityTable, type Table } from 'dexie';
import type { Person, RecordKind, RecordOf } from '../domain';
import type { HlcStamp } from '../domain/hlc';
import { applyVersions, versions, type SchemaVersion } from './schema';

/** What a change did to a record. */
export type ChangeOp = 'create' | 'update' | 'delete';

/**
 * One change made on this device, waiting to be sent to the server (oldest first, by seq).
 * `fields` holds the fields changed, with their new values, as a JSON merge patch: for a create,
 * every field; for an update or delete, only what changed (always including updatedAt). A null
 * means the field was cleared: remove it, then read the record through its schema again (which
 * puts back a default, e.g. null for a blank figure).
 */
export interface OutboxEntry {
  /** Order of changes on this device; filled in by the database. */
  seq?: number;
  /** Made once per change (UUIDv7), so the server applies it once however often it is sent. */
  mutationId: string;
  schoolId: string;
  kind: RecordKind;
  recordId: string;
  op: ChangeOp;
  fields: Record<string, unknown>;
  /** When the change was made, by the device's hybrid logical clock. */
  hlc: HlcStamp;
  /** The same moment as an ISO instant (it is the record's new updatedAt). */
  createdAt: string;
  /**
   * Set when the server refused the change (sync rule C1): it is kept, not sent again, and shown
   * to the person with the server's reason until they discard it or try again.
   */
  rejected?: RejectedChange;
}

/** Why the server refused a change, in its words. */
export interface RejectedChange {
  reason: string;
  problems?: { field: string; message: string }[];
  /** When the answer came (ISO instant). */
  at: string;
}

/**
 * A change as the board's history shows it: kept on the device after the outbox entry has gone to
 * the server, so "who changed what and when" can always be answered.
 */
export interface HistoryEntry {
  seq?: number;
  schoolId: string;
  kind: RecordKind;
  recordId: string;
  op: ChangeOp;
  /** The fields changed, with their new values (as in the outbox). */
  fields: Record<string, unknown>;
  /** The name of the person who made the change, as this device knows it. */
  by: string;
  at: string;
}

/**
 * A history row as stored: one change (`recordId` an id) or, for an import, the same change to
 * many records at once (`recordId` their ids, by the multi-entry index). Read through historyOf
 * and historyFor, which give one HistoryEntry per record.
 */
export type StoredHistory = Omit<HistoryEntry, 'recordId'> & { recordId: string | string[] };

/** A setting of this device. */
export interface MetaRow {
  key: MetaKey;
  value: string;
}
export type MetaKey =
  | 'deviceId'
  | 'currentSchoolId'
  | 'clock'
  | 'userName'
  /** Sync (src/sync): the signed-in session, the pull cursor, the last good sync, and news for the person. */
  | 'syncSession'
  /** Each board's pull cursor (src/sync/local.ts). */
  | `syncCursor:${string}`
  | 'syncLastAt'
  | 'syncNotice';

/** A photo or document, kept once however many records point at it. */
export interface StoredFile {
  /** SHA-256 of the bytes, as 64 lower-case hex characters. */
  sha256: string;
  blob: Blob;
  type: string;
  bytes: number;
  createdAt: string;
}

type RecordTables = { readonly [K in RecordKind]: Table<RecordOf<K>, string> };
export interface StewardTables extends RecordTables {
  readonly outbox: EntityTable<OutboxEntry, 'seq'>;
  readonly meta: Table<MetaRow, MetaKey>;
  readonly files: Table<StoredFile, string>;
  readonly people: Table<Person, string>;
  readonly history: EntityTable<StoredHistory, 'seq'>;
}

// Dexie adds a property per table at run time; this tells TypeScript about them.
const DexieWithTables = Dexie as unknown as new (name: string, options?: DexieOptions) => Dexie & StewardTables;

/** The device's own copy of every board it holds: the source of truth for the screens. */
export class StewardDb extends DexieWithTables {
  constructor(name: string, history: readonly SchemaVersion[] = versions, options?: DexieOptions) {
    super(name, options);
    applyVersions(this, history);
  }

  /** The table of one kind of record, typed. */
  records<K extends RecordKind>(kind: K): Table<RecordOf<K>, string> {
    return this.table(kind);
  }
}

/** A database by name (tests use a fresh name each); `history` is for migration tests. */
export const openDb = (name = 'steward', history: readonly SchemaVersion[] = versions): StewardDb => new StewardDb(name, history);

/** The app's database. Opens on first use. */
export const db: StewardDb = openDb();
