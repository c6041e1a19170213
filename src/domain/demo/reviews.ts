import type { AreaJudgement, Review, ReviewEntry } from '../review';
import type { Evidence } from '../evidence';
import type { IsoDate } from '../record';
import { type HalfTermRef, halfTermOf, halfTermStarts, stepHalfTerm } from '../calendar';
import { shiftDate, ukDate } from '../dates';
import { base, instant, wednesdayFrom, type DemoContext } from './context';
import type { BuiltAreas, BuiltAction } from './areas';
import { demoAreaSpecs } from './areas';
import type { ScriptedRating } from './specs';
import { demoPeople } from './school';

/** The two half terms before the current one, oldest first. */
export function reviewedHalfTerms(today: IsoDate): [HalfTermRef, HalfTermRef] {
  const current = halfTermOf(today);
  return [stepHalfTerm(current, -2), stepHalfTerm(current, -1)];
}

/** The committee meets on a Wednesday about five weeks into the half term. */
export function reviewDate(ref: HalfTermRef): IsoDate {
  return wednesdayFrom(shiftDate(halfTermStarts(ref.schoolYear)[ref.halfTerm], 35));
}

/** The rating an action gets at a review: the scripted one, or what its dates and status say. */
function ratingAt(b: BuiltAction, k: 0 | 1, heldOn: IsoDate): ScriptedRating {
  const scripted = b.spec.atReviews?.[k];
  if (scripted) return scripted;
  if (b.record.start && b.record.start > heldOn) return { rating: 'green', note: `Not due to start until ${ukDate(b.record.start)}.` };
  if (b.record.status === 'complete' && (b.record.finish ?? heldOn) <= heldOn)
    return { rating: 'complete', note: 'Completed; evidence seen by the committee.' };
  return { rating: 'green', note: 'On track against its success criteria.' };
}

export interface BuiltReviews {
  reviews: Review[];
  entries: ReviewEntry[];
  judgements: AreaJudgement[];
}

export function demoReviews(ctx: DemoContext, planId: string, plan: BuiltAreas, evidence: Evidence[]): BuiltReviews {
  const out: BuiltReviews = { reviews: [], entries: [], judgements: [] };
  reviewedHalfTerms(ctx.today).forEach((ref, k) => {
    const heldOn = reviewDate(ref);
    const review: Review = {
      ...base(ctx),
      planId,
      schoolYear: ref.schoolYear,
      halfTerm: ref.halfTerm,
      heldOn,
      status: 'final',
      finalisedAt: instant(shiftDate(heldOn, 2), '17:00'),
      finalisedBy: demoPeople.chair,
    };
    out.reviews.push(review);
    for (const b of plan.built) {
      const r = ratingAt(b, k as 0 | 1, heldOn);
      const seen = evidence.filter((e) => e.supports.includes(b.record.id) && e.recordedAt.slice(0, 10) <= heldOn);
      out.entries.push({
        ...base(ctx),
        reviewId: review.id,
        actionId: b.record.id,
        rating: r.rating,
        note: r.note,
        evidenceIds: seen.map((e) => e.id),
        challenge: r.challenge ?? '',
        response: r.response ?? '',
        nextSteps: r.nextSteps ?? '',
      });
    }
    for (const spec of demoAreaSpecs) {
      const j = spec.judgements[k]!;
      out.judgements.push({
        ...base(ctx),
        reviewId: review.id,
        areaId: plan.areaId(spec.number),
        judgement: j.judgement,
        reason: j.reason,
      });
    }
  });
  return out;
}
