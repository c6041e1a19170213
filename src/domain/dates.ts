import { addDays, differenceInCalendarDays, format, isValid, parseISO } from 'date-fns';
import type { IsoDate } from './record';

/** Today's date as yyyy-mm-dd in the device's time zone. */
export const todayIso = (now: Date = new Date()): IsoDate => format(now, 'yyyy-MM-dd');

/** yyyy-mm-dd → dd/mm/yyyy, the way people in England write dates. */
export function ukDate(iso: IsoDate | undefined): string {
  if (!iso) return '';
  const d = parseISO(iso);
  return isValid(d) ? format(d, 'dd/MM/yyyy') : iso;
}

/** yyyy-mm-dd → "Mon 23 Nov 2026". */
export function ukDateLong(iso: IsoDate): string {
  const d = parseISO(iso);
  return isValid(d) ? format(d, 'EEE d MMM yyyy') : iso;
}

/** dd/mm/yyyy (or d/m/yyyy) → yyyy-mm-dd, or null when it is not a real date. */
export function parseUkDate(text: string): IsoDate | null {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  const d = parseISO(iso);
  return isValid(d) && format(d, 'yyyy-MM-dd') === iso ? iso : null;
}

export const shiftDate = (iso: IsoDate, days: number): IsoDate => format(addDays(parseISO(iso), days), 'yyyy-MM-dd');
export const daysBetween = (from: IsoDate, to: IsoDate): number => differenceInCalendarDays(parseISO(to), parseISO(from));
