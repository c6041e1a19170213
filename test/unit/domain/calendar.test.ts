import { describe, expect, it } from 'vitest';
import {
  type TermDates,
  TermDatesSchema,
  halfTermIndex,
  halfTermLabel,
  halfTermOf,
  halfTermStarts,
  schoolYearLabel,
  schoolYearOf,
  stepHalfTerm,
} from '../../../src/domain/calendar';
import { AT, testId } from './helpers';

describe('halfTermOf on the default calendar for England', () => {
  it.each([
    ['2026-08-31', 2025, 'Summer 2'],
    ['2026-09-01', 2026, 'Autumn 1'],
    ['2026-10-31', 2026, 'Autumn 1'],
    ['2026-11-01', 2026, 'Autumn 2'],
    ['2026-12-31', 2026, 'Autumn 2'],
    ['2027-01-01', 2026, 'Spring 1'],
    ['2027-02-22', 2026, 'Spring 1'],
    ['2027-02-23', 2026, 'Spring 2'],
    ['2027-04-12', 2026, 'Spring 2'],
    ['2027-04-13', 2026, 'Summer 1'],
    ['2027-05-31', 2026, 'Summer 1'],
    ['2027-06-01', 2026, 'Summer 2'],
    ['2027-08-31', 2026, 'Summer 2'],
  ])('%s is in %i %s', (date, schoolYear, halfTerm) => {
    expect(halfTermOf(date)).toEqual({ schoolYear, halfTerm });
  });
});

const term = (schoolYear: number, starts: Record<string, string>): TermDates =>
  TermDatesSchema.parse({ id: testId(), schoolId: testId(), createdAt: AT, updatedAt: AT, schoolYear, starts });

// A board whose year starts on Thursday 3 September 2026, with its own half-term dates.
const board2026 = term(2026, {
  'Autumn 1': '2026-09-03',
  'Autumn 2': '2026-11-02',
  'Spring 1': '2027-01-05',
  'Spring 2': '2027-02-22',
  'Summer 1': '2027-04-12',
  'Summer 2': '2027-06-07',
});

describe('halfTermOf with a board’s own term dates', () => {
  it('uses the board’s dates instead of the defaults', () => {
    expect(halfTermOf('2026-11-01', [board2026])).toEqual({ schoolYear: 2026, halfTerm: 'Autumn 1' });
    expect(halfTermOf('2026-11-02', [board2026])).toEqual({ schoolYear: 2026, halfTerm: 'Autumn 2' });
    expect(halfTermOf('2027-01-04', [board2026])).toEqual({ schoolYear: 2026, halfTerm: 'Autumn 2' });
    expect(halfTermOf('2027-02-22', [board2026])).toEqual({ schoolYear: 2026, halfTerm: 'Spring 2' });
    expect(halfTermOf('2027-06-06', [board2026])).toEqual({ schoolYear: 2026, halfTerm: 'Summer 1' });
    expect(halfTermOf('2027-06-07', [board2026])).toEqual({ schoolYear: 2026, halfTerm: 'Summer 2' });
  });
  it('counts the days before the board’s first day with the summer before, even when that year is not in the table', () => {
    expect(halfTermOf('2026-09-02', [board2026])).toEqual({ schoolYear: 2025, halfTerm: 'Summer 2' });
    expect(schoolYearOf('2026-09-02', [board2026])).toBe(2025);
  });
  it('hands over to the next year’s own first day when it is known', () => {
    const board2025 = term(2025, {
      'Autumn 1': '2025-09-02',
      'Autumn 2': '2025-11-03',
      'Spring 1': '2026-01-05',
      'Spring 2': '2026-02-23',
      'Summer 1': '2026-04-13',
      'Summer 2': '2026-06-01',
    });
    expect(halfTermOf('2026-09-02', [board2025, board2026])).toEqual({ schoolYear: 2025, halfTerm: 'Summer 2' });
    expect(halfTermOf('2026-09-03', [board2025, board2026])).toEqual({ schoolYear: 2026, halfTerm: 'Autumn 1' });
  });
  it('falls back to the defaults for years the board has not entered', () => {
    expect(halfTermOf('2028-01-10', [board2026])).toEqual({ schoolYear: 2027, halfTerm: 'Spring 1' });
    expect(halfTermStarts(2027, [board2026])['Autumn 1']).toBe('2027-09-01');
  });
  it('rejects term dates out of order', () => {
    const r = TermDatesSchema.safeParse({ ...board2026, starts: { ...board2026.starts, 'Spring 1': '2026-10-01' } });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('Each half term must start after the one before it');
  });
});

describe('stepHalfTerm', () => {
  it('steps forward across a school year', () => {
    expect(stepHalfTerm({ schoolYear: 2026, halfTerm: 'Summer 2' }, 1)).toEqual({ schoolYear: 2027, halfTerm: 'Autumn 1' });
    expect(stepHalfTerm({ schoolYear: 2026, halfTerm: 'Spring 2' }, 7)).toEqual({ schoolYear: 2027, halfTerm: 'Summer 1' });
  });
  it('steps back across a school year', () => {
    expect(stepHalfTerm({ schoolYear: 2026, halfTerm: 'Autumn 1' }, -1)).toEqual({ schoolYear: 2025, halfTerm: 'Summer 2' });
    expect(stepHalfTerm({ schoolYear: 2026, halfTerm: 'Autumn 2' }, -7)).toEqual({ schoolYear: 2025, halfTerm: 'Autumn 1' });
    expect(stepHalfTerm({ schoolYear: 2026, halfTerm: 'Autumn 2' }, -8)).toEqual({ schoolYear: 2024, halfTerm: 'Summer 2' });
  });
  it('steps by zero to the same half term', () => {
    expect(stepHalfTerm({ schoolYear: 2026, halfTerm: 'Spring 1' }, 0)).toEqual({ schoolYear: 2026, halfTerm: 'Spring 1' });
  });
  it('agrees with halfTermIndex', () => {
    const ref = { schoolYear: 2026, halfTerm: 'Summer 1' as const };
    expect(halfTermIndex(stepHalfTerm(ref, -5))).toBe(halfTermIndex(ref) - 5);
  });
});

describe('labels', () => {
  it('names school years by their two calendar years', () => {
    expect(schoolYearLabel(2026)).toBe('2026/27');
    expect(schoolYearLabel(2099)).toBe('2099/00');
    expect(schoolYearLabel(2008)).toBe('2008/09');
  });
  it('names a half term with its school year', () => {
    expect(halfTermLabel({ schoolYear: 2026, halfTerm: 'Spring 2' })).toBe('Spring 2 2026/27');
  });
});
