import { afterEach, describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import { ActionSchema } from '../../../src/domain';
import { openDb, versions, type SchemaVersion, type StewardDb } from '../../../src/data';
import { createRecord, historyOf, importBoard, updateRecord } from '../../../src/data';
import { smallBoard } from './fixtures';

const names: string[] = [];
const fresh = () => {
  const name = `migration-${v7()}`;
  names.push(name);
  return name;
};
afterEach(async () => {
  for (const name of names.splice(0)) await openDb(name, []).delete();
});

describe('schema versions on a device that already has data', () => {
  // A schema made for this test: version 1 keeps visits with a free-text "when"; version 2 adds an
  // index on a new "date" field and turns every "when" into it.
  const v1: SchemaVersion = { version: 1, stores: { visits: 'id, schoolId', notes: 'id, schoolId' } };
  const v2: SchemaVersion = {
    version: 2,
    stores: { visits: 'id, schoolId, date' },
    upgrade: (tx) =>
      tx
        .table('visits')
        .toCollection()
        .modify((visit: { when?: string; date?: string }) => {
          visit.date = visit.when!.slice(0, 10);
          delete visit.when;
        }),
  };

  it('upgrades every record, keeps the tables it does not touch, and the new index works', async () => {
    const name = fresh();
    const schoolId = v7();
    const before = openDb(name, [v1]);
    const visits = Array.from({ length: 250 }, (_, i) => ({
      id: v7(),
      schoolId,
      governor: `Governor ${i}`,
      when: `2026-10-${String(1 + (i % 28)).padStart(2, '0')}T09:00`,
    }));
    const notes = Array.from({ length: 40 }, () => ({ id: v7(), schoolId, text: 'A note' }));
    await before.table('visits').bulkAdd(visits);
    await before.table('notes').bulkAdd(notes);
    expect(before.verno).toBe(1);
    before.close();

    const after = openDb(name, [v1, v2]);
    await after.open();
    expect(after.verno).toBe(2);
    const upgraded = await after.table('visits').toArray();
    expect(upgraded).toHaveLength(visits.length);
    for (const visit of visits) {
      const { when, ...rest } = visit;
      expect(upgraded.find((u) => u.id === visit.id)).toEqual({ ...rest, date: when.slice(0, 10) });
    }
    expect(await after.table('visits').where('date').equals('2026-10-05').count()).toBe(
      visits.filter((v) => v.when.startsWith('2026-10-05')).length,
    );
    expect(await after.table('notes').toArray()).toEqual(expect.arrayContaining(notes));
    after.close();
  });

  it("extends the app's own schema: records, outbox and device settings all survive", async () => {
    const name = fresh();
    const before: StewardDb = openDb(name);
    const { schoolId, action } = await smallBoard(before);
    await createRecord('actions', schoolId, { ...action, id: undefined, position: 2, lead: '  ' }, before);
    const outbox = await before.outbox.toArray();
    const meta = await before.meta.toArray();
    before.close();

    const next: SchemaVersion = {
      version: versions[versions.length - 1]!.version + 1,
      stores: { actions: 'id, schoolId, needId, areaId, status' },
      upgrade: (tx) =>
        tx
          .table('actions')
          .toCollection()
          .modify((a: { lead: string }) => {
            if (!a.lead) a.lead = 'Headteacher';
          }),
    };
    const after = openDb(name, [...versions, next]);
    const actions = await after.actions.toArray();
    expect(actions).toHaveLength(2);
    expect(actions.map((a) => a.lead).sort()).toEqual(['Headteacher', 'Headteacher']);
    for (const a of actions) expect(ActionSchema.safeParse(a).success).toBe(true);
    expect(await after.actions.where('status').equals('not-started').count()).toBe(2);
    expect(await after.outbox.toArray()).toEqual(outbox);
    expect(await after.meta.toArray()).toEqual(meta);
    after.close();
  });

  it('version 3 (real plans) keeps every plan record as it was, and finds milestones by their action', async () => {
    const name = fresh();
    const upTo2 = versions.filter((v) => v.version < 3);
    const before: StewardDb = openDb(name, upTo2);
    const { schoolId, action } = await smallBoard(before);
    const areaId = action.areaId;
    const tables = ['plans', 'areas', 'needs', 'actions', 'milestones'] as const;
    const old = Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await before.table(t).toArray()] as const)));
    const outbox = await before.outbox.toArray();
    before.close();

    const after = openDb(name);
    await after.open();
    expect(after.verno).toBe(versions[versions.length - 1]!.version);
    for (const t of tables) expect(await after.table(t).toArray()).toEqual(old[t]);
    expect(await after.outbox.toArray()).toEqual(outbox);
    for (const a of await after.actions.toArray()) expect(ActionSchema.safeParse(a).success).toBe(true);
    const milestone = await createRecord(
      'milestones',
      schoolId,
      { areaId, actionId: action.id, number: 9, when: 'By the February Standards Board', description: 'Half of staff trained' },
      after,
    );
    expect((await after.milestones.where('actionId').equals(action.id).toArray()).map((m) => m.id)).toEqual([milestone.id]);
    after.close();
  });
});

describe('version 2: challenge records asked at a meeting are locked with its minutes', () => {
  it('S10 names the meeting of each challenge asked at one (from relatedId), changes nothing else, and finds them by meeting', async () => {
    const name = fresh();
    const schoolId = v7();
    const at = '2026-10-20T16:20:00.000Z';
    const base = { schoolId, createdAt: at, updatedAt: at, deleted: false, visibility: 'board' };
    const meeting = { ...base, id: v7(), kind: 'School Improvement Committee', date: '2026-10-20', minutesStatus: 'approved' };
    const challenge = (relatedId?: string, meetingId?: string) => ({
      ...base,
      id: v7(),
      topic: 'attendance',
      question: 'Why is persistent absence rising?',
      askedAt: at,
      ...(relatedId ? { relatedId } : {}),
      ...(meetingId ? { meetingId } : {}),
    });
    const atMeeting = challenge(meeting.id);
    const aboutAnAction = challenge(v7());
    const unrelated = challenge();
    const named = challenge(meeting.id, meeting.id);
    const before = openDb(name, versions.slice(0, 1));
    await before.table('meetings').add(meeting);
    await before.table('challengeRecords').bulkAdd([atMeeting, aboutAnAction, unrelated, named]);
    const outbox = {
      mutationId: v7(),
      schoolId,
      kind: 'challengeRecords',
      recordId: atMeeting.id,
      op: 'create',
      fields: atMeeting,
      hlc: 'x',
      createdAt: at,
    };
    await before.table('outbox').add(outbox);
    expect(before.verno).toBe(1);
    before.close();

    const after = openDb(
      name,
      versions.filter((v) => v.version <= 2),
    );
    await after.open();
    expect(after.verno).toBe(2);
    expect(await after.challengeRecords.get(atMeeting.id)).toEqual({ ...atMeeting, meetingId: meeting.id });
    expect(await after.challengeRecords.get(aboutAnAction.id)).toEqual(aboutAnAction);
    expect(await after.challengeRecords.get(unrelated.id)).toEqual(unrelated);
    expect(await after.challengeRecords.get(named.id)).toEqual(named);
    expect((await after.challengeRecords.where('meetingId').equals(meeting.id).primaryKeys()).sort()).toEqual(
      [atMeeting.id, named.id].sort(),
    );
    expect(await after.meetings.toArray()).toEqual([meeting]);
    expect(await after.outbox.toArray()).toEqual([{ ...outbox, seq: 1 }]);
    // Now locked with the approved minutes, on the device at once (S10).
    await expect(updateRecord('challengeRecords', atMeeting.id, { answer: 'Later' }, after)).rejects.toThrow(
      'These minutes were approved on 20/10/2026 and are locked: this change was not saved.',
    );
    await expect(updateRecord('challengeRecords', unrelated.id, { answer: 'Breakfast club' }, after)).resolves.toMatchObject({
      answer: 'Breakfast club',
    });
    after.close();
  });
});

describe('version 4: meetings and minutes', () => {
  it('turns a meeting’s present and apologies into its attendees, with offices, and adds the new tables', async () => {
    const name = fresh();
    const before = openDb(
      name,
      versions.filter((v) => v.version < 4),
    );
    const id = v7();
    await before.table('meetings').add({
      id,
      schoolId: v7(),
      kind: 'School Improvement Committee',
      date: '2026-10-14',
      present: ['Helen Whitfield (Chair)', 'Priya Raman (Local authority officer)', 'No Office'],
      apologies: ['Gareth Llewellyn (Governor)'],
      minutesStatus: 'draft',
    });
    before.close();
    const after = openDb(name, versions);
    await after.open();
    const m = await after.table('meetings').get(id);
    expect(m.present).toBeUndefined();
    expect(m.attendees).toEqual([
      { name: 'Helen Whitfield', office: 'Chair', member: true, attendance: 'present' },
      { name: 'Priya Raman', office: 'Local authority officer', member: false, attendance: 'present' },
      { name: 'No Office', office: '', member: true, attendance: 'present' },
      { name: 'Gareth Llewellyn', office: 'Governor', member: true, attendance: 'apologies accepted' },
    ]);
    expect(m).toMatchObject({ quorum: 3, declarations: '', papers: [], confidentialItems: 0 });
    expect(await after.table('minuteErrata').count()).toBe(0);
    expect(await after.table('escalationRecords').count()).toBe(0);
    after.close();
  });
});

describe('version 11: an import names its records in one history row per part', () => {
  it('keeps the history written before, found by record as it was, beside the rows of an import', async () => {
    const name = fresh();
    const before = openDb(
      name,
      versions.filter((v) => v.version < 11),
    );
    const { schoolId, action } = await smallBoard(before);
    await updateRecord('actions', action.id, { lead: 'Chair' }, before);
    const earlier = await historyOf(action.id, Infinity, before);
    before.close();

    const after = openDb(name, versions);
    expect(await historyOf(action.id, Infinity, after)).toEqual(earlier);
    const imported = { ...action, id: v7(), title: 'Imported' };
    await importBoard({ actions: [imported] }, after);
    expect(await after.history.where('recordId').equals(imported.id).toArray()).toMatchObject([{ recordId: [imported.id], schoolId }]);
    expect(await historyOf([action.id, imported.id], Infinity, after)).toEqual([
      expect.objectContaining({ recordId: imported.id, op: 'create', kind: 'actions' }),
      ...earlier,
    ]);
    after.close();
  });
});
