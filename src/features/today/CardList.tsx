import type { ReactNode } from 'react';
import { IonList } from '@ionic/react';
import { Empty } from '../../ui';

/** One of Today's cards: a heading, then its items as a list, or what to say when there are none. */
export function CardList<T>({
  id,
  title,
  empty,
  items,
  children,
}: {
  /** Names the heading's id (`${id}-heading`), which the card is labelled by. */
  id: string;
  title: string;
  empty: string;
  items: readonly T[];
  children: (item: T) => ReactNode;
}) {
  return (
    <section className="section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {items.length === 0 ? <Empty title={empty} /> : <IonList inset>{items.map((item) => children(item))}</IonList>}
    </section>
  );
}
