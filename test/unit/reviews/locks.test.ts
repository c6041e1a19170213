import { describe, expect, it } from 'vitest';
import { createRecord, deleteRecord, updateRecord, type StewardDb } from '../../../src/data';
import { freshDb, smallBoard, snapshot } from '../data/fixtures';

async function reviewWithEntry(store: StewardDb) {
  const board = await smallBoard(store);
  const review = await createRecord(
    'reviews',
    board.schoolId,
    { planId: board.plan.id, schoolYear: 2026, halfTerm: 'Autumn 2', heldOn: '2026-12-09' },
    store,
  );
  const entry = await createRecord(
    'reviewEntries',
    board.schoolId,
    { reviewId: review.id, actionId: board.action.id, rating: 'amber', note: 'Started late' },
    store,
  );
  const judgement = await createRecord(
    'areaJudgements',
    board.schoolId,
    { reviewId: review.id, areaId: board.area.id, judgement: 'some', reason: 'Training done' },
    store,
  );
  return { ...board, review, entry, judgement };
}

const LOCKED = 'This review was finalised on 10/12/2026 and is locked';
const finalise = (store: StewardDb, id: string) =>
  updateRecord('reviews', id, { status: 'final', finalisedAt: '2026-12-10T12:00:00.000Z', finalisedBy: 'Helen Whitfield' }, store);

describe('a finalised review is locked in the data layer', () => {
  it('lets a draft review, its entries and judgements change, and be finalised', async () => {
    const store = freshDb();
    const b = await reviewWithEntry(store);
    await updateRecord('reviewEntries', b.entry.id, { rating: 'green', note: '' }, store);
    await updateRecord('areaJudgements', b.judgement.id, { reason: 'Good start' }, store);
    await updateRecord('reviews', b.review.id, { heldOn: '2026-12-10' }, store);
    const final = await finalise(store, b.review.id);
    expect(final.status).toBe('final');
  });

  it('refuses every change to its entries and judgements, saying when it was finalised, and writes nothing', async () => {
    const store = freshDb();
    const b = await reviewWithEntry(store);
    await finalise(store, b.review.id);
    const before = await snapshot(store);
    await expect(updateRecord('reviewEntries', b.entry.id, { challenge: 'Why?' }, store)).rejects.toThrow(LOCKED);
    await expect(deleteRecord('reviewEntries', b.entry.id, store)).rejects.toThrow(LOCKED);
    await expect(updateRecord('areaJudgements', b.judgement.id, { judgement: 'good' }, store)).rejects.toThrow(LOCKED);
    await expect(deleteRecord('areaJudgements', b.judgement.id, store)).rejects.toThrow(LOCKED);
    await expect(
      createRecord('reviewEntries', b.schoolId, { reviewId: b.review.id, actionId: b.action.id, rating: 'green' }, store),
    ).rejects.toMatchObject({ name: 'RefusedChange', message: `${LOCKED}: this change was not saved.` });
    await expect(
      createRecord('areaJudgements', b.schoolId, { reviewId: b.review.id, areaId: b.area.id, judgement: 'good' }, store),
    ).rejects.toThrow(LOCKED);
    expect(await snapshot(store)).toEqual(before);
  });

  it('refuses changes to the finalised review itself, un-finalising and deleting included', async () => {
    const store = freshDb();
    const b = await reviewWithEntry(store);
    await finalise(store, b.review.id);
    await expect(updateRecord('reviews', b.review.id, { heldOn: '2026-12-11' }, store)).rejects.toThrow(LOCKED);
    await expect(updateRecord('reviews', b.review.id, { status: 'draft' }, store)).rejects.toThrow(LOCKED);
    await expect(deleteRecord('reviews', b.review.id, store)).rejects.toThrow(LOCKED);
    expect((await store.reviews.get(b.review.id))?.status).toBe('final');
  });

  it('refuses moving a draft entry into a finalised review', async () => {
    const store = freshDb();
    const b = await reviewWithEntry(store);
    const done = await createRecord(
      'reviews',
      b.schoolId,
      { planId: b.plan.id, schoolYear: 2026, halfTerm: 'Autumn 1', heldOn: '2026-10-14' },
      store,
    );
    await finalise(store, done.id);
    await expect(updateRecord('reviewEntries', b.entry.id, { reviewId: done.id }, store)).rejects.toThrow(LOCKED);
  });

  it('leaves the plan editable: a next step can still become an action, and evidence can be added', async () => {
    const store = freshDb();
    const b = await reviewWithEntry(store);
    await finalise(store, b.review.id);
    const action = await createRecord(
      'actions',
      b.schoolId,
      {
        needId: b.need.id,
        areaId: b.area.id,
        position: 2,
        description: 'Share the tracker',
        lead: 'Mrs Patel',
        start: '2026-12-10',
        finish: '2027-01-15',
      },
      store,
    );
    expect(action.position).toBe(2);
    await expect(
      createRecord(
        'evidence',
        b.schoolId,
        { kind: 'note', text: 'Seen', recordedAt: '2026-12-10T12:00:00.000Z', supports: [action.id] },
        store,
      ),
    ).resolves.toBeTruthy();
  });
});
