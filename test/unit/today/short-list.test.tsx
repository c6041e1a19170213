import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { SHOWN_FIRST, ShortList } from '../../../src/features/today/ShortList';

const items = (n: number) => Array.from({ length: n }, (_, i) => <p key={i}>Milestone {i + 1}</p>);
const shown = () => screen.queryAllByText(/^Milestone \d+$/).map((p) => p.textContent);

describe("Today's short lists (src/features/today/ShortList)", () => {
  afterEach(cleanup);

  it('shows every item, and no button, when there are no more than it shows at first', () => {
    render(<ShortList items={items(SHOWN_FIRST)} what="milestones" />);
    expect(shown()).toHaveLength(SHOWN_FIRST);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('shows the first few of a long list, then all of them in order in the same list when asked, and back', () => {
    render(<ShortList items={items(75)} what="milestones" />);
    expect(shown()).toEqual(Array.from({ length: SHOWN_FIRST }, (_, i) => `Milestone ${i + 1}`));
    const button = screen.getByRole('button', { name: `Show all 75 milestones (${75 - SHOWN_FIRST} more)` });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    const list = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(list.querySelectorAll('p')).toHaveLength(SHOWN_FIRST);

    fireEvent.click(button);
    expect(shown()).toEqual(Array.from({ length: 75 }, (_, i) => `Milestone ${i + 1}`));
    expect(list.querySelectorAll('p')).toHaveLength(75);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(button.textContent).toContain(`Show the first ${SHOWN_FIRST} only`);

    fireEvent.click(button);
    expect(shown()).toHaveLength(SHOWN_FIRST);
  });
});
