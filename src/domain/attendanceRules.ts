// The rules across an attendance figure's fields and across a half term's rows, what counts as an
// attendance action in the plan, and which half term's figures are due. Each rule returns a reason a
// person can read, or null.
import type { AttendanceFigure, FigureValues, PupilGroup } from './attendance';
import { severeWithinPersistent, pupilGroupLabels, yearGroupsForPhase, groupsOfSchool, type YearGroup } from './attendanceValues';
import { halfTermIndex, halfTermLabel, halfTermOf, stepHalfTerm, type HalfTermRef } from './halfTerms';
import { milestoneState } from './rules';
import type { Action, Area, Milestone } from './plan';
import type { Review, ReviewEntry } from './review';
import type { IsoDate } from './record';
import type { Problem } from './validation';

type Row = Pick<FigureValues, 'group' | 'pupils' | 'persistentAbsence' | 'severeAbsence'>;

/** The kind's rule severe ≤ persistent (attendance.ts), naming the group: for a grid or file of many groups. */
export function severeAbovePersistent(f: Pick<Row, 'group' | 'persistentAbsence' | 'severeAbsence'>): string | null {
  const problem = severeWithinPersistent.problem(f);
  return problem ? `${pupilGroupLabels[f.group]}: ${problem}.` : null;
}

/** A group cannot have more pupils than the whole school. */
export function groupLargerThanSchool(f: Pick<Row, 'group' | 'pupils'>, schoolPupils: number | undefined): string | null {
  if (f.group === 'all' || f.pupils === undefined || schoolPupils === undefined || f.pupils <= schoolPupils) return null;
  return `${pupilGroupLabels[f.group]} has ${f.pupils} pupils, more than the ${schoolPupils} on roll in the whole school.`;
}

/** Every cross-field problem of one figure, given the half term's all-pupils row (if any). */
export function figureProblems(f: Row, all: Pick<Row, 'pupils'> | undefined): Problem[] {
  const out: Problem[] = [];
  const severe = severeAbovePersistent(f);
  if (severe) out.push({ field: 'severeAbsence', message: severe });
  const larger = groupLargerThanSchool(f, all?.pupils);
  if (larger) out.push({ field: 'pupils', message: larger });
  return out;
}

/** The problems of a half term's rows entered together: each row's, and a group given twice. */
export function halfTermProblems(rows: Row[]): { group: PupilGroup; problem: Problem }[] {
  const all = rows.find((r) => r.group === 'all');
  const out: { group: PupilGroup; problem: Problem }[] = [];
  const seen = new Set<PupilGroup>();
  for (const r of rows) {
    if (seen.has(r.group))
      out.push({ group: r.group, problem: { field: 'group', message: `${pupilGroupLabels[r.group]} is given twice.` } });
    seen.add(r.group);
    for (const problem of figureProblems(r, all)) out.push({ group: r.group, problem });
  }
  return out;
}

/** The groups a school enters figures for: the characteristics, then its year groups (its own, or its phase's). */
export const groupsFor = (school: { educationPhase: string; yearGroups?: YearGroup[] }): PupilGroup[] =>
  groupsOfSchool(school.yearGroups ?? yearGroupsForPhase(school.educationPhase));

/** The half term before the one `today` falls in: the figures the board should have by now. */
export const lastHalfTerm = (today: IsoDate): HalfTermRef => stepHalfTerm(halfTermOf(today), -1);

/** "Figures for Autumn 2 2026/27 are not yet entered", or null when the all-pupils row is there. */
export function figuresDue(
  figures: Pick<AttendanceFigure, 'schoolYear' | 'halfTerm' | 'group' | 'deleted'>[],
  today: IsoDate,
): string | null {
  const last = lastHalfTerm(today);
  const have = figures.some((f) => !f.deleted && f.group === 'all' && halfTermIndex(f) === halfTermIndex(last));
  return have ? null : `Attendance figures for ${halfTermLabel(last)} are not yet entered.`;
}

/** An area of the plan about attendance: its title names attendance or absence. */
export const isAttendanceArea = (a: Pick<Area, 'title'>) => /attend|absen|punctual/i.test(a.title);

/** An action about attendance: in an attendance area, or naming attendance itself. */
export const isAttendanceAction = (a: Pick<Action, 'areaId' | 'description'>, areas: Pick<Area, 'id' | 'title'>[]) =>
  areas.some((x) => x.id === a.areaId && isAttendanceArea(x)) || /attend|absen|punctual/i.test(a.description);

export interface SlippingAction {
  action: Action;
  because: string;
}

/** Attendance actions that are slipping: red or amber at the last review that rated them, or in an area with an overdue milestone. */
export function slippingAttendanceActions(
  plan: { areas: Area[]; actions: Action[]; milestones: Milestone[] },
  reviews: Pick<Review, 'id' | 'schoolYear' | 'halfTerm' | 'deleted'>[],
  entries: Pick<ReviewEntry, 'reviewId' | 'actionId' | 'rating' | 'deleted'>[],
  today: IsoDate,
): SlippingAction[] {
  const order = new Map(
    [...reviews.filter((r) => !r.deleted)].sort((a, b) => halfTermIndex(a) - halfTermIndex(b)).map((r, i) => [r.id, { i, r }]),
  );
  const latest = new Map<string, { i: number; rating: string; label: string }>();
  for (const e of entries) {
    const at = order.get(e.reviewId);
    if (e.deleted || !at) continue;
    const seen = latest.get(e.actionId);
    if (!seen || at.i > seen.i) latest.set(e.actionId, { i: at.i, rating: e.rating, label: halfTermLabel(at.r) });
  }
  const out: SlippingAction[] = [];
  for (const action of plan.actions) {
    if (action.deleted || action.archived || action.status === 'complete' || !isAttendanceAction(action, plan.areas)) continue;
    const reasons: string[] = [];
    const rated = latest.get(action.id);
    if (rated && (rated.rating === 'red' || rated.rating === 'amber')) reasons.push(`rated ${rated.rating} at the ${rated.label} review`);
    const overdue = plan.milestones.filter((m) => !m.deleted && m.areaId === action.areaId && milestoneState(m, today) === 'overdue');
    if (overdue.length > 0) reasons.push(`milestone ${overdue.map((m) => m.number).join(', ')} of its area is overdue`);
    if (reasons.length > 0) out.push({ action, because: reasons.join('; ') });
  }
  return out;
}
