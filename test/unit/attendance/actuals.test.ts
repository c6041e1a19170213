// The entered figures where the plan looks: the actuals of the performance table's attendance rows,
// and the figures and answers in front of the committee at the review of an attendance action.
import { describe, expect, it } from 'vitest';
import { attendanceAtReview, attendanceMeasureOf, performanceActuals, type ChallengeRecord, type HalfTerm } from '../../../src/domain';
import { AT, testId } from '../domain/helpers';

const fig = (schoolYear: number, halfTerm: HalfTerm, attendance: number, more: Record<string, unknown> = {}) => ({
  id: testId(),
  schoolYear,
  halfTerm,
  group: 'all' as const,
  deleted: false,
  attendance,
  persistentAbsence: 100 - attendance + 10,
  ...more,
});
const rate = { group: 'Attendance' as const, measure: 'Attendance rate' };
const pa = { group: 'Attendance' as const, measure: 'Persistent absence (missing 10% or more of sessions)' };

describe('the performance table’s attendance actuals', () => {
  it('knows which rows are attendance and persistent absence, and leaves the others alone', () => {
    expect(attendanceMeasureOf(rate)).toBe('attendance');
    expect(attendanceMeasureOf(pa)).toBe('persistentAbsence');
    expect(attendanceMeasureOf({ group: 'KS2', measure: 'Reading, writing and maths' })).toBeNull();
    expect(performanceActuals({ group: 'KS2', measure: 'Reading' }, [fig(2026, 'Autumn 1', 94)], '2026-12-01')).toEqual({});
  });

  it('this year is the average of the half terms entered so far; last year is the year before; national where entered', () => {
    const figures = [
      fig(2026, 'Autumn 1', 94, { nationalAttendance: 94.5 }),
      fig(2026, 'Autumn 2', 93),
      fig(2025, 'Summer 2', 92),
      fig(2026, 'Spring 1', 1, { deleted: true }),
      { ...fig(2026, 'Spring 1', 50), group: 'boys' as const },
    ];
    const a = performanceActuals(rate, figures, '2027-01-10');
    expect(a.schoolThisYear).toEqual({ value: 93.5, from: 'Autumn 1 to Autumn 2 2026/27 (2 half terms)' });
    expect(a.nationalThisYear).toEqual({ value: 94.5, from: 'Autumn 1 2026/27 (1 half term)' });
    expect(a.schoolLastYear).toEqual({ value: 92, from: 'Summer 2 2025/26 (1 half term)' });
    expect(a.nationalLastYear).toBeUndefined();
    expect(performanceActuals(pa, figures, '2027-01-10').schoolThisYear?.value).toBe(16.5);
  });

  it('on 31 August the year is still the one ending; on 1 September a new year has no actuals yet', () => {
    const figures = [fig(2026, 'Summer 2', 95)];
    expect(performanceActuals(rate, figures, '2027-08-31').schoolThisYear?.value).toBe(95);
    const next = performanceActuals(rate, figures, '2027-09-01');
    expect(next.schoolThisYear).toBeUndefined();
    expect(next.schoolLastYear?.value).toBe(95);
  });
});

const challenge = (askedAt: string, more: Partial<ChallengeRecord> = {}): ChallengeRecord => ({
  id: testId(),
  schoolId: testId(),
  createdAt: AT,
  updatedAt: AT,
  deleted: false,
  visibility: 'board',
  topic: 'attendance',
  question: `Asked ${askedAt}`,
  answer: '',
  followUp: '',
  askedBy: '',
  askedAt,
  ...more,
});

describe('the review of an attendance action', () => {
  it('shows the latest half term’s rows, and the attendance answers given after the last review, oldest first', () => {
    const actionId = testId();
    const figures = [fig(2026, 'Autumn 1', 94), { ...fig(2026, 'Autumn 2', 93), group: 'boys' as const }, fig(2026, 'Autumn 2', 92)];
    const challenges = [
      challenge('2026-11-20T10:00:00.000Z'),
      challenge('2026-11-10T10:00:00.000Z'),
      challenge('2026-11-09T10:00:00.000Z', { answer: 'on the review day itself' }),
      challenge('2026-11-12T10:00:00.000Z', { topic: 'plan' }),
      challenge('2026-11-13T10:00:00.000Z', { deleted: true }),
      challenge('2026-11-14T10:00:00.000Z', { meetingId: testId(), relatedId: actionId }),
      challenge('2026-11-15T10:00:00.000Z', { meetingId: testId(), relatedId: testId() }),
    ];
    const seen = attendanceAtReview(figures, challenges, actionId, '2026-11-09');
    expect(seen.latest?.term).toEqual({ schoolYear: 2026, halfTerm: 'Autumn 2' });
    expect(seen.latest?.rows.map((r) => r.attendance)).toEqual([93, 92]);
    expect(seen.answers.map((c) => c.askedAt.slice(0, 10))).toEqual(['2026-11-10', '2026-11-15', '2026-11-20']);
    expect(attendanceAtReview(figures, challenges, actionId, undefined).answers).toHaveLength(4);
    expect(attendanceAtReview([], [], actionId, undefined)).toEqual({ latest: null, answers: [] });
  });
});
