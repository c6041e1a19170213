import type { RecordKind, RecordOf } from '../kinds';
import type { IsoDate } from '../record';
import { demoContext } from './context';
import { demoMembers, demoSchool } from './school';
import { demoPerformanceRows, demoPlan, demoStrategies } from './plan';
import { demoAreas } from './areas';
import { demoChecklists, demoEvidence, demoLearningWalk, demoPlannedVisit, demoWalkResponses } from './visits';
import { demoReviews } from './reviews';
import { demoAttendance, demoChallenges } from './attendance';
import { demoHeldMeeting } from './meetings';
import { approvedAt, demoBoardMeeting, demoEscalation, demoNextCommittee, demoSocMeeting } from './meetingsAhead';
import { wednesdayFrom } from './context';
import { shiftDate } from '../dates';
import { reportsForPapers } from '../visitRules';
import { demoBenchmarks } from './benchmarks';

export { DEMO_SCHOOL_NAME, demoPeople } from './school';

/** Records of each kind, by table name. */
export type DemoBoard = { [K in RecordKind]?: RecordOf<K>[] };

/**
 * A whole demo board for "Northgate Primary School", a School of Concern in the Repair phase:
 * its members, action plan (three areas), two final half-termly reviews, evidence, a learning walk,
 * attendance figures, challenge records, meetings (last half term's minutes approved at the board's
 * meeting, this half term's committee ready to minute, the termly School of Concern meeting) and the
 * school's standing with the authority. Every date is relative to `today`
 * (yyyy-mm-dd), so the demo always looks current; `makeId` makes each record's id. Pure: the same
 * inputs give the same board.
 */
export function buildDemoBoard(today: IsoDate, makeId: () => string): DemoBoard {
  const ctx = demoContext(today, makeId);
  const school = demoSchool(ctx);
  const plan = demoPlan(ctx, school.ofstedDate!);
  const built = demoAreas(ctx, plan.id);
  const checklists = demoChecklists(ctx);
  const walk = demoLearningWalk(ctx, built, checklists);
  const evidence = demoEvidence(ctx, built, walk);
  const reviews = demoReviews(ctx, plan.id, built, evidence);
  const latest = reviews.reviews[reviews.reviews.length - 1]!;
  const visits = [walk, demoPlannedVisit(ctx, built, checklists)];
  const attendanceFigures = demoAttendance(ctx);
  const held = demoHeldMeeting(ctx, built, latest.heldOn);
  const boardMeeting = demoBoardMeeting(ctx, held.meeting);
  Object.assign(held.meeting, approvedAt(held.meeting, boardMeeting));
  const attendanceChallenges = demoChallenges(ctx, held.meeting.id, held.meeting.date);
  const socDate = wednesdayFrom(ctx.day(12));
  const escalation = demoEscalation(ctx, school.ofstedDate!, shiftDate(latest.heldOn, 3), socDate);
  const next = demoNextCommittee(ctx, {
    previous: held.meeting,
    actions: held.actions,
    areas: built.areas,
    planActions: built.actions,
    reviews: reviews.reviews,
    entries: reviews.entries,
    judgements: reviews.judgements,
    evidence,
    visits: reportsForPapers(visits, held.meeting.date, ctx.today),
    attendance: attendanceFigures,
    attendanceQuestions: attendanceChallenges,
  });
  const soc = demoSocMeeting(ctx, socDate, escalation, built.areas);
  return {
    schools: [school],
    memberships: demoMembers(ctx),
    plans: [plan],
    areas: built.areas,
    needs: built.needs,
    actions: built.actions,
    milestones: built.milestones,
    strategies: demoStrategies(ctx, plan.id),
    performanceRows: demoPerformanceRows(ctx, plan.id),
    reviews: reviews.reviews,
    reviewEntries: reviews.entries,
    areaJudgements: reviews.judgements,
    evidence,
    checklistTemplates: checklists,
    visits,
    visitResponses: demoWalkResponses(ctx, walk, evidence),
    attendanceFigures,
    challengeRecords: [...attendanceChallenges, ...held.challenges],
    meetings: [held.meeting, boardMeeting, next.meeting, soc.meeting],
    minuteItems: [...held.items, ...next.items, ...soc.items],
    meetingActions: held.actions,
    minuteErrata: [],
    escalationRecords: escalation,
    benchmarkAssessments: demoBenchmarks(ctx),
  };
}
