import {
  halfTermOf,
  questionsRaisedBy,
  questionsToAsk,
  slippingAttendanceActions,
  groupsFor,
  isAttendanceArea,
  lockRefusal,
  type ChallengeRecord,
  type IsoDate,
  type School,
} from '../../domain';
import { attendanceFor, meetingsFor, planOf, reviewsFor } from '../../data';

/** Everything the attendance screens show, read in one go: figures, answers, duties, the plan's attendance actions and what they raise. */
export async function attendanceView(school: School, today: IsoDate) {
  const [att, plan, reviews, meetings] = await Promise.all([
    attendanceFor(school.id),
    planOf(school.id),
    reviewsFor(school.id),
    meetingsFor(school.id),
  ]);
  const current = halfTermOf(today);
  const slipping = plan
    ? slippingAttendanceActions(
        { areas: plan.areas, actions: plan.actions, milestones: plan.milestones },
        reviews.reviews,
        reviews.entries,
        today,
      )
    : [];
  const raised = questionsRaisedBy(att.figures, current, slipping);
  const areas = (plan?.areas ?? []).filter((a) => !a.archived && isAttendanceArea(a));
  const needs = (plan?.needs ?? []).filter((n) => !n.archived && areas.some((a) => a.id === n.areaId));
  return {
    ...att,
    current,
    groups: groupsFor(school),
    slipping,
    raised,
    toAsk: questionsToAsk(raised, att.challenges, current),
    /** Where a follow-up can become a plan action: the improvements needed of the attendance areas (all areas when none is about attendance). */
    followUpNeeds: needs.length > 0 ? needs : (plan?.needs ?? []).filter((n) => !n.archived),
    areas: plan?.areas ?? [],
    actions: plan?.actions ?? [],
    needs: plan?.needs ?? [],
    meetings: meetings.meetings,
    meetingActions: meetings.actions,
    /** Why an answer can no longer be changed (its meeting's minutes are approved), or null: the policy's own rule. */
    lockedBecause: (c: ChallengeRecord) =>
      lockRefusal(
        'challengeRecords',
        c,
        meetings.meetings.filter((m) => m.id === c.meetingId),
      ),
  };
}
export type AttendanceView = Awaited<ReturnType<typeof attendanceView>>;
