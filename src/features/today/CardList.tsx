import type { ReactNode } from 'react';
import { Empty } from '../../ui';
import { ShortList } from './ShortList';

/** One of Today's cards: a heading, then its items as a short list (ShortList), or what to say when there are none. */
export function CardList<T>({
  id,
  title,
  empty,
  items,
  what,
  children,
}: {
  /** Names the heading's id (`${id}-heading`), which the card is labelled by. */
  id: string;
  title: string;
  empty: string;
  items: readonly T[];
  /** What the items are, for the button that shows them all ("milestones"). */
  what: string;
  children: (item: T) => ReactNode;
}) {
  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {items.length === 0 ? <Empty title={empty} /> : <ShortList items={items.map((item) => children(item))} what={what} />}
    </section>
  );
}
