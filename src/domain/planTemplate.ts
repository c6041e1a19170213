import type { PerformanceRow } from './plan';

/**
 * The rows of the performance-and-targets table in seed 003's action plan template (Appendix 1),
 * to start a board's table from; the board adds its own rows as well.
 */
export const templatePerformanceRows: Pick<PerformanceRow, 'group' | 'measure' | 'higherIsBetter'>[] = [
  { group: 'EYFS', measure: 'Good level of development', higherIsBetter: true },
  { group: 'Phonics', measure: 'Year 1 phonics screening check: expected standard', higherIsBetter: true },
  { group: 'Phonics', measure: 'Year 2 phonics screening check: expected standard', higherIsBetter: true },
  { group: 'KS1', measure: 'Reading, writing and mathematics: expected standard', higherIsBetter: true },
  { group: 'KS2', measure: 'Reading, writing and mathematics: expected standard', higherIsBetter: true },
  { group: 'Attendance', measure: 'Attendance rate', higherIsBetter: true },
  { group: 'Attendance', measure: 'Persistent absence (missing 10% or more of sessions)', higherIsBetter: false },
  { group: 'Quality of teaching', measure: '% of teaching judged good or better', higherIsBetter: true },
];

const keyOf = (r: Pick<PerformanceRow, 'group' | 'measure'>) => `${r.group}|${r.measure.trim().toLowerCase()}`;

/** The template's rows a table does not have yet (same group and measure, ignoring case). */
export function missingTemplateRows(existing: readonly Pick<PerformanceRow, 'group' | 'measure'>[]) {
  const have = new Set(existing.map(keyOf));
  return templatePerformanceRows.filter((r) => !have.has(keyOf(r)));
}
