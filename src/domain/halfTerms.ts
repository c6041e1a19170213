// Half terms and school years: which half term a date falls in, and how to name it. No zod here,
// so the first screen can use these without loading the record schemas (calendar.ts has those).
import type { TermDates } from './calendar';
import type { IsoDate } from './record';

/** The six half terms of an English school year, in order. */
export const halfTerms = ['Autumn 1', 'Autumn 2', 'Spring 1', 'Spring 2', 'Summer 1', 'Summer 2'] as const;
export type HalfTerm = (typeof halfTerms)[number];

/** A school year is named by the calendar year it starts in: 2026 is 2026/27. */
export const schoolYearLabel = (startYear: number) => `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;

/**
 * The first day of each half term, as month-day, for England when a board has not entered its own
 * dates. Holidays count with the half term before them, so every date falls in exactly one half term.
 */
export const englandDefaultStarts: Record<HalfTerm, string> = {
  'Autumn 1': '09-01',
  'Autumn 2': '11-01',
  'Spring 1': '01-01',
  'Spring 2': '02-23',
  'Summer 1': '04-13',
  'Summer 2': '06-01',
};

export interface HalfTermRef {
  schoolYear: number;
  halfTerm: HalfTerm;
}

/** The school year (by its starting calendar year) a date falls in: by the board's own term dates where given, else England's default. */
export function schoolYearOf(date: IsoDate, table?: TermDates[]): number {
  const own = table?.find((t) => date >= t.starts['Autumn 1'] && date < nextYearStart(t, table));
  if (own) return own.schoolYear;
  const year = Number(date.slice(0, 4));
  const byDefault = date.slice(5) >= englandDefaultStarts['Autumn 1'] ? year : year - 1;
  // The board's own year may start later than the default (e.g. 3 September): the days before it
  // still belong to the summer of the year before.
  const ownStart = table?.find((t) => t.schoolYear === byDefault)?.starts['Autumn 1'];
  return ownStart && date < ownStart ? byDefault - 1 : byDefault;
}

function nextYearStart(t: TermDates, table: TermDates[]): IsoDate {
  const next = table.find((n) => n.schoolYear === t.schoolYear + 1);
  return next?.starts['Autumn 1'] ?? `${t.schoolYear + 1}-${englandDefaultStarts['Autumn 1']}`;
}

/** The first day of each half term of a school year: the board's own dates if given, else England's default. */
export function halfTermStarts(schoolYear: number, table?: TermDates[]): Record<HalfTerm, IsoDate> {
  const own = table?.find((t) => t.schoolYear === schoolYear);
  if (own) return { ...own.starts };
  const out = {} as Record<HalfTerm, IsoDate>;
  for (const h of halfTerms) {
    const year = h.startsWith('Autumn') ? schoolYear : schoolYear + 1;
    out[h] = `${year}-${englandDefaultStarts[h]}`;
  }
  return out;
}

/** Which half term a date is in. */
export function halfTermOf(date: IsoDate, table?: TermDates[]): HalfTermRef {
  const schoolYear = schoolYearOf(date, table);
  const starts = halfTermStarts(schoolYear, table);
  let current: HalfTerm = 'Autumn 1';
  for (const h of halfTerms) if (date >= starts[h]) current = h;
  return { schoolYear, halfTerm: current };
}

/** The half term after (or, with a negative step, before) the given one. */
export function stepHalfTerm(ref: HalfTermRef, step: number): HalfTermRef {
  const index = ref.schoolYear * 6 + halfTerms.indexOf(ref.halfTerm) + step;
  return { schoolYear: Math.floor(index / 6), halfTerm: halfTerms[((index % 6) + 6) % 6]! };
}

/** A sortable number for a half term, for trends. */
export const halfTermIndex = (ref: HalfTermRef) => ref.schoolYear * 6 + halfTerms.indexOf(ref.halfTerm);

export const halfTermLabel = (ref: HalfTermRef) => `${ref.halfTerm} ${schoolYearLabel(ref.schoolYear)}`;
