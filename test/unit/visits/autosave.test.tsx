import { afterAll, describe, expect, it, vi } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import { createRecord, db } from '../../../src/data';
import { useResponseDraft } from '../../../src/features/visits/useResponseDraft';
import { smallBoard } from '../data/fixtures';

afterAll(async () => {
  await db.delete();
});

async function plannedVisit() {
  const board = await smallBoard(db);
  const visit = await createRecord('visits', board.schoolId, {
    kind: 'learning walk',
    date: '2026-11-23',
    purpose: 'Corners',
    governor: 'Aisha Begum',
  });
  return visit;
}
const item = { id: 'tidy', prompt: 'Books are tidy', hint: '', type: 'yes-partly-no' as const };
const stored = (visitId: string) => db.visitResponses.where('visitId').equals(visitId).toArray();

describe('autosave of a checklist answer', () => {
  it('saves a tap at once and typing shortly after, as one record: created once, then updated', async () => {
    const visit = await plannedVisit();
    const first = vi.fn(async () => {});
    const { result } = renderHook(() => useResponseDraft(visit, item, undefined, first));
    act(() => result.current.change({ answer: { type: 'yes-partly-no', value: 'partly' } }, true));
    act(() => result.current.change({ note: 'Two of four corners' }));
    expect(result.current.draft.note).toBe('Two of four corners');
    await waitFor(async () => expect((await stored(visit.id))[0]?.note).toBe('Two of four corners'));
    await waitFor(() => expect(result.current.state).toEqual({ tone: 'ok', text: 'Saved on this device' }));
    const rows = await stored(visit.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ itemId: 'tidy', answer: { type: 'yes-partly-no', value: 'partly' }, schoolId: visit.schoolId });
    expect(first).toHaveBeenCalledTimes(1);
    const ops = (await db.outbox.where('schoolId').equals(visit.schoolId).toArray())
      .filter((o) => o.kind === 'visitResponses')
      .map((o) => o.op);
    expect(ops).toEqual(['create', 'update']);
  });

  it('saves what was being typed when the item goes away (leaving the screen)', async () => {
    const visit = await plannedVisit();
    const { result, unmount } = renderHook(() => useResponseDraft(visit, item, undefined, async () => {}));
    act(() => result.current.change({ note: 'Typed, then left at once' }));
    unmount();
    await waitFor(async () => expect((await stored(visit.id)).map((r) => r.note)).toEqual(['Typed, then left at once']));
  });

  it('says what went wrong, and saves nothing, when the input is not valid', async () => {
    const visit = await plannedVisit();
    const { result } = renderHook(() => useResponseDraft(visit, item, undefined, async () => {}));
    let ok = true;
    await act(async () => {
      result.current.change({ note: 'x'.repeat(2001) });
      ok = await result.current.flush();
    });
    expect(ok).toBe(false);
    expect(result.current.state.tone).toBe('bad');
    expect(result.current.state.text).toContain('Note must be at most 2000 characters');
    expect(await stored(visit.id)).toEqual([]);
  });
});
