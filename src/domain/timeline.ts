import { format, getDaysInMonth, parseISO } from 'date-fns';
import type { IsoDate } from './record';

/**
 * The timeline of actions and milestones (seed 003, Appendix 2): months across, actions down,
 * each action a bar from its start to its finish, milestones as markers, today marked.
 */
export interface TimelineMonth {
  /** yyyy-MM */
  key: string;
  first: IsoDate;
  last: IsoDate;
  days: number;
  /** "Sep" */
  short: string;
  /** "2026" */
  year: string;
  /** "September 2026" */
  name: string;
}

/** No timeline is drawn wider than five years; dates beyond are clipped (and the screen says so). */
export const MAX_TIMELINE_MONTHS = 60;

const monthOf = (iso: IsoDate) => iso.slice(0, 7);

function monthFrom(key: string): TimelineMonth {
  const d = parseISO(`${key}-01`);
  const days = getDaysInMonth(d);
  return {
    key,
    first: `${key}-01`,
    last: `${key}-${String(days).padStart(2, '0')}`,
    days,
    short: format(d, 'MMM'),
    year: format(d, 'yyyy'),
    name: format(d, 'MMMM yyyy'),
  };
}

function nextKey(key: string): string {
  const [y, m] = key.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/** Every month from the month of `from` to the month of `to`, inclusive (at most MAX_TIMELINE_MONTHS). */
export function timelineMonths(from: IsoDate, to: IsoDate): { months: TimelineMonth[]; clipped: boolean } {
  const last = monthOf(to < from ? from : to);
  const months: TimelineMonth[] = [];
  for (let key = monthOf(from); key <= last; key = nextKey(key)) {
    if (months.length === MAX_TIMELINE_MONTHS) return { months, clipped: true };
    months.push(monthFrom(key));
  }
  return { months, clipped: false };
}

/** The earliest and latest of some dates (blank ones ignored), or null when there are none. */
export function dateRange(dates: readonly (IsoDate | undefined)[]): { from: IsoDate; to: IsoDate } | null {
  const real = dates.filter((d): d is IsoDate => !!d).sort();
  return real.length === 0 ? null : { from: real[0]!, to: real[real.length - 1]! };
}

/** Where a day falls: which month column, and how far through that month (0 = its first day begins, 1 = its last day ends). */
export interface TimelinePoint {
  index: number;
  /** Where the day begins, as a fraction of the month. */
  at: number;
}

/** The column of a date, or null when it is outside the months. */
export function pointIn(months: readonly TimelineMonth[], date: IsoDate): TimelinePoint | null {
  const index = months.findIndex((m) => m.key === monthOf(date));
  if (index < 0) return null;
  return { index, at: (Number(date.slice(8, 10)) - 1) / months[index]!.days };
}

/** The months a bar covers, from the start of its first day to the end of its last. */
export interface TimelineSpan {
  first: number;
  last: number;
  /** Fraction of the first month before the bar begins. */
  startAt: number;
  /** Fraction of the last month at which the bar ends. */
  endAt: number;
  /** The bar runs on before the first month or after the last. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

/** The span of an action (start to finish, both days included), or null when it falls wholly outside. */
export function spanIn(months: readonly TimelineMonth[], start: IsoDate, finish: IsoDate): TimelineSpan | null {
  if (months.length === 0) return null;
  const first = months[0]!;
  const last = months[months.length - 1]!;
  if (finish < first.first || start > last.last || finish < start) return null;
  const clippedStart = start < first.first;
  const clippedEnd = finish > last.last;
  const from = pointIn(months, clippedStart ? first.first : start)!;
  const to = pointIn(months, clippedEnd ? last.last : finish)!;
  return { first: from.index, last: to.index, startAt: from.at, endAt: to.at + 1 / months[to.index]!.days, clippedStart, clippedEnd };
}

/** Does the span run during month `index`? */
export const spansMonth = (span: TimelineSpan | null, index: number): boolean => !!span && index >= span.first && index <= span.last;
