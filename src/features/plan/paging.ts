import { useState } from 'react';
import type { AreaTimeline } from './timelineView';

/**
 * Long lists of a big plan are drawn a page at a time, in the plan's order ("Show the next 100"),
 * so a plan of 5,000 actions opens in a second; what is shown is in the page in reading order, so
 * find-in-page and screen readers meet it as written.
 */
export const FIRST_PAGE = 25;
export const NEXT_PAGE = 100;

/** How many of each list are shown (by the list's id); show the next page of one, or at least `count` of it (to show one just added). */
export function useShown(first = FIRST_PAGE, next = NEXT_PAGE) {
  const [shown, setShown] = useState<Record<string, number>>({});
  const shownOf = (id: string) => shown[id] ?? first;
  const showMore = (id: string) => setShown((s) => ({ ...s, [id]: (s[id] ?? first) + next }));
  const showAtLeast = (id: string, count: number) => setShown((s) => ({ ...s, [id]: Math.max(s[id] ?? first, count) }));
  return { shownOf, showMore, showAtLeast };
}

/** How many the next page adds, of those not yet shown (0 when all are shown). */
export const nextPageOf = (hidden: number, next = NEXT_PAGE) => Math.max(0, Math.min(next, hidden));

/**
 * The first `limit` of an area's dated actions (across its needs, in order) and the first `limit`
 * of its undated ones; needs after the last shown action wait for the next page. Milestones are all
 * kept (an area has a handful). `hidden` counts the actions not shown.
 */
export function firstRows(area: AreaTimeline, limit: number): { area: AreaTimeline; hidden: number } {
  let left = limit;
  let hidden = 0;
  const needs: AreaTimeline['needs'] = [];
  for (const group of area.needs) {
    if (hidden > 0 || (left <= 0 && group.actions.length > 0)) {
      hidden += group.actions.length;
      continue;
    }
    const actions = group.actions.slice(0, left);
    hidden += group.actions.length - actions.length;
    left -= actions.length;
    needs.push(actions.length === group.actions.length ? group : { ...group, actions });
  }
  const undated = area.undated.slice(0, limit);
  hidden += area.undated.length - undated.length;
  return hidden === 0 ? { area, hidden } : { area: { ...area, needs, undated }, hidden };
}
