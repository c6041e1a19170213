import { gapSummary, groupGaps, trendOf, trendSummary, type AttendanceFigure, type HalfTermRef, type TrendMeasure } from '../../domain';
import { GapChart } from './GapChart';
import { LineChart, type Line } from './LineChart';

const lineOf = (figures: AttendanceFigure[], measure: TrendMeasure, name: string) => {
  const points = trendOf(figures, measure);
  const lines: Line[] = [
    { name, values: points.map((p) => p.value), style: 'school' },
    { name: 'National', values: points.map((p) => p.national), style: 'national' },
    { name: 'Target', values: points.map((p) => p.target), style: 'target' },
  ];
  return { labels: points.map((p) => p.label), lines, summary: trendSummary(points, measure) };
};

/** Trend against national and target, persistent and severe absence, and each group's gap to all pupils. */
export function Charts({ figures, latest }: { figures: AttendanceFigure[]; latest: HalfTermRef }) {
  const att = lineOf(figures, 'attendance', 'School');
  const pa = lineOf(figures, 'persistentAbsence', 'School');
  const severe = lineOf(figures, 'severeAbsence', 'School');
  const gaps = groupGaps(figures, latest);
  return (
    <div className="charts">
      <LineChart title="Attendance by half term" {...att} />
      <LineChart title="Persistent absence (missing 10% or more)" {...pa} />
      <LineChart title="Severe absence (missing 50% or more)" {...severe} />
      <GapChart title="Each group’s gap to all pupils, latest half term" summary={gapSummary(gaps)} gaps={gaps} />
    </div>
  );
}
