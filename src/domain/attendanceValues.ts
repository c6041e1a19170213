import type { FieldRule } from './fieldRules';

// Pupil groups, assurance levels, question themes and the attendance duties, with their labels. No
// zod here, so the first screen can use them without loading the record schemas (attendance.ts has
// those and re-exports these).

/** Year groups a school may have, Reception to Year 13. */
export const yearGroups = [
  'Reception',
  'Year 1',
  'Year 2',
  'Year 3',
  'Year 4',
  'Year 5',
  'Year 6',
  'Year 7',
  'Year 8',
  'Year 9',
  'Year 10',
  'Year 11',
  'Year 12',
  'Year 13',
] as const;
export type YearGroup = (typeof yearGroups)[number];

/** Pupil groups the board looks at separately: the characteristics, then each year group. */
export const characteristicGroups = ['all', 'disadvantaged', 'SEND', 'EHCP', 'FSM', 'EAL', 'social worker', 'boys', 'girls'] as const;
export const pupilGroups = [...characteristicGroups, ...yearGroups] as const;
export type PupilGroup = (typeof pupilGroups)[number];
export const pupilGroupLabels: Record<PupilGroup, string> = {
  all: 'All pupils',
  disadvantaged: 'Disadvantaged',
  SEND: 'SEND support',
  EHCP: 'With an EHCP',
  FSM: 'Free school meals',
  EAL: 'English as an additional language',
  'social worker': 'With a social worker or looked after',
  boys: 'Boys',
  girls: 'Girls',
  ...(Object.fromEntries(yearGroups.map((y) => [y, y])) as Record<YearGroup, string>),
};

/** The year groups a school of each phase usually has (the school can set its own). */
export function yearGroupsForPhase(phase: string): YearGroup[] {
  const range = (from: number, to: number) => yearGroups.slice(from, to + 1);
  switch (phase) {
    case 'Primary':
      return range(0, 6);
    case 'Infant':
      return range(0, 2);
    case 'Junior':
      return range(3, 6);
    case 'Middle':
      return range(5, 8);
    case 'Secondary':
      return range(7, 13);
    case 'All-through':
      return [...yearGroups];
    case 'Nursery':
      return [];
    default:
      return range(7, 11);
  }
}

/** The groups whose figures a school enters: the characteristics, then its own year groups. */
export const groupsOfSchool = (years: readonly YearGroup[]): PupilGroup[] => [...characteristicGroups, ...years];

/** Whether the board was assured by the school's answer. */
export const assuranceLevels = ['assured', 'partly', 'not assured'] as const;
export type Assurance = (typeof assuranceLevels)[number];
export const assuranceLabels: Record<Assurance, string> = { assured: 'Assured', partly: 'Partly assured', 'not assured': 'Not assured' };

/** The themes of the question bank. */
export const questionThemes = ['data', 'groups', 'procedures', 'support', 'families', 'governance'] as const;
export type QuestionTheme = (typeof questionThemes)[number];
export const questionThemeLabels: Record<QuestionTheme, string> = {
  data: 'Data and trends',
  groups: 'Groups of pupils',
  procedures: 'Procedures and compliance',
  support: 'Support and strategy',
  families: 'Families, pupils and staff',
  governance: 'Plan and governance',
};

/** The school's duties under "Working together to improve school attendance" (statutory from August 2024). */
export const attendanceDuties = [
  { id: 'champion', text: 'A senior leader is named as attendance champion, with time to lead attendance.' },
  { id: 'policy', text: 'The attendance policy is published on the school’s website and has been reviewed this year.' },
  { id: 'first-day', text: 'The school contacts families on the first day of every unexplained absence.' },
  { id: 'data-sharing', text: 'The school shares its attendance register data with the DfE every day.' },
  { id: 'part-time', text: 'Every part-time timetable is agreed with the family, time-limited and reviewed.' },
] as const;
export type AttendanceDutyId = (typeof attendanceDuties)[number]['id'];
export const attendanceDutyIds = attendanceDuties.map((d) => d.id) as [AttendanceDutyId, ...AttendanceDutyId[]];

/** The attendance figures' field rule (listed in its policy, applied by its schema; here without zod so Today can use it). Every severely absent pupil (50% or more missed) is persistently absent too (10% or more), so severe ≤ persistent. */
export const severeWithinPersistent: FieldRule<{ severeAbsence: number; persistentAbsence: number }> = {
  field: 'severeAbsence',
  problem: (f) =>
    f.severeAbsence > f.persistentAbsence
      ? `Severe absence (${f.severeAbsence}%) cannot be more than persistent absence (${f.persistentAbsence}%): every pupil missing half their sessions has missed a tenth of them too`
      : null,
};
