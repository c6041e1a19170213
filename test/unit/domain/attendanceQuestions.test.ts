import { describe, expect, it } from 'vitest';
import { attendanceQuestionById, attendanceQuestions, questionsRaisedBy } from '../../../src/domain/attendanceQuestions';
import type { AttendanceFigure, ChallengeQuestion, PupilGroup } from '../../../src/domain/attendance';
import type { HalfTerm, HalfTermRef } from '../../../src/domain/calendar';
import { AT, testId } from './helpers';

const spring1: HalfTermRef = { schoolYear: 2026, halfTerm: 'Spring 1' };

function fig(
  group: PupilGroup,
  over: Partial<AttendanceFigure> = {},
  halfTerm: HalfTerm = 'Spring 1',
  schoolYear = 2026,
): AttendanceFigure {
  return {
    id: testId(),
    schoolId: testId(),
    createdAt: AT,
    updatedAt: AT,
    deleted: false,
    visibility: 'board',
    schoolYear,
    halfTerm,
    group,
    attendance: 96,
    persistentAbsence: 10,
    severeAbsence: 0,
    unauthorisedAbsence: 1,
    ...over,
  };
}

/** The triggers raised (not counting the ones asked every time). */
const triggers = (figures: AttendanceFigure[], current = spring1) => [
  ...new Set(
    questionsRaisedBy(figures, current)
      .filter((r) => r.question.trigger !== 'always')
      .map((r) => r.question.trigger),
  ),
];
const because = (figures: AttendanceFigure[], trigger: ChallengeQuestion['trigger']) =>
  questionsRaisedBy(figures, spring1).find((r) => r.question.trigger === trigger)?.because;

describe('the attendance question bank', () => {
  it('has 20 to 30 questions with unique ids, each a question with a reason', () => {
    expect(attendanceQuestions.length).toBeGreaterThanOrEqual(20);
    expect(attendanceQuestions.length).toBeLessThanOrEqual(30);
    expect(new Set(attendanceQuestions.map((q) => q.id)).size).toBe(attendanceQuestions.length);
    for (const q of attendanceQuestions) {
      expect(q.text, q.id).toMatch(/\?$/);
      expect(q.why.length, q.id).toBeGreaterThan(20);
    }
  });
  it('has questions for every trigger', () => {
    const all: ChallengeQuestion['trigger'][] = [
      'always',
      'below-national',
      'below-target',
      'pa-above-national',
      'gap-disadvantaged',
      'gap-send',
      'falling',
      'severe',
      'unauthorised-high',
    ];
    for (const t of all)
      expect(
        attendanceQuestions.some((q) => q.trigger === t),
        t,
      ).toBe(true);
  });
  it('covers first-day calling, early help, part-time timetables and punctuality', () => {
    for (const id of ['att-first-day', 'att-early-help', 'att-part-time', 'att-punctuality'])
      expect(attendanceQuestionById(id)?.trigger).toBe('always');
    expect(attendanceQuestionById('nope')).toBeUndefined();
  });
});

describe('questionsRaisedBy', () => {
  it('asks only the standing questions when the figures are good, or when there are none', () => {
    for (const figures of [[fig('all')], []]) {
      const out = questionsRaisedBy(figures, spring1);
      expect(out.every((r) => r.question.trigger === 'always')).toBe(true);
      expect(out.length).toBe(attendanceQuestions.filter((q) => q.trigger === 'always').length);
      expect(out[0]!.because).toBe('Worth asking every half term, whatever the figures show');
    }
  });
  it('raises below-national only when attendance is below the national figure', () => {
    expect(triggers([fig('all', { attendance: 94.4, nationalAttendance: 94.5 })])).toEqual(['below-national']);
    expect(triggers([fig('all', { attendance: 94.5, nationalAttendance: 94.5 })])).toEqual([]);
    expect(because([fig('all', { attendance: 92.1, nationalAttendance: 94.5 })], 'below-national')).toBe(
      'Attendance is 92.1%, 2.4 points below national (94.5%)',
    );
  });
  it('raises below-target for attendance under target or persistent absence over it', () => {
    expect(triggers([fig('all', { attendance: 94.9, targetAttendance: 95 })])).toEqual(['below-target']);
    expect(triggers([fig('all', { attendance: 95, targetAttendance: 95 })])).toEqual([]);
    expect(triggers([fig('all', { persistentAbsence: 14.1, targetPersistentAbsence: 14 })])).toEqual(['below-target']);
    expect(triggers([fig('all', { persistentAbsence: 14, targetPersistentAbsence: 14 })])).toEqual([]);
    expect(
      because(
        [fig('all', { attendance: 93.3, targetAttendance: 95, persistentAbsence: 17.8, targetPersistentAbsence: 14 })],
        'below-target',
      ),
    ).toBe("Attendance is 93.3%, below the school's target of 95.0%; persistent absence is 17.8%, above the school's target of 14.0%");
  });
  it('raises pa-above-national only when persistent absence is above national', () => {
    expect(triggers([fig('all', { persistentAbsence: 16.1, nationalPersistentAbsence: 16 })])).toEqual(['pa-above-national']);
    expect(triggers([fig('all', { persistentAbsence: 16, nationalPersistentAbsence: 16 })])).toEqual([]);
  });
  it('raises a disadvantaged gap at 2.0 points, not 1.9, and says it with the figures', () => {
    expect(triggers([fig('all', { attendance: 93.3 }), fig('disadvantaged', { attendance: 91.3 })])).toEqual(['gap-disadvantaged']);
    expect(triggers([fig('all', { attendance: 93.3 }), fig('disadvantaged', { attendance: 91.4 })])).toEqual([]);
    expect(because([fig('all', { attendance: 93.3 }), fig('disadvantaged', { attendance: 88.1 })], 'gap-disadvantaged')).toBe(
      "Disadvantaged pupils' attendance is 88.1%, 5.2 points below all pupils (93.3%)",
    );
  });
  it('raises a disadvantaged gap from free school meals figures too', () => {
    expect(because([fig('all', { attendance: 95 }), fig('FSM', { attendance: 92.5 })], 'gap-disadvantaged')).toBe(
      'Attendance of pupils eligible for free school meals is 92.5%, 2.5 points below all pupils (95.0%)',
    );
  });
  it('raises a persistent absence gap at 5.0 points, not 4.9', () => {
    expect(triggers([fig('all', { persistentAbsence: 17.8 }), fig('disadvantaged', { persistentAbsence: 22.8 })])).toEqual([
      'gap-disadvantaged',
    ]);
    expect(triggers([fig('all', { persistentAbsence: 17.8 }), fig('disadvantaged', { persistentAbsence: 22.7 })])).toEqual([]);
    expect(because([fig('all', { persistentAbsence: 10 }), fig('SEND', { persistentAbsence: 19.5 })], 'gap-send')).toBe(
      'Persistent absence among pupils with SEND support is 19.5%, 9.5 points above all pupils (10.0%)',
    );
  });
  it('raises a SEND gap from SEND or EHCP figures', () => {
    expect(triggers([fig('all'), fig('SEND', { attendance: 94 })])).toEqual(['gap-send']);
    expect(triggers([fig('all'), fig('EHCP', { attendance: 93 })])).toEqual(['gap-send']);
    expect(triggers([fig('all'), fig('SEND', { attendance: 94.1 })])).toEqual([]);
  });
  it('raises falling when attendance fell two half terms running, not once', () => {
    const falling = [
      fig('all', { attendance: 93.9 }, 'Autumn 1'),
      fig('all', { attendance: 93.5 }, 'Autumn 2'),
      fig('all', { attendance: 93.3 }),
    ];
    expect(triggers(falling)).toEqual(['falling']);
    expect(because(falling, 'falling')).toBe(
      'Attendance has fallen two half terms running: 93.9% in Autumn 1 2026/27, then 93.5% in Autumn 2 2026/27, then 93.3% in Spring 1 2026/27',
    );
    expect(
      triggers([
        fig('all', { attendance: 93.9 }, 'Autumn 1'),
        fig('all', { attendance: 93.5 }, 'Autumn 2'),
        fig('all', { attendance: 93.5 }),
      ]),
    ).toEqual([]);
    expect(
      triggers([
        fig('all', { attendance: 93.3 }, 'Autumn 1'),
        fig('all', { attendance: 93.5 }, 'Autumn 2'),
        fig('all', { attendance: 93.3 }),
      ]),
    ).toEqual([]);
  });
  it('looks at consecutive half terms across a school year, and needs all three', () => {
    const acrossYear = [
      fig('all', { attendance: 95 }, 'Summer 1', 2025),
      fig('all', { attendance: 94.5 }, 'Summer 2', 2025),
      fig('all', { attendance: 94 }, 'Autumn 1'),
    ];
    expect(triggers(acrossYear, { schoolYear: 2026, halfTerm: 'Autumn 1' })).toEqual(['falling']);
    const gap = [
      fig('all', { attendance: 95 }, 'Summer 2', 2025),
      fig('all', { attendance: 94.5 }, 'Autumn 2'),
      fig('all', { attendance: 94 }),
    ];
    expect(triggers(gap)).toEqual([]);
  });
  it('raises severe for any severe absence', () => {
    expect(triggers([fig('all', { severeAbsence: 0.1 })])).toEqual(['severe']);
    expect(triggers([fig('all', { severeAbsence: 0 })])).toEqual([]);
    expect(because([fig('all', { severeAbsence: 1 })], 'severe')).toBe(
      '1.0% of pupils are severely absent, missing half or more of their sessions',
    );
    expect(because([fig('disadvantaged', { severeAbsence: 2.3 })], 'severe')).toBe(
      '2.3% of disadvantaged pupils are severely absent, missing half or more of their sessions',
    );
  });
  it('raises unauthorised-high above 1.5%, not at it', () => {
    expect(triggers([fig('all', { unauthorisedAbsence: 1.6 })])).toEqual(['unauthorised-high']);
    expect(triggers([fig('all', { unauthorisedAbsence: 1.5 })])).toEqual([]);
  });
  it('uses the latest half term up to the current one, ignoring later and deleted figures', () => {
    const figures = [
      fig('all', { attendance: 90, nationalAttendance: 94.5 }, 'Autumn 2'),
      fig('all', { attendance: 99, nationalAttendance: 94.5 }, 'Spring 2'),
      fig('all', { attendance: 91, nationalAttendance: 94.5, deleted: true }),
    ];
    expect(because(figures, 'below-national')).toBe('Attendance is 90.0%, 4.5 points below national (94.5%)');
  });
  it('puts raised questions first, in bank order, each once, then the standing ones', () => {
    const figures = [
      fig('all', {
        attendance: 93.3,
        nationalAttendance: 94.5,
        persistentAbsence: 17.8,
        nationalPersistentAbsence: 16,
        severeAbsence: 1,
        unauthorisedAbsence: 1.9,
      }),
      fig('disadvantaged', { attendance: 88.1, persistentAbsence: 27 }),
    ];
    const out = questionsRaisedBy(figures, spring1);
    const ids = out.map((r) => r.question.id);
    expect(new Set(ids).size).toBe(ids.length);
    const firstAlways = out.findIndex((r) => r.question.trigger === 'always');
    expect(out.slice(firstAlways).every((r) => r.question.trigger === 'always')).toBe(true);
    const order = attendanceQuestions.map((q) => q.id);
    const raisedIds = ids.slice(0, firstAlways);
    expect(raisedIds).toEqual([...raisedIds].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(because(figures, 'gap-disadvantaged')).toBe(
      "Disadvantaged pupils' attendance is 88.1%, 5.2 points below all pupils (93.3%); persistent absence among disadvantaged pupils is 27.0%, 9.2 points above all pupils (17.8%)",
    );
  });
});
