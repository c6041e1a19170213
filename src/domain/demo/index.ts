import type { RecordKind, RecordOf } from '../kinds';
import type { IsoDate } from '../record';
import { demoContext } from './context';
import { demoMembers, demoSchool } from './school';
import { demoPerformanceRows, demoPlan, demoStrategies } from './plan';
import { demoAreas } from './areas';
import { demoChecklists, demoEvidence, demoLearningWalk, demoPlannedVisit, demoWalkResponses } from './visits';
import { demoReviews } from './reviews';
import { demoAttendance, demoChallenges } from './attendance';
import { demoMeetings } from './meetings';
import { demoBenchmarks } from './benchmarks';

export { DEMO_SCHOOL_NAME, demoPeople } from './school';

/** Records of each kind, by table name. */
export type DemoBoard = { [K in RecordKind]?: RecordOf<K>[] };

/**
 * A whole demo board for "Northgate Primary School", a School of Concern in the Repair phase:
 * its members, action plan (three areas), two final half-termly reviews, evidence, a learning walk,
 * attendance figures, challenge records and committee meetings. Every date is relative to `today`
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
  const meetings = demoMeetings(ctx, built, latest.heldOn);
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
    visits: [walk, demoPlannedVisit(ctx, built, checklists)],
    visitResponses: demoWalkResponses(ctx, walk, evidence),
    attendanceFigures: demoAttendance(ctx),
    challengeRecords: demoChallenges(ctx, meetings.past.id, meetings.past.date),
    meetings: meetings.meetings,
    minuteItems: meetings.items,
    meetingActions: meetings.actions,
    benchmarkAssessments: demoBenchmarks(ctx),
  };
}
