import {
  approvalRefusal,
  carryForward,
  carryForwardRefusal,
  InvalidInput,
  nextItemPosition,
  statusAfterWriting,
  todayIso,
  type AgendaDraft,
  type Attendance,
  type Meeting,
  type MeetingAction,
  type MinuteErratum,
  type MinuteItem,
  type Visibility,
} from '../../domain';
import { db as appDb, type StewardDb } from '../db';
import { createRecord, updateRecord } from './records';

/** The tables a meeting command writes, so nested commands share its one transaction. */
const tablesOf = (store: StewardDb) => [
  store.memberships,
  store.meetings,
  store.minuteItems,
  store.meetingActions,
  store.challengeRecords,
  store.minuteErrata,
  store.outbox,
  store.meta,
  store.history,
];

/** Add agenda items after the meeting's last one, all in one transaction (all saved, or none). */
export async function addAgendaItems(meeting: Pick<Meeting, 'id' | 'schoolId'>, drafts: AgendaDraft[], store: StewardDb = appDb) {
  return store.transaction('rw', tablesOf(store), async () => {
    const existing = (await store.minuteItems.where('meetingId').equals(meeting.id).toArray()).filter((i) => !i.deleted);
    let position = nextItemPosition(existing);
    const made: MinuteItem[] = [];
    for (const d of drafts) {
      made.push(
        await createRecord(
          'minuteItems',
          meeting.schoolId,
          {
            meetingId: meeting.id,
            position: position++,
            title: d.title,
            itemKind: d.itemKind,
            papers: d.papers,
            discussion: '',
            decision: '',
            ...(d.areaId ? { areaId: d.areaId } : {}),
          },
          store,
        ),
      );
    }
    return made;
  });
}

/** Swap an item with its neighbour (both positions change in one transaction). */
export async function moveAgendaItem(items: MinuteItem[], index: number, step: -1 | 1, store: StewardDb = appDb) {
  const a = items[index];
  const b = items[index + step];
  if (!a || !b) return;
  await store.transaction('rw', tablesOf(store), async () => {
    await updateRecord('minuteItems', a.id, { position: b.position }, store);
    await updateRecord('minuteItems', b.id, { position: a.position === b.position ? a.position + step : a.position }, store);
  });
}

/**
 * Mark an item Part B (partB, or chairs for the headteacher's capability) or open it to the whole
 * board: its challenges and actions follow it, and the meeting's count of confidential items (all
 * the Part A minutes show of them) is kept right, in one transaction.
 */
export async function setItemVisibility(item: MinuteItem, visibility: Visibility, store: StewardDb = appDb) {
  await store.transaction('rw', tablesOf(store), async () => {
    await updateRecord('minuteItems', item.id, { visibility }, store);
    const challenges = (await store.challengeRecords.where('schoolId').equals(item.schoolId).toArray()).filter(
      (c) => c.minuteItemId === item.id && !c.deleted,
    );
    for (const c of challenges) await updateRecord('challengeRecords', c.id, { visibility }, store);
    const actions = (await store.meetingActions.where('meetingId').equals(item.meetingId).toArray()).filter(
      (a) => a.minuteItemId === item.id && !a.deleted,
    );
    for (const a of actions) await updateRecord('meetingActions', a.id, { visibility }, store);
    const items = (await store.minuteItems.where('meetingId').equals(item.meetingId).toArray()).filter((i) => !i.deleted);
    await updateRecord('meetings', item.meetingId, { confidentialItems: items.filter((i) => i.visibility !== 'board').length }, store);
  });
}

/** The clerk has written something: a meeting whose minutes were not started is now in draft. */
export async function markMinutesStarted(meeting: Meeting, store: StewardDb = appDb) {
  const next = statusAfterWriting(meeting.minutesStatus);
  if (next !== meeting.minutesStatus) await updateRecord('meetings', meeting.id, { minutesStatus: next }, store);
}

/**
 * Record one invitee's attendance (by their place in the list). The list is read as stored, in the
 * same transaction, so a clerk changing several in quick succession never undoes the one before.
 */
export async function setAttendance(meetingId: string, index: number, attendance: Attendance, store: StewardDb = appDb) {
  return store.transaction('rw', tablesOf(store), async () => {
    const stored = await store.meetings.get(meetingId);
    // A meeting not on the device (or deleted) is refused by updateRecord, with its reason.
    const attendees = (stored?.attendees ?? []).map((a, j) => (j === index ? { ...a, attendance } : a));
    const meeting = await updateRecord('meetings', meetingId, { attendees }, store);
    await markMinutesStarted(meeting, store);
    return meeting;
  });
}

/**
 * The chair signs `previous`'s minutes at meeting `at`: they are approved (name, date and time kept
 * with them) and locked from then on, everywhere. Refused, with the reason, when the rule says no.
 */
export async function approveMinutes(previous: Meeting, at: Meeting, signer: string, store: StewardDb = appDb) {
  const refused = approvalRefusal(previous, at, signer);
  if (refused) throw new InvalidInput([{ field: 'approvedBy', message: refused }], 'minutes');
  await store.transaction('rw', tablesOf(store), async () => {
    await updateRecord(
      'meetings',
      previous.id,
      { minutesStatus: 'approved', approvedBy: signer.trim(), approvedAt: new Date().toISOString(), approvedAtMeetingId: at.id },
      store,
    );
    const here = await store.meetings.get(at.id);
    if (here) await markMinutesStarted(here, store);
  });
}

/** A correction to approved minutes, kept beside the original (the kind's policy refuses one for a draft: S21). */
export async function addErratum(
  meeting: Meeting,
  input: Pick<MinuteErratum, 'correction' | 'recordedBy'> & { minuteItemId?: string },
  store: StewardDb = appDb,
): Promise<MinuteErratum> {
  return createRecord(
    'minuteErrata',
    meeting.schoolId,
    {
      meetingId: meeting.id,
      correction: input.correction,
      recordedBy: input.recordedBy,
      recordedAt: new Date().toISOString(),
      ...(input.minuteItemId ? { minuteItemId: input.minuteItemId } : {}),
      visibility: meeting.visibility,
    },
    store,
  );
}

/** Carry an action forward to a new date, with the reason kept in its history. */
export async function carryActionForward(action: MeetingAction, to: string | null, reason: string, store: StewardDb = appDb) {
  const refused = carryForwardRefusal(action, to, reason);
  if (refused) throw new InvalidInput([{ field: 'due', message: refused }], 'meeting action');
  return updateRecord('meetingActions', action.id, carryForward(action, to!, reason, todayIso()), store);
}

/** Mark an action done today (or open again). */
export async function setActionDone(action: MeetingAction, done: boolean, store: StewardDb = appDb) {
  return updateRecord(
    'meetingActions',
    action.id,
    done ? { status: 'done', doneOn: todayIso() } : { status: action.carried.length ? 'carried forward' : 'open', doneOn: undefined },
    store,
  );
}
