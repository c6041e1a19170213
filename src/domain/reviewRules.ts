import type { Action, Area, ImprovementNeed, Milestone } from './plan';
import { actionCodeOf } from './planValues';
import type { AreaJudgement, Judgement, Rating, Review, ReviewEntry } from './review';
import { judgementLabels, ratingNeedsNote } from './reviewValues';
import type { IsoDate } from './record';
import type { Problem } from './validation';
import type { HalfTermRef } from './calendar';
import { todayIso, ukDate, compareIso } from './dates';
import { milestoneState, rollUpRating } from './rules';

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** A finalised review is locked: nothing in it may change. */
export const isLocked = (review: Pick<Review, 'status'>) => review.status === 'final';

/** What a refused change to a locked review says. */
export function lockedMessage(review: Pick<Review, 'finalisedAt' | 'updatedAt'>): string {
  return `This review was finalised on ${ukDate(finalisedOn(review))} and is locked`;
}

/** The day (on this device's calendar) a review was finalised. */
export const finalisedOn = (review: Pick<Review, 'finalisedAt' | 'updatedAt'>): IsoDate =>
  todayIso(new Date(review.finalisedAt ?? review.updatedAt));

/** The live review of a plan for a half term, if one has been started (one per half term). */
export function reviewForHalfTerm<R extends Pick<Review, 'planId' | 'schoolYear' | 'halfTerm' | 'deleted' | 'createdAt'>>(
  reviews: R[],
  planId: string,
  ref: HalfTermRef,
): R | undefined {
  return reviews
    .filter((r) => !r.deleted && r.planId === planId && r.schoolYear === ref.schoolYear && r.halfTerm === ref.halfTerm)
    .sort((a, b) => compareIso(a.createdAt, b.createdAt))[0];
}

/**
 * The actions a review covers: the plan's live, unarchived actions that were in the plan when the
 * review started, and any it has already rated. Actions added since (its own next steps among them)
 * are reviewed next half term.
 */
export function actionsInReview<A extends Pick<Action, 'id' | 'createdAt' | 'archived' | 'deleted'>>(
  actions: A[],
  review: Pick<Review, 'createdAt'>,
  entries: Pick<ReviewEntry, 'actionId' | 'deleted'>[],
): A[] {
  const rated = new Set(entries.filter((e) => !e.deleted).map((e) => e.actionId));
  return actions.filter((a) => rated.has(a.id) || (!a.deleted && !a.archived && a.createdAt <= review.createdAt));
}

export type MissingKind = 'rating' | 'note' | 'judgement' | 'reason';
export interface Missing {
  kind: MissingKind;
  areaId: string;
  actionId?: string;
  /** Said so the chair can fix it: "Area 1, action 1a(ii): not rated yet". */
  text: string;
}

export interface ReviewScope {
  areas: Pick<Area, 'id' | 'number' | 'title' | 'code'>[];
  needs: Pick<ImprovementNeed, 'id' | 'position' | 'code' | 'description'>[];
  /** The actions the review covers (see actionsInReview). */
  actions: Pick<Action, 'id' | 'areaId' | 'needId' | 'position' | 'code'>[];
  entries: Pick<ReviewEntry, 'actionId' | 'rating' | 'note' | 'deleted'>[];
  judgements: Pick<AreaJudgement, 'areaId' | 'judgement' | 'reason' | 'deleted'>[];
}

/** The code of an action as governors read it, e.g. "1a(ii)". */
export function codeOf(
  action: Pick<Action, 'needId' | 'position' | 'code'>,
  area: Pick<Area, 'number' | 'code'> | undefined,
  needs: Pick<ImprovementNeed, 'id' | 'position' | 'code' | 'description'>[],
) {
  const need = needs.find((n) => n.id === action.needId);
  return area && need ? actionCodeOf(area, need, action) : action.code || `(${action.position})`;
}

/**
 * What stops a review being finalised: every action it covers rated (with a note when red or
 * amber), and every area that has actions in it judged, with a reason. Empty when it is complete.
 */
export function reviewCompleteness(scope: ReviewScope): Missing[] {
  const missing: Missing[] = [];
  const entryOf = new Map(scope.entries.filter((e) => !e.deleted).map((e) => [e.actionId, e]));
  const judgementOf = new Map(scope.judgements.filter((j) => !j.deleted).map((j) => [j.areaId, j]));
  for (const area of [...scope.areas].sort((a, b) => a.number - b.number)) {
    const actions = scope.actions.filter((a) => a.areaId === area.id);
    for (const action of actions) {
      const label = `Area ${area.number}, action ${codeOf(action, area, scope.needs)}`;
      const entry = entryOf.get(action.id);
      if (!entry) missing.push({ kind: 'rating', areaId: area.id, actionId: action.id, text: `${label}: not rated yet` });
      else {
        const noNote = ratingNeedsNote.problem(entry);
        if (noNote) missing.push({ kind: 'note', areaId: area.id, actionId: action.id, text: `${label}: ${lowerFirst(noNote)}` });
      }
    }
    if (actions.length === 0) continue;
    const judgement = judgementOf.get(area.id);
    if (!judgement) missing.push({ kind: 'judgement', areaId: area.id, text: `Area ${area.number}: no judgement of progress yet` });
    else if (!judgement.reason.trim())
      missing.push({ kind: 'reason', areaId: area.id, text: `Area ${area.number}: give a reason for the judgement` });
  }
  return missing;
}

export interface JudgementInputs {
  /** How many of the area's actions have each rating at this review ("unrated": not yet). */
  counts: Record<Rating | 'unrated', number>;
  /** The area's rating from its actions' ratings (null when none is rated). */
  rollUp: Rating | null;
  /** Milestones of the area overdue on the day the review is held (date passed, not met). */
  overdueMilestones: number;
  /** Milestones met by the day of the review. */
  metMilestones: number;
  /** The committee's judgement of the area at the review before, if any. */
  previous: Judgement | null;
  /** What the ratings and milestones point to; the committee decides. Null until every action is rated. */
  suggestion: Judgement | null;
  /** Why the suggestion, in a sentence. */
  because: string;
}

/**
 * What the committee weighs when it judges an area's progress. The suggestion: insufficient when
 * any action is red or a milestone is overdue; some when any action is amber; good when every
 * action is green or complete and no milestone is overdue.
 */
export function judgementInputs(
  areaRatings: (Rating | null | undefined)[],
  milestones: Pick<Milestone, 'date' | 'metOn'>[],
  heldOn: IsoDate,
  previous: Judgement | null = null,
): JudgementInputs {
  const counts = { red: 0, amber: 0, green: 0, complete: 0, unrated: 0 };
  for (const r of areaRatings) counts[r ?? 'unrated'] += 1;
  const states = milestones.map((m) => milestoneState({ date: m.date, metOn: m.metOn && m.metOn <= heldOn ? m.metOn : undefined }, heldOn));
  const overdueMilestones = states.filter((s) => s === 'overdue').length;
  const metMilestones = states.filter((s) => s === 'met').length;
  const rated = areaRatings.length - counts.unrated;
  let suggestion: Judgement | null = null;
  let because = 'Rate every action in the area first.';
  if (rated === 0 && areaRatings.length > 0) because = 'No action in the area is rated yet.';
  else if (areaRatings.length === 0) because = 'The area has no actions to rate.';
  else if (counts.unrated === 0) {
    const overdue = overdueMilestones > 0 ? `${overdueMilestones} milestone${overdueMilestones === 1 ? ' is' : 's are'} overdue` : '';
    if (counts.red > 0 || overdueMilestones > 0) {
      suggestion = 'insufficient';
      because =
        [counts.red > 0 ? `${counts.red} action${counts.red === 1 ? ' is' : 's are'} red` : '', overdue].filter(Boolean).join(' and ') +
        '.';
    } else if (counts.amber > 0) {
      suggestion = 'some';
      because = `${counts.amber} action${counts.amber === 1 ? ' is' : 's are'} amber (at risk).`;
    } else {
      suggestion = 'good';
      because = 'Every action is on track or complete and no milestone is overdue.';
    }
  }
  return { counts, rollUp: rollUpRating(areaRatings), overdueMilestones, metMilestones, previous, suggestion, because };
}

export const suggestionText = (inputs: JudgementInputs) =>
  inputs.suggestion ? `The ratings point to ${judgementLabels[inputs.suggestion].toLowerCase()}: ${inputs.because}` : inputs.because;

export interface NextStepInput {
  text: string;
  owner: string;
  date: string;
}

/** Check a next step before it becomes an action: what, who, and a date from today on. */
export function nextStepProblems(step: NextStepInput, today: IsoDate): Problem[] {
  const problems: Problem[] = [];
  if (!step.text.trim()) problems.push({ field: 'text', message: 'Say what the next step is' });
  if (!step.owner.trim()) problems.push({ field: 'owner', message: 'Say who owns the next step' });
  if (!/^\d{4}-\d{2}-\d{2}$/.test(step.date)) problems.push({ field: 'date', message: 'Give the date it is due by' });
  else if (step.date < today) problems.push({ field: 'date', message: `The date must be today (${ukDate(today)}) or later` });
  return problems;
}

/** How a next step is kept in the review entry's text: "Do this (Owner, by dd/mm/yyyy)". */
export const nextStepLine = (step: NextStepInput) => `${step.text.trim()} (${step.owner.trim()}, by ${ukDate(step.date)})`;

/** Where a new action goes in its improvement-needed row: after every action already in it. */
export const nextPosition = (actions: Pick<Action, 'needId' | 'position'>[], needId: string) =>
  actions.filter((a) => a.needId === needId).reduce((max, a) => Math.max(max, a.position), 0) + 1;
