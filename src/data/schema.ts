import type { Dexie, Transaction } from 'dexie';
import { upgradeSignIn } from './upgradeSignIn';

/**
 * One version of the device's database: the tables it adds or changes, and an optional upgrade
 * that rewrites records already on the device.
 *
 * `stores` uses Dexie's syntax: the first entry is the primary key ("id", "++seq" for an
 * auto-number), then the indexes ("&x" unique, "*x" one entry per array item, "[a+b]" compound).
 * Only index what a query looks up by: true/false is not an index key in IndexedDB, so never
 * index a boolean (filter on `deleted` after looking up by `schoolId`).
 */
export interface SchemaVersion {
  version: number;
  /** Tables new or changed in this version; a table set to null is removed. Others stay as they were. */
  stores: Record<string, string | null>;
  /** Runs once, inside the upgrade transaction, on devices that had an older version. */
  upgrade?: (tx: Transaction) => Promise<unknown> | void;
}

/**
 * Every version the database has ever had, oldest first. Devices open at the newest, upgrading
 * through each one in between.
 *
 * HOW TO ADD A VERSION (never edit one that has shipped: devices already have it):
 * 1. Append `{ version: <last + 1>, stores: {...} }` listing only the tables that change, each
 *    with its full new index list (e.g. add ", status" to "actions"); a new kind of record gets a
 *    new table here (a test checks every kind in src/domain/kinds.ts has one).
 * 2. If existing records must change shape (a renamed or new required field), add `upgrade`:
 *      upgrade: (tx) => tx.table('actions').toCollection().modify((a) => { a.owner = a.lead ?? ''; })
 *    Keep it self-contained (no imports that may change later) and quick; it runs offline.
 * 3. Add a case to test/unit/data/migration.test.ts writing data at the old version and
 *    checking it after the upgrade.
 */
export const versions: SchemaVersion[] = [
  {
    version: 1,
    stores: {
      // Records, one table per kind (src/domain/kinds.ts). Every one is looked up by school.
      schools: 'id, schoolId',
      memberships: 'id, schoolId, personId',
      termDates: 'id, schoolId',
      plans: 'id, schoolId',
      areas: 'id, schoolId, planId',
      needs: 'id, schoolId, areaId',
      actions: 'id, schoolId, needId, areaId',
      milestones: 'id, schoolId, areaId',
      strategies: 'id, schoolId, planId',
      performanceRows: 'id, schoolId, planId',
      reviews: 'id, schoolId, planId',
      reviewEntries: 'id, schoolId, reviewId, actionId',
      areaJudgements: 'id, schoolId, reviewId, areaId',
      evidence: 'id, schoolId, *supports, visitId',
      checklistTemplates: 'id, schoolId, templateKey',
      visits: 'id, schoolId',
      visitResponses: 'id, schoolId, visitId',
      attendanceFigures: 'id, schoolId',
      challengeRecords: 'id, schoolId, relatedId',
      meetings: 'id, schoolId',
      minuteItems: 'id, schoolId, meetingId',
      meetingActions: 'id, schoolId, meetingId',
      benchmarkAssessments: 'id, schoolId',
      // Changes made on this device and not yet accepted by the server, in order.
      outbox: '++seq, schoolId',
      // Settings of this device: deviceId, currentSchoolId, clock.
      meta: 'key',
      // Photos and documents, by the SHA-256 of their bytes.
      files: 'sha256',
      // Every change made on this device, kept after sync: who changed what and when.
      history: '++seq, schoolId, recordId',
      // People (global, not per school).
      people: 'id',
    },
  },
  {
    // Challenge records asked at a meeting are locked with its minutes (src/domain/kinds.ts), by
    // `meetingId`; those saved before named the meeting only as `relatedId` (the server's migration
    // 0004 makes the same change). Nothing is removed: `relatedId` stays.
    version: 2,
    stores: { challengeRecords: 'id, schoolId, relatedId, meetingId' },
    upgrade: async (tx) => {
      const meetings = new Set((await tx.table('meetings').toCollection().primaryKeys()).map(String));
      await tx
        .table('challengeRecords')
        .toCollection()
        .modify((c: { relatedId?: string; meetingId?: string }) => {
          if (c.meetingId === undefined && c.relatedId !== undefined && meetings.has(c.relatedId)) c.meetingId = c.relatedId;
        });
    },
  },
  {
    // Issue 15: a milestone may belong to one action (actionId), so milestones are found by action too.
    // No rows change: the new fields (codes, timing in words, undated actions and milestones) are optional.
    version: 3,
    stores: { milestones: 'id, schoolId, areaId, actionId' },
  },
  {
    // Meetings and minutes (issue 13): corrections to approved minutes, and the school's standing
    // with the authority. A meeting's "present" and "apologies" names become its attendees.
    version: 4,
    stores: {
      minuteErrata: 'id, schoolId, meetingId',
      escalationRecords: 'id, schoolId',
    },
    upgrade: (tx) =>
      tx
        .table('meetings')
        .toCollection()
        .modify((m: Record<string, unknown>) => {
          if (Array.isArray(m.attendees)) return;
          const person = (text: string, attendance: string) => {
            const found = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(text);
            const name = found ? found[1]! : text;
            const office = found ? found[2]! : '';
            const visitor = /officer|clerk/i.test(office);
            return { name, office, member: !visitor, attendance };
          };
          const present = Array.isArray(m.present) ? (m.present as string[]) : [];
          const apologies = Array.isArray(m.apologies) ? (m.apologies as string[]) : [];
          m.attendees = [...present.map((p) => person(p, 'present')), ...apologies.map((p) => person(p, 'apologies accepted'))];
          m.quorum ??= 3;
          m.declarations ??= '';
          m.papers ??= [];
          m.confidentialItems ??= 0;
          delete m.present;
          delete m.apologies;
        }),
  },
  {
    // The board's yearly check of the school's attendance duties (issue 12).
    version: 5,
    stores: { attendanceDuties: 'id, schoolId' },
  },
  {
    // The sign-in of a device that held one board takes the shape of several (C5): src/data/upgradeSignIn.ts.
    // (Numbers 6–9 were set aside for work landing at the same time, which needed none; Dexie allows the gap.)
    version: 10,
    stores: {},
    upgrade: upgradeSignIn,
  },
  {
    // Issue 16 (local writes): an import writes one history row per part of up to 2,000 records of a
    // kind, naming them all in `recordId` (a list), instead of one row per record, so the rows are
    // still found by record. A row of one change keeps its single id, as before. No rows change.
    version: 11,
    stores: { history: '++seq, schoolId, *recordId' },
  },
];

/**
 * Declares the history on a Dexie instance: each version that has an upgrade, and the newest, each
 * with every table it has by then. Dexie (since 3.0) needs no other version: it reads the tables a
 * device already has from the device, makes the difference, and runs every upgrade newer than the
 * device's version, in order. Declaring all of them cost the app's start-up 5–10 ms, as Dexie parses
 * every version declared so far again at each declaration (issue 16).
 */
export function applyVersions(db: Dexie, list: readonly SchemaVersion[]): void {
  let last = 0;
  const tables: Record<string, string | null> = {};
  list.forEach((v, i) => {
    if (!Number.isInteger(v.version) || v.version <= last)
      throw new Error(`Schema versions must be whole numbers going up: ${v.version} after ${last}`);
    last = v.version;
    Object.assign(tables, v.stores);
    if (!v.upgrade && i < list.length - 1) return;
    const declared = db.version(v.version).stores({ ...tables });
    if (v.upgrade) declared.upgrade(v.upgrade);
  });
}

export const latestVersion = (list: readonly SchemaVersion[] = versions): number => list[list.length - 1]?.version ?? 0;

/** The tables of the newest version, with their index lists. */
export function latestStores(list: readonly SchemaVersion[] = versions): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of list)
    for (const [table, spec] of Object.entries(v.stores)) {
      if (spec === null) delete out[table];
      else out[table] = spec;
    }
  return out;
}
