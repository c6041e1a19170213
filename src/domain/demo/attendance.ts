import type { AttendanceFigure, ChallengeRecord, PupilGroup } from '../attendance';
import { halfTermOf, stepHalfTerm } from '../calendar';
import type { IsoDate } from '../record';
import { attendanceQuestionById } from '../attendanceQuestions';
import { base, instant, type DemoContext } from './context';
import { demoPeople } from './school';

/** Per group: pupils, then attendance, persistent, severe and unauthorised absence for three half terms, oldest first. */
type Series = [number, [number, number, number], [number, number, number], [number, number, number], [number, number, number]];
const series: [PupilGroup, Series][] = [
  ['all', [412, [93.9, 93.5, 93.3], [16.9, 17.4, 17.8], [0.7, 0.9, 1.0], [1.2, 1.3, 1.4]]],
  ['disadvantaged', [131, [87.6, 87.9, 88.1], [28.4, 27.6, 27.0], [1.5, 2.3, 2.3], [2.6, 2.5, 2.4]]],
  ['SEND', [58, [90.2, 90.6, 90.9], [24.1, 23.0, 22.4], [1.7, 1.7, 1.7], [1.5, 1.4, 1.4]]],
  ['FSM', [118, [87.2, 87.5, 87.8], [29.7, 28.8, 28.0], [1.7, 1.7, 2.5], [2.8, 2.7, 2.6]]],
];

/** National figures and the school's targets, given on the all-pupils row. */
const national = { nationalAttendance: 94.5, nationalPersistentAbsence: 16.0, targetAttendance: 95.0, targetPersistentAbsence: 14.0 };

/** Attendance for the three half terms before the current one, by group, with a clear gap for disadvantaged pupils. */
export function demoAttendance(ctx: DemoContext): AttendanceFigure[] {
  const current = halfTermOf(ctx.today);
  const out: AttendanceFigure[] = [];
  for (const i of [0, 1, 2] as const) {
    const ref = stepHalfTerm(current, i - 3);
    for (const [group, [pupils, attendance, pa, severe, unauthorised]] of series) {
      out.push({
        ...base(ctx),
        schoolYear: ref.schoolYear,
        halfTerm: ref.halfTerm,
        group,
        pupils,
        attendance: attendance[i],
        persistentAbsence: pa[i],
        severeAbsence: severe[i],
        unauthorisedAbsence: unauthorised[i],
        ...(group === 'all' ? national : {}),
      });
    }
  }
  return out;
}

/** Two attendance questions put to the headteacher at a committee meeting, with the answers. */
export function demoChallenges(ctx: DemoContext, meetingId: string, meetingDate: IsoDate): ChallengeRecord[] {
  const asked: [string, string, string][] = [
    [
      'att-dis-barriers',
      'Breakfast and getting to school on time were the main barriers families named. Breakfast club now has 34 disadvantaged pupils attending regularly; two families have been helped with bus passes.',
      'Bring punctuality figures for breakfast club pupils to the next meeting.',
    ],
    [
      'att-part-time',
      'Four pupils are on part-time timetables. Each now has a dated plan back to full time, and the local authority has been told.',
      '',
    ],
  ];
  return asked.map(([questionId, answer, followUp], i) => ({
    ...base(ctx),
    topic: 'attendance',
    questionId,
    question: attendanceQuestionById(questionId)!.text,
    answer,
    followUp,
    askedBy: i === 0 ? demoPeople.viceChair : demoPeople.governorA,
    askedAt: instant(meetingDate, i === 0 ? '16:20' : '16:35'),
    relatedId: meetingId,
    meetingId,
    schoolYear: halfTermOf(meetingDate).schoolYear,
    halfTerm: halfTermOf(meetingDate).halfTerm,
    assurance: i === 0 ? 'partly' : 'assured',
  }));
}
