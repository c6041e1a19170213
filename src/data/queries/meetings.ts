import {
  actionCode,
  inAgendaOrder,
  reportsForPapers,
  standingSummary,
  type ChallengeRecord,
  type CommitteeAgendaInput,
  type EscalationRecord,
  type Meeting,
  type MeetingAction,
  type MinuteErratum,
  type MinuteItem,
} from '../../domain';
import { db as appDb, type StewardDb } from '../db';
import { byAnyOf, bySchool, liveById, sortBy } from './common';
import { planOf } from './plan';
import { attendanceFor, reviewsFor } from './board';

/** A plan action as a meeting's challenge can be tied to it: "2b(i) Call home on the first day…". */
export interface TieableAction {
  id: string;
  code: string;
  description: string;
}

export interface MeetingDetail {
  meeting: Meeting;
  /** Agenda order; only the items this device holds (Part B ones only where the role may see them). */
  items: MinuteItem[];
  actions: MeetingAction[];
  challenges: ChallengeRecord[];
  errata: MinuteErratum[];
  /** Earlier meetings of the same kind whose minutes wait for approval: approved at this one. */
  toApprove: Meeting[];
  /** Meetings whose minutes this meeting approved. */
  approvedHere: Meeting[];
  /** The meeting before and after this one of the same kind. */
  previous?: Meeting;
  next?: Meeting;
  planActions: TieableAction[];
}

/** One meeting with everything its agenda and minutes show, or undefined when it is not on this device. */
export async function meetingDetail(schoolId: string, meetingId: string, store: StewardDb = appDb): Promise<MeetingDetail | undefined> {
  const meeting = await liveById(store, 'meetings', meetingId);
  if (!meeting || meeting.schoolId !== schoolId) return undefined;
  const [items, actions, errata, meetings, challenges, plan] = await Promise.all([
    byAnyOf(store, 'minuteItems', 'meetingId', [meetingId]),
    byAnyOf(store, 'meetingActions', 'meetingId', [meetingId]),
    byAnyOf(store, 'minuteErrata', 'meetingId', [meetingId]),
    bySchool(store, 'meetings', schoolId),
    bySchool(store, 'challengeRecords', schoolId),
    planOf(schoolId, store),
  ]);
  const sameKind = sortBy(
    meetings.filter((m) => m.kind === meeting.kind),
    (m) => m.date,
    (m) => m.time,
  );
  const at = sameKind.findIndex((m) => m.id === meeting.id);
  const areaNumber = new Map(plan?.areas.map((a) => [a.id, a.number]));
  const needPosition = new Map(plan?.needs.map((n) => [n.id, n.position]));
  return {
    meeting,
    items: inAgendaOrder(items),
    actions: sortBy(actions, (a) => a.createdAt),
    challenges: sortBy(
      challenges.filter((c) => c.meetingId === meetingId),
      (c) => c.askedAt,
    ),
    errata: sortBy(errata, (e) => e.recordedAt),
    toApprove: sameKind.filter((m) => m.date < meeting.date && (m.minutesStatus === 'draft' || m.minutesStatus === 'circulated')).reverse(),
    approvedHere: meetings.filter((m) => m.approvedAtMeetingId === meeting.id),
    previous: at > 0 ? sameKind[at - 1] : undefined,
    next: sameKind[at + 1],
    planActions: (plan?.actions ?? [])
      .filter((a) => !a.archived)
      .map((a) => ({
        id: a.id,
        code: actionCode(areaNumber.get(a.areaId) ?? 0, needPosition.get(a.needId) ?? 0, a.position),
        description: a.description,
      })),
  };
}

/** What the agenda builder reads for a committee meeting: the plan, reviews, evidence, visits, the action log, attendance. */
export async function agendaSources(
  schoolId: string,
  meeting: Pick<Meeting, 'id' | 'kind' | 'date'>,
  store: StewardDb = appDb,
): Promise<Omit<CommitteeAgendaInput, 'meeting'> & { standing: string }> {
  const [plan, reviews, evidence, visits, meetings, actions, attendance, escalation] = await Promise.all([
    planOf(schoolId, store),
    reviewsFor(schoolId, store),
    bySchool(store, 'evidence', schoolId),
    bySchool(store, 'visits', schoolId),
    bySchool(store, 'meetings', schoolId),
    bySchool(store, 'meetingActions', schoolId),
    attendanceFor(schoolId, store),
    escalationFor(schoolId, store),
  ]);
  const sameKind = sortBy(
    meetings.filter((m) => m.kind === meeting.kind && m.id !== meeting.id),
    (m) => m.date,
  );
  const previous = sameKind.filter((m) => m.date < meeting.date).pop();
  const next = sameKind.find((m) => m.date > meeting.date);
  return {
    previous,
    next,
    actions: actions.filter((a) => a.meetingId !== meeting.id),
    areas: plan?.areas ?? [],
    planActions: plan?.actions ?? [],
    reviews: reviews.reviews,
    entries: reviews.entries,
    judgements: reviews.judgements,
    evidence,
    visits: reportsForPapers(visits, previous?.date, meeting.date),
    attendance: attendance.figures,
    attendanceQuestions: attendance.challenges,
    standing: standingSummary(escalation),
  };
}

export interface LoggedAction {
  action: MeetingAction;
  meeting?: Meeting;
  item?: MinuteItem;
}

/** The action log: every meeting's actions, soonest due first, each with the meeting and item it came from. */
export async function actionLog(schoolId: string, store: StewardDb = appDb): Promise<LoggedAction[]> {
  const [actions, meetings, items] = await Promise.all([
    bySchool(store, 'meetingActions', schoolId),
    bySchool(store, 'meetings', schoolId),
    bySchool(store, 'minuteItems', schoolId),
  ]);
  const meetingById = new Map(meetings.map((m) => [m.id, m]));
  const itemById = new Map(items.map((i) => [i.id, i]));
  return sortBy(
    actions,
    (a) => a.due,
    (a) => a.createdAt,
  ).map((action) => ({
    action,
    meeting: meetingById.get(action.meetingId),
    item: action.minuteItemId ? itemById.get(action.minuteItemId) : undefined,
  }));
}

/** The school's standing with the authority, newest first. */
export async function escalationFor(schoolId: string, store: StewardDb = appDb): Promise<EscalationRecord[]> {
  return sortBy(
    await bySchool(store, 'escalationRecords', schoolId),
    (e) => e.date,
    (e) => e.createdAt,
  ).reverse();
}

/** Challenges asked at meetings about a plan action, since a date (for that action's next review). */
export async function meetingChallengesFor(schoolId: string, actionId: string, since: string | undefined, store: StewardDb = appDb) {
  const all = await bySchool(store, 'challengeRecords', schoolId);
  return sortBy(
    all.filter((c) => c.relatedId === actionId && c.meetingId && (!since || c.askedAt.slice(0, 10) > since)),
    (c) => c.askedAt,
  );
}
