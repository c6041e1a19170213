import type { AttendanceFigure, ChallengeQuestion, PupilGroup } from './attendance';
import { type HalfTermRef, halfTermIndex, halfTermLabel } from './calendar';

type Trigger = ChallengeQuestion['trigger'];
const q = (id: string, trigger: Trigger, text: string, why: string): ChallengeQuestion => ({ id, trigger, text, why });

/**
 * The questions governors ask about attendance, grouped by what in the figures raises them.
 * Ids are stable: challenge records keep the id of the question they answer.
 */
export const attendanceQuestions: readonly ChallengeQuestion[] = [
  q(
    'att-national-gap',
    'below-national',
    'Why is our attendance below the national figure, and by when will the gap be closed?',
    'Every lost point of attendance is learning time lost; governors need a dated plan, not only an explanation.',
  ),
  q(
    'att-national-where',
    'below-national',
    'Which year groups or classes account for most of the gap to national?',
    'A school-wide figure can hide one or two classes where absence is much worse and action should start.',
  ),
  q(
    'att-target-missed',
    'below-target',
    'What stopped us reaching our attendance target this half term, and is the target still the right one?',
    'Targets only drive improvement if the board checks them and knows why they were missed.',
  ),
  q(
    'att-target-actions',
    'below-target',
    'Which of the attendance actions in the plan have not had the effect you expected, and what will you change?',
    'Repeating actions that are not working wastes the time the school has to improve.',
  ),
  q(
    'att-pa-named',
    'pa-above-national',
    'How many pupils are persistently absent, and does each one have a named adult and a plan?',
    'Pupils missing 10% or more of sessions fall behind quickly; each needs someone who knows them and follows up.',
  ),
  q(
    'att-pa-repeat',
    'pa-above-national',
    'How many of the persistently absent pupils were also persistently absent last year?',
    'Absence that carries over from year to year needs a different response from absence that has just started.',
  ),
  q(
    'att-pa-families',
    'pa-above-national',
    'When did the school last meet the families of persistently absent pupils, and what support was agreed?',
    'Working with families early is more effective than formal steps taken later.',
  ),
  q(
    'att-dis-gap',
    'gap-disadvantaged',
    'How wide is the attendance gap between disadvantaged pupils and others, and is it closing?',
    'Disadvantaged pupils have the most to lose from missing school; a gap that is not closing needs a sharper plan.',
  ),
  q(
    'att-dis-premium',
    'gap-disadvantaged',
    'How is pupil premium funding used to improve attendance, and how do you know it is working?',
    'Governors are accountable for the impact of pupil premium spending, not only for how it is spent.',
  ),
  q(
    'att-dis-barriers',
    'gap-disadvantaged',
    'What keeps our disadvantaged pupils from attending (for example transport, uniform, breakfast, caring duties), and what is done about each?',
    'Removing a practical barrier often works faster than reminding families about the rules.',
  ),
  q(
    'att-send-reasons',
    'gap-send',
    'Is the attendance gap for pupils with SEND due to appointments, anxiety or needs that are not being met, and what adjustments are in place?',
    'Absence can be a sign that a pupil’s needs are not being met in school.',
  ),
  q(
    'att-send-plans',
    'gap-send',
    'Do support plans and EHCPs for pupils with low attendance include attendance targets, and are they reviewed?',
    'What is written in a pupil’s plan is what gets reviewed with the family and other services.',
  ),
  q(
    'att-falling-why',
    'falling',
    'What has changed over the last two half terms to make attendance fall?',
    'A falling trend caught early is easier to turn round than a low figure at the end of the year.',
  ),
  q(
    'att-falling-next',
    'falling',
    'What figure do you expect next half term if the current actions work, and how will we know early if they are not?',
    'A forecast gives the board something concrete to check at the next meeting.',
  ),
  q(
    'att-severe-plans',
    'severe',
    'Who are the severely absent pupils, and is there a plan with other agencies for each of them?',
    'Missing half or more of school is a safeguarding concern as well as an attendance one.',
  ),
  q(
    'att-severe-la',
    'severe',
    'Has the local authority been told about every pupil missing half or more of their sessions, and could any be missing education?',
    'The school must work with the local authority so that no child drops out of education unnoticed.',
  ),
  q(
    'att-unauth-follow',
    'unauthorised-high',
    'How is unauthorised absence followed up, and at what point does the school move to formal support or legal steps?',
    'A clear, consistent response shows families that absence matters and is applied fairly.',
  ),
  q(
    'att-unauth-holidays',
    'unauthorised-high',
    'How much of the unauthorised absence is holiday taken in term time, and how are requests handled?',
    'Term-time holidays are a common and preventable cause of unauthorised absence.',
  ),
  q(
    'att-first-day',
    'always',
    'Does the school contact the family on the first morning of every unexplained absence, and how quickly?',
    'First-day calling is both an attendance routine and a safeguarding check.',
  ),
  q(
    'att-early-help',
    'always',
    'How many families have been offered early help because of attendance, and what happened as a result?',
    'Early help can tackle the reasons behind absence before formal steps are needed.',
  ),
  q(
    'att-part-time',
    'always',
    'How many pupils are on part-time timetables, for how long, and when will each return to full time?',
    'A part-time timetable should be short, agreed with the family and reviewed; it must not become the norm.',
  ),
  q(
    'att-punctuality',
    'always',
    'How many pupils arrive after the register closes, and what is done about persistent lateness?',
    'Lateness loses learning at the start of the day and can turn into absence.',
  ),
  q(
    'att-social-worker',
    'always',
    'How is the attendance of pupils with a social worker shared with their social worker and the virtual school head?',
    'These pupils are among the most vulnerable; absence can be an early sign that something is wrong.',
  ),
  q(
    'att-eal',
    'always',
    'Are there attendance patterns among pupils with English as an additional language, and how does the school talk to their families?',
    'Families need to understand the school’s expectations in a language and form they can use.',
  ),
  q(
    'att-last-year',
    'always',
    'How does attendance this half term compare with the same half term last year?',
    'Attendance varies with the seasons, so comparing like with like shows the real trend.',
  ),
  q(
    'att-leadership',
    'always',
    'Who leads attendance, how much time do they have for it, and how often do they report to governors?',
    'Attendance improves when a senior leader owns it and governors hear about it regularly.',
  ),
];

export const attendanceQuestionById = (id: string): ChallengeQuestion | undefined => attendanceQuestions.find((x) => x.id === id);

/** The levels at which the figures raise questions. */
export const attendanceThresholds = {
  /** A group's attendance this many points or more below all pupils'. */
  groupGapPoints: 2,
  /** A group's persistent absence this many points or more above all pupils'. */
  groupPersistentAbsenceGapPoints: 5,
  /** Unauthorised absence above this percentage of sessions. */
  unauthorisedPercent: 1.5,
} as const;

export interface RaisedQuestion {
  question: ChallengeQuestion;
  /** What in the figures raised it, in plain words. */
  because: string;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const pct = (n: number) => `${n.toFixed(1)}%`;
const points = (n: number) => `${round1(Math.abs(n)).toFixed(1)} points`;

/** Each group in a sentence: "persistent absence among …". */
const among: Record<PupilGroup, string> = {
  all: 'pupils',
  disadvantaged: 'disadvantaged pupils',
  SEND: 'pupils with SEND',
  EHCP: 'pupils with an EHCP',
  FSM: 'pupils eligible for free school meals',
  EAL: 'pupils with English as an additional language',
  'social worker': 'pupils with a social worker',
  boys: 'boys',
  girls: 'girls',
};

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
 * half term's figures are often not in yet). School-wide rules read the all-pupils row.
 */
export function questionsRaisedBy(figures: AttendanceFigure[], current: HalfTermRef): RaisedQuestion[] {
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
            `Persistent absence among ${among[group]} is ${pct(g.persistentAbsence)}, ${points(paGap)} above all pupils (${pct(all.persistentAbsence)})`,
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
      add('severe', `${pct(f.severeAbsence)} of ${among[f.group]} are severely absent, missing half or more of their sessions`);
  }

  const raised = attendanceQuestions
    .filter((x) => x.trigger !== 'always' && reasons.has(x.trigger))
    .map((question) => ({ question, because: joinReasons(reasons.get(question.trigger)!) }));
  const always = attendanceQuestions
    .filter((x) => x.trigger === 'always')
    .map((question) => ({ question, because: 'Worth asking every half term, whatever the figures show' }));
  return [...raised, ...always];
}
