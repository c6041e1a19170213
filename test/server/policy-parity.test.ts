// S9 S10 S11 as a property of the kinds' policy: for every kind × role × visibility × change
// (create, edit, delete) × lock state, the device's command and the server's push give the same
// answer — accepted, or refused with the same reason. The device holds what the server holds for
// its role (pulled as the chair and kept as each role's device would keep it) and knows its role
// from its member record; each change is made once on the device and once pushed by that role.
import 'fake-indexeddb/auto';
import { afterAll, expect, it } from 'vitest';
import { v7 } from 'uuid';
import {
  attendanceDutyIds,
  buildDemoBoard,
  fileRefsOf,
  lockLinkOf,
  maySee,
  policyOf,
  recordKindNames,
  recordKinds,
  roles,
  todayIso,
  visibilities,
  type RecordKind,
  type Role,
  type Visibility,
} from '../../src/domain';
import { createRecord, deleteRecord, openDb, updateRecord, type StewardDb } from '../../src/data';
import { saveSession } from '../../src/sync/session';
import { writeMemberRecord } from '../../src/server/auth/memberRecord';
import { describeEachDatabase } from './helpers/databases';
import { Device, makeBoard, type Board, type Mutation } from './helpers/board';

type Fields = Record<string, unknown>;
type Op = 'create' | 'edit' | 'delete';
type LockState = 'no lock' | 'open' | 'locked';
interface Case {
  key: string;
  kind: RecordKind;
  role: Role;
  op: Op;
  record: Fields;
  edit?: [string, unknown];
}

const at = new Date().toISOString();
const demo = buildDemoBoard(todayIso(), v7) as Record<string, Fields[]>;
/** One record of each kind from the demo board, without files (a file the server lacks is refused by F2, not the policy). */
const templates = Object.fromEntries(
  recordKindNames.map((kind) => [kind, (demo[kind] ?? []).find((r) => fileRefsOf(kind, r).length === 0)]),
) as Record<RecordKind, Fields | undefined>;
// The demo board has not checked its attendance duties yet.
templates.attendanceDuties = { schoolYear: 2026, checks: { [attendanceDutyIds[0]]: { met: 'yes', note: '' } } };
// Nor has it corrected approved minutes (an erratum's meeting is set for each case below).
templates.minuteErrata = {
  meetingId: '01890000-0000-7000-8000-000000000000',
  correction: 'The figure was 64%, not 46%.',
  recordedBy: 'The clerk',
  recordedAt: '2026-11-26T09:00:00.000Z',
};
// The demo board keeps the usual term dates (none of its own).
templates.termDates = {
  schoolYear: 2026,
  starts: {
    'Autumn 1': '2026-09-02',
    'Autumn 2': '2026-11-02',
    'Spring 1': '2027-01-05',
    'Spring 2': '2027-02-22',
    'Summer 1': '2027-04-12',
    'Summer 2': '2027-06-07',
  },
};

/** How a record that locks is put in each state; a kind that locks and is missing here fails the first test. */
const lockStates: Record<string, { open: Fields; locked: Fields; cleared: string[] }> = {
  reviews: { open: { status: 'draft' }, locked: { status: 'final', finalisedAt: at, finalisedBy: 'The chair' }, cleared: ['finalisedAt'] },
  meetings: {
    open: { minutesStatus: 'draft' },
    locked: { minutesStatus: 'approved', approvedAt: at, approvedBy: 'The chair' },
    cleared: ['approvedAt'],
  },
};
const inState = (kind: RecordKind, record: Fields, state: 'open' | 'locked'): Fields => {
  const s = lockStates[kind]!;
  const r = { ...record, ...s[state] };
  if (state === 'open') for (const f of s.cleared) delete r[f];
  return r;
};

const baseFields = new Set(['id', 'schoolId', 'createdAt', 'updatedAt', 'deleted', 'visibility']);
/** A change to a text field (else a number) that keeps the record valid: the edit every kind can take. */
function editOf(kind: RecordKind, record: Fields): [string, unknown] {
  const edits = Object.entries(record)
    .filter(([field]) => !baseFields.has(field))
    .flatMap(([field, value]): [string, unknown][] =>
      typeof value === 'string' ? [[field, `${value} (edited)`]] : typeof value === 'number' ? [[field, value + 1]] : [],
    );
  const valid = edits.sort(([, a], [, b]) => Number(typeof a === 'number') - Number(typeof b === 'number'));
  const edit = valid.find(([field, value]) => recordKinds[kind].schema.safeParse({ ...record, [field]: value }).success);
  if (!edit) throw new Error(`No field of a ${kind} record can be edited in this test`);
  return edit;
}

const statesOf = (kind: RecordKind): LockState[] => (lockLinkOf(kind) ? ['open', 'locked'] : ['no lock']);
/** Member records are the server's, always for the whole board; a board has one school record, made with it. */
const visibilitiesOf = (kind: RecordKind): readonly Visibility[] =>
  kind === 'memberships' || kind === 'schools' ? ['board'] : visibilities;
const opsOf = (kind: RecordKind): Op[] => (kind === 'schools' ? ['edit'] : ['create', 'edit', 'delete']);

const stores: StewardDb[] = [];
afterAll(async () => {
  for (const s of stores) await s.delete();
});

async function pushAll(b: Board, role: Role, mutations: Mutation[]) {
  const results: { status: string; reason?: string }[] = [];
  for (let i = 0; i < mutations.length; i += 1000) {
    const res = await b.push(role, mutations.slice(i, i + 1000));
    expect(res.statusCode, res.body).toBe(200);
    results.push(...(res.json() as { results: typeof results }).results);
  }
  return results;
}

/** The device of a role: what the server holds that the role may see, and its sign-in. */
async function deviceOf(b: Board, role: Role, held: { kind: string; id: string; data: Fields }[]): Promise<StewardDb> {
  const store = openDb(`parity-${role}-${v7()}`);
  stores.push(store);
  for (const c of held) if (maySee(role, c.data.visibility as Visibility)) await store.table(c.kind).put(c.data);
  await saveSession(store, {
    serverUrl: 'http://test.invalid',
    token: b.tokens[role],
    expiresAt: '2099-01-01T00:00:00.000Z',
    person: { id: b.personIds[role], name: `The ${role}`, email: `${role}@test.example` },
    boards: [{ schoolId: b.schoolId, schoolName: 'Test Primary School', role: role }],
  });
  return store;
}

async function onDevice(store: StewardDb, schoolId: string, c: Case): Promise<string> {
  try {
    if (c.op === 'create') {
      const { schoolId: _s, createdAt: _c, updatedAt: _u, deleted: _d, ...input } = c.record;
      await createRecord(c.kind, schoolId, input as never, store);
    } else if (c.op === 'edit') await updateRecord(c.kind, String(c.record.id), { [c.edit![0]]: c.edit![1] } as never, store);
    else await deleteRecord(c.kind, String(c.record.id), store);
    return 'applied';
  } catch (err) {
    return (err as Error).message;
  }
}

describeEachDatabase('the kinds’ policy on the device and on the server', (get) => {
  it('S9 S10 S11 every kind × role × visibility × create, edit, delete × lock state gets the same answer from the device’s command and the server’s push', async () => {
    for (const kind of recordKindNames) expect(templates[kind], `a ${kind} record to start from`).toBeDefined();
    for (const [kind, s] of Object.entries(lockStates)) {
      const lock = policyOf(kind as RecordKind).lock!;
      expect([lock.when(s.open), lock.when(s.locked)], kind).toEqual([false, true]);
    }
    expect(recordKindNames.filter((k) => policyOf(k).lock).sort()).toEqual(Object.keys(lockStates).sort());

    const b = await makeBoard(get().db);
    const chair = new Device(b.schoolId);
    const fresh = (kind: RecordKind, visibility: Visibility): Fields => ({
      ...structuredClone(templates[kind]!),
      id: kind === 'schools' ? b.schoolId : v7(),
      schoolId: b.schoolId,
      createdAt: at,
      updatedAt: at,
      deleted: false,
      visibility,
    });
    // The records others are locked with: one review and one meeting open, one of each locked.
    const lockers = Object.fromEntries(
      Object.keys(lockStates).map((kind) => [
        kind,
        {
          open: inState(kind as RecordKind, fresh(kind as RecordKind, 'board'), 'open'),
          locked: inState(kind as RecordKind, fresh(kind as RecordKind, 'board'), 'open'),
        },
      ]),
    ) as Record<string, { open: Fields; locked: Fields }>;
    const recordIn = (kind: RecordKind, visibility: Visibility, state: LockState): Fields => {
      const r = fresh(kind, visibility);
      const link = lockLinkOf(kind);
      if (!link || state === 'no lock') return r;
      return link.field === 'id' ? inState(kind, r, state) : { ...r, [link.field]: lockers[link.kind]![state].id };
    };

    const cases: Case[] = [];
    const targets: { kind: RecordKind; record: Fields }[] = [];
    for (const kind of recordKindNames)
      for (const state of statesOf(kind))
        for (const visibility of visibilitiesOf(kind))
          for (const op of opsOf(kind))
            for (const role of roles) {
              // A record a role may not see is never on its device (S12): there is nothing there to edit or delete.
              if (op !== 'create' && !maySee(role, visibility)) continue;
              // A correction (an erratum) exists only once what it corrects is locked (S21): none to edit or delete before.
              const correction = policyOf(kind).mode.type === 'correction';
              if (op !== 'create' && correction && state === 'open') continue;
              const record = kind === 'schools' ? fresh(kind, visibility) : recordIn(kind, visibility, state);
              const key = `${kind} ${state} ${visibility} ${op} by ${role}`;
              cases.push({ key, kind, role, op, record, ...(op === 'edit' ? { edit: editOf(kind, record) } : {}) });
              if (op !== 'create' && kind !== 'schools') targets.push({ kind, record });
            }

    // What is there before: made by the chair (who may make all of it), member records by the server.
    const setup: Mutation[] = [chair.create('schools', fresh('schools', 'board'))];
    for (const [kind, l] of Object.entries(lockers))
      setup.push(chair.create(kind as RecordKind, l.open), chair.create(kind as RecordKind, l.locked));
    const isCorrection = (kind: RecordKind) => policyOf(kind).mode.type === 'correction';
    for (const t of targets) if (t.kind !== 'memberships' && !isCorrection(t.kind)) setup.push(chair.create(t.kind, t.record));
    for (const [kind, l] of Object.entries(lockers)) {
      const locked = lockStates[kind]!.locked;
      setup.push(chair.update(kind as RecordKind, String(l.locked.id), locked));
    }
    // Corrections are made once what they correct is locked (S21).
    for (const t of targets) if (isCorrection(t.kind)) setup.push(chair.create(t.kind, t.record));
    expect((await pushAll(b, 'chair', setup)).filter((r) => r.status !== 'applied')).toEqual([]);
    const members = await b.db.query<{ person_id: string; record_id: string; role: Role }>(
      'SELECT person_id, record_id, role FROM memberships WHERE school_id = $1',
      [b.schoolId],
    );
    await b.db.transaction(async (tx) => {
      for (const m of members)
        await writeMemberRecord(tx, b.schoolId, {
          recordId: m.record_id,
          personId: m.person_id,
          role: m.role,
          displayName: `The ${m.role}`,
          deleted: false,
        });
      for (const t of targets.filter((x) => x.kind === 'memberships'))
        await writeMemberRecord(tx, b.schoolId, {
          recordId: String(t.record.id),
          personId: String(t.record.personId),
          role: t.record.role as Role,
          displayName: String(t.record.displayName),
          deleted: false,
        });
    });
    const held = (await b.pullAll('chair')).changes as { kind: string; id: string; data: Fields }[];

    const device: Record<string, string> = {};
    const server: Record<string, string> = {};
    for (const role of roles) {
      const mine = cases.filter((c) => c.role === role);
      const store = await deviceOf(b, role, held);
      for (const c of mine) device[c.key] = await onDevice(store, b.schoolId, c);
      const dev = new Device(b.schoolId);
      const mutations = mine.map((c) =>
        c.op === 'create'
          ? dev.create(c.kind, c.record)
          : c.op === 'edit'
            ? dev.update(c.kind, String(c.record.id), { [c.edit![0]]: c.edit![1] })
            : dev.delete(c.kind, String(c.record.id)),
      );
      const results = await pushAll(b, role, mutations);
      mine.forEach((c, i) => (server[c.key] = results[i]!.status === 'applied' ? 'applied' : results[i]!.reason!));
    }
    expect(device).toEqual(server);

    // The matrix holds every kind of answer, so the comparison above can tell them apart.
    const answers = new Set(Object.values(server));
    for (const expected of [
      'applied',
      'Evidence cannot be edited once saved: add a new one instead (it can only be deleted).',
      `This review was finalised on ${new Date(at).toLocaleDateString('en-GB')} and is locked: this change was not saved.`,
      `These minutes were approved on ${new Date(at).toLocaleDateString('en-GB')} and are locked: this change was not saved.`,
      'Only the chair, vice-chair or clerk can change the school.',
      'Only the chair or vice-chair can finalise a review.',
      'Only the chair or vice-chair can approve the minutes.',
      'A headteacher cannot see records marked "Chair and vice-chair only", so cannot save one.',
      "Members are added by invitation and changed on the board's members page, not by editing the member record.",
    ])
      expect(answers, expected).toContain(expected);
    expect(cases.length).toBeGreaterThan(1000);
  }, 240_000); // over 1,000 commands and pushes: seconds on a quiet machine, more on a busy one
});
