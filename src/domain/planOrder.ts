/**
 * Numbering and order inside an action plan: areas 1, 2, 3…; improvement-needed rows a, b, c…;
 * actions (i), (ii)…; milestones 1–5. Archived items keep their number (minutes and reviews may
 * already refer to "1b(ii)"), so a new item always takes the next number after every live one.
 */

export interface Placed {
  id: string;
  /** The number that gives the item its code (an area's number, a need's or an action's position). */
  position: number;
}

/** The number a new item takes: one more than the highest in use (archived included), or 1. */
export function nextPlace(items: readonly { position: number }[]): number {
  return items.reduce((max, item) => Math.max(max, item.position), 0) + 1;
}

export type Direction = 'up' | 'down';

/**
 * Move one item past its nearest shown neighbour (hidden ones, e.g. archived, are stepped over).
 * Returns the new positions of the items whose position changes, or null when it cannot move
 * (first or last shown, or not in the list). Normally the two swap numbers; if the list's numbers
 * are not all different (e.g. after an import), every item is numbered afresh 1, 2, 3… in the new
 * order, so the move is never lost.
 */
export function moveInOrder<T extends Placed>(
  items: readonly T[],
  id: string,
  direction: Direction,
  shown: (item: T) => boolean = () => true,
): Placed[] | null {
  const ordered = [...items].sort((a, b) => a.position - b.position);
  const from = ordered.findIndex((item) => item.id === id);
  if (from < 0) return null;
  const step = direction === 'up' ? -1 : 1;
  let to = from + step;
  while (to >= 0 && to < ordered.length && !shown(ordered[to]!)) to += step;
  if (to < 0 || to >= ordered.length) return null;
  const a = ordered[from]!;
  const b = ordered[to]!;
  const distinct = new Set(ordered.map((item) => item.position)).size === ordered.length;
  if (distinct)
    return [
      { id: a.id, position: b.position },
      { id: b.id, position: a.position },
    ];
  ordered[from] = b;
  ordered[to] = a;
  return ordered.flatMap((item, i) => (item.position === i + 1 ? [] : [{ id: item.id, position: i + 1 }]));
}

/** The template gives each area five milestones. */
export const MILESTONES_PER_AREA = 5;
export const milestoneNumbers = [1, 2, 3, 4, 5] as const;

/** The milestone numbers (1–5) an area has not yet set. */
export function freeMilestoneNumbers(taken: readonly { number: number }[]): number[] {
  const used = new Set(taken.map((m) => m.number));
  return milestoneNumbers.filter((n) => !used.has(n));
}
