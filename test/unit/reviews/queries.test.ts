import { describe, expect, it } from 'vitest';
import { createRecord, reviewDetail, reviewEntryFor, reviewOverview, benchmarkAssessmentsFor, updateRecord } from '../../../src/data';
import { freshDb, smallBoard } from '../data/fixtures';

describe('review queries', () => {
  it('reviewDetail: the plan in order, the actions the review covers, its entries, the review before, evidence seen and the chair', async () => {
    const store = freshDb();
    const b = await smallBoard(store);
    await createRecord('memberships', b.schoolId, { personId: b.schoolId, role: 'chair', displayName: 'Helen Whitfield' }, store);
    const autumn1 = await createRecord(
      'reviews',
      b.schoolId,
      { planId: b.plan.id, schoolYear: 2026, halfTerm: 'Autumn 1', heldOn: '2026-10-14' },
      store,
    );
    await createRecord(
      'reviewEntries',
      b.schoolId,
      { reviewId: autumn1.id, actionId: b.action.id, rating: 'red', note: 'No training yet' },
      store,
    );
    const seen = await createRecord(
      'evidence',
      b.schoolId,
      { kind: 'note', text: 'Training log', recordedAt: '2026-12-01T09:00:00.000Z', supports: [b.action.id] },
      store,
    );
    const autumn2 = await createRecord(
      'reviews',
      b.schoolId,
      { planId: b.plan.id, schoolYear: 2026, halfTerm: 'Autumn 2', heldOn: '2026-12-09' },
      store,
    );
    await createRecord(
      'reviewEntries',
      b.schoolId,
      { reviewId: autumn2.id, actionId: b.action.id, rating: 'green', evidenceIds: [seen.id] },
      store,
    );
    // An action added after the review started is for next time.
    await new Promise((resolve) => setTimeout(resolve, 3));
    const later = await createRecord(
      'actions',
      b.schoolId,
      { needId: b.need.id, areaId: b.area.id, position: 2, description: 'Next step', start: '2026-12-09', finish: '2027-01-15' },
      store,
    );

    const d = (await reviewDetail(autumn2.id, store))!;
    expect(d.review.id).toBe(autumn2.id);
    expect(d.actions.map((a) => a.id)).toEqual([b.action.id, later.id]);
    expect(d.inReview.map((a) => a.id)).toEqual([b.action.id]);
    expect(d.entries.map((e) => e.rating)).toEqual(['green']);
    expect(d.previous?.review.id).toBe(autumn1.id);
    expect(d.previous?.entries.map((e) => e.rating)).toEqual(['red']);
    expect(d.evidenceSeen.map((e) => e.text)).toEqual(['Training log']);
    expect(d.chairName).toBe('Helen Whitfield');
    expect((await reviewEntryFor(autumn2.id, b.action.id, store))?.rating).toBe('green');
    expect(await reviewDetail(b.action.id, store)).toBeUndefined();
  });

  it('reviewOverview: the reviews of the current plan oldest first, with how far each has got', async () => {
    const store = freshDb();
    const b = await smallBoard(store);
    const spring = await createRecord(
      'reviews',
      b.schoolId,
      { planId: b.plan.id, schoolYear: 2026, halfTerm: 'Spring 1', heldOn: '2027-02-03' },
      store,
    );
    const autumn = await createRecord(
      'reviews',
      b.schoolId,
      { planId: b.plan.id, schoolYear: 2026, halfTerm: 'Autumn 2', heldOn: '2026-12-09' },
      store,
    );
    await createRecord('reviewEntries', b.schoolId, { reviewId: autumn.id, actionId: b.action.id, rating: 'green' }, store);
    await createRecord('areaJudgements', b.schoolId, { reviewId: autumn.id, areaId: b.area.id, judgement: 'good' }, store);
    await updateRecord('actions', b.action.id, { archived: true }, store);
    const o = await reviewOverview(b.schoolId, store);
    expect(o.plan?.id).toBe(b.plan.id);
    expect(o.reviews.map((r) => r.id)).toEqual([autumn.id, spring.id]);
    expect(o.progress.get(autumn.id)).toEqual({ rated: 1, judged: 1 });
    expect(o.progress.get(spring.id)).toEqual({ rated: 0, judged: 0 });
    expect(o.actionCount).toBe(0);
    expect(await reviewOverview('0190a3b2-0000-7000-8000-00000000ffff', store)).toMatchObject({ reviews: [], actionCount: 0 });
  });

  it('benchmarkAssessmentsFor: the school’s assessments, oldest first', async () => {
    const store = freshDb();
    const b = await smallBoard(store);
    const input = (benchmarkId: string, assessedAt: string) => ({
      phase: 'Repair' as const,
      benchmarkId,
      status: 'met' as const,
      assessedAt,
    });
    await createRecord('benchmarkAssessments', b.schoolId, input('repair-lg-2', '2026-12-01T09:00:00.000Z'), store);
    await createRecord('benchmarkAssessments', b.schoolId, input('repair-lg-1', '2026-11-01T09:00:00.000Z'), store);
    expect((await benchmarkAssessmentsFor(b.schoolId, store)).map((a) => a.benchmarkId)).toEqual(['repair-lg-1', 'repair-lg-2']);
  });
});
