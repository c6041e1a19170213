import {
  actionCodeOf,
  actionState,
  escalationDeadlines,
  figuresDue,
  halfTermOf,
  milestonesNeedingAttention,
  papersDue,
  orderToAsk,
  questionKeys,
  raiseQuestions,
  redTwoReviewsRunning,
  shiftDate,
  slippingAttendanceActions,
  type IsoDate,
  compareIso,
} from '../../domain';
import { attendanceFor, escalationFor, meetingsFor, planOf, reviewOverview, reviewsFor, visitsFor } from '../../data';

/** Everything Today shows, read from the local store in one go, so the screen appears whole at once. */
export async function todayFor(schoolId: string, today: IsoDate) {
  const [plan, reviews, meetings, overview, visits, escalation, att] = await Promise.all([
    planOf(schoolId),
    reviewsFor(schoolId),
    meetingsFor(schoolId),
    reviewOverview(schoolId),
    visitsFor(schoolId),
    escalationFor(schoolId),
    attendanceFor(schoolId),
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
      return { action: a, code: area && need ? actionCodeOf(area, need, a) : (a.code ?? '') };
    });
  const nextMeeting = meetings.meetings.filter((m) => m.date >= today).sort((a, b) => compareIso(a.date, b.date))[0];
  const meetingActions = meetings.actions
    .map((action) => ({ action, state: actionState(action, today) }))
    .filter((a) => a.state === 'overdue' || a.state === 'due-soon')
    .sort((a, b) => compareIso(a.action.due, b.action.due));
  const papers = meetings.meetings.flatMap((meeting) => {
    const due = papersDue(meeting, today);
    return due ? [{ meeting, due }] : [];
  });
  const deadlines = escalationDeadlines(escalation, today).filter((d) => d.state !== 'upcoming');
  // Attendance: last half term's figures not yet in, questions raised and not yet asked, follow-ups due within two weeks.
  const current = halfTermOf(today);
  const soon = shiftDate(today, 14);
  const followUps = att.challenges.flatMap((c) => {
    const a = c.followUpActionId ? plan?.actions.find((x) => x.id === c.followUpActionId) : undefined;
    const m = c.followUpActionId ? meetings.actions.find((x) => x.id === c.followUpActionId) : undefined;
    const due = a && a.status !== 'complete' ? a.finish : m && m.status === 'open' ? m.due : undefined;
    return due && due <= soon ? [{ challenge: c, due, owner: a?.lead ?? m?.owner ?? '' }] : [];
  });
  const slipping = plan ? slippingAttendanceActions(plan, reviews.reviews, reviews.entries, today) : [];
  const attendance = {
    figuresDue: figuresDue(att.figures, today),
    // The questions' keys only: Today counts them, and their words stay in the attendance screens' chunk.
    raisedNotAsked: orderToAsk(questionKeys, raiseQuestions(questionKeys, att.figures, current, slipping), att.challenges, current).filter(
      (q) => q.raisedBy && !q.askedThisHalfTerm,
    ).length,
    followUps,
  };
  return { attention, redActions, nextMeeting, overview, visits, meetingActions, papers, deadlines, attendance };
}
export type TodayData = Awaited<ReturnType<typeof todayFor>>;
