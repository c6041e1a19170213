import { describe, expect, it } from 'vitest';
import { buildDemoBoard, type DemoBoard } from '../../../src/domain/demo';
import { recordKinds, type RecordKind } from '../../../src/domain/kinds';
import { halfTermIndex, halfTermOf, stepHalfTerm } from '../../../src/domain/calendar';
import { milestoneState, redTwoReviewsRunning } from '../../../src/domain/rules';
import { questionsRaisedBy } from '../../../src/domain/attendanceQuestions';
import { quorumOf } from '../../../src/domain/meetingRules';
import { escalationDeadlines } from '../../../src/domain/escalation';
import { idMaker } from './helpers';

const todays = ['2026-09-02', '2026-11-23', '2027-01-05', '2027-02-23', '2027-04-13', '2027-06-01', '2027-07-20', '2027-08-31'];
const build = (today: string) => buildDemoBoard(today, idMaker());
const entries = (board: DemoBoard) => Object.entries(board) as [RecordKind, { id: string; schoolId: string }[]][];

describe.each(todays)('the demo board built on %s', (today) => {
  const board = build(today);

  it('has only records that are valid, and already in the shape their schema gives back', () => {
    for (const [kind, records] of entries(board)) {
      for (const r of records) {
        const parsed = recordKinds[kind].schema.safeParse(r);
        expect(parsed.error?.issues ?? [], `${kind} ${JSON.stringify(r).slice(0, 120)}`).toEqual([]);
        expect(parsed.data, kind).toEqual(r);
      }
    }
  });

  it('has the expected number of each kind', () => {
    const counts = Object.fromEntries(entries(board).map(([k, rs]) => [k, rs.length]));
    expect(counts).toEqual({
      schools: 1,
      memberships: 7,
      plans: 1,
      areas: 3,
      needs: 8,
      actions: 19,
      milestones: 15,
      strategies: 5,
      performanceRows: 9,
      reviews: 2,
      reviewEntries: 38,
      areaJudgements: 6,
      evidence: 7,
      visits: 2,
      checklistTemplates: 4,
      visitResponses: 5,
      attendanceFigures: 12,
      challengeRecords: 4,
      meetings: 4,
      minuteItems: 4 + 9 + 7,
      meetingActions: 2,
      minuteErrata: 0,
      escalationRecords: 2,
      benchmarkAssessments: 12,
    });
  });

  it('shares one school id, unique ids, and one fixed instant for createdAt and updatedAt', () => {
    const all = entries(board).flatMap(([, rs]) => rs) as { id: string; schoolId: string; createdAt: string; updatedAt: string }[];
    const school = board.schools![0]!;
    expect(new Set(all.map((r) => r.schoolId))).toEqual(new Set([school.id]));
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    expect(new Set(all.flatMap((r) => [r.createdAt, r.updatedAt]))).toEqual(new Set([`${today}T06:00:00.000Z`]));
  });

  it('points only at records in the board', () => {
    const ids = (kind: RecordKind) => new Set((board[kind] ?? []).map((r) => r.id));
    const expectIn = (kind: RecordKind, refs: (string | undefined)[]) => {
      for (const ref of refs.filter((x): x is string => x !== undefined)) expect(ids(kind).has(ref), `${ref} in ${kind}`).toBe(true);
    };
    expectIn(
      'plans',
      [...board.areas!, ...board.strategies!, ...board.performanceRows!, ...board.reviews!].map((r) => r.planId),
    );
    expectIn(
      'areas',
      [...board.needs!, ...board.actions!, ...board.milestones!, ...board.areaJudgements!].map((r) => r.areaId),
    );
    expectIn(
      'areas',
      board.minuteItems!.map((r) => r.areaId),
    );
    expectIn(
      'needs',
      board.actions!.map((a) => a.needId),
    );
    expectIn('actions', [
      ...board.reviewEntries!.map((e) => e.actionId),
      ...board.evidence!.flatMap((e) => e.supports),
      ...board.visits!.flatMap((v) => v.focusActionIds),
    ]);
    expectIn(
      'reviews',
      [...board.reviewEntries!, ...board.areaJudgements!].map((r) => r.reviewId),
    );
    expectIn(
      'evidence',
      board.reviewEntries!.flatMap((e) => e.evidenceIds),
    );
    expectIn(
      'visits',
      board.evidence!.map((e) => e.visitId),
    );
    expectIn(
      'meetings',
      [...board.minuteItems!, ...board.meetingActions!].map((r) => r.meetingId),
    );
    expectIn(
      'meetings',
      board.challengeRecords!.filter((c) => c.topic === 'attendance').map((c) => c.relatedId),
    );
    expectIn(
      'actions',
      board.challengeRecords!.filter((c) => c.topic === 'plan').map((c) => c.relatedId),
    );
    expectIn(
      'meetings',
      board.challengeRecords!.flatMap((c) => (c.meetingId ? [c.meetingId] : [])),
    );
    expectIn(
      'minuteItems',
      board.meetingActions!.map((a) => a.minuteItemId),
    );
    const needArea = new Map(board.needs!.map((n) => [n.id, n.areaId]));
    for (const a of board.actions!) expect(needArea.get(a.needId)).toBe(a.areaId);
  });

  it('has milestones overdue, due soon, met and upcoming, five per area', () => {
    const states = board.milestones!.map((m) => milestoneState(m, today));
    for (const s of ['met', 'overdue', 'due-soon', 'upcoming'] as const) expect(states, s).toContain(s);
    for (const area of board.areas!)
      expect(board.milestones!.filter((m) => m.areaId === area.id).map((m) => m.number)).toEqual([1, 2, 3, 4, 5]);
    for (const m of board.milestones!) if (m.metOn) expect(m.metOn <= today).toBe(true);
  });

  it('has actions finished, running and still to start', () => {
    const actions = board.actions!;
    expect(actions.some((a) => a.finish < today && a.status === 'complete')).toBe(true);
    expect(actions.some((a) => a.start <= today && today <= a.finish && a.status === 'in-progress')).toBe(true);
    expect(actions.some((a) => a.start > today && a.status === 'not-started')).toBe(true);
    expect(new Set(actions.map((a) => a.status))).toEqual(new Set(['complete', 'in-progress', 'not-started', 'stalled']));
  });

  it('reviews the two half terms before this one, rates every action, and shows one red two reviews running', () => {
    const current = halfTermOf(today);
    const reviews = board.reviews!;
    expect(reviews.map((r) => halfTermIndex(r))).toEqual([
      halfTermIndex(stepHalfTerm(current, -2)),
      halfTermIndex(stepHalfTerm(current, -1)),
    ]);
    for (const r of reviews) {
      expect(r.status).toBe('final');
      expect(halfTermOf(r.heldOn)).toEqual({ schoolYear: r.schoolYear, halfTerm: r.halfTerm });
      expect(r.heldOn < today).toBe(true);
      expect(new Set(board.reviewEntries!.filter((e) => e.reviewId === r.id).map((e) => e.actionId))).toEqual(
        new Set(board.actions!.map((a) => a.id)),
      );
    }
    const red = redTwoReviewsRunning(reviews, board.reviewEntries!);
    expect(red.size).toBe(1);
    expect(board.actions!.find((a) => red.has(a.id))?.status).toBe('stalled');
    for (const e of board.reviewEntries!) {
      const evidence = board.evidence!.filter((x) => e.evidenceIds.includes(x.id));
      const heldOn = reviews.find((r) => r.id === e.reviewId)!.heldOn;
      for (const x of evidence) expect(x.recordedAt.slice(0, 10) <= heldOn).toBe(true);
    }
  });

  it('has a completed learning walk with an agreed report', () => {
    const [walk] = board.visits!;
    expect(walk).toMatchObject({ kind: 'learning walk', status: 'complete', report: { status: 'agreed' } });
    expect(walk!.date < today).toBe(true);
  });

  it('has three half terms of attendance before this one, with a disadvantaged gap that raises questions', () => {
    const current = halfTermOf(today);
    const terms = [...new Set(board.attendanceFigures!.map(halfTermIndex))].sort();
    expect(terms).toEqual([-3, -2, -1].map((s) => halfTermIndex(stepHalfTerm(current, s))));
    const raised = questionsRaisedBy(board.attendanceFigures!, current);
    const gap = raised.find((r) => r.question.trigger === 'gap-disadvantaged');
    expect(gap?.because).toContain("Disadvantaged pupils' attendance is 88.1%, 5.2 points below all pupils (93.3%)");
    expect(raised.some((r) => r.question.trigger === 'unauthorised-high')).toBe(false);
  });

  it('has last half term’s committee minutes approved at the board’s meeting, and this half term’s meeting ready to minute', () => {
    const [held, boardMeeting, next, soc] = board.meetings!;
    expect(held).toMatchObject({ kind: 'School Improvement Committee', minutesStatus: 'approved', approvedAtMeetingId: boardMeeting!.id });
    expect(held!.date).toBe(board.reviews![1]!.heldOn);
    expect(boardMeeting!.date > held!.date && boardMeeting!.date < today).toBe(true);
    expect(held!.approvedAt!.slice(0, 10)).toBe(boardMeeting!.date);
    expect(quorumOf(held!).quorate).toBe(true);
    expect(next).toMatchObject({ kind: 'School Improvement Committee', minutesStatus: 'not-started' });
    const days = (Date.parse(next!.date) - Date.parse(today)) / 86_400_000;
    expect(days).toBeGreaterThanOrEqual(7);
    expect(days).toBeLessThanOrEqual(13);
    const agenda = board.minuteItems!.filter((i) => i.meetingId === next!.id).map((i) => i.title);
    expect(agenda[0]).toBe('Apologies for absence and declarations of interest');
    expect(agenda.filter((t) => t.startsWith('Area for improvement'))).toHaveLength(3);
    expect(agenda).toContain('Attendance');
    const heldItems = board.minuteItems!.filter((i) => i.meetingId === held!.id);
    expect(heldItems.every((i) => i.discussion && i.decision)).toBe(true);
    expect(heldItems.filter((i) => i.visibility === 'partB')).toHaveLength(held!.confidentialItems);
    expect(soc!.kind).toBe('School of Concern meeting');
    expect(soc!.papers.filter((p) => p.sentOn)).toHaveLength(1);
    const summary = board.minuteItems!.find((i) => i.meetingId === soc!.id && i.title.startsWith('Summary of the issues'));
    expect(summary?.papers).toContain('Current risk category: Category 4: School of Concern');
    expect(escalationDeadlines(board.escalationRecords!, today).map((d) => d.record.type)).toEqual(['warning-letter']);
  });
});

describe('buildDemoBoard', () => {
  it('gives the same board for the same inputs', () => {
    expect(build('2027-01-05')).toEqual(build('2027-01-05'));
  });
  it('describes Northgate Primary School as a School of Concern in the Repair phase', () => {
    const board = build('2027-01-05');
    expect(board.schools![0]).toMatchObject({
      name: 'Northgate Primary School',
      educationPhase: 'Primary',
      authority: 'Northgate Borough Council',
      riskCategory: 4,
      improvementPhase: 'Repair',
      ofstedJudgement: 'Requires improvement',
      ofstedDate: '2025-11-06',
      concernSince: '2026-01-05',
    });
    expect(board.schools![0]!.urn).toMatch(/^\d{6}$/);
    expect(board.plans![0]!.title).toBe('Northgate Primary School — School of Concern action plan');
    expect(board.memberships!.map((m) => m.role).sort()).toEqual([
      'chair',
      'clerk',
      'governor',
      'governor',
      'headteacher',
      'officer',
      'vice-chair',
    ]);
    expect(board.performanceRows!.find((r) => r.measure.startsWith('Persistent absence'))?.higherIsBetter).toBe(false);
  });
  it('refuses a today that is not yyyy-mm-dd', () => {
    expect(() => buildDemoBoard('05/01/2027', idMaker())).toThrow(/yyyy-mm-dd/);
  });
});
