import { describe, expect, it } from 'vitest';
import { AreaSchema, visitScheduleFor, type TermDates } from '../../../src/domain';
import { baseFields } from '../domain/helpers';
import { aVisit, testId } from './helpers';

const planId = testId();
const area = (number: number) => AreaSchema.parse({ ...baseFields(), planId, number, title: `Area ${number}` });
const [a1, a2, a3] = [area(1), area(2), area(3)];
const action = { id: testId(), areaId: a2!.id };
const plan = { areas: [a1!, a2!, a3!], actions: [action] };

describe('the visit schedule for a school year', () => {
  const visits = [
    aVisit({ date: '2026-09-15', focusAreaIds: [a1!.id] }),
    aVisit({ date: '2026-11-02', focusActionIds: [action.id] }),
    aVisit({ date: '2027-03-10', focusAreaIds: [a1!.id], status: 'cancelled' }),
    aVisit({ date: '2027-08-31', focusAreaIds: [a3!.id] }),
    aVisit({ date: '2027-09-01', focusAreaIds: [a3!.id] }),
  ];
  it('groups the year’s visits by half term (England’s dates by default)', () => {
    const { halfTerms } = visitScheduleFor(visits, plan, 2026);
    expect(halfTerms.map((h) => [h.halfTerm, h.visits.map((v) => v.date)])).toEqual([
      ['Autumn 1', ['2026-09-15']],
      ['Autumn 2', ['2026-11-02']],
      ['Spring 1', []],
      ['Spring 2', ['2027-03-10']],
      ['Summer 1', []],
      ['Summer 2', ['2027-08-31']],
    ]);
  });
  it('counts visits per area (through their actions too, never cancelled ones), so an unvisited priority shows', () => {
    expect(visitScheduleFor(visits, plan, 2026).coverage.map((c) => [c.area.number, c.visits])).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
    ]);
    expect(visitScheduleFor(visits, plan, 2027).coverage.map((c) => c.visits)).toEqual([0, 0, 1]);
  });
  it('uses the board’s own term dates where it has them', () => {
    const own = {
      schoolYear: 2026,
      starts: {
        'Autumn 1': '2026-09-03',
        'Autumn 2': '2026-11-03',
        'Spring 1': '2027-01-05',
        'Spring 2': '2027-02-22',
        'Summer 1': '2027-04-12',
        'Summer 2': '2027-06-01',
      },
    } as TermDates;
    expect(visitScheduleFor(visits, plan, 2026, [own]).halfTerms[0]!.visits.map((v) => v.date)).toEqual(['2026-09-15', '2026-11-02']);
  });
});
