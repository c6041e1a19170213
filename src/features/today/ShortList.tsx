import { useId, useState, type ReactNode } from 'react';
import { IonList } from '@ionic/react';

/**
 * How many of a card's items Today shows at first: the most pressing, enough to act on at a glance.
 * A four-year board can have hundreds overdue at once (issue 16: 450 items, 3,400 elements on the
 * large board's Today), and a screen opened from Today is laid out while the page transition still
 * shows Today beside it, so it paid for all of them.
 */
export const SHOWN_FIRST = 5;

/**
 * One of Today's lists: its first SHOWN_FIRST items (already in order, most pressing first), and, when
 * there are more, a button that shows them all in the same list, so they are found by find-in-page and
 * read in order by a screen reader once shown. `what` names the items in the button ("milestones").
 */
export function ShortList({ items, what }: { items: ReactNode[]; what: string }) {
  const [all, setAll] = useState(false);
  const id = useId();
  const hidden = items.length - SHOWN_FIRST;
  return (
    <>
      <div id={id}>
        <IonList inset>{all || hidden <= 0 ? items : items.slice(0, SHOWN_FIRST)}</IonList>
      </div>
      {hidden > 0 && (
        <div className="show-all">
          <button type="button" className="disclosure-button" aria-expanded={all} aria-controls={id} onClick={() => setAll(!all)}>
            <span>{all ? `Show the first ${SHOWN_FIRST} only` : `Show all ${items.length} ${what} (${hidden} more)`}</span>
            <span aria-hidden="true">{all ? '▴' : '▾'}</span>
          </button>
        </div>
      )}
    </>
  );
}
