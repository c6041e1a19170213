// What in the figures and the plan raises which attendance questions. Works on the questions' keys
// (attendanceBankKeys.ts), so Today can count them without loading their words.
import type { AttendanceFigure, ChallengeQuestion, PupilGroup } from './attendance';
import { type HalfTermRef, halfTermIndex, halfTermLabel } from './halfTerms';
import type { QuestionKey } from './attendanceBankKeys';

type Trigger = ChallengeQuestion['trigger'];

/** The levels at which the figures raise questions. */
export const attendanceThresholds = {
  /** A group's attendance this many points or more below all pupils'. */
  groupGapPoints: 2,
  /** A group's persistent absence this many points or more above all pupils'. */
  groupPersistentAbsenceGapPoints: 5,
  /** Unauthorised absence above this percentage of sessions. */
  unauthorisedPercent: 1.5,
} as const;

export interface RaisedQuestion<Q extends QuestionKey = ChallengeQuestion> {
  question: Q;
  /** What in the figures raised it, in plain words. */
  because: string;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const pct = (n: number) => `${n.toFixed(1)}%`;
const points = (n: number) => `${round1(Math.abs(n)).toFixed(1)} points`;

/** Each group in a sentence: "persistent absence among …". */
const amongWords: Partial<Record<PupilGroup, string>> = {
  all: 'pupils',
  disadvantaged: 'disadvantaged pupils',
  SEND: 'pupils with SEND support',
  EHCP: 'pupils with an EHCP',
  FSM: 'pupils eligible for free school meals',
  EAL: 'pupils with English as an additional language',
  'social worker': 'pupils with a social worker or looked after',
  boys: 'boys',
  girls: 'girls',
};
const among = (g: PupilGroup) => amongWords[g] ?? `pupils in ${g}`;

/** The groups whose gap to all pupils raises questions, and which ones. */
const gapGroups: [PupilGroup, Trigger, string][] = [
  ['disadvantaged', 'gap-disadvantaged', "Disadvantaged pupils' attendance"],
  ['FSM', 'gap-disadvantaged', 'Attendance of pupils eligible for free school meals'],
  ['SEND', 'gap-send', 'Attendance of pupils with SEND'],
  ['EHCP', 'gap-send', 'Attendance of pupils with an EHCP'],
];

/** "A; b; c": one sentence, each reason after the first starting in lower case. */
const joinReasons = (rs: string[]) => rs.map((r, i) => (i === 0 ? r : r.charAt(0).toLowerCase() + r.slice(1))).join('; ');

/**
 * The questions the figures raise, with the reason for each in plain words, then the questions
 * worth asking every time. Uses the latest half term up to `current` that has figures (the current
 * half term's figures are often not in yet). School-wide rules read the all-pupils row. Slipping
 * attendance actions in the plan (attendanceRules.ts) raise the plan questions. `bank` is the
 * questions to choose from: their keys alone (Today counts them) or with their words.
 */
export function raiseQuestions<Q extends QuestionKey>(
  bank: readonly Q[],
  figures: AttendanceFigure[],
  current: HalfTermRef,
  slipping: readonly { action: { description: string }; because: string }[] = [],
): RaisedQuestion<Q>[] {
  const live = figures.filter((f) => !f.deleted && halfTermIndex(f) <= halfTermIndex(current));
  const reasons = new Map<Trigger, string[]>();
  const add = (t: Trigger, reason: string) => reasons.set(t, [...(reasons.get(t) ?? []), reason]);

  if (live.length > 0) {
    const latest = Math.max(...live.map(halfTermIndex));
    const find = (index: number, group: PupilGroup) => live.find((f) => halfTermIndex(f) === index && f.group === group);
    const all = find(latest, 'all');
    if (all) {
      if (all.nationalAttendance !== undefined && all.attendance < all.nationalAttendance)
        add(
          'below-national',
          `Attendance is ${pct(all.attendance)}, ${points(all.nationalAttendance - all.attendance)} below national (${pct(all.nationalAttendance)})`,
        );
      if (all.targetAttendance !== undefined && all.attendance < all.targetAttendance)
        add('below-target', `Attendance is ${pct(all.attendance)}, below the school's target of ${pct(all.targetAttendance)}`);
      if (all.targetPersistentAbsence !== undefined && all.persistentAbsence > all.targetPersistentAbsence)
        add(
          'below-target',
          `Persistent absence is ${pct(all.persistentAbsence)}, above the school's target of ${pct(all.targetPersistentAbsence)}`,
        );
      if (all.nationalPersistentAbsence !== undefined && all.persistentAbsence > all.nationalPersistentAbsence)
        add(
          'pa-above-national',
          `Persistent absence is ${pct(all.persistentAbsence)}, ${points(all.persistentAbsence - all.nationalPersistentAbsence)} above national (${pct(all.nationalPersistentAbsence)})`,
        );
      for (const [group, trigger, attendanceOf] of gapGroups) {
        const g = find(latest, group);
        if (!g) continue;
        const gap = round1(all.attendance - g.attendance);
        if (gap >= attendanceThresholds.groupGapPoints)
          add(trigger, `${attendanceOf} is ${pct(g.attendance)}, ${points(gap)} below all pupils (${pct(all.attendance)})`);
        const paGap = round1(g.persistentAbsence - all.persistentAbsence);
        if (paGap >= attendanceThresholds.groupPersistentAbsenceGapPoints)
          add(
            trigger,
            `Persistent absence among ${among(group)} is ${pct(g.persistentAbsence)}, ${points(paGap)} above all pupils (${pct(all.persistentAbsence)})`,
          );
      }
      const before = find(latest - 1, 'all');
      const earlier = find(latest - 2, 'all');
      if (before && earlier && all.attendance < before.attendance && before.attendance < earlier.attendance)
        add(
          'falling',
          `Attendance has fallen two half terms running: ${[earlier, before, all].map((f) => `${pct(f.attendance)} in ${halfTermLabel(f)}`).join(', then ')}`,
        );
      if (all.unauthorisedAbsence > attendanceThresholds.unauthorisedPercent)
        add(
          'unauthorised-high',
          `Unauthorised absence is ${pct(all.unauthorisedAbsence)} of sessions, above ${pct(attendanceThresholds.unauthorisedPercent)}`,
        );
    }
    const severe = all && all.severeAbsence > 0 ? [all] : live.filter((f) => halfTermIndex(f) === latest && f.severeAbsence > 0);
    for (const f of severe)
      add('severe', `${pct(f.severeAbsence)} of ${among(f.group)} are severely absent, missing half or more of their sessions`);
  }

  for (const s of slipping) add('plan-slipping', `“${s.action.description}”: ${s.because}`);

  const raised = bank
    .filter((x) => x.trigger !== 'always' && reasons.has(x.trigger))
    .map((question) => ({ question, because: joinReasons(reasons.get(question.trigger)!) }));
  const always = bank
    .filter((x) => x.trigger === 'always')
    .map((question) => ({ question, because: 'Worth asking every half term, whatever the figures show' }));
  return [...raised, ...always];
}
