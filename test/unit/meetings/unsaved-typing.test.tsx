// Nothing typed is ever dropped unseen: when the minutes lock (approved, here as if by the chair's
// device syncing in) while the clerk is typing, the words that could not be saved stay on screen.
import { afterAll, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { addAgendaItems, approveMinutes, createRecord, db } from '../../../src/data';
import { SchoolContext } from '../../../src/ui';
import MinutesPage from '../../../src/features/meetings/MinutesPage';
import { notSaved } from '../../../src/features/meetings/UnsavedTyping';
import { smallBoard } from '../data/fixtures';
import { meetingInput } from './fixtures';

afterAll(async () => {
  await db.delete();
});

describe('typing when the minutes lock', () => {
  it('keeps the words that could not be saved on screen, under the lock’s reason, and only those', async () => {
    const { schoolId, school } = await smallBoard(db);
    const first = await createRecord('meetings', schoolId, meetingInput('2026-10-14'));
    const next = await createRecord('meetings', schoolId, meetingInput('2026-11-25'));
    await addAgendaItems(first, [
      { title: 'Area 1: reading', itemKind: 'area', papers: '' },
      { title: 'Any other business', itemKind: 'aob', papers: '' },
    ]);
    render(
      <SchoolContext.Provider value={school}>
        <MemoryRouter initialEntries={[`/meetings/${first.id}/minutes`]}>
          <Routes>
            <Route path="/meetings/:meetingId/minutes" element={<MinutesPage />} />
          </Routes>
        </MemoryRouter>
      </SchoolContext.Provider>,
    );
    const summary = await screen.findByLabelText('Summary of item 1', undefined, { timeout: 15_000 });
    const decision = screen.getByLabelText('Decision on item 2');
    fireEvent.change(summary, { target: { value: 'Saved before the lock' } });
    fireEvent.blur(summary);
    await waitFor(
      async () => expect((await db.minuteItems.where('meetingId').equals(first.id).first())!.discussion).toBe('Saved before the lock'),
      { timeout: 15_000 },
    );
    // The next words wait for the pause in typing; the approval lands first.
    fireEvent.change(summary, { target: { value: 'Saved before the lock, and typed after it' } });
    fireEvent.change(decision, { target: { value: 'Agreed to write to parents' } });
    await approveMinutes((await db.meetings.get(first.id))!, next, 'Helen Whitfield');
    expect(await screen.findByText('Typed after the minutes were locked: not saved', undefined, { timeout: 15_000 })).toBeTruthy();
    expect((screen.getByLabelText('Area 1: reading') as HTMLTextAreaElement).value).toBe(
      'Summary: Saved before the lock, and typed after it',
    );
    expect((screen.getByLabelText('Any other business') as HTMLTextAreaElement).value).toBe('Decision: Agreed to write to parents');
    expect(screen.getByRole('alert').textContent).toMatch(/These minutes were approved on .* and are locked/);
    // What was saved before the lock is in the approved minutes; nothing after it was written.
    const items = await db.minuteItems.where('meetingId').equals(first.id).sortBy('position');
    expect(items.map((i) => [i.discussion, i.decision])).toEqual([
      ['Saved before the lock', ''],
      ['', ''],
    ]);
  });

  it('lists nothing when every word typed was saved', () => {
    const item = { id: 'i1', title: 'Item', discussion: 'Said', decision: 'Done' } as never;
    expect(notSaved([{ item, draft: { discussion: 'Said', decision: 'Done' } }], [item])).toEqual([]);
    expect(notSaved([{ item, draft: { discussion: '  ', decision: 'Done' } }], [item])).toEqual([]);
  });
});
