// What the charts show: each measure by half term against national and target, each group's gap to
// all pupils, and a one-line summary of each, in words a person reads at a glance.
import type { AttendanceFigure, PupilGroup } from './attendance';
import { pupilGroupLabels, pupilGroups } from './attendanceValues';
import { halfTermIndex, halfTermLabel, type HalfTermRef } from './halfTerms';

export type TrendMeasure = 'attendance' | 'persistentAbsence' | 'severeAbsence';
export const trendMeasureLabels: Record<TrendMeasure, string> = {
  attendance: 'Attendance',
  persistentAbsence: 'Persistent absence',
  severeAbsence: 'Severe absence',
};
/** Is a higher figure better? */
const higherIsBetter: Record<TrendMeasure, boolean> = { attendance: true, persistentAbsence: false, severeAbsence: false };

export interface TrendPoint {
  term: HalfTermRef;
  label: string;
  value: number;
  national?: number;
  target?: number;
}

const comparators: Record<TrendMeasure, [keyof AttendanceFigure | null, keyof AttendanceFigure | null]> = {
  attendance: ['nationalAttendance', 'targetAttendance'],
  persistentAbsence: ['nationalPersistentAbsence', 'targetPersistentAbsence'],
  severeAbsence: [null, null],
};

/** One measure of one group by half term, oldest first, with national and target where given. */
export function trendOf(figures: AttendanceFigure[], measure: TrendMeasure, group: PupilGroup = 'all'): TrendPoint[] {
  const [nat, tgt] = comparators[measure];
  return figures
    .filter((f) => !f.deleted && f.group === group)
    .sort((a, b) => halfTermIndex(a) - halfTermIndex(b))
    .map((f) => {
      const national = nat ? (f[nat] as number | undefined) : undefined;
      const target = tgt ? (f[tgt] as number | undefined) : undefined;
      return {
        term: { schoolYear: f.schoolYear, halfTerm: f.halfTerm },
        label: halfTermLabel(f),
        value: f[measure],
        ...(national !== undefined ? { national } : {}),
        ...(target !== undefined ? { target } : {}),
      };
    });
}

const one = (n: number) => (Math.round(n * 10) / 10).toFixed(1);
const ordinal = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth'];

/** "Persistent absence 18.2%, 3.4 points above national, up for the second half term". */
export function trendSummary(points: TrendPoint[], measure: TrendMeasure): string {
  const last = points[points.length - 1];
  if (!last) return `${trendMeasureLabels[measure]}: no figures yet.`;
  const parts = [`${trendMeasureLabels[measure]} ${one(last.value)}%`];
  if (last.national !== undefined) {
    const d = Math.round((last.value - last.national) * 10) / 10;
    parts.push(d === 0 ? 'the same as national' : `${one(Math.abs(d))} points ${d > 0 ? 'above' : 'below'} national`);
  }
  let run = 0;
  let direction = 0;
  for (let i = points.length - 1; i > 0; i--) {
    const step = Math.sign(points[i]!.value - points[i - 1]!.value);
    if (step === 0 || (direction !== 0 && step !== direction)) break;
    direction = step;
    run++;
  }
  if (run > 0) {
    const word = direction > 0 ? 'up' : 'down';
    const better = direction > 0 === higherIsBetter[measure];
    parts.push(
      `${word} for the ${run < ordinal.length ? ordinal[run - 1] : `${run}th`} half term${run === 1 ? '' : ' running'}${better ? '' : ' (worse)'}`,
    );
  } else if (points.length > 1) parts.push('no change on the half term before');
  return parts.join(', ');
}

export interface GroupGap {
  group: PupilGroup;
  label: string;
  attendance: number;
  /** Points below all pupils (negative: above). */
  gap: number;
}

/** Each group's attendance gap to all pupils in one half term, widest first. */
export function groupGaps(figures: AttendanceFigure[], term: HalfTermRef): GroupGap[] {
  const rows = figures.filter((f) => !f.deleted && halfTermIndex(f) === halfTermIndex(term));
  const all = rows.find((f) => f.group === 'all');
  if (!all) return [];
  return rows
    .filter((f) => f.group !== 'all')
    .map((f) => ({
      group: f.group,
      label: pupilGroupLabels[f.group],
      attendance: f.attendance,
      gap: Math.round((all.attendance - f.attendance) * 10) / 10,
    }))
    .sort((a, b) => b.gap - a.gap || pupilGroups.indexOf(a.group) - pupilGroups.indexOf(b.group));
}

/** "Widest gap: Disadvantaged, 5.2 points below all pupils" (or that no group is below). */
export function gapSummary(gaps: GroupGap[]): string {
  const widest = gaps[0];
  if (!widest) return 'No group figures for this half term.';
  if (widest.gap <= 0) return 'Every group attends at least as well as all pupils.';
  const below = gaps.filter((g) => g.gap > 0).length;
  return `Widest gap: ${widest.label}, ${one(widest.gap)} points below all pupils; ${below} of ${gaps.length} groups below`;
}
