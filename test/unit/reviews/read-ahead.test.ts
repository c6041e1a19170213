import { afterAll, describe, expect, it } from 'vitest';
import { halfTermOf, todayIso } from '../../../src/domain';
import { createRecord, db, rememberedAnswer, type ReviewDetail } from '../../../src/data';
import { readAhead as reviewsReadAhead } from '../../../src/features/reviews/ReviewsPage';
import { readAhead as trendReadAhead } from '../../../src/features/reviews/TrendPage';
import { readAhead as timelineReadAhead } from '../../../src/features/plan/TimelinePage';
import { smallBoard } from '../data/fixtures';

afterAll(async () => {
  await db.delete();
});

// What the screens one tap from Today or a tab read while the app is idle (app/routes.ts), so their
// first opening shows their content, not a loading line (issue 16).
describe('reading ahead the screens one tap away', () => {
  it("reads the reviews and this half term's review, the one Today's review card opens", async () => {
    const { schoolId, plan } = await smallBoard(db);
    const today = todayIso();
    const { schoolYear, halfTerm } = halfTermOf(today);
    const review = await createRecord('reviews', schoolId, { planId: plan.id, schoolYear, halfTerm, heldOn: today, status: 'draft' });
    await reviewsReadAhead({ schoolId, today });
    expect(rememberedAnswer('reviews', [schoolId])).toMatchObject({ reviews: [{ id: review.id }] });
    expect((rememberedAnswer('review', [review.id]) as ReviewDetail).review.id).toBe(review.id);
  });

  it('reads the timeline and the trend', async () => {
    const { schoolId } = await smallBoard(db);
    const today = todayIso();
    await timelineReadAhead({ schoolId, today });
    await trendReadAhead({ schoolId, today });
    expect(rememberedAnswer('plan unrated', [schoolId, today])).toMatchObject({ plan: { schoolId } });
    expect(rememberedAnswer('trend', [schoolId])).toMatchObject({ areas: [{ title: 'Reading' }] });
  });
});
