import { describe, expect, it } from 'vitest';
import { v7 } from 'uuid';
import type { Meeting } from '../../../src/domain';
import {
  addAgendaItems,
  addErratum,
  approveMinutes,
  carryActionForward,
  createRecord,
  meetingDetail,
  setAttendance,
  setItemVisibility,
  updateRecord,
  type StewardDb,
} from '../../../src/data';
import { freshDb } from '../data/fixtures';
import { meetingInput } from './fixtures';

async function twoMeetings(store: StewardDb) {
  const schoolId = v7();
  const first = await createRecord('meetings', schoolId, meetingInput('2026-10-14'), store);
  const second = await createRecord('meetings', schoolId, meetingInput('2026-11-25'), store);
  const [item, other] = await addAgendaItems(
    first,
    [
      { title: 'Area 1', itemKind: 'area', papers: '' },
      { title: 'A pupil’s timetable', itemKind: 'other', papers: '' },
    ],
    store,
  );
  return { schoolId, first, second, item: item!, other: other! };
}

describe('minutes on the device', () => {
  it('adds agenda items in order after the last one', async () => {
    const store = freshDb();
    const { first } = await twoMeetings(store);
    const more = await addAgendaItems(first, [{ title: 'AOB', itemKind: 'aob', papers: '' }], store);
    expect(more[0]!.position).toBe(3);
  });

  it('keeps every attendance a clerk sets in quick succession, and marks the minutes started', async () => {
    const store = freshDb();
    const schoolId = v7();
    const guest = { name: 'Tariq Hussain', office: 'Vice-chair', member: true, attendance: 'expected' as const };
    const meeting = await createRecord(
      'meetings',
      schoolId,
      { ...meetingInput('2026-10-14'), minutesStatus: 'not-started', attendees: [meetingInput('').attendees[0]!, guest] },
      store,
    );
    // Both changes start from the same screen, neither waiting for the other.
    await Promise.all([setAttendance(meeting.id, 0, 'apologies accepted', store), setAttendance(meeting.id, 1, 'present', store)]);
    const stored = await store.meetings.get(meeting.id);
    expect(stored!.attendees.map((a) => a.attendance)).toEqual(['apologies accepted', 'present']);
    expect(stored!.minutesStatus).toBe('draft');
  });

  it('moves a Part B item’s challenges and actions with it, and counts it on the meeting for Part A', async () => {
    const store = freshDb();
    const { schoolId, first, other } = await twoMeetings(store);
    const challenge = await createRecord(
      'challengeRecords',
      schoolId,
      {
        topic: 'other',
        question: 'Is the family content?',
        askedBy: 'Governor',
        askedAt: new Date().toISOString(),
        meetingId: first.id,
        minuteItemId: other.id,
      },
      store,
    );
    const action = await createRecord(
      'meetingActions',
      schoolId,
      {
        meetingId: first.id,
        minuteItemId: other.id,
        description: 'Report back',
        owner: 'SENCo',
        due: '2026-11-25',
        status: 'open',
        carried: [],
      },
      store,
    );
    await setItemVisibility(other, 'partB', store);
    expect((await store.challengeRecords.get(challenge.id))!.visibility).toBe('partB');
    expect((await store.meetingActions.get(action.id))!.visibility).toBe('partB');
    expect((await store.meetings.get(first.id))!.confidentialItems).toBe(1);
    await setItemVisibility((await store.minuteItems.get(other.id))!, 'board', store);
    expect((await store.meetings.get(first.id))!.confidentialItems).toBe(0);
  });

  it('approves at the next meeting with the chair’s signature, then refuses every edit with the lock’s message and takes an erratum', async () => {
    const store = freshDb();
    const { first, second, item } = await twoMeetings(store);
    await expect(approveMinutes(first, first, 'Helen Whitfield', store)).rejects.toThrow(/at a later meeting/);
    await expect(addErratum(first, { correction: 'x', recordedBy: 'Clerk' }, store)).rejects.toThrow(/still a draft/);
    await approveMinutes(first, second, 'Helen Whitfield', store);
    const approved = (await store.meetings.get(first.id)) as Meeting;
    expect(approved).toMatchObject({ minutesStatus: 'approved', approvedBy: 'Helen Whitfield', approvedAtMeetingId: second.id });
    const day = new Date(approved.approvedAt!).toLocaleDateString('en-GB');
    const locked = `These minutes were approved on ${day} and are locked`;
    await expect(updateRecord('minuteItems', item.id, { discussion: 'Changed afterwards' }, store)).rejects.toThrow(locked);
    await expect(updateRecord('meetings', first.id, { declarations: 'Changed afterwards' }, store)).rejects.toThrow(locked);
    await expect(addAgendaItems(first, [{ title: 'Late', itemKind: 'other', papers: '' }], store)).rejects.toThrow(locked);
    expect((await store.minuteItems.get(item.id))!.discussion).toBe('');
    const erratum = await addErratum(
      approved,
      { correction: 'Item 1: the figure was 64%, not 46%.', recordedBy: 'Clerk', minuteItemId: item.id },
      store,
    );
    const detail = await meetingDetail(first.schoolId, first.id, store);
    expect(detail!.errata.map((e) => e.id)).toEqual([erratum.id]);
    const at = await meetingDetail(first.schoolId, second.id, store);
    expect(at!.approvedHere.map((m) => m.id)).toEqual([first.id]);
  });

  it('keeps the action log open after the lock: an action can still be carried forward', async () => {
    const store = freshDb();
    const { schoolId, first, second, item } = await twoMeetings(store);
    const action = await createRecord(
      'meetingActions',
      schoolId,
      {
        meetingId: first.id,
        minuteItemId: item.id,
        description: 'Send the summary',
        owner: 'Deputy',
        due: '2026-11-18',
        status: 'open',
        carried: [],
      },
      store,
    );
    await approveMinutes(first, second, 'Helen Whitfield', store);
    await expect(carryActionForward(action, '2026-11-18', 'Late', store)).rejects.toThrow(/must be after 18\/11\/2026/);
    const carried = await carryActionForward(action, '2026-12-09', 'The deputy was ill', store);
    expect(carried).toMatchObject({ status: 'carried forward', due: '2026-12-09' });
    expect(carried.carried).toHaveLength(1);
  });
});
