import { IonButton } from '@ionic/react';
import { db } from '../../data';
import { setNotice } from '../../sync';
import { Section } from '../../ui';
import { useNotice } from './useSync';

/** What the board's server last had to tell this person (removed from a board, board fetched again), until dismissed. */
export function NoticeSection() {
  const notice = useNotice();
  if (!notice) return null;
  return (
    <Section title="From the board’s server" id="notice">
      <p role="status">{notice}</p>
      <IonButton fill="outline" onClick={() => void setNotice(db, null)}>
        Dismiss this message
      </IonButton>
    </Section>
  );
}
