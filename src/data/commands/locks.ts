import { isLocked, lockedMessage, type RecordKind, type Review } from '../../domain';
import type { StewardDb } from '../db';

/** Thrown when a change would alter a finalised (locked) record; nothing has been written. */
export class LockedRecord extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LockedRecord';
  }
}

/** The kinds that belong to a review, and so are locked with it. */
const partsOfReview = new Set<RecordKind>(['reviewEntries', 'areaJudgements']);

/**
 * Refuse any change to a finalised review or to its entries and judgements. Called by every
 * command before its write: `record` is the new record (create) and `id` the one being changed.
 * Other kinds return at once without reading anything.
 *
 * It reads before the command's own transaction opens (that transaction holds only the record's
 * table); finalising is itself a change through the same commands on the same device, so a change
 * already under way when the chair finalises lands first and is part of the finalised record.
 */
export async function refuseIfLocked(
  store: StewardDb,
  kind: RecordKind,
  target: { id?: string; record?: Record<string, unknown> },
): Promise<void> {
  if (kind !== 'reviews' && !partsOfReview.has(kind)) return;
  const existing = target.id ? ((await store.table(kind).get(target.id)) as Record<string, unknown> | undefined) : undefined;
  if (kind === 'reviews') {
    const review = existing as Review | undefined;
    if (review && isLocked(review)) throw new LockedRecord(lockedMessage(review));
    return;
  }
  const reviewIds = new Set([existing?.reviewId, target.record?.reviewId].filter((x): x is string => typeof x === 'string'));
  for (const reviewId of reviewIds) {
    const review = await store.reviews.get(reviewId);
    if (review && isLocked(review)) throw new LockedRecord(lockedMessage(review));
  }
}
