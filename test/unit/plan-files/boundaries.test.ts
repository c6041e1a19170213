// Issue 15, items 1–5, at their edges, through the spreadsheet reader (6, 7 and 9 are in
// bad-files.test.ts and csv-safety.test.ts; 8 in word.test.ts).
import { describe, expect, it } from 'vitest';
import { actionCodeOf } from '../../../src/domain';
import { readPlanSheets, type Cell } from '../../../src/domain/planFiles';

let n = 0;
const ctx = { schoolId: 's', now: '2026-11-01T00:00:00.000Z', makeId: () => `id-${++n}` };
const plan: Cell[][] = [
  ['Field', 'Value'],
  ['Title', 'Plan'],
];
const read = (actions: Cell[][], milestones?: Cell[][], planRows: Cell[][] = plan) =>
  readPlanSheets(
    [
      { name: 'Plan', rows: planRows },
      { name: 'Actions', rows: actions },
      ...(milestones ? [{ name: 'Milestones', rows: milestones }] : []),
    ],
    false,
    ctx,
  );
const codes = (r: ReturnType<typeof read>) => {
  const p = r.incoming!;
  return p.actions.map((a) =>
    actionCodeOf(
      p.areas.find((x) => x.id === a.areaId)!,
      p.needs.find((x) => x.id === a.needId)!,
      a,
    ),
  );
};
const messages = (r: ReturnType<typeof read>) => r.problems.map((p) => `${p.row}: ${p.message}`);

describe('issue 15 at the boundaries', () => {
  it('1. timing in words: no dates needed; 300 characters of When kept, 301 refused; one date alone is kept', () => {
    const head = ['Area', 'Area title', 'Action', 'When', 'Start'];
    const ok = read([
      head,
      [1, 'Reading', 'Termly reading checks', 'x'.repeat(300), null],
      [1, null, 'From May', 'From May 2027', '01/05/2027'],
    ]);
    expect(ok.problems).toEqual([]);
    expect(ok.incoming!.actions.map((a) => [a.when?.length, a.start ?? null, a.finish ?? null])).toEqual([
      [300, null, null],
      [13, '2027-05-01', null],
    ]);
    const long = read([head, [1, 'Reading', 'Termly reading checks', 'x'.repeat(301), null]]);
    expect(messages(long)).toEqual(['2: When is 301 characters long; it may be at most 300. Shorten it.']);
  });

  it('2. milestones on an action, undated, more than five to an area; an action code the area lacks is refused', () => {
    const actions = [
      ['Area', 'Area title', 'Action code', 'Action'],
      [1, 'Reading', '1.1', 'Library'],
    ];
    const many = [
      ['Area', 'Milestone', 'Action code'],
      ...Array.from({ length: 7 }, (_, i) => [1, `Step ${i + 1}`, i === 0 ? '1.1' : null]),
    ];
    const r = read(actions, many);
    expect(r.problems).toEqual([]);
    expect(r.incoming!.milestones.map((m) => [m.number, m.date ?? null, !!m.actionId])).toEqual([
      [1, null, true],
      ...[2, 3, 4, 5, 6, 7].map((k) => [k, null, false]),
    ]);
    const wrong = read(actions, [
      ['Area', 'Milestone', 'Action code'],
      [1, 'Step', '1.2'],
    ]);
    expect(messages(wrong)).toEqual([
      '2: Area 1 has no action 1.2. Write the code of one of its actions as the Actions sheet gives it, or leave it empty.',
    ]);
  });

  it('3. no improvement-needed layer: the codes are 1(i), 1(ii); with one, 1a(i)', () => {
    expect(
      codes(
        read([
          ['Area', 'Area title', 'Action'],
          [1, 'Reading', 'A'],
          [1, null, 'B'],
        ]),
      ),
    ).toEqual(['1(i)', '1(ii)']);
    expect(
      codes(
        read([
          ['Area', 'Area title', 'Need code', 'Improvement needed', 'Action'],
          [1, 'Reading', '1a', 'Fluency', 'A'],
        ]),
      ),
    ).toEqual(['1a(i)']);
  });

  it('4. the plan’s own codes are kept: 20 characters, not 21', () => {
    const head = ['Area', 'Area title', 'Action code', 'Action'];
    expect(codes(read([head, [1, 'Reading', '7', 'A'], [1, null, 'A'.repeat(20), 'B']]))).toEqual(['7', 'A'.repeat(20)]);
    expect(messages(read([head, [1, 'Reading', 'A'.repeat(21), 'B']]))).toEqual([
      '2: Action code is 21 characters long; it may be at most 20. Shorten it.',
    ]);
  });

  it('5. a plan with no dates of its own; an end before its start is refused', () => {
    const actions = [
      ['Area', 'Area title', 'Action'],
      [1, 'Reading', 'A'],
    ];
    const r = read(actions);
    expect(r.problems).toEqual([]);
    expect([r.incoming!.plan!.startDate ?? null, r.incoming!.plan!.endDate ?? null]).toEqual([null, null]);
    const bad = read(actions, undefined, [...plan, ['Start', '01/09/2027'], ['End', '31/08/2027']]);
    expect(bad.problems).toHaveLength(1);
    expect(bad.incoming?.plan).toBeUndefined();
  });
});
