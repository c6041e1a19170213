import { beforeEach, describe, expect, it } from 'vitest';
import { renderHook, waitFor } from '@testing-library/react';
import { REMEMBERED_MOST, rememberAhead, rememberedAnswer, updateRecord, useRememberedQuery } from '../../../src/data';
import { freshDb, smallBoard } from './fixtures';

let store = freshDb();
beforeEach(() => {
  store = freshDb();
});
const titleOf = (schoolId: string) => async () => (await store.areas.where('schoolId').equals(schoolId).first())?.title ?? '';

describe('a screen opened again shows what it showed last time (useRememberedQuery)', () => {
  it('answers at once, on its first render, when nothing has been written since', async () => {
    const board = await smallBoard(store);
    const first = renderHook(() => useRememberedQuery('area title', [board.schoolId], titleOf(board.schoolId)));
    expect(first.result.current).toBeUndefined();
    await waitFor(() => expect(first.result.current).toBe('Reading'));
    first.unmount();
    const again = renderHook(() => useRememberedQuery('area title', [board.schoolId], titleOf(board.schoolId)));
    expect(again.result.current).toBe('Reading');
    again.unmount();
  });

  it('forgets every answer when anything is written, so a remembered answer is never out of date', async () => {
    const board = await smallBoard(store);
    const seen = renderHook(() => useRememberedQuery('area title', [board.schoolId], titleOf(board.schoolId)));
    await waitFor(() => expect(seen.result.current).toBe('Reading'));
    seen.unmount();
    await updateRecord('areas', board.area.id, { title: 'Early reading' }, store);
    expect(rememberedAnswer('area title', [board.schoolId])).toBeUndefined();
    const again = renderHook(() => useRememberedQuery('area title', [board.schoolId], titleOf(board.schoolId)));
    expect(again.result.current).toBeUndefined();
    await waitFor(() => expect(again.result.current).toBe('Early reading'));
    again.unmount();
  });

  it('never shows the answer for other values while the new ones are read', async () => {
    const one = await smallBoard(store);
    const two = await smallBoard(store);
    await updateRecord('areas', two.area.id, { title: 'Attendance' }, store);
    const view = renderHook(({ id }) => useRememberedQuery('area title', [id], titleOf(id)), { initialProps: { id: one.schoolId } });
    await waitFor(() => expect(view.result.current).toBe('Reading'));
    view.rerender({ id: two.schoolId });
    expect(view.result.current).toBeUndefined();
    await waitFor(() => expect(view.result.current).toBe('Attendance'));
    view.unmount();
  });

  it('shows a write while the screen is open, and does not keep an answer read across a write', async () => {
    const board = await smallBoard(store);
    const view = renderHook(() => useRememberedQuery('area title', [board.schoolId], titleOf(board.schoolId)));
    await waitFor(() => expect(view.result.current).toBe('Reading'));
    await updateRecord('areas', board.area.id, { title: 'Phonics' }, store);
    await waitFor(() => expect(view.result.current).toBe('Phonics'));
    expect(rememberedAnswer('area title', [board.schoolId])).not.toBe('Reading');
    view.unmount();
    const again = renderHook(() => useRememberedQuery('area title', [board.schoolId], titleOf(board.schoolId)));
    await waitFor(() => expect(again.result.current).toBe('Phonics'));
    again.unmount();
  });

  it('reads ahead: a screen opened for the first time after its read ahead answers on its first render', async () => {
    const board = await smallBoard(store);
    await rememberAhead('area title', [board.schoolId], titleOf(board.schoolId));
    const view = renderHook(() => useRememberedQuery('area title', [board.schoolId], titleOf(board.schoolId)));
    expect(view.result.current).toBe('Reading');
    view.unmount();
  });

  it('does not keep a read ahead that a write overtook', async () => {
    const board = await smallBoard(store);
    const slowRead = async () => {
      const title = await titleOf(board.schoolId)();
      await updateRecord('areas', board.area.id, { title: 'Phonics' }, store);
      return title;
    };
    await rememberAhead('area title', [board.schoolId], slowRead);
    expect(rememberedAnswer('area title', [board.schoolId])).toBeUndefined();
  });

  it(`remembers at most ${REMEMBERED_MOST} answers, the most recently read`, async () => {
    for (let i = 0; i <= REMEMBERED_MOST; i++) {
      const view = renderHook(() => useRememberedQuery('numbered', [i], async () => i));
      await waitFor(() => expect(view.result.current).toBe(i));
      view.unmount();
    }
    expect(rememberedAnswer('numbered', [0])).toBeUndefined();
    expect(rememberedAnswer('numbered', [REMEMBERED_MOST])).toBe(REMEMBERED_MOST);
  });
});
