import { describe, expect, it } from 'vitest';
import {
  actionState,
  approvalRefusal,
  carryForward,
  carryForwardRefusal,
  refusalOf,
  escalationDeadlines,
  lockRefusal,
  papersDue,
  quorumOf,
  suggestedMeetings,
  type Attendee,
  type EscalationRecord,
} from '../../../src/domain';

const person = (attendance: Attendee['attendance'], member = true): Attendee => ({ name: 'X', office: '', member, attendance });

describe('the quorum', () => {
  it('is met exactly when the members present equal the quorum, and visitors never count', () => {
    const three = [person('present'), person('present'), person('present')];
    expect(quorumOf({ quorum: 3, attendees: three })).toMatchObject({
      present: 3,
      quorate: true,
      text: 'Quorate: 3 members present (quorum 3).',
    });
    const two = [person('present'), person('present'), person('present', false), person('apologies accepted')];
    const q = quorumOf({ quorum: 3, attendees: two });
    expect(q).toMatchObject({ present: 2, quorate: false });
    expect(q.text).toBe('Not quorate: 2 members present (quorum 3). Decisions taken are recommendations to the board.');
    expect(quorumOf({ quorum: 1, attendees: [person('present')] }).text).toBe('Quorate: 1 member present (quorum 1).');
  });
});

describe('the action log', () => {
  it('is overdue from the day after it is due, due soon from today to 14 days ahead, and done is done', () => {
    const today = '2026-12-02';
    expect(actionState({ status: 'open', due: '2026-12-01' }, today)).toBe('overdue');
    expect(actionState({ status: 'open', due: '2026-12-02' }, today)).toBe('due-soon');
    expect(actionState({ status: 'carried forward', due: '2026-12-16' }, today)).toBe('due-soon');
    expect(actionState({ status: 'open', due: '2026-12-17' }, today)).toBe('later');
    expect(actionState({ status: 'done', due: '2026-11-01' }, today)).toBe('done');
  });

  it('carries forward only to a later date, with a reason, and keeps each carry', () => {
    const a = { status: 'open' as const, due: '2026-12-02', carried: [] };
    expect(carryForwardRefusal(a, '2026-12-02', 'Waiting')).toBe('The new due date must be after 02/12/2026, when it is due now.');
    expect(carryForwardRefusal(a, null, 'Waiting')).toBe('Enter the new due date as dd/mm/yyyy.');
    expect(carryForwardRefusal(a, '2026-12-03', '  ')).toBe('Say why the action is carried forward.');
    expect(carryForwardRefusal({ ...a, status: 'done' }, '2027-01-01', 'x')).toBe('This action is done: it cannot be carried forward.');
    expect(carryForwardRefusal(a, '2026-12-03', 'The LA service starts in January')).toBeNull();
    const once = carryForward(a, '2027-01-13', ' The LA service starts in January ', '2026-12-02');
    expect(once).toEqual({
      status: 'carried forward',
      due: '2027-01-13',
      carried: [{ from: '2026-12-02', to: '2027-01-13', reason: 'The LA service starts in January', on: '2026-12-02' }],
    });
    expect(carryForward({ due: once.due, carried: once.carried }, '2027-02-10', 'Again', '2027-01-13').carried).toHaveLength(2);
  });
});

describe('approval and the lock', () => {
  const draft = { date: '2026-10-14', minutesStatus: 'draft' as const };
  it('approves minutes only at a later meeting, once drafted, signed by name', () => {
    expect(approvalRefusal(draft, { date: '2026-10-14' }, 'Helen Whitfield')).toBe(
      'Minutes are approved at a later meeting, not at the meeting they record.',
    );
    expect(approvalRefusal(draft, { date: '2026-10-15' }, 'Helen Whitfield')).toBeNull();
    expect(approvalRefusal(draft, { date: '2026-10-15' }, ' ')).toBe('Enter the name of the chair signing the minutes.');
    expect(approvalRefusal({ ...draft, minutesStatus: 'not-started' }, { date: '2026-11-01' }, 'H')).toMatch(/not been written yet/);
    expect(approvalRefusal({ ...draft, minutesStatus: 'circulated' }, { date: '2026-11-01' }, 'H')).toBeNull();
    expect(approvalRefusal({ ...draft, minutesStatus: 'approved' }, { date: '2026-11-01' }, 'H')).toBe(
      'These minutes are already approved.',
    );
  });

  it('S10 locks the meeting, its items and the challenges asked at it once approved, but not its actions; drafts stay open', () => {
    const approved = { minutesStatus: 'approved', approvedAt: '2026-10-21T18:20:00.000Z' };
    const circulated = { minutesStatus: 'circulated' };
    const message = 'These minutes were approved on 21/10/2026 and are locked';
    expect(lockRefusal('meetings', approved, [])).toBe(message);
    expect(lockRefusal('meetings', circulated, [])).toBeNull();
    expect(lockRefusal('minuteItems', { meetingId: 'm' }, [approved])).toBe(message);
    expect(lockRefusal('minuteItems', { meetingId: 'm' }, [circulated])).toBeNull();
    expect(lockRefusal('challengeRecords', null, [approved])).toBe(message);
    expect(lockRefusal('meetingActions', null, [approved])).toBeNull();
  });

  it('S21 takes an erratum only once the minutes are approved, as the kind’s policy says', () => {
    const erratum = (lockers: Record<string, unknown>[]) =>
      refusalOf({ kind: 'minuteErrata', before: null, after: { meetingId: 'm' }, fields: {} }, { role: 'clerk', lockers });
    expect(erratum([{ minutesStatus: 'approved', approvedAt: '2026-10-21T18:20:00.000Z' }])).toBeNull();
    expect(erratum([{ minutesStatus: 'circulated' }])).toBe(
      'These minutes are still a draft: correct the draft itself; errata are for approved minutes.',
    );
    expect(erratum([])).toBe('There is no meeting with this id that you can see.');
    const edit = refusalOf(
      { kind: 'minuteErrata', before: { correction: 'a' }, after: { correction: 'b' }, fields: { correction: 'b' } },
      { role: 'clerk', lockers: [{ minutesStatus: 'approved' }] },
    );
    expect(edit).toBe('Erratum cannot be edited once saved: add a new one instead (it can only be deleted).');
  });
});

describe('the School of Concern papers', () => {
  const soc = {
    kind: 'School of Concern meeting' as const,
    date: '2026-12-16',
    deleted: false,
    papers: [{ title: 'Plan' }, { title: 'Minutes', sentOn: '2026-12-01' }],
  };
  it('are due 7 days before the meeting, until every one is sent or the meeting has passed', () => {
    expect(papersDue(soc, '2026-12-02')).toEqual({ deadline: '2026-12-09', days: 7, sent: 1, total: 2 });
    expect(papersDue(soc, '2026-12-10')?.days).toBe(-1);
    expect(papersDue(soc, '2026-12-16')?.days).toBe(-7);
    expect(papersDue(soc, '2026-12-17')).toBeNull();
    expect(papersDue({ ...soc, papers: soc.papers.map((p) => ({ ...p, sentOn: '2026-12-01' })) }, '2026-12-02')).toBeNull();
    expect(papersDue({ ...soc, kind: 'School Improvement Committee' }, '2026-12-02')).toBeNull();
  });
});

describe('the year of meetings', () => {
  it('suggests a committee every half term and a School of Concern meeting every term, on Wednesdays, leaving out those planned or past', () => {
    const all = suggestedMeetings(2026, [], [], '2026-09-01');
    expect(all.filter((s) => s.kind === 'School Improvement Committee')).toHaveLength(6);
    expect(all.filter((s) => s.kind === 'School of Concern meeting').map((s) => s.halfTerm)).toEqual(['Autumn 2', 'Spring 2', 'Summer 2']);
    expect(all.every((s) => new Date(`${s.date}T12:00:00Z`).getUTCDay() === 3)).toBe(true);
    const first = all[0]!;
    expect(first).toEqual({ kind: 'School Improvement Committee', date: '2026-09-23', halfTerm: 'Autumn 1' });
    const planned = suggestedMeetings(
      2026,
      [],
      [{ kind: 'School Improvement Committee', date: '2026-09-30', deleted: false }],
      '2026-09-01',
    );
    expect(planned.some((s) => s.halfTerm === 'Autumn 1' && s.kind === 'School Improvement Committee')).toBe(false);
    expect(suggestedMeetings(2026, [], [], '2026-09-24').some((s) => s.date === '2026-09-23')).toBe(false);
  });
});

describe('the standing with the authority', () => {
  const record = (deadline: string | undefined, outcome = ''): EscalationRecord => ({
    id: crypto.randomUUID(),
    schoolId: crypto.randomUUID(),
    createdAt: '2026-11-01T09:00:00.000Z',
    updatedAt: '2026-11-01T09:00:00.000Z',
    deleted: false,
    visibility: 'board',
    type: 'warning-notice',
    date: '2026-11-01',
    reason: '',
    outcome,
    ...(deadline ? { deadline } : {}),
  });
  it('counts deadlines down: overdue the day after, due soon today to 14 days, none once there is an outcome', () => {
    const today = '2026-12-02';
    const found = escalationDeadlines(
      [
        record('2026-12-17'),
        record('2026-12-16'),
        record('2026-12-02'),
        record('2026-12-01'),
        record('2026-12-01', 'Withdrawn'),
        record(undefined),
      ],
      today,
    );
    expect(found.map((d) => [d.record.deadline, d.days, d.state])).toEqual([
      ['2026-12-01', -1, 'overdue'],
      ['2026-12-02', 0, 'due-soon'],
      ['2026-12-16', 14, 'due-soon'],
      ['2026-12-17', 15, 'upcoming'],
    ]);
    expect(found[0]!.label).toBe('Representations due by');
  });
});
