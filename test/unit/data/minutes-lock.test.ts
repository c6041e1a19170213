// Approved minutes are locked on the device itself (S10), offline: the command refuses at once, in
// the words the server would use, and writes nothing; the action log stays open.
import { describe, expect, it } from 'vitest';
import { createRecord, deleteRecord, updateRecord } from '../../../src/data';
import { freshDb, smallBoard, snapshot } from './fixtures';

const LOCKED = 'These minutes were approved on 20/10/2026 and are locked: this change was not saved.';

describe('approved minutes on the device', () => {
  it('S10 minute items and challenge records are edited until the minutes are approved, then every change is refused at once', async () => {
    const store = freshDb();
    const { schoolId } = await smallBoard(store);
    const meeting = await createRecord(
      'meetings',
      schoolId,
      { kind: 'School Improvement Committee', date: '2026-10-20', minutesStatus: 'draft' },
      store,
    );
    const item = await createRecord('minuteItems', schoolId, { meetingId: meeting.id, position: 1, title: 'Attendance' }, store);
    const challenge = await createRecord(
      'challengeRecords',
      schoolId,
      { meetingId: meeting.id, question: 'Why is persistent absence rising?', askedAt: '2026-10-20T16:20:00.000Z' },
      store,
    );
    const action = await createRecord(
      'meetingActions',
      schoolId,
      { meetingId: meeting.id, description: 'Bring punctuality figures', owner: 'Head', due: '2026-11-30' },
      store,
    );
    // Drafted, then filled in later (no longer append-only).
    await updateRecord('minuteItems', item.id, { discussion: 'Figures for Autumn 1 were discussed.' }, store);
    await updateRecord('challengeRecords', challenge.id, { answer: 'Breakfast club has 34 pupils.' }, store);
    await updateRecord(
      'meetings',
      meeting.id,
      { minutesStatus: 'approved', approvedAt: '2026-10-20T18:00:00.000Z', approvedBy: 'Helen Whitfield' },
      store,
    );

    const before = await snapshot(store);
    await expect(updateRecord('minuteItems', item.id, { decision: 'Agreed' }, store)).rejects.toThrow(LOCKED);
    await expect(deleteRecord('minuteItems', item.id, store)).rejects.toThrow(LOCKED);
    await expect(
      createRecord('minuteItems', schoolId, { meetingId: meeting.id, position: 2, title: 'Late item' }, store),
    ).rejects.toMatchObject({
      name: 'RefusedChange',
      message: LOCKED,
    });
    await expect(updateRecord('challengeRecords', challenge.id, { followUp: 'Next time' }, store)).rejects.toThrow(LOCKED);
    await expect(updateRecord('meetings', meeting.id, { minutesStatus: 'draft' }, store)).rejects.toThrow(LOCKED);
    expect(await snapshot(store)).toEqual(before);
    await expect(updateRecord('meetingActions', action.id, { status: 'done' }, store)).resolves.toMatchObject({ status: 'done' });
  });
});
