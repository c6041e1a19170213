import {
  actionCode,
  actionState,
  escalationDeadlines,
  milestonesNeedingAttention,
  papersDue,
  redTwoReviewsRunning,
  type IsoDate,
} from '../../domain';
import { escalationFor, meetingsFor, planOf, reviewOverview, reviewsFor, visitsFor } from '../../data';

/** Everything Today shows, read from the local store in one go, so the screen appears whole at once. */
export async function todayFor(schoolId: string, today: IsoDate) {
  const [plan, reviews, meetings, overview, visits, escalation] = await Promise.all([
    planOf(schoolId),
    reviewsFor(schoolId),
    meetingsFor(schoolId),
    reviewOverview(schoolId),
    visitsFor(schoolId),
    escalationFor(schoolId),
  ]);
  const areaById = new Map(plan?.areas.map((a) => [a.id, a]) ?? []);
  const needById = new Map(plan?.needs.map((n) => [n.id, n]) ?? []);
  const attention = milestonesNeedingAttention(plan?.milestones ?? [], today).map(({ milestone, state }) => ({
    milestone,
    state,
    area: areaById.get(milestone.areaId),
  }));
  const redIds = redTwoReviewsRunning(reviews.reviews, reviews.entries);
  const redActions = (plan?.actions ?? [])
    .filter((a) => redIds.has(a.id))
    .map((a) => {
      const area = areaById.get(a.areaId);
      const need = needById.get(a.needId);
      return { action: a, code: area && need ? actionCode(area.number, need.position, a.position) : '' };
    });
  const nextMeeting = meetings.meetings.filter((m) => m.date >= today).sort((a, b) => a.date.localeCompare(b.date))[0];
  const meetingActions = meetings.actions
    .map((action) => ({ action, state: actionState(action, today) }))
    .filter((a) => a.state === 'overdue' || a.state === 'due-soon');
  const papers = meetings.meetings.flatMap((meeting) => {
    const due = papersDue(meeting, today);
    return due ? [{ meeting, due }] : [];
  });
  const deadlines = escalationDeadlines(escalation, today).filter((d) => d.state !== 'upcoming');
  return { attention, redActions, nextMeeting, overview, visits, meetingActions, papers, deadlines };
}
export type TodayData = Awaited<ReturnType<typeof todayFor>>;
