// The rules of meetings and minutes: quorum, the action log (due, overdue, carried forward),
// approval at the next meeting, errata after the lock, and the School of Concern papers deadline.
import type { Attendee, Meeting, MeetingAction, MinuteItem, Paper } from './meeting';
import type { IsoDate } from './record';
import { daysBetween, shiftDate, ukDate, compareIso } from './dates';
import { DUE_SOON_DAYS } from './rules';

export interface Quorum {
  present: number;
  needed: number;
  quorate: boolean;
  /** In words, for the minutes: "Quorate: 3 members present (quorum 3)." */
  text: string;
}

/** Members present count towards the quorum; visitors (the LA officer, the clerk) do not. Present = quorum is quorate. */
export function quorumOf(m: Pick<Meeting, 'attendees' | 'quorum'>): Quorum {
  const present = m.attendees.filter((a) => a.member && a.attendance === 'present').length;
  const quorate = present >= m.quorum;
  const members = `${present} ${present === 1 ? 'member' : 'members'} present (quorum ${m.quorum})`;
  return {
    present,
    needed: m.quorum,
    quorate,
    text: quorate ? `Quorate: ${members}.` : `Not quorate: ${members}. Decisions taken are recommendations to the board.`,
  };
}

/** "Mrs Patel (Chair)". */
export const attendeeName = (a: Pick<Attendee, 'name' | 'office'>) => (a.office.trim() ? `${a.name} (${a.office.trim()})` : a.name);

export type ActionState = 'done' | 'overdue' | 'due-soon' | 'later';
export const actionStateLabels: Record<ActionState, string> = { done: 'Done', overdue: 'Overdue', 'due-soon': 'Due soon', later: 'Open' };

/** Overdue: due before today and not done. Due soon: today to 14 days ahead. */
export function actionState(a: Pick<MeetingAction, 'status' | 'due'>, today: IsoDate): ActionState {
  if (a.status === 'done') return 'done';
  const days = daysBetween(today, a.due);
  if (days < 0) return 'overdue';
  if (days <= DUE_SOON_DAYS) return 'due-soon';
  return 'later';
}

/** Open actions (open or carried forward), soonest due first: the next meeting's matters arising. */
export function openActions<A extends Pick<MeetingAction, 'status' | 'due' | 'deleted'>>(actions: A[]): A[] {
  return actions.filter((a) => !a.deleted && a.status !== 'done').sort((a, b) => compareIso(a.due, b.due));
}

/** Why an action cannot be carried forward to `to`, or null. The new date must be after the current one and a reason given. */
export function carryForwardRefusal(a: Pick<MeetingAction, 'status' | 'due'>, to: IsoDate | null, reason: string): string | null {
  if (a.status === 'done') return 'This action is done: it cannot be carried forward.';
  if (!to) return 'Enter the new due date as dd/mm/yyyy.';
  if (to <= a.due) return `The new due date must be after ${ukDate(a.due)}, when it is due now.`;
  if (!reason.trim()) return 'Say why the action is carried forward.';
  return null;
}

/** The change that carries an action forward (check carryForwardRefusal first). */
export function carryForward(a: Pick<MeetingAction, 'due' | 'carried'>, to: IsoDate, reason: string, today: IsoDate) {
  return {
    status: 'carried forward' as const,
    due: to,
    carried: [...a.carried, { from: a.due, to, reason: reason.trim(), on: today }],
  };
}

/**
 * Why `previous`'s minutes cannot be approved at `at` by someone signing as `signer`, or null.
 * Minutes are approved at a later meeting, once drafted; the chair signs with their name.
 */
export function approvalRefusal(
  previous: Pick<Meeting, 'date' | 'minutesStatus'>,
  at: Pick<Meeting, 'date'>,
  signer: string,
): string | null {
  if (previous.minutesStatus === 'approved') return 'These minutes are already approved.';
  if (previous.minutesStatus === 'not-started') return 'These minutes have not been written yet: there is nothing to approve.';
  if (at.date <= previous.date) return 'Minutes are approved at a later meeting, not at the meeting they record.';
  if (!signer.trim()) return 'Enter the name of the chair signing the minutes.';
  return null;
}

/** The status after a clerk writes in the minutes: not started becomes draft, others stay. */
export const statusAfterWriting = (s: Meeting['minutesStatus']): Meeting['minutesStatus'] => (s === 'not-started' ? 'draft' : s);

/** Items in agenda order. */
export const inAgendaOrder = <I extends Pick<MinuteItem, 'position' | 'createdAt'>>(items: I[]) =>
  [...items].sort((a, b) => a.position - b.position || compareIso(a.createdAt, b.createdAt));

/** The papers deadline of a School of Concern meeting: 7 days before it (seed 003, Appendix 3). */
export const PAPERS_DAYS_BEFORE = 7;
export const papersDeadline = (m: Pick<Meeting, 'date'>): IsoDate => shiftDate(m.date, -PAPERS_DAYS_BEFORE);

/** The papers the school gives the LA before a School of Concern meeting. */
export const socPapers: readonly string[] = [
  'The School Development Plan',
  'Relevant governing body minutes',
  'The Ofsted self-evaluation document',
  'Relevant financial information',
];
export const defaultPapers = (): Paper[] => socPapers.map((title) => ({ title }));

export interface PapersDue {
  deadline: IsoDate;
  days: number;
  sent: number;
  total: number;
}

/** A School of Concern meeting still ahead whose papers are not all sent: the countdown Today shows. */
export function papersDue(m: Pick<Meeting, 'kind' | 'date' | 'papers' | 'deleted'>, today: IsoDate): PapersDue | null {
  if (m.deleted || m.kind !== 'School of Concern meeting' || m.date < today || m.papers.length === 0) return null;
  const sent = m.papers.filter((p) => p.sentOn).length;
  if (sent === m.papers.length) return null;
  const deadline = papersDeadline(m);
  return { deadline, days: daysBetween(today, deadline), sent, total: m.papers.length };
}
