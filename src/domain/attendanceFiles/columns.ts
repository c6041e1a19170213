// The columns of an attendance file, each with the headings that name it (so a real export from a
// management-information system or the DfE's attendance tool can be read without retyping).
import type { FigureValues } from '../attendance';
import { pupilGroups, yearGroups, type PupilGroup } from '../attendanceValues';
import { halfTerms, type HalfTerm } from '../halfTerms';

export type ColumnKey = 'schoolYear' | 'halfTerm' | 'group' | Exclude<keyof FigureValues, 'schoolYear' | 'halfTerm' | 'group'>;

export interface ColumnSpec {
  key: ColumnKey;
  /** The heading Steward writes and documents. */
  heading: string;
  /** Other headings read as this column (compared after headingKey). */
  aliases: string[];
  required: boolean;
  kind: 'year' | 'halfTerm' | 'group' | 'count' | 'percent';
}

const col = (key: ColumnKey, heading: string, kind: ColumnSpec['kind'], required: boolean, aliases: string[] = []): ColumnSpec => ({
  key,
  heading,
  kind,
  required,
  aliases,
});

/** In the order Steward writes them. docs/attendance-format.md lists the same. */
export const attendanceColumns: ColumnSpec[] = [
  col('schoolYear', 'School year', 'year', false, ['academic year', 'year of', 'time period', 'time_period', 'school year start']),
  col('halfTerm', 'Half term', 'halfTerm', true, ['halfterm', 'term', 'period', 'half term name', 'time identifier', 'time_identifier']),
  col('group', 'Pupil group', 'group', true, ['group', 'breakdown', 'characteristic', 'pupil characteristic', 'cohort', 'filter']),
  col('pupils', 'Pupils on roll', 'count', false, [
    'pupils',
    'number of pupils',
    'on roll',
    'nor',
    'headcount',
    'enrolments',
    'number on roll',
  ]),
  col('attendance', 'Attendance %', 'percent', true, [
    'attendance',
    'attendance rate',
    'overall attendance',
    'attendance percentage',
    'present',
  ]),
  col('persistentAbsence', 'Persistent absence %', 'percent', true, [
    'persistent absence',
    'persistently absent',
    'pa',
    'persistent absence rate',
    'persistent absentees',
    'pa rate',
  ]),
  col('severeAbsence', 'Severe absence %', 'percent', true, [
    'severe absence',
    'severely absent',
    'sa',
    'severe absence rate',
    'severe absentees',
  ]),
  col('unauthorisedAbsence', 'Unauthorised absence %', 'percent', true, [
    'unauthorised absence',
    'unauthorised',
    'unauthorised absence rate',
    'unauthorized absence',
    'unauth',
  ]),
  col('lateAfterRegisters', 'Late after registers close %', 'percent', false, [
    'late after registers close',
    'late u code',
    'u code',
    'late u',
    'late',
  ]),
  col('nationalAttendance', 'National attendance %', 'percent', false, ['national attendance', 'national', 'england attendance']),
  col('nationalPersistentAbsence', 'National persistent absence %', 'percent', false, [
    'national persistent absence',
    'national pa',
    'england persistent absence',
  ]),
  col('laAttendance', 'Local authority attendance %', 'percent', false, ['la attendance', 'local authority attendance', 'la']),
  col('laPersistentAbsence', 'Local authority persistent absence %', 'percent', false, [
    'la persistent absence',
    'la pa',
    'local authority pa',
  ]),
  col('targetAttendance', 'Target attendance %', 'percent', false, ['target attendance', 'attendance target', 'target']),
  col('targetPersistentAbsence', 'Target persistent absence %', 'percent', false, [
    'target persistent absence',
    'persistent absence target',
    'pa target',
    'target pa',
  ]),
];

/** A heading as compared: lower case, no "%", brackets or punctuation, single spaces. */
export const headingKey = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/%|\bpercent(age)?\b|\(|\)|\[|\]|:|\*/g, ' ')
    .replace(/[_\-/]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const byHeading = new Map<string, ColumnSpec>();
for (const c of attendanceColumns) for (const h of [c.heading, ...c.aliases]) byHeading.set(headingKey(h), c);

/** The column a heading names, or undefined. */
export const columnFor = (heading: string): ColumnSpec | undefined => byHeading.get(headingKey(heading));

/** The names a pupil group goes by in exports, compared after groupKey. */
const groupAliases: Record<string, PupilGroup> = {
  all: 'all',
  'all pupils': 'all',
  'whole school': 'all',
  total: 'all',
  school: 'all',
  disadvantaged: 'disadvantaged',
  'pupil premium': 'disadvantaged',
  pp: 'disadvantaged',
  'sen support': 'SEND',
  'send support': 'SEND',
  send: 'SEND',
  sen: 'SEND',
  k: 'SEND',
  ehcp: 'EHCP',
  'ehc plan': 'EHCP',
  'with an ehcp': 'EHCP',
  e: 'EHCP',
  fsm: 'FSM',
  'free school meals': 'FSM',
  'fsm eligible': 'FSM',
  eal: 'EAL',
  'english as an additional language': 'EAL',
  'social worker': 'social worker',
  'with a social worker': 'social worker',
  'with a social worker or looked after': 'social worker',
  'looked after': 'social worker',
  cla: 'social worker',
  cin: 'social worker',
  'children in need': 'social worker',
  boys: 'boys',
  male: 'boys',
  girls: 'girls',
  female: 'girls',
  reception: 'Reception',
  r: 'Reception',
  yr: 'Reception',
  'year r': 'Reception',
};
yearGroups.forEach((y, i) => {
  if (i === 0) return;
  for (const name of [`year ${i}`, `y${i}`, `yr ${i}`, `yr${i}`, `y ${i}`]) groupAliases[name] = y;
});
for (const g of pupilGroups) groupAliases[g.toLowerCase()] = g;

const groupKey = (text: string) => text.toLowerCase().replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim();

/** The pupil group a cell names, or undefined. */
export const groupFor = (text: string): PupilGroup | undefined => groupAliases[groupKey(text)];

/** "Autumn 1", "Aut 1", "autumn1", "Autumn term 1", "HT1"; with the school year after it or not. */
export function halfTermFor(text: string): { halfTerm: HalfTerm; schoolYear?: number } | undefined {
  const t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  const m = /^(autumn|aut|spring|spr|summer|sum)\s*(?:term\s*)?(?:half\s*)?([12])\b\s*(.*)$/.exec(t) ?? /^ht\s*([1-6])\b\s*(.*)$/.exec(t);
  if (!m) return undefined;
  let halfTerm: HalfTerm;
  let rest: string;
  if (m.length === 3) {
    halfTerm = halfTerms[Number(m[1]) - 1]!;
    rest = m[2]!;
  } else {
    const season = { aut: 0, autumn: 0, spr: 1, spring: 1, sum: 2, summer: 2 }[m[1]!]!;
    halfTerm = halfTerms[season * 2 + Number(m[2]) - 1]!;
    rest = m[3]!;
  }
  if (!rest) return { halfTerm };
  const schoolYear = schoolYearFor(rest);
  return schoolYear === undefined ? undefined : { halfTerm, schoolYear };
}

/** "2025/26", "2025-26", "2025 to 2026", "202526" (the DfE's time period) or "2025": the year it starts. */
export function schoolYearFor(text: string): number | undefined {
  const t = text.trim();
  let m = /^(\d{4})\s*(?:\/|-|–|to)\s*(\d{2}|\d{4})$/.exec(t);
  if (m) {
    const start = Number(m[1]);
    const end = Number(m[2]);
    return (end < 100 ? end === (start + 1) % 100 : end === start + 1) ? start : undefined;
  }
  m = /^(\d{4})(\d{2})$/.exec(t);
  if (m) return Number(m[2]) === (Number(m[1]) + 1) % 100 ? Number(m[1]) : undefined;
  if (/^\d{4}$/.test(t)) return Number(t);
  return undefined;
}
