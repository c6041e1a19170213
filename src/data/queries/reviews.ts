import {
  actionsInReview,
  halfTermIndex,
  halfTermOf,
  reviewForHalfTerm,
  type HalfTermRef,
  type IsoDate,
  type Action,
  type ActionPlan,
  type Area,
  type AreaJudgement,
  type BenchmarkAssessment,
  type Evidence,
  type ImprovementNeed,
  type Milestone,
  type Review,
  type ReviewEntry,
  type TermDates,
} from '../../domain';
import { db as appDb, type StewardDb } from '../db';
import { byAnyOf, bySchool, live, liveById, sortBy } from './common';

export interface PlanContents {
  plan: ActionPlan;
  /** Live, unarchived areas by number. */
  areas: Area[];
  /** By area, then position. */
  needs: ImprovementNeed[];
  /** Every live action (archived ones too, so positions stay unique), by area, need, position. */
  actions: Action[];
  /** By area, then number. */
  milestones: Milestone[];
}

/** One plan with its areas, needs, actions and milestones, in the order governors read them. */
export async function planContents(planId: string, store: StewardDb = appDb): Promise<PlanContents | undefined> {
  // One round of reads: the plan's areas by plan, and the school's needs, actions and milestones
  // (then kept to those areas), all at once.
  const plan = await liveById(store, 'plans', planId);
  if (!plan) return undefined;
  const [allAreas, needs, actions, milestones] = await Promise.all([
    byAnyOf(store, 'areas', 'planId', [planId]),
    bySchool(store, 'needs', plan.schoolId),
    bySchool(store, 'actions', plan.schoolId),
    bySchool(store, 'milestones', plan.schoolId),
  ]);
  const areas = sortBy(
    allAreas.filter((a) => !a.archived),
    (a) => a.number,
    (a) => a.createdAt,
  );
  const areaNumber = new Map(areas.map((a) => [a.id, a.number]));
  const inPlan = <T extends { areaId: string }>(rows: T[]) => rows.filter((r) => areaNumber.has(r.areaId));
  const needPosition = new Map(needs.map((n) => [n.id, n.position]));
  return {
    plan,
    areas,
    needs: sortBy(
      inPlan(needs),
      (n) => areaNumber.get(n.areaId) ?? 0,
      (n) => n.position,
    ),
    actions: sortBy(
      inPlan(actions),
      (a) => areaNumber.get(a.areaId) ?? 0,
      (a) => needPosition.get(a.needId) ?? 0,
      (a) => a.position,
      (a) => a.createdAt,
    ),
    milestones: sortBy(
      inPlan(milestones),
      (m) => areaNumber.get(m.areaId) ?? 0,
      (m) => m.number,
    ),
  };
}

export interface ReviewDetail extends PlanContents {
  review: Review;
  /** The actions this review covers, in plan order (see actionsInReview). */
  inReview: Action[];
  /** This review's entries and judgements. */
  entries: ReviewEntry[];
  judgements: AreaJudgement[];
  /** The review before this one (by half term) for the same plan, with its entries and judgements. */
  previous?: { review: Review; entries: ReviewEntry[]; judgements: AreaJudgement[] };
  /** The evidence this review's entries say was seen. */
  evidenceSeen: Evidence[];
  /** The chair's name on this board, if a chair is listed (to sign off the review). */
  chairName: string;
}

/** A half-termly review with everything its walk-through and its locked view show. */
export async function reviewDetail(reviewId: string, store: StewardDb = appDb): Promise<ReviewDetail | undefined> {
  const review = await liveById(store, 'reviews', reviewId);
  if (!review) return undefined;
  const [contents, entries, judgements, siblings, members] = await Promise.all([
    planContents(review.planId, store),
    byAnyOf(store, 'reviewEntries', 'reviewId', [reviewId]),
    byAnyOf(store, 'areaJudgements', 'reviewId', [reviewId]),
    byAnyOf(store, 'reviews', 'planId', [review.planId]),
    bySchool(store, 'memberships', review.schoolId),
  ]);
  if (!contents) return undefined;
  const before = sortBy(
    siblings.filter((r) => halfTermIndex(r) < halfTermIndex(review)),
    (r) => halfTermIndex(r),
    (r) => r.createdAt,
  ).pop();
  const seenIds = [...new Set(entries.flatMap((e) => e.evidenceIds))];
  const [previousEntries, previousJudgements, seen] = await Promise.all([
    before ? byAnyOf(store, 'reviewEntries', 'reviewId', [before.id]) : [],
    before ? byAnyOf(store, 'areaJudgements', 'reviewId', [before.id]) : [],
    seenIds.length === 0 ? ([] as (Evidence | undefined)[]) : store.evidence.bulkGet(seenIds),
  ]);
  const previous = before ? { review: before, entries: previousEntries, judgements: previousJudgements } : undefined;
  const evidenceSeen = live(seen.filter((r): r is Evidence => r !== undefined));
  const chair = members.find((m) => m.role === 'chair') ?? members.find((m) => m.role === 'vice-chair');
  return {
    ...contents,
    review,
    inReview: actionsInReview(contents.actions, review, entries),
    entries,
    judgements,
    previous,
    evidenceSeen,
    chairName: chair?.displayName ?? '',
  };
}

/** This review's entry for one action, if it has been rated. */
export async function reviewEntryFor(reviewId: string, actionId: string, store: StewardDb = appDb): Promise<ReviewEntry | undefined> {
  const entries = await byAnyOf(store, 'reviewEntries', 'actionId', [actionId]);
  return sortBy(
    entries.filter((e) => e.reviewId === reviewId),
    (e) => e.createdAt,
  ).at(0);
}

export interface ReviewOverview {
  /** The school's current plan (the latest to start), if any. */
  plan?: ActionPlan;
  /** Every review of that plan, oldest first. */
  reviews: Review[];
  /** For each review, how many ratings and area judgements it holds (counted on the index). */
  progress: Map<string, { rated: number; judged: number }>;
  /** The board's own term dates, for working out the current half term. */
  termDates: TermDates[];
  /** How many live, unarchived actions the plan has now. */
  actionCount: number;
}

/** The half term `today` is in (by the board's term dates) and its review of the current plan, if one is started. */
export function thisHalfTerm(overview: ReviewOverview, today: IsoDate): { ref: HalfTermRef; current?: Review } {
  const ref = halfTermOf(today, overview.termDates);
  return { ref, current: overview.plan ? reviewForHalfTerm(overview.reviews, overview.plan.id, ref) : undefined };
}

/** The school's reviews of its current plan and how far each has got (for the list and Today). */
export async function reviewOverview(schoolId: string, store: StewardDb = appDb): Promise<ReviewOverview> {
  const [plans, termDates] = await Promise.all([bySchool(store, 'plans', schoolId), bySchool(store, 'termDates', schoolId)]);
  const plan = sortBy(
    plans,
    (p) => p.startDate ?? '',
    (p) => p.createdAt,
  ).pop();
  if (!plan) return { reviews: [], progress: new Map(), termDates, actionCount: 0 };
  const [reviews, areas] = await Promise.all([
    byAnyOf(store, 'reviews', 'planId', [plan.id]),
    byAnyOf(store, 'areas', 'planId', [plan.id]),
  ]);
  const ids = reviews.map((r) => r.id);
  // Counted on the index, without reading the records (the dashboard shows this; a big board has thousands).
  const count = (kind: 'reviewEntries' | 'areaJudgements', id: string) => store.records(kind).where('reviewId').equals(id).count();
  const [rated, judged, actions] = await Promise.all([
    Promise.all(ids.map((id) => count('reviewEntries', id))),
    Promise.all(ids.map((id) => count('areaJudgements', id))),
    byAnyOf(
      store,
      'actions',
      'areaId',
      areas.filter((a) => !a.archived).map((a) => a.id),
    ),
  ]);
  const progress = new Map(ids.map((id, i) => [id, { rated: rated[i]!, judged: judged[i]! }]));
  return {
    plan,
    reviews: sortBy(
      reviews,
      (r) => halfTermIndex(r),
      (r) => r.createdAt,
    ),
    progress,
    termDates,
    actionCount: actions.filter((a) => !a.archived).length,
  };
}

/** The board's assessments of the phase benchmarks (every phase), oldest first. */
export async function benchmarkAssessmentsFor(schoolId: string, store: StewardDb = appDb): Promise<BenchmarkAssessment[]> {
  return sortBy(
    await bySchool(store, 'benchmarkAssessments', schoolId),
    (a) => a.assessedAt,
    (a) => a.updatedAt,
  );
}
