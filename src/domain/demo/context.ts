import { getISODay, parseISO } from 'date-fns';
import { DateSchema, type IsoDate, type Visibility } from '../record';
import { shiftDate } from '../dates';

/** What every part of the demo board is built from. */
export interface DemoContext {
  today: IsoDate;
  makeId: () => string;
  /** The demo school's id, shared by every record. */
  schoolId: string;
  /** createdAt and updatedAt of every record: a fixed instant on `today`. */
  stamp: string;
  /** A date this many days from today (negative: in the past). */
  day: (offset: number) => IsoDate;
}

export function demoContext(today: IsoDate, makeId: () => string): DemoContext {
  if (!DateSchema.safeParse(today).success) throw new Error(`The demo board needs today as yyyy-mm-dd, not "${today}"`);
  return { today, makeId, schoolId: makeId(), stamp: instant(today, '06:00'), day: (offset) => shiftDate(today, offset) };
}

/** An ISO instant on a date, at hh:mm UTC. */
export const instant = (date: IsoDate, time = '09:00') => `${date}T${time}:00.000Z`;

/** The fields every stored record carries, with a new id. */
export const base = (ctx: DemoContext, visibility: Visibility = 'board') => ({
  id: ctx.makeId(),
  schoolId: ctx.schoolId,
  createdAt: ctx.stamp,
  updatedAt: ctx.stamp,
  deleted: false,
  visibility,
});

/** The first Wednesday on or after a date (committee meetings fall midweek). */
export function wednesdayFrom(date: IsoDate): IsoDate {
  const isoDay = getISODay(parseISO(date));
  return shiftDate(date, (3 - isoDay + 7) % 7);
}

/** The earlier of two dates. */
export const earlierOf = (a: IsoDate, b: IsoDate) => (a <= b ? a : b);
