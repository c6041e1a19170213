// Reading the figures grid: one half term, a row per group, each cell as typed. Says what to fix by
// group and field; the rules across fields are in attendanceRules.ts.
import type { FigureValues, PupilGroup } from './attendance';
import { pupilGroupLabels } from './attendanceValues';
import { halfTermProblems } from './attendanceRules';
import type { HalfTermRef } from './halfTerms';

/** The grid's columns, per group, in tab order. */
export const entryFields = [
  { key: 'pupils', label: 'Pupils on roll', required: false, count: true },
  { key: 'attendance', label: 'Attendance %', required: true },
  { key: 'persistentAbsence', label: 'Persistent absence %', required: true },
  { key: 'severeAbsence', label: 'Severe absence %', required: true },
  { key: 'unauthorisedAbsence', label: 'Unauthorised %', required: true },
  { key: 'lateAfterRegisters', label: 'Late after registers close %', required: false },
] as const;

/** Comparators and targets, given once for the half term (stored on the all-pupils row). */
export const comparatorFields = [
  { key: 'nationalAttendance', label: 'National attendance %' },
  { key: 'nationalPersistentAbsence', label: 'National persistent absence %' },
  { key: 'laAttendance', label: 'Local authority attendance %' },
  { key: 'laPersistentAbsence', label: 'Local authority persistent absence %' },
  { key: 'targetAttendance', label: 'Target attendance %' },
  { key: 'targetPersistentAbsence', label: 'Target persistent absence %' },
] as const;

export type EntryKey = (typeof entryFields)[number]['key'] | (typeof comparatorFields)[number]['key'];
export type EntryRow = Partial<Record<EntryKey, string>>;

export interface EntryProblem {
  group: PupilGroup | 'comparators';
  field: EntryKey;
  message: string;
}

const numberOf = (text: string) => {
  const t = text.trim().replace(/%$/, '').replace(',', '.').trim();
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : null;
};

/**
 * The half term's figures from the grid: a row with nothing typed is left out; a row with anything
 * typed needs the four percentages. Comparators go on the all-pupils row.
 */
export function readEntry(
  term: HalfTermRef,
  rows: Partial<Record<PupilGroup, EntryRow>>,
  comparators: EntryRow,
): { figures: FigureValues[]; problems: EntryProblem[] } {
  const problems: EntryProblem[] = [];
  const figures: FigureValues[] = [];
  const percentOf = (
    group: EntryProblem['group'],
    field: EntryKey,
    label: string,
    text: string | undefined,
    required: boolean,
    count = false,
  ) => {
    const t = (text ?? '').trim();
    if (!t) {
      if (required)
        problems.push({
          group,
          field,
          message: `${label} is needed for ${group === 'comparators' ? 'the half term' : pupilGroupLabels[group]}.`,
        });
      return undefined;
    }
    const n = numberOf(t);
    const who = group === 'comparators' ? label : `${pupilGroupLabels[group]}: ${label}`;
    if (n === null) problems.push({ group, field, message: `${who} “${t}” is not a number.` });
    else if (count && !Number.isInteger(n)) problems.push({ group, field, message: `${who} must be a whole number.` });
    else if (!count && n > 100) problems.push({ group, field, message: `${who} is ${n}%: a percentage is 0 to 100.` });
    else return n;
    return undefined;
  };
  for (const [group, row] of Object.entries(rows) as [PupilGroup, EntryRow][]) {
    if (!entryFields.some((f) => (row[f.key] ?? '').trim())) continue;
    const values: Record<string, unknown> = { schoolYear: term.schoolYear, halfTerm: term.halfTerm, group };
    const before = problems.length;
    for (const f of entryFields) {
      const v = percentOf(group, f.key, f.label, row[f.key], f.required, 'count' in f);
      if (v !== undefined) values[f.key] = v;
    }
    if (problems.length === before) figures.push(values as FigureValues);
  }
  const all = figures.find((f) => f.group === 'all');
  const comps: Record<string, number> = {};
  for (const f of comparatorFields) {
    const v = percentOf('comparators', f.key, f.label, comparators[f.key], false);
    if (v !== undefined) comps[f.key] = v;
  }
  if (Object.keys(comps).length > 0 && !all && !problems.some((p) => p.group === 'all'))
    problems.push({
      group: 'all',
      field: 'attendance',
      message: 'Enter the all-pupils figures too: national and target figures are kept with them.',
    });
  if (all) Object.assign(all, comps);
  for (const { group, problem } of halfTermProblems(figures))
    problems.push({ group, field: (problem.field === 'pupils' ? 'pupils' : 'severeAbsence') as EntryKey, message: problem.message });
  return { figures, problems };
}
