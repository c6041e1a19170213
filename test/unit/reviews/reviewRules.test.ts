import { describe, expect, it } from 'vitest';
import {
  actionsInReview,
  isLocked,
  judgementInputs,
  lockedMessage,
  nextPosition,
  nextStepLine,
  nextStepProblems,
  reviewCompleteness,
  reviewForHalfTerm,
  type ReviewScope,
} from '../../../src/domain/reviewRules';
import { ratingTrend, targetStatus } from '../../../src/domain/reviewTrend';

const T0 = '2026-11-01T10:00:00.000Z';

describe('locking', () => {
  it('locks a final review only', () => {
    expect(isLocked({ status: 'final' })).toBe(true);
    expect(isLocked({ status: 'draft' })).toBe(false);
  });
  it('says when it was finalised, dd/mm/yyyy', () => {
    expect(lockedMessage({ finalisedAt: '2026-12-09T12:00:00.000Z', updatedAt: T0 })).toBe(
      'This review was finalised on 09/12/2026 and is locked',
    );
    expect(lockedMessage({ updatedAt: '2027-01-05T12:00:00.000Z' })).toBe('This review was finalised on 05/01/2027 and is locked');
  });
});

describe('reviewForHalfTerm', () => {
  const r = (id: string, halfTerm: 'Autumn 1' | 'Autumn 2', extra = {}) => ({
    id,
    planId: 'p',
    schoolYear: 2026,
    halfTerm,
    deleted: false,
    createdAt: T0,
    ...extra,
  });
  it('finds the review of the plan for that half term, the earliest if two devices started one', () => {
    const reviews = [r('b', 'Autumn 2', { createdAt: '2026-11-02T10:00:00.000Z' }), r('a', 'Autumn 2'), r('c', 'Autumn 1')];
    expect(reviewForHalfTerm(reviews, 'p', { schoolYear: 2026, halfTerm: 'Autumn 2' })?.id).toBe('a');
  });
  it('ignores deleted reviews, other plans and other years', () => {
    const reviews = [r('a', 'Autumn 2', { deleted: true }), r('b', 'Autumn 2', { planId: 'q' }), r('c', 'Autumn 2', { schoolYear: 2025 })];
    expect(reviewForHalfTerm(reviews, 'p', { schoolYear: 2026, halfTerm: 'Autumn 2' })).toBeUndefined();
  });
});

describe('actionsInReview', () => {
  const review = { createdAt: T0 };
  const a = (id: string, createdAt: string, extra = {}) => ({ id, createdAt, archived: false, deleted: false, ...extra });
  it('covers actions made up to the moment the review started, not after', () => {
    const out = actionsInReview(
      [a('before', '2026-10-31T10:00:00.000Z'), a('same', T0), a('after', '2026-11-01T10:00:00.001Z')],
      review,
      [],
    );
    expect(out.map((x) => x.id)).toEqual(['before', 'same']);
  });
  it('keeps a later action the review has already rated, and leaves out archived and deleted ones', () => {
    const actions = [a('later', '2026-11-05T10:00:00.000Z'), a('archived', T0, { archived: true }), a('deleted', T0, { deleted: true })];
    const out = actionsInReview(actions, review, [
      { actionId: 'later', deleted: false },
      { actionId: 'archived', deleted: true },
    ]);
    expect(out.map((x) => x.id)).toEqual(['later']);
  });
});

describe('reviewCompleteness', () => {
  const scope = (over: Partial<ReviewScope> = {}): ReviewScope => ({
    areas: [
      { id: 'A2', number: 2, title: 'Attendance' },
      { id: 'A1', number: 1, title: 'Reading' },
      { id: 'A3', number: 3, title: 'Empty' },
    ],
    needs: [
      { id: 'n1', position: 1, description: 'Phonics' },
      { id: 'n2', position: 1, description: 'Writing' },
    ],
    actions: [
      { id: 'x1', areaId: 'A1', needId: 'n1', position: 1 },
      { id: 'x2', areaId: 'A1', needId: 'n1', position: 2 },
      { id: 'y1', areaId: 'A2', needId: 'n2', position: 1 },
    ],
    entries: [
      { actionId: 'x1', rating: 'green', note: '', deleted: false },
      { actionId: 'x2', rating: 'amber', note: 'Late start', deleted: false },
      { actionId: 'y1', rating: 'complete', note: '', deleted: false },
    ],
    judgements: [
      { areaId: 'A1', judgement: 'some', reason: 'Training done, impact not yet seen', deleted: false },
      { areaId: 'A2', judgement: 'good', reason: 'Met', deleted: false },
    ],
    ...over,
  });
  it('is empty when every action is rated and every area with actions is judged with a reason (an empty area needs nothing)', () => {
    expect(reviewCompleteness(scope())).toEqual([]);
  });
  it('names each unrated action by its code, area by area in number order', () => {
    const missing = reviewCompleteness(scope({ entries: [] }));
    expect(missing.map((m) => m.text)).toEqual([
      'Area 1, action 1a(i): not rated yet',
      'Area 1, action 1a(ii): not rated yet',
      'Area 2, action 2a(i): not rated yet',
    ]);
    expect(missing.every((m) => m.kind === 'rating' && m.actionId)).toBe(true);
  });
  it('asks for a note on red or amber without one (blank counts as none), not on green or complete', () => {
    const entries = [
      { actionId: 'x1', rating: 'red' as const, note: '   ', deleted: false },
      { actionId: 'x2', rating: 'amber' as const, note: '', deleted: false },
      { actionId: 'y1', rating: 'green' as const, note: '', deleted: false },
    ];
    expect(reviewCompleteness(scope({ entries })).map((m) => [m.kind, m.actionId])).toEqual([
      ['note', 'x1'],
      ['note', 'x2'],
    ]);
  });
  it('wants a judgement for every area with actions, and a reason that is not blank', () => {
    const judgements = [
      { areaId: 'A1', judgement: 'some' as const, reason: ' ', deleted: false },
      { areaId: 'A2', judgement: 'good' as const, reason: 'x', deleted: true },
    ];
    expect(reviewCompleteness(scope({ judgements })).map((m) => m.text)).toEqual([
      'Area 1: give a reason for the judgement',
      'Area 2: no judgement of progress yet',
    ]);
  });
  it('does not count a deleted entry as a rating', () => {
    const entries = scope().entries.map((e) => (e.actionId === 'y1' ? { ...e, deleted: true } : e));
    expect(reviewCompleteness(scope({ entries })).map((m) => m.actionId)).toEqual(['y1']);
  });
});

describe('judgementInputs', () => {
  const heldOn = '2026-12-09';
  it('counts each rating and the unrated, and rolls them up', () => {
    const out = judgementInputs(['green', 'amber', null, 'amber'], [], heldOn);
    expect(out.counts).toEqual({ red: 0, amber: 2, green: 1, complete: 0, unrated: 1 });
    expect(out.rollUp).toBe('amber');
    expect(out.suggestion).toBeNull();
  });
  it('suggests nothing until every action is rated, or when the area has none', () => {
    expect(judgementInputs([null, null], [], heldOn).because).toBe('No action in the area is rated yet.');
    expect(judgementInputs([], [], heldOn).suggestion).toBeNull();
  });
  it('suggests insufficient for any red', () => {
    expect(judgementInputs(['red', 'green'], [], heldOn).suggestion).toBe('insufficient');
  });
  it('suggests insufficient when a milestone is overdue on the day of the meeting, but not one due that very day', () => {
    expect(judgementInputs(['green'], [{ date: '2026-12-08' }], heldOn)).toMatchObject({
      suggestion: 'insufficient',
      overdueMilestones: 1,
    });
    expect(judgementInputs(['green'], [{ date: heldOn }], heldOn)).toMatchObject({ suggestion: 'good', overdueMilestones: 0 });
  });
  it('counts a milestone met on or before the meeting as met, and one met only afterwards as overdue then', () => {
    expect(judgementInputs(['green'], [{ date: '2026-12-01', metOn: heldOn }], heldOn)).toMatchObject({
      metMilestones: 1,
      overdueMilestones: 0,
    });
    expect(judgementInputs(['green'], [{ date: '2026-12-01', metOn: '2026-12-10' }], heldOn)).toMatchObject({
      metMilestones: 0,
      overdueMilestones: 1,
    });
  });
  it('suggests some for amber without red, good when all green or complete', () => {
    expect(judgementInputs(['amber', 'complete'], [], heldOn).suggestion).toBe('some');
    expect(judgementInputs(['green', 'complete'], [{ date: '2027-01-01' }], heldOn).suggestion).toBe('good');
    expect(judgementInputs(['complete'], [], heldOn, 'some').previous).toBe('some');
  });
});

describe('ratingTrend', () => {
  const reviews = [
    { id: 'r2', schoolYear: 2026, halfTerm: 'Autumn 2' as const, status: 'draft' as const, deleted: false },
    { id: 'r1', schoolYear: 2026, halfTerm: 'Autumn 1' as const, status: 'final' as const, deleted: false },
    { id: 'r0', schoolYear: 2025, halfTerm: 'Summer 2' as const, status: 'final' as const, deleted: true },
  ];
  const actions = [
    { id: 'a', areaId: 'A' },
    { id: 'b', areaId: 'A' },
    { id: 'c', areaId: 'B' },
  ];
  const e = (reviewId: string, actionId: string, rating: 'red' | 'amber' | 'green' | 'complete', deleted = false) => ({
    reviewId,
    actionId,
    rating,
    deleted,
  });
  const trend = ratingTrend(
    reviews,
    [
      e('r1', 'a', 'green'),
      e('r2', 'a', 'red'),
      e('r2', 'b', 'green'),
      e('r1', 'c', 'amber', true),
      e('r0', 'c', 'red'),
      e('r1', 'zz', 'red'),
    ],
    actions,
  );
  it('puts live reviews oldest first, marking drafts', () => {
    expect(trend.columns).toEqual([
      { reviewId: 'r1', label: 'Autumn 1 2026/27', final: true },
      { reviewId: 'r2', label: 'Autumn 2 2026/27', final: false },
    ]);
  });
  it('gives each action its rating per review, null where not rated (deleted entries and reviews ignored)', () => {
    expect(trend.actions.get('a')).toEqual(['green', 'red']);
    expect(trend.actions.get('b')).toEqual([null, 'green']);
    expect(trend.actions.get('c')).toEqual([null, null]);
    expect(trend.actions.has('zz')).toBe(false);
  });
  it('rolls each area up per review', () => {
    expect(trend.areas.get('A')).toEqual(['green', 'red']);
    expect(trend.areas.get('B')).toEqual([null, null]);
  });
});

describe('targetStatus', () => {
  it('is met at or above the target when higher is better', () => {
    expect(targetStatus({ schoolThisYear: 70, targetThisYear: 70, higherIsBetter: true })).toBe('met');
    expect(targetStatus({ schoolThisYear: 69.9, targetThisYear: 70, higherIsBetter: true })).toBe('missed');
  });
  it('is met at or below the target when lower is better (persistent absence)', () => {
    expect(targetStatus({ schoolThisYear: 15, targetThisYear: 15, higherIsBetter: false })).toBe('met');
    expect(targetStatus({ schoolThisYear: 15.1, targetThisYear: 15, higherIsBetter: false })).toBe('missed');
  });
  it('has no answer without both figures', () => {
    expect(targetStatus({ schoolThisYear: null, targetThisYear: 15, higherIsBetter: true })).toBe('no-data');
    expect(targetStatus({ schoolThisYear: 10, targetThisYear: null, higherIsBetter: true })).toBe('no-data');
  });
});

describe('next steps', () => {
  const today = '2026-12-09';
  it('accepts a step due today', () => {
    expect(nextStepProblems({ text: 'Share tracker', owner: 'Mrs Patel', date: today }, today)).toEqual([]);
  });
  it('refuses a date before today, and says which fields are missing', () => {
    expect(nextStepProblems({ text: 'x', owner: 'y', date: '2026-12-08' }, today)).toEqual([
      { field: 'date', message: 'The date must be today (09/12/2026) or later' },
    ]);
    expect(nextStepProblems({ text: ' ', owner: '', date: '' }, today).map((p) => p.field)).toEqual(['text', 'owner', 'date']);
  });
  it('keeps the words with the owner and date', () => {
    expect(nextStepLine({ text: ' Share tracker ', owner: 'Mrs Patel ', date: '2027-01-15' })).toBe(
      'Share tracker (Mrs Patel, by 15/01/2027)',
    );
  });
  it('goes after every action already in the row', () => {
    const actions = [
      { needId: 'n', position: 1 },
      { needId: 'n', position: 4 },
      { needId: 'm', position: 9 },
    ];
    expect(nextPosition(actions, 'n')).toBe(5);
    expect(nextPosition(actions, 'empty')).toBe(1);
  });
});
