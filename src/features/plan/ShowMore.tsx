import { IonButton } from '@ionic/react';
import { nextPageOf } from './paging';

/** "Show the next 100 actions of area 1 (225 not shown)": the next page of a long list, after what is shown. Nothing when all are shown. */
export function ShowMore({ hidden, what, onMore }: { hidden: number; what: string; onMore: () => void }) {
  if (hidden <= 0) return null;
  return (
    <p className="show-more no-print">
      <IonButton fill="outline" size="small" onClick={onMore}>
        Show the next {nextPageOf(hidden)} {what} ({hidden} not shown)
      </IonButton>
    </p>
  );
}
