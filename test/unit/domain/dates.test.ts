import { describe, expect, it } from 'vitest';
import { compareIso, daysBetween, parseUkDate, shiftDate, todayIso, ukDate, ukDateLong, ukTime } from '../../../src/domain/dates';

describe('ukDate', () => {
  it('writes yyyy-mm-dd as dd/mm/yyyy', () => {
    expect(ukDate('2026-11-23')).toBe('23/11/2026');
    expect(ukDate('2027-01-05')).toBe('05/01/2027');
  });
  it('gives an empty string for no date, and leaves text that is not a date alone', () => {
    expect(ukDate(undefined)).toBe('');
    expect(ukDate('')).toBe('');
    expect(ukDate('soon')).toBe('soon');
  });
  it('writes a long form for headings', () => {
    expect(ukDateLong('2026-11-23')).toBe('Mon 23 Nov 2026');
  });
});

describe('ukTime', () => {
  it('writes an instant as the 24-hour time in the device time zone', () => {
    expect(ukTime(new Date(2026, 10, 23, 14, 5))).toBe('14:05');
    expect(ukTime(new Date(2026, 10, 23, 9, 0))).toBe('09:00');
    expect(ukTime(new Date(2026, 10, 23, 0, 30))).toBe('00:30');
  });
});

describe('compareIso', () => {
  it('orders ISO dates, timestamps and times oldest first', () => {
    expect(['2027-01-05', '2026-11-23', '2026-09-01'].sort(compareIso)).toEqual(['2026-09-01', '2026-11-23', '2027-01-05']);
    expect(['2026-11-23T14:05:00.000Z', '2026-11-23T09:00:00.000Z'].sort(compareIso)).toEqual([
      '2026-11-23T09:00:00.000Z',
      '2026-11-23T14:05:00.000Z',
    ]);
    expect(['18:30', '09:15'].sort(compareIso)).toEqual(['09:15', '18:30']);
  });
  it('puts no date (empty text) first, and says equal only for equal text', () => {
    expect(compareIso('', '2026-11-23')).toBeLessThan(0);
    expect(compareIso('2026-11-23', '2026-11-23')).toBe(0);
    expect(compareIso('b', 'a')).toBeGreaterThan(0);
  });
});

describe('parseUkDate', () => {
  it('reads dd/mm/yyyy and d/m/yyyy', () => {
    expect(parseUkDate('23/11/2026')).toBe('2026-11-23');
    expect(parseUkDate(' 5/1/2027 ')).toBe('2027-01-05');
    expect(parseUkDate('29/02/2028')).toBe('2028-02-29');
  });
  it('rejects dates that do not exist', () => {
    expect(parseUkDate('31/02/2026')).toBeNull();
    expect(parseUkDate('29/02/2026')).toBeNull();
    expect(parseUkDate('00/01/2026')).toBeNull();
    expect(parseUkDate('12/13/2026')).toBeNull();
  });
  it('rejects other formats, including ISO', () => {
    expect(parseUkDate('2026-01-01')).toBeNull();
    expect(parseUkDate('1 January 2026')).toBeNull();
    expect(parseUkDate('01/01/26')).toBeNull();
    expect(parseUkDate('')).toBeNull();
  });
});

describe('shiftDate and daysBetween', () => {
  it('moves by calendar days across months, years and leap days', () => {
    expect(shiftDate('2026-11-23', 14)).toBe('2026-12-07');
    expect(shiftDate('2026-12-25', 10)).toBe('2027-01-04');
    expect(shiftDate('2028-03-01', -1)).toBe('2028-02-29');
    expect(shiftDate('2026-11-23', 0)).toBe('2026-11-23');
  });
  it('is not thrown by the clocks changing', () => {
    expect(shiftDate('2026-03-28', 2)).toBe('2026-03-30');
    expect(shiftDate('2026-10-24', 2)).toBe('2026-10-26');
  });
  it('counts the days from one date to another', () => {
    expect(daysBetween('2026-11-23', '2026-12-07')).toBe(14);
    expect(daysBetween('2026-12-07', '2026-11-23')).toBe(-14);
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
  });
  it('gives today as yyyy-mm-dd', () => {
    expect(todayIso(new Date(2026, 10, 23, 23, 30))).toBe('2026-11-23');
  });
});
