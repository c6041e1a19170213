// The attendance rules at their boundaries: the bank, the grid, the cross-field rules, the trend
// summaries, which figures are due, slipping plan actions, and the order questions are offered in.
import { describe, expect, it } from 'vitest';
import {
  attendanceQuestions,
  figuresDue,
  groupLargerThanSchool,
  historyLine,
  questionThemes,
  questionsRaisedBy,
  questionsToAsk,
  readEntry,
  severeAbovePersistent,
  slippingAttendanceActions,
  trendSummary,
  AttendanceFigureSchema,
  type ChallengeRecord,
  type TrendPoint,
} from '../../../src/domain';
import { AT, testId } from '../domain/helpers';

const term = { schoolYear: 2026, halfTerm: 'Autumn 1' as const };

describe('the question bank', () => {
  it('has at least 24 questions in all six themes, each with why it matters and what a good answer contains', () => {
    expect(attendanceQuestions.length).toBeGreaterThanOrEqual(24);
    expect(new Set(attendanceQuestions.map((q) => q.theme))).toEqual(new Set(questionThemes));
    for (const q of attendanceQuestions) {
      expect(q.why.length, q.id).toBeGreaterThan(20);
      expect(q.goodAnswer.length, q.id).toBeGreaterThan(20);
    }
    expect(new Set(attendanceQuestions.map((q) => q.id)).size).toBe(attendanceQuestions.length);
  });
});

describe('rules across fields', () => {
  it('severe absence may equal persistent absence, not exceed it; the schema applies the same rule', () => {
    expect(severeAbovePersistent({ group: 'all', persistentAbsence: 10, severeAbsence: 10 })).toBeNull();
    expect(severeAbovePersistent({ group: 'boys', persistentAbsence: 10, severeAbsence: 10.1 })).toContain('Boys: Severe absence (10.1%)');
    const base = {
      id: testId(),
      schoolId: testId(),
      createdAt: AT,
      updatedAt: AT,
      ...term,
      group: 'all',
      attendance: 90,
      unauthorisedAbsence: 1,
    };
    expect(AttendanceFigureSchema.safeParse({ ...base, persistentAbsence: 10, severeAbsence: 10 }).success).toBe(true);
    expect(AttendanceFigureSchema.safeParse({ ...base, persistentAbsence: 10, severeAbsence: 10.1 }).success).toBe(false);
  });
  it('a group may be as large as the school, not larger', () => {
    expect(groupLargerThanSchool({ group: 'girls', pupils: 400 }, 400)).toBeNull();
    expect(groupLargerThanSchool({ group: 'girls', pupils: 401 }, 400)).toBe(
      'Girls has 401 pupils, more than the 400 on roll in the whole school.',
    );
    expect(groupLargerThanSchool({ group: 'girls', pupils: 401 }, undefined)).toBeNull();
  });
});

describe('the figures grid', () => {
  it('reads typed rows, leaves blank ones out, puts comparators on all pupils, and names each problem', () => {
    const ok = readEntry(
      term,
      {
        all: { pupils: '400', attendance: '93.5', persistentAbsence: '17.2', severeAbsence: '1', unauthorisedAbsence: '1,4' },
        boys: {},
      },
      { nationalAttendance: '94.5' },
    );
    expect(ok.problems).toEqual([]);
    expect(ok.figures).toEqual([
      {
        ...term,
        group: 'all',
        pupils: 400,
        attendance: 93.5,
        persistentAbsence: 17.2,
        severeAbsence: 1,
        unauthorisedAbsence: 1.4,
        nationalAttendance: 94.5,
      },
    ]);
    const bad = readEntry(term, { all: { attendance: '100.1', persistentAbsence: 'x', severeAbsence: '1' }, girls: { pupils: '2.5' } }, {});
    expect(bad.problems.map((p) => `${p.group}.${p.field}`)).toEqual([
      'all.attendance',
      'all.persistentAbsence',
      'all.unauthorisedAbsence',
      'girls.pupils',
      'girls.attendance',
      'girls.persistentAbsence',
      'girls.severeAbsence',
      'girls.unauthorisedAbsence',
    ]);
    expect(
      readEntry(term, { all: { attendance: '100', persistentAbsence: '0', severeAbsence: '0', unauthorisedAbsence: '0' } }, {}).problems,
    ).toEqual([]);
  });
});

describe('trend summaries', () => {
  const p = (value: number, national?: number): TrendPoint => ({ term, label: '', value, ...(national !== undefined ? { national } : {}) });
  it('says the latest figure, the gap to national and how long it has moved one way', () => {
    expect(trendSummary([p(17), p(17.5), p(18.2, 14.8)], 'persistentAbsence')).toBe(
      'Persistent absence 18.2%, 3.4 points above national, up for the second half term running (worse)',
    );
    expect(trendSummary([p(94), p(93.5, 94.5)], 'attendance')).toBe(
      'Attendance 93.5%, 1.0 points below national, down for the first half term (worse)',
    );
    expect(trendSummary([p(94), p(94, 94)], 'attendance')).toBe(
      'Attendance 94.0%, the same as national, no change on the half term before',
    );
    expect(trendSummary([], 'severeAbsence')).toBe('Severe absence: no figures yet.');
  });
});

describe('what is due and what slips', () => {
  it('figures for the half term before today’s are due until the all-pupils row is in', () => {
    const f = { schoolYear: 2026, halfTerm: 'Autumn 1' as const, group: 'all' as const, deleted: false };
    expect(figuresDue([], '2026-11-10')).toBe('Attendance figures for Autumn 1 2026/27 are not yet entered.');
    expect(figuresDue([f], '2026-11-10')).toBeNull();
    expect(figuresDue([{ ...f, group: 'boys' }], '2026-11-10')).not.toBeNull();
  });
  it('an attendance action red or amber at its last review, or in an area with an overdue milestone, slips; green does not', () => {
    const area = { id: 'ar', title: 'Improve attendance' } as never;
    const action = (id: string, areaId = 'ar') =>
      ({ id, areaId, description: 'Breakfast club', deleted: false, archived: false, status: 'in-progress' }) as never;
    const reviews = [
      { id: 'r1', schoolYear: 2026, halfTerm: 'Autumn 1' as const, deleted: false },
      { id: 'r2', schoolYear: 2026, halfTerm: 'Autumn 2' as const, deleted: false },
    ];
    const entries = [
      { reviewId: 'r1', actionId: 'a', rating: 'green' as const, deleted: false },
      { reviewId: 'r2', actionId: 'a', rating: 'amber' as const, deleted: false },
      { reviewId: 'r2', actionId: 'b', rating: 'green' as const, deleted: false },
    ];
    const plan = { areas: [area], actions: [action('a'), action('b')], milestones: [] };
    expect(slippingAttendanceActions(plan, reviews, entries, '2027-01-10').map((s) => [s.action.id, s.because])).toEqual([
      ['a', 'rated amber at the Autumn 2 2026/27 review'],
    ]);
    const milestone = { areaId: 'ar', number: 2, date: '2027-01-09', deleted: false } as never;
    expect(slippingAttendanceActions({ ...plan, milestones: [milestone] }, reviews, entries, '2027-01-10')).toHaveLength(2);
    expect(slippingAttendanceActions({ ...plan, milestones: [milestone] }, reviews, entries, '2027-01-09')).toHaveLength(1);
  });
});

describe('asking', () => {
  const asked = (questionId: string, askedAt: string, answer = ''): ChallengeRecord => ({
    id: testId(),
    schoolId: testId(),
    createdAt: AT,
    updatedAt: AT,
    deleted: false,
    visibility: 'board',
    topic: 'attendance',
    questionId,
    question: 'q',
    answer,
    followUp: '',
    askedBy: '',
    askedAt,
    assurance: answer ? 'partly' : undefined,
  });
  it('offers raised questions first, then never asked, then longest ago; asked this half term last', () => {
    const raised = questionsRaisedBy(
      [
        {
          id: testId(),
          schoolId: testId(),
          createdAt: AT,
          updatedAt: AT,
          deleted: false,
          visibility: 'board',
          ...term,
          group: 'all',
          attendance: 90,
          persistentAbsence: 10,
          severeAbsence: 1,
          unauthorisedAbsence: 1,
        },
      ],
      term,
    );
    const list = questionsToAsk(
      raised,
      [asked('att-severe-plans', '2026-09-20T10:00:00Z'), asked('att-first-day', '2025-10-01T10:00:00Z')],
      term,
    );
    expect(list[0]!.question.id).toBe('att-severe-la');
    expect(list[0]!.raisedBy).toContain('severely absent');
    expect(list.at(-1)!.question.id).toBe('att-severe-plans');
    expect(list.at(-1)!.askedThisHalfTerm).toBe(true);
    const firstDay = list.findIndex((q) => q.question.id === 'att-first-day');
    const neverAsked = list.findIndex((q) => q.question.id === 'att-leadership');
    expect(neverAsked).toBeLessThan(firstDay);
  });
  it('keeps a question’s history across half terms', () => {
    expect(historyLine([asked('x', '2026-09-20T10:00:00Z', 'Breakfast club.'), asked('x', '2027-01-12T10:00:00Z')])).toBe(
      'Asked Autumn 1 2026/27: Breakfast club. (partly assured); asked again Spring 1 2026/27: no answer recorded yet',
    );
  });
});
