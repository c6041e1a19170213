import { IonButton } from '@ionic/react';
import { db } from '../../data';
import { useLiveQuery } from 'dexie-react-hooks';
import { setNotice, syncNotice } from '../../sync/session';
import { Section } from '../../ui';

// Read here rather than through useSync, which brings the sync engine: the welcome screen shows
// this and must stay small.
const useNotice = () => useLiveQuery(() => syncNotice(db), []);

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
