import {
  halfTermIndex,
  latestRatings,
  pupilGroups,
  type AreaJudgement,
  type AttendanceDuties,
  type AttendanceFigure,
  type ChallengeRecord,
  type Meeting,
  type MeetingAction,
  type Membership,
  type Rating,
  type MinuteItem,
  type Review,
  type ReviewEntry,
  type Visit,
} from '../../domain';
import { db as appDb, type StewardDb } from '../db';
import { byAnyOf, bySchool, sortBy } from './common';

export interface ReviewsFor {
  /** Oldest first (by half term). */
  reviews: Review[];
  entries: ReviewEntry[];
  judgements: AreaJudgement[];
}

/** A school's half-termly reviews with every entry (action rating) and judgement of an area. */
export async function reviewsFor(schoolId: string, store: StewardDb = appDb): Promise<ReviewsFor> {
  const [reviews, entries, judgements] = await Promise.all([
    bySchool(store, 'reviews', schoolId),
    bySchool(store, 'reviewEntries', schoolId),
    bySchool(store, 'areaJudgements', schoolId),
  ]);
  const ids = new Set(reviews.map((r) => r.id));
  return {
    reviews: sortBy(
      reviews,
      (r) => halfTermIndex(r),
      (r) => r.heldOn,
      (r) => r.createdAt,
    ),
    entries: entries.filter((e) => ids.has(e.reviewId)),
    judgements: judgements.filter((j) => ids.has(j.reviewId)),
  };
}

/** The latest rating of each of some actions, reading only their entries (an area of a 5,000-action plan does not read every rating). */
export async function ratingsOf(schoolId: string, actionIds: string[], store: StewardDb = appDb): Promise<Map<string, Rating>> {
  const [reviews, entries] = await Promise.all([
    bySchool(store, 'reviews', schoolId),
    byAnyOf(store, 'reviewEntries', 'actionId', actionIds),
  ]);
  return latestRatings(
    reviews,
    entries.filter((e) => e.schoolId === schoolId),
  );
}

/** A school's visits and learning walks, newest first. */
export async function visitsFor(schoolId: string, store: StewardDb = appDb): Promise<Visit[]> {
  return sortBy(
    await bySchool(store, 'visits', schoolId),
    (v) => v.date,
    (v) => v.createdAt,
  ).reverse();
}

export interface AttendanceFor {
  /** Oldest half term first; within one, in the order of pupilGroups ("all" first). */
  figures: AttendanceFigure[];
  /** Questions asked about attendance and the answers, newest first. */
  challenges: ChallengeRecord[];
  /** The board's yearly checks of the school's attendance duties, oldest year first. */
  duties: AttendanceDuties[];
}

export async function attendanceFor(schoolId: string, store: StewardDb = appDb): Promise<AttendanceFor> {
  const [figures, challenges, duties] = await Promise.all([
    bySchool(store, 'attendanceFigures', schoolId),
    bySchool(store, 'challengeRecords', schoolId),
    bySchool(store, 'attendanceDuties', schoolId),
  ]);
  return {
    figures: sortBy(
      figures,
      (f) => halfTermIndex(f),
      (f) => pupilGroups.indexOf(f.group),
    ),
    challenges: sortBy(
      challenges.filter((c) => c.topic === 'attendance'),
      (c) => c.askedAt,
    ).reverse(),
    duties: sortBy(
      duties,
      (d) => d.schoolYear,
      (d) => d.createdAt,
    ),
  };
}

export interface MeetingsFor {
  /** Newest first. */
  meetings: Meeting[];
  /** Minute items of those meetings, by meeting then position. */
  items: MinuteItem[];
  /** Actions agreed at those meetings, soonest due first. */
  actions: MeetingAction[];
}

/** A school's meetings with their minute items and agreed actions. */
export async function meetingsFor(schoolId: string, store: StewardDb = appDb): Promise<MeetingsFor> {
  const [meetings, items, actions] = await Promise.all([
    bySchool(store, 'meetings', schoolId),
    bySchool(store, 'minuteItems', schoolId),
    bySchool(store, 'meetingActions', schoolId),
  ]);
  const ids = new Set(meetings.map((m) => m.id));
  return {
    meetings: sortBy(
      meetings,
      (m) => m.date,
      (m) => m.time,
    ).reverse(),
    items: sortBy(
      items.filter((i) => ids.has(i.meetingId)),
      (i) => i.meetingId,
      (i) => i.position,
    ),
    actions: sortBy(
      actions.filter((a) => ids.has(a.meetingId)),
      (a) => a.due,
      (a) => a.createdAt,
    ),
  };
}

/** The board's members (the member records the server writes, A5), by name. */
export async function membersOf(schoolId: string, store: StewardDb = appDb): Promise<Membership[]> {
  return sortBy(await bySchool(store, 'memberships', schoolId), (m) => m.displayName.toLocaleLowerCase('en-GB'));
}
