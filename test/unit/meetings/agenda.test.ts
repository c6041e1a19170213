import { describe, expect, it } from 'vitest';
import { buildDemoBoard, committeeAgenda, socAgenda, standingSummary, type CommitteeAgendaInput } from '../../../src/domain';
import { idMaker } from '../domain/helpers';

const today = '2026-11-23';
const board = buildDemoBoard(today, idMaker());
const [held, , next] = board.meetings!;

const input = (over: Partial<CommitteeAgendaInput> = {}): CommitteeAgendaInput => ({
  meeting: next!,
  previous: held,
  actions: board.meetingActions!,
  areas: board.areas!,
  planActions: board.actions!,
  reviews: board.reviews!,
  entries: board.reviewEntries!,
  judgements: board.areaJudgements!,
  evidence: board.evidence!,
  visits: [],
  attendance: board.attendanceFigures!,
  attendanceQuestions: board.challengeRecords!.filter((c) => c.topic === 'attendance'),
  ...over,
});

describe('the committee agenda', () => {
  it('runs apologies, last minutes, matters arising, one item per area, attendance, AOB, next meeting', () => {
    const items = committeeAgenda(input());
    expect(items.map((i) => i.itemKind)).toEqual([
      'apologies',
      'minutes',
      'matters-arising',
      'area',
      'area',
      'area',
      'attendance',
      'aob',
      'next-meeting',
    ]);
    expect(items[1]!.title).toMatch(/^Minutes of the meeting on \d\d\/\d\d\/\d{4}$/);
    expect(items.filter((i) => i.areaId).map((i) => i.areaId)).toEqual(board.areas!.map((a) => a.id));
  });

  it('lists only open and carried-forward actions as matters arising, soonest first', () => {
    const base = { deleted: false, owner: 'Head', description: '' };
    const items = committeeAgenda(
      input({
        actions: [
          { ...base, description: 'Later', due: '2026-12-20', status: 'carried forward' },
          { ...base, description: 'Done', due: '2026-11-01', status: 'done' },
          { ...base, description: 'Sooner', due: '2026-12-01', status: 'open' },
          { ...base, description: 'Gone', due: '2026-12-01', status: 'open', deleted: true },
        ],
      }),
    );
    expect(items[2]!.papers).toBe('Sooner (Head, due 01/12/2026)\nLater (Head, due 20/12/2026, carried forward)');
    expect(committeeAgenda(input({ actions: [] }))[2]!.papers).toBe('No open actions.');
  });

  it('carries the latest review’s ratings and judgement, and only the evidence since the last meeting', () => {
    const area = committeeAgenda(input()).find((i) => i.itemKind === 'area')!;
    expect(area.papers).toMatch(/^Latest review \(.+\): .*(green|amber|red)/);
    expect(area.papers).toMatch(/Progress judged (good|some|insufficient)/i);
    const none = committeeAgenda(input({ previous: { ...held!, date: today } })).find((i) => i.itemKind === 'area')!;
    expect(none.papers).toContain(`No new evidence since 23/11/2026.`);
    const unreviewed = committeeAgenda(input({ reviews: [] })).find((i) => i.itemKind === 'area')!;
    expect(unreviewed.papers.split('\n')[0]).toBe('Not yet reviewed.');
  });

  it('leaves out the last minutes at the first meeting, archived areas, and attendance until figures exist', () => {
    const items = committeeAgenda(
      input({ previous: undefined, attendance: [], areas: board.areas!.map((a, i) => ({ ...a, archived: i === 0 })) }),
    );
    expect(items.map((i) => i.itemKind)).toEqual(['apologies', 'matters-arising', 'area', 'area', 'aob', 'next-meeting']);
    expect(items[items.length - 1]!.papers).toBe('To agree.');
  });
});

describe('the School of Concern agenda', () => {
  it('follows Appendix 3 and opens with the school’s standing', () => {
    const items = socAgenda({ standing: standingSummary(board.escalationRecords!), areas: board.areas! });
    expect(items).toHaveLength(7);
    expect(items[1]!.title).toBe('Summary of the issues of concern (lead local authority officer)');
    expect(items[1]!.papers.split('\n')[0]).toMatch(/^Current risk category: Category 4: School of Concern \(since \d\d\/\d\d\/\d{4}\)\.$/);
    expect(items[1]!.papers).toContain('letter of concern (warning letter) given');
    expect(standingSummary([])).toBe('No risk category, warning or intervention is recorded for the school.');
  });
});
