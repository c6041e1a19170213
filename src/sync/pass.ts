// One pass over the person's boards (C5): for each, in turn, the outbox pushed (S1, C1, with its
// files first, C4) and then the board pulled from its own cursor (S5, C2, reset C3). A board the
// person was removed from (403 `removed`, S14) is taken off the device (C3); the others go on.
import type { StewardDb } from '../data';
import { SyncError, type Membership, type SyncApi } from './api';
import { pullAll, pushAll, type CycleOptions } from './cycle';

export interface PassTotals {
  pushed: number;
  rejected: number;
  pulled: number;
}

/**
 * Sync each board once, in the order given (the board shown first). `takeOff` is told of each board
 * the person was removed from. Any other failure (offline, signed out, refused) stops the pass and
 * is thrown: what was stored before it stays stored, and the next pass carries on from there.
 */
export async function syncBoards(
  store: StewardDb,
  api: SyncApi,
  boards: Membership[],
  cycle: CycleOptions,
  takeOff: (schoolId: string, removed: SyncError) => Promise<void>,
): Promise<PassTotals> {
  const total: PassTotals = { pushed: 0, rejected: 0, pulled: 0 };
  for (const board of boards) {
    try {
      const pushed = await pushAll(store, api, board.schoolId, cycle);
      total.pushed += pushed.applied;
      total.rejected += pushed.rejected;
      total.pulled += await pullAll(store, api, board.schoolId, cycle);
    } catch (err) {
      if (!(err instanceof SyncError) || err.kind !== 'removed') throw err;
      await takeOff(board.schoolId, err);
    }
  }
  return total;
}
