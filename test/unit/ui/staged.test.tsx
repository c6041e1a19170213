import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { useStaged } from '../../../src/ui';

const cards = ['Milestones', 'Red twice', 'Review', 'Visits'];

/** A screen that shows its cards in stages, as Today does. */
function Screen({ ready }: { ready: boolean }) {
  const shown = useStaged(ready ? cards.length : 1);
  return (
    <>
      {cards.slice(0, shown).map((c) => (
        <h2 key={c}>{c}</h2>
      ))}
    </>
  );
}

const headings = () => screen.queryAllByRole('heading').map((h) => h.textContent);

describe('useStaged (src/ui)', () => {
  afterEach(cleanup);

  it('shows the first part at once and the rest in later tasks, top to bottom', async () => {
    render(<Screen ready />);
    expect(headings()).toEqual(['Milestones']);
    await waitFor(() => expect(headings()).toEqual(cards));
  });

  it('waits while the screen has only one part, then carries on when it has them all', async () => {
    const { rerender } = render(<Screen ready={false} />);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(headings()).toEqual(['Milestones']);
    rerender(<Screen ready />);
    await waitFor(() => expect(headings()).toEqual(cards));
  });
});
