// What the entered attendance figures say where the plan and its reviews look: the school's actuals
// in the attendance rows of the performance-and-targets table, and the figures and answers in front
// of the committee when it reviews an attendance action. No zod, and nothing Today reads.
import type { AttendanceFigure, ChallengeRecord } from './attendance';
import { halfTermIndex, halfTermLabel, schoolYearOf, type HalfTermRef } from './halfTerms';
import type { PerformanceRow } from './plan';
import type { IsoDate } from './record';
import { compareIso } from './dates';

type Figure = Pick<
  AttendanceFigure,
  'schoolYear' | 'halfTerm' | 'group' | 'deleted' | 'attendance' | 'persistentAbsence' | 'nationalAttendance' | 'nationalPersistentAbsence'
>;
type Measure = 'attendance' | 'persistentAbsence';

/** Which figure a performance row is about: persistent absence, attendance, or neither (another measure). */
export function attendanceMeasureOf(row: Pick<PerformanceRow, 'group' | 'measure'>): Measure | null {
  if (/persistent/i.test(row.measure)) return 'persistentAbsence';
  if (row.group === 'Attendance' && /attendance/i.test(row.measure)) return 'attendance';
  return null;
}

export interface Actual {
  value: number;
  /** "Autumn 1 to Spring 1 2026/27 (3 half terms)". */
  from: string;
}
export type ActualField = 'schoolLastYear' | 'nationalLastYear' | 'schoolThisYear' | 'nationalThisYear';

const mean = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10;

function yearToDate(figures: Figure[], schoolYear: number, pick: (f: Figure) => number | undefined): Actual | null {
  const rows = figures
    .filter((f) => !f.deleted && f.group === 'all' && f.schoolYear === schoolYear && pick(f) !== undefined)
    .sort((a, b) => halfTermIndex(a) - halfTermIndex(b));
  if (rows.length === 0) return null;
  const first = rows[0]!;
  const last = rows[rows.length - 1]!;
  const span = rows.length === 1 ? halfTermLabel(first) : `${first.halfTerm} to ${halfTermLabel(last)}`;
  return { value: mean(rows.map((f) => pick(f)!)), from: `${span} (${rows.length} half term${rows.length === 1 ? '' : 's'})` };
}

/**
 * The actuals of an attendance row from the all-pupils figures entered: this school year's and last
 * year's, each the average of the half terms entered so far, with national where it was entered.
 * Empty for a row that is not about attendance or persistent absence.
 */
export function performanceActuals(
  row: Pick<PerformanceRow, 'group' | 'measure'>,
  figures: Figure[],
  today: IsoDate,
): Partial<Record<ActualField, Actual>> {
  const measure = attendanceMeasureOf(row);
  if (!measure) return {};
  const national = measure === 'attendance' ? 'nationalAttendance' : 'nationalPersistentAbsence';
  const year = schoolYearOf(today);
  const out: Partial<Record<ActualField, Actual>> = {};
  const put = (field: ActualField, actual: Actual | null) => {
    if (actual) out[field] = actual;
  };
  put(
    'schoolThisYear',
    yearToDate(figures, year, (f) => f[measure]),
  );
  put(
    'nationalThisYear',
    yearToDate(figures, year, (f) => f[national]),
  );
  put(
    'schoolLastYear',
    yearToDate(figures, year - 1, (f) => f[measure]),
  );
  put(
    'nationalLastYear',
    yearToDate(figures, year - 1, (f) => f[national]),
  );
  return out;
}

export interface AttendanceAtReview<F extends Figure> {
  /** The latest half term with figures, and its rows. */
  latest: { term: HalfTermRef; rows: F[] } | null;
  /** Attendance questions put to the school since the last review, oldest first. */
  answers: ChallengeRecord[];
}

/**
 * What the committee sees when it reviews an attendance action: the latest figures, and the
 * attendance questions asked since the last review (held on `since`) with the answers recorded.
 * Questions asked at a meeting about this very action are left out: the review shows those already.
 */
export function attendanceAtReview<F extends Figure>(
  figures: F[],
  challenges: ChallengeRecord[],
  actionId: string,
  since: IsoDate | undefined,
): AttendanceAtReview<F> {
  const live = figures.filter((f) => !f.deleted);
  const newest = live.reduce<F | null>((best, f) => (!best || halfTermIndex(f) > halfTermIndex(best) ? f : best), null);
  const latest = newest
    ? {
        term: { schoolYear: newest.schoolYear, halfTerm: newest.halfTerm },
        rows: live.filter((f) => halfTermIndex(f) === halfTermIndex(newest)),
      }
    : null;
  const answers = challenges
    .filter((c) => !c.deleted && c.topic === 'attendance' && (!since || c.askedAt.slice(0, 10) > since))
    .filter((c) => !(c.meetingId && c.relatedId === actionId))
    .sort((a, b) => compareIso(a.askedAt, b.askedAt));
  return { latest, answers };
}
