import { describe, expect, it } from 'vitest';
import { latestRatings, milestoneState, milestonesNeedingAttention, redTwoReviewsRunning, rollUpRating } from '../../../src/domain/rules';
import type { HalfTerm } from '../../../src/domain/calendar';
import type { Rating } from '../../../src/domain/review';

const today = '2026-11-23';

describe('milestoneState', () => {
  it('is met whenever it has a metOn date, even if its date has passed', () => {
    expect(milestoneState({ date: '2026-10-01', metOn: '2026-10-03' }, today)).toBe('met');
    expect(milestoneState({ date: '2027-03-01', metOn: '2026-11-20' }, today)).toBe('met');
  });
  it('is overdue from the day after its date', () => {
    expect(milestoneState({ date: '2026-11-22' }, today)).toBe('overdue');
  });
  it('is due soon on its own date', () => {
    expect(milestoneState({ date: today }, today)).toBe('due-soon');
  });
  it('is due soon exactly 14 days ahead, and upcoming at 15', () => {
    expect(milestoneState({ date: '2026-12-07' }, today)).toBe('due-soon');
    expect(milestoneState({ date: '2026-12-08' }, today)).toBe('upcoming');
  });
  it('counts calendar days across a year end and a clock change', () => {
    expect(milestoneState({ date: '2027-01-05' }, '2026-12-22')).toBe('due-soon');
    expect(milestoneState({ date: '2026-11-05' }, '2026-10-22')).toBe('due-soon');
    expect(milestoneState({ date: '2026-11-06' }, '2026-10-22')).toBe('upcoming');
  });
});

describe('milestonesNeedingAttention', () => {
  it('lists overdue oldest first, then due soon soonest first, and leaves out met and upcoming', () => {
    const ms = [
      { name: 'soon-late', date: '2026-12-05' },
      { name: 'overdue-recent', date: '2026-11-20' },
      { name: 'met', date: '2026-11-01', metOn: '2026-11-01' },
      { name: 'upcoming', date: '2027-01-30' },
      { name: 'today', date: today },
      { name: 'overdue-old', date: '2026-09-30' },
    ];
    const out = milestonesNeedingAttention(ms, today);
    expect(out.map((x) => [x.milestone.name, x.state])).toEqual([
      ['overdue-old', 'overdue'],
      ['overdue-recent', 'overdue'],
      ['today', 'due-soon'],
      ['soon-late', 'due-soon'],
    ]);
  });
  it('is empty when nothing needs attention', () => {
    expect(milestonesNeedingAttention([], today)).toEqual([]);
    expect(milestonesNeedingAttention([{ date: '2027-06-01' }], today)).toEqual([]);
  });
});

describe('rollUpRating', () => {
  it('is null with no rated actions', () => {
    expect(rollUpRating([])).toBeNull();
    expect(rollUpRating([null, undefined])).toBeNull();
  });
  it('is red if any action is red', () => {
    expect(rollUpRating(['green', 'complete', 'amber', 'red'])).toBe('red');
  });
  it('is amber if any is amber and none red', () => {
    expect(rollUpRating(['green', 'amber', 'complete'])).toBe('amber');
  });
  it('is complete only when every rated action is complete', () => {
    expect(rollUpRating(['complete', 'complete', null])).toBe('complete');
  });
  it('is green otherwise', () => {
    expect(rollUpRating(['green', 'complete'])).toBe('green');
    expect(rollUpRating(['green'])).toBe('green');
  });
});

type R = { id: string; schoolYear: number; halfTerm: HalfTerm; deleted: boolean };
type E = { reviewId: string; actionId: string; rating: Rating; deleted: boolean };
const review = (id: string, schoolYear: number, halfTerm: HalfTerm, deleted = false): R => ({ id, schoolYear, halfTerm, deleted });
const entry = (reviewId: string, actionId: string, rating: Rating, deleted = false): E => ({ reviewId, actionId, rating, deleted });

describe('latestRatings', () => {
  it('takes each action’s rating from the latest review that rated it, whatever the input order', () => {
    const reviews = [review('r3', 2026, 'Autumn 1'), review('r1', 2025, 'Summer 1'), review('r2', 2025, 'Summer 2')];
    const entries = [
      entry('r3', 'a', 'green'),
      entry('r1', 'a', 'red'),
      entry('r2', 'a', 'amber'),
      entry('r1', 'b', 'amber'),
      entry('r2', 'b', 'complete'),
    ];
    const out = latestRatings(reviews, entries);
    expect(out.get('a')).toBe('green');
    expect(out.get('b')).toBe('complete');
  });
  it('ignores deleted reviews, deleted entries and entries of unknown reviews', () => {
    const reviews = [review('r1', 2026, 'Autumn 1'), review('r2', 2026, 'Autumn 2', true)];
    const entries = [entry('r1', 'a', 'amber'), entry('r2', 'a', 'green'), entry('r1', 'b', 'red', true), entry('nope', 'c', 'red')];
    const out = latestRatings(reviews, entries);
    expect([...out]).toEqual([['a', 'amber']]);
  });
});

describe('redTwoReviewsRunning', () => {
  const two = [review('r1', 2026, 'Autumn 1'), review('r2', 2026, 'Autumn 2')];
  it('finds an action red at both of the last two reviews', () => {
    expect([
      ...redTwoReviewsRunning(two, [entry('r1', 'a', 'red'), entry('r2', 'a', 'red'), entry('r1', 'b', 'amber'), entry('r2', 'b', 'red')]),
    ]).toEqual(['a']);
  });
  it('does not count red, green, red', () => {
    const three = [...two, review('r3', 2026, 'Spring 1')];
    expect(redTwoReviewsRunning(three, [entry('r1', 'a', 'red'), entry('r2', 'a', 'green'), entry('r3', 'a', 'red')]).size).toBe(0);
  });
  it('needs the action rated at both reviews', () => {
    expect(redTwoReviewsRunning(two, [entry('r2', 'a', 'red')]).size).toBe(0);
  });
  it('is empty with only one review', () => {
    expect(redTwoReviewsRunning([review('r1', 2026, 'Autumn 1')], [entry('r1', 'a', 'red')]).size).toBe(0);
  });
  it('skips a deleted review, comparing the two live ones', () => {
    const reviews = [...two, review('r3', 2026, 'Spring 1', true)];
    const entries = [entry('r1', 'a', 'red'), entry('r2', 'a', 'red'), entry('r3', 'a', 'green')];
    expect([...redTwoReviewsRunning(reviews, entries)]).toEqual(['a']);
  });
  it('ignores deleted entries', () => {
    expect(redTwoReviewsRunning(two, [entry('r1', 'a', 'red'), entry('r2', 'a', 'red', true)]).size).toBe(0);
  });
  it('orders reviews by half term, not by input order, across school years', () => {
    const reviews = [review('late', 2026, 'Autumn 1'), review('early', 2025, 'Summer 2'), review('old', 2025, 'Summer 1')];
    const entries = [entry('old', 'a', 'green'), entry('early', 'a', 'red'), entry('late', 'a', 'red')];
    expect([...redTwoReviewsRunning(reviews, entries)]).toEqual(['a']);
  });
});
