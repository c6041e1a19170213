import { moveInOrder, type Direction } from '../../domain';
import { updateRecords } from '../../data';

interface Orderable {
  id: string;
  position: number;
  archived?: boolean;
}

/**
 * Move a need, an action or a performance row past its shown neighbour; both records change in
 * one transaction. Resolves false when it cannot move that way.
 */
export async function moveRecord(
  kind: 'needs' | 'actions' | 'performanceRows',
  siblings: Orderable[],
  id: string,
  direction: Direction,
  showArchived: boolean,
): Promise<boolean> {
  const moves = moveInOrder(siblings, id, direction, (x) => showArchived || !x.archived);
  if (!moves) return false;
  await updateRecords(moves.map((m) => ({ kind, id: m.id, patch: { position: m.position } })));
  return true;
}

/** Move an area for improvement: its number is its place (Area 1, Area 2…). */
export async function moveArea(
  areas: { id: string; number: number; archived: boolean }[],
  id: string,
  direction: Direction,
  showArchived: boolean,
): Promise<boolean> {
  const moves = moveInOrder(
    areas.map((a) => ({ id: a.id, position: a.number, archived: a.archived })),
    id,
    direction,
    (x) => showArchived || !x.archived,
  );
  if (!moves) return false;
  await updateRecords(moves.map((m) => ({ kind: 'areas' as const, id: m.id, patch: { number: m.position } })));
  return true;
}

/** Can an item move up and down among those shown? */
export function canMove<T extends { id: string }>(shown: T[], id: string) {
  const i = shown.findIndex((x) => x.id === id);
  return { up: i > 0, down: i >= 0 && i < shown.length - 1 };
}
