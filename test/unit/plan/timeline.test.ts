import { describe, expect, it } from 'vitest';
import { dateRange, MAX_TIMELINE_MONTHS, pointIn, spanIn, spansMonth, timelineMonths } from '../../../src/domain';

describe('timelineMonths', () => {
  it('lists each month from the first date to the last, inclusive, across a year end', () => {
    const { months, clipped } = timelineMonths('2026-09-15', '2027-02-01');
    expect(months.map((m) => m.key)).toEqual(['2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02']);
    expect(clipped).toBe(false);
    expect(months[0]).toEqual({
      key: '2026-09',
      first: '2026-09-01',
      last: '2026-09-30',
      days: 30,
      short: 'Sep',
      year: '2026',
      name: 'September 2026',
    });
  });
  it('knows a leap February', () => {
    expect(timelineMonths('2028-02-10', '2028-02-10').months).toEqual([expect.objectContaining({ last: '2028-02-29', days: 29 })]);
    expect(timelineMonths('2027-02-10', '2027-02-10').months[0]!.days).toBe(28);
  });
  it('gives one month when the end is before the start', () => {
    expect(timelineMonths('2026-09-01', '2026-01-01').months.map((m) => m.key)).toEqual(['2026-09']);
  });
  it('stops at five years and says it clipped', () => {
    expect(timelineMonths('2026-01-01', '2030-12-31')).toMatchObject({ clipped: false, months: { length: 60 } });
    const long = timelineMonths('2026-01-01', '2031-01-01');
    expect(long.clipped).toBe(true);
    expect(long.months).toHaveLength(MAX_TIMELINE_MONTHS);
  });
});

describe('dateRange', () => {
  it('finds the earliest and latest date, ignoring blanks', () => {
    expect(dateRange(['2026-10-01', undefined, '2026-09-03', '2027-01-01'])).toEqual({ from: '2026-09-03', to: '2027-01-01' });
    expect(dateRange([undefined])).toBeNull();
  });
});

describe('pointIn and spanIn', () => {
  const { months } = timelineMonths('2026-09-01', '2026-12-31');
  it('places a day in its month: the 1st at 0, the last day just before 1', () => {
    expect(pointIn(months, '2026-09-01')).toEqual({ index: 0, at: 0 });
    expect(pointIn(months, '2026-10-31')).toEqual({ index: 1, at: 30 / 31 });
    expect(pointIn(months, '2026-08-31')).toBeNull();
    expect(pointIn(months, '2027-01-01')).toBeNull();
  });
  it('spans from the start of the first day to the end of the last', () => {
    expect(spanIn(months, '2026-09-01', '2026-09-30')).toEqual({
      first: 0,
      last: 0,
      startAt: 0,
      endAt: 1,
      clippedStart: false,
      clippedEnd: false,
    });
    expect(spanIn(months, '2026-09-16', '2026-11-15')).toEqual({
      first: 0,
      last: 2,
      startAt: 0.5,
      endAt: 0.5,
      clippedStart: false,
      clippedEnd: false,
    });
    const oneDay = spanIn(months, '2026-12-31', '2026-12-31')!;
    expect([oneDay.first, oneDay.last, oneDay.startAt, oneDay.endAt]).toEqual([3, 3, 30 / 31, 1]);
  });
  it('clips an action that runs past either end, and leaves out one wholly outside', () => {
    expect(spanIn(months, '2026-06-01', '2027-03-01')).toEqual({
      first: 0,
      last: 3,
      startAt: 0,
      endAt: 1,
      clippedStart: true,
      clippedEnd: true,
    });
    expect(spanIn(months, '2026-06-01', '2026-08-31')).toBeNull();
    expect(spanIn(months, '2027-01-01', '2027-02-01')).toBeNull();
    expect(spanIn([], '2026-09-01', '2026-09-02')).toBeNull();
  });
  it('says which months a span runs in', () => {
    const span = spanIn(months, '2026-10-20', '2026-11-02');
    expect([0, 1, 2, 3].map((i) => spansMonth(span, i))).toEqual([false, true, true, false]);
    expect(spansMonth(null, 0)).toBe(false);
  });
});
