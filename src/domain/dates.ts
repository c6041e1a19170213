import { addDays, differenceInCalendarDays, isValid, lightFormat, parseISO } from 'date-fns';
import type { IsoDate } from './record';

/**
 * Orders ISO dates, timestamps, "HH:MM" times and ids by their text, which for ISO text is time order.
 * Not `localeCompare`: ordering these needs no language, and the first `localeCompare` in a page loads
 * the collation tables (12 ms on a desktop, four times that on a phone) before the first screen can show.
 */
export const compareIso = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Today's date as yyyy-mm-dd in the device's time zone. */
export const todayIso = (now: Date = new Date()): IsoDate => lightFormat(now, 'yyyy-MM-dd');

/** The 24-hour "14:05" of an instant, in the device's time zone (not toLocaleTimeString, which loads the browser's date-formatting tables). */
export const ukTime = (at: Date): string => lightFormat(at, 'HH:mm');

/** yyyy-mm-dd → dd/mm/yyyy, the way people in England write dates. */
export function ukDate(iso: IsoDate | undefined): string {
  if (!iso) return '';
  const d = parseISO(iso);
  return isValid(d) ? lightFormat(d, 'dd/MM/yyyy') : iso;
}

const dayNames = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** yyyy-mm-dd → "Mon 23 Nov 2026". (Names spelled here: date-fns's `format` would bring its whole locale to the first screen.) */
export function ukDateLong(iso: IsoDate): string {
  const d = parseISO(iso);
  return isValid(d) ? `${dayNames[d.getDay()]} ${d.getDate()} ${monthNames[d.getMonth()]} ${lightFormat(d, 'yyyy')}` : iso;
}

/** dd/mm/yyyy (or d/m/yyyy) → yyyy-mm-dd, or null when it is not a real date. */
export function parseUkDate(text: string): IsoDate | null {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  const d = parseISO(iso);
  return isValid(d) && lightFormat(d, 'yyyy-MM-dd') === iso ? iso : null;
}

export const shiftDate = (iso: IsoDate, days: number): IsoDate => lightFormat(addDays(parseISO(iso), days), 'yyyy-MM-dd');
export const daysBetween = (from: IsoDate, to: IsoDate): number => differenceInCalendarDays(parseISO(to), parseISO(from));
