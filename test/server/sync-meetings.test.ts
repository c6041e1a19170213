// Minutes on the server, on PGlite and on PostgreSQL: editable until approved, then locked with
// their items and challenges (S10); errata only for approved minutes (S21); Part B on the wire (S12).
import { expect, it } from 'vitest';
import { describeEachDatabase } from './helpers/databases';
import { Device, makeBoard, records } from './helpers/board';

type Result = { status: string; reason?: string };
const resultsOf = (res: { json: () => unknown }) => (res.json() as { results: Result[] }).results;
const approval = { minutesStatus: 'approved', approvedAt: '2026-11-25T17:30:00.000Z', approvedBy: 'Helen Whitfield' };
const locked = 'These minutes were approved on 25/11/2026 and are locked: this change was not saved.';

/** The fields every record has, fresh (a new id), taken from a minute item of the meeting. */
function baseOf(schoolId: string, meetingId: string) {
  const { id, createdAt, updatedAt, deleted, visibility } = records.minuteItem(schoolId, meetingId);
  return { id, schoolId, createdAt, updatedAt, deleted, visibility };
}

const challenge = (schoolId: string, meetingId: string, minuteItemId: string) => ({
  ...baseOf(schoolId, meetingId),
  topic: 'plan',
  question: 'How does the school know the keep-up sessions work?',
  answer: '',
  followUp: '',
  askedBy: 'Vice-chair',
  askedAt: '2026-10-14T16:20:00.000Z',
  meetingId,
  minuteItemId,
});

describeEachDatabase('meetings', (get) => {
  it('S10 minute items and the challenges asked at a meeting are edited freely until the minutes are approved, then every edit is refused', async () => {
    const b = await makeBoard(get().db);
    const dev = new Device(b.schoolId);
    const meeting = records.meeting(b.schoolId);
    const item = records.minuteItem(b.schoolId, meeting.id);
    const asked = challenge(b.schoolId, meeting.id, item.id);
    const draft = resultsOf(
      await b.push('clerk', [
        dev.create('meetings', meeting),
        dev.create('minuteItems', item),
        dev.create('challengeRecords', asked),
        dev.update('minuteItems', item.id, { discussion: 'Persistent absence fell by two points.' }),
        dev.update('challengeRecords', asked.id, { answer: 'The half-termly assessment will show it.' }),
      ]),
    );
    expect(draft.map((r) => r.status)).toEqual(['applied', 'applied', 'applied', 'applied', 'applied']);
    expect(resultsOf(await b.push('clerk', [dev.update('meetings', meeting.id, approval)]))[0]!.reason).toBe(
      'Only the chair or vice-chair can approve the minutes.',
    );
    expect(resultsOf(await b.push('chair', [dev.update('meetings', meeting.id, approval)]))[0]!.status).toBe('applied');
    const after = resultsOf(
      await b.push('clerk', [
        dev.update('minuteItems', item.id, { discussion: 'Changed after approval' }),
        dev.update('challengeRecords', asked.id, { answer: 'Changed after approval' }),
        dev.create('challengeRecords', challenge(b.schoolId, meeting.id, item.id)),
        dev.update('meetings', meeting.id, { minutesStatus: 'draft' }),
      ]),
    );
    for (const r of after) expect(r).toEqual({ mutationId: expect.any(String), status: 'rejected', reason: locked });
    const other = resultsOf(
      await b.push('clerk', [dev.create('challengeRecords', { ...challenge(b.schoolId, meeting.id, item.id), meetingId: undefined })]),
    );
    expect(other[0]!.status).toBe('applied');
  });

  it('S21 an erratum is accepted only once the minutes are approved, beside the untouched original', async () => {
    const b = await makeBoard(get().db);
    const dev = new Device(b.schoolId);
    const meeting = records.meeting(b.schoolId);
    const item = records.minuteItem(b.schoolId, meeting.id);
    await b.push('clerk', [dev.create('meetings', meeting), dev.create('minuteItems', item)]);
    const erratum = (over: Record<string, unknown> = {}) => ({
      ...baseOf(b.schoolId, meeting.id),
      meetingId: meeting.id,
      minuteItemId: item.id,
      correction: 'The figure was 64%, not 46%.',
      recordedBy: 'Sandra Kowalski',
      recordedAt: '2026-11-26T09:00:00.000Z',
      ...over,
    });
    const [early] = resultsOf(await b.push('clerk', [dev.create('minuteErrata', erratum())]));
    expect(early!.reason).toBe('These minutes are still a draft: correct the draft itself; errata are for approved minutes.');
    await b.push('chair', [dev.update('meetings', meeting.id, approval)]);
    const fixed = erratum();
    const [accepted, edited] = resultsOf(
      await b.push('clerk', [dev.create('minuteErrata', fixed), dev.update('minuteErrata', fixed.id, { correction: 'Changed' })]),
    );
    expect(accepted!.status).toBe('applied');
    expect(edited!.reason).toBe('Erratum cannot be edited once saved: add a new one instead (it can only be deleted).');
    const [unknown] = resultsOf(
      await b.push('clerk', [dev.create('minuteErrata', erratum({ meetingId: records.meeting(b.schoolId).id }))]),
    );
    expect(unknown!.reason).toBe('There is no meeting with this id that you can see.');
    const pulled = await b.pullAll('governor');
    const ids = pulled.changes.map((c) => c.id);
    expect(ids).toContain(fixed.id);
    expect(pulled.changes.find((c) => c.id === item.id)!.data).toMatchObject({ discussion: item.discussion });
  });

  it('S12 a governor’s pull carries the Part A minutes and no Part B item; the chair’s carries the chairs-only item too; the headteacher’s neither', async () => {
    const b = await makeBoard(get().db);
    const dev = new Device(b.schoolId);
    const meeting = records.meeting(b.schoolId, { confidentialItems: 2 });
    const partA = records.minuteItem(b.schoolId, meeting.id, { title: 'Area 1: reading' });
    const partB = records.minuteItem(b.schoolId, meeting.id, { position: 2, title: 'A pupil’s timetable', visibility: 'partB' });
    const chairs = records.minuteItem(b.schoolId, meeting.id, { position: 3, title: 'The headteacher’s capability', visibility: 'chairs' });
    const r = resultsOf(
      await b.push('chair', [
        dev.create('meetings', meeting),
        dev.create('minuteItems', partA),
        dev.create('minuteItems', partB),
        dev.create('minuteItems', chairs),
      ]),
    );
    expect(r.map((x) => x.status)).toEqual(['applied', 'applied', 'applied', 'applied']);
    const seen = async (role: 'governor' | 'chair' | 'headteacher') => {
      const res = await b.pull(role, 0);
      expect(res.statusCode).toBe(200);
      return res.body;
    };
    const governor = await seen('governor');
    expect(governor).toContain(partA.id);
    expect(governor).toContain(partB.id);
    expect(governor).not.toContain(chairs.id);
    expect(governor).not.toContain('capability');
    const chair = await seen('chair');
    for (const id of [partA.id, partB.id, chairs.id]) expect(chair).toContain(id);
    const head = await seen('headteacher');
    expect(head).toContain(partA.id);
    expect(head).toContain('"confidentialItems":2');
    expect(head).not.toContain(partB.id);
    expect(head).not.toContain('timetable');
    expect(head).not.toContain(chairs.id);
  });
});
