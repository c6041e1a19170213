import { describe, expect, it } from 'vitest';
import { firstRows, nextPageOf } from '../../../src/features/plan/paging';
import type { AreaTimeline, TimelineRow } from '../../../src/features/plan/timelineView';

const row = (id: string): TimelineRow => ({ id, code: id, text: `Action ${id}`, when: '', span: null, bar: null });
const rows = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => row(`${prefix}${i + 1}`));
const need = (id: string, actions: TimelineRow[]) => ({ need: { id, code: id, text: `Need ${id}` }, actions });

function area(needs: AreaTimeline['needs'], undated: TimelineRow[] = []): AreaTimeline {
  return { id: 'area', number: 1, code: '1', title: 'Reading', needs, undated, milestones: [], undatedMilestones: [] };
}
const ids = (a: AreaTimeline) => ({
  needs: a.needs.map((n) => `${n.need?.id}:${n.actions.map((x) => x.id).join(',')}`),
  undated: a.undated.map((x) => x.id),
});

describe('a big area on the timeline, a page at a time', () => {
  it('shows a small area whole, the very same object', () => {
    const small = area([need('a', rows('a', 3))], rows('u', 2));
    expect(firstRows(small, 25)).toEqual({ area: small, hidden: 0 });
  });
  it('takes the first actions across the needs, in order, and leaves the later needs for the next page', () => {
    const big = area([need('a', rows('a', 3)), need('b', rows('b', 3)), need('c', rows('c', 3))]);
    const { area: shown, hidden } = firstRows(big, 4);
    expect(ids(shown).needs).toEqual(['a:a1,a2,a3', 'b:b1']);
    expect(hidden).toBe(5);
  });
  it('keeps an empty need that comes before the cut, and drops everything after it', () => {
    const big = area([need('a', rows('a', 2)), need('empty', []), need('b', rows('b', 2)), need('late', [])]);
    expect(ids(firstRows(big, 2).area).needs).toEqual(['a:a1,a2', 'empty:']);
    expect(ids(firstRows(big, 3).area).needs).toEqual(['a:a1,a2', 'empty:', 'b:b1']);
  });
  it('pages the actions without dates too, and counts every action not shown', () => {
    const big = area([need('a', rows('a', 2))], rows('u', 30));
    const { area: shown, hidden } = firstRows(big, 25);
    expect(ids(shown)).toEqual({ needs: ['a:a1,a2'], undated: rows('u', 25).map((r) => r.id) });
    expect(hidden).toBe(5);
  });
  it('shows everything once the page is as long as the area', () => {
    const big = area([need('a', rows('a', 60)), need('b', rows('b', 60))], rows('u', 40));
    expect(firstRows(big, 125).hidden).toBe(0);
    expect(firstRows(big, 125).area).toBe(big);
  });
  it('says how many the next page adds', () => {
    expect(nextPageOf(225)).toBe(100);
    expect(nextPageOf(40)).toBe(40);
    expect(nextPageOf(0)).toBe(0);
  });
});
