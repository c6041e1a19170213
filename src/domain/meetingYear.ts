// The year's meetings, suggested from the school's term dates: the committee once every half term,
// the School of Concern meeting once a term.
import type { TermDates } from './calendar';
import type { Meeting, MeetingKind } from './meeting';
import type { IsoDate } from './record';
import { halfTermOf, halfTerms, halfTermStarts, type HalfTerm } from './halfTerms';
import { shiftDate, compareIso } from './dates';
import { getISODay, parseISO } from 'date-fns';

/** The first Wednesday on or after a date. */
function wednesdayOnOrAfter(date: IsoDate): IsoDate {
  return shiftDate(date, (3 - getISODay(parseISO(date)) + 7) % 7);
}

export interface SuggestedMeeting {
  kind: MeetingKind;
  date: IsoDate;
  halfTerm: HalfTerm;
}

/** The half terms a School of Concern meeting falls in: the second half of each term. */
const socHalfTerms: readonly HalfTerm[] = ['Autumn 2', 'Spring 2', 'Summer 2'];

/**
 * One committee meeting per half term (the Wednesday of its fourth week) and one School of Concern
 * meeting per term (the Wednesday of the second half term's second week), for a school year, leaving
 * out any half term that already has a meeting of that kind and any date before `from`.
 */
export function suggestedMeetings(
  schoolYear: number,
  termDates: TermDates[],
  existing: Pick<Meeting, 'kind' | 'date' | 'deleted'>[],
  from: IsoDate,
): SuggestedMeeting[] {
  const starts = halfTermStarts(schoolYear, termDates);
  const has = (kind: MeetingKind, h: HalfTerm) =>
    existing.some((m) => {
      if (m.deleted || m.kind !== kind) return false;
      const at = halfTermOf(m.date, termDates);
      return at.schoolYear === schoolYear && at.halfTerm === h;
    });
  const out: SuggestedMeeting[] = [];
  for (const h of halfTerms) {
    const committee = wednesdayOnOrAfter(shiftDate(starts[h], 21));
    if (!has('School Improvement Committee', h) && committee >= from)
      out.push({ kind: 'School Improvement Committee', date: committee, halfTerm: h });
    if (socHalfTerms.includes(h)) {
      const soc = wednesdayOnOrAfter(shiftDate(starts[h], 7));
      if (!has('School of Concern meeting', h) && soc >= from) out.push({ kind: 'School of Concern meeting', date: soc, halfTerm: h });
    }
  }
  return out.sort((a, b) => compareIso(a.date, b.date));
}
