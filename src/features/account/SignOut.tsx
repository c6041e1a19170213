import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { IonAlert, IonButton } from '@ionic/react';
import { db } from '../../data';
import { unsyncedCounts } from '../../sync';
import { syncEngine } from '../../sync/appEngine';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Sign out, after saying what is not yet synced (C6): keep the boards on this device (a person's own
 * device), or take them off it, unsent changes and all (a shared device).
 */
export function SignOut() {
  const counts = useLiveQuery(() => unsyncedCounts(db), []);
  const [asking, setAsking] = useState(false);
  const unsynced = counts ? counts.waiting + counts.refused : 0;
  const boards = counts ? plural(counts.boards, 'board', 'boards') : 'boards';
  const them = counts?.boards === 1 ? 'it' : 'them';
  const state = !counts
    ? ''
    : unsynced === 0
      ? 'Every change is synced.'
      : `${plural(unsynced, 'change is', 'changes are')} not yet synced${counts.refused > 0 ? ` (${counts.refused} of them ${counts.refused === 1 ? 'needs' : 'need'} attention)` : ''}.`;
  const removeText =
    unsynced === 0
      ? `Sign out and remove your ${boards} from this device`
      : `Sign out, remove your ${boards} and discard ${plural(unsynced, 'change', 'changes')}`;
  return (
    <>
      <IonButton fill="outline" onClick={() => setAsking(true)}>
        Sign out
      </IonButton>
      <IonAlert
        isOpen={asking}
        header="Sign out?"
        subHeader={state}
        message={
          unsynced === 0
            ? `You can keep your ${boards} on this device to read and change offline, or remove ${them} (on a shared device).`
            : unsynced === 1
              ? `If you keep your ${boards} on this device, the change is sent when you sign in again. Removing ${them} from this device discards that change: it cannot be brought back.`
              : `If you keep your ${boards} on this device, the changes are sent when you sign in again. Removing ${them} from this device discards those ${unsynced} changes: they cannot be brought back.`
        }
        buttons={[
          { text: 'Stay signed in', role: 'cancel' },
          { text: `Sign out and keep ${them} on this device`, handler: () => void syncEngine.signOut() },
          { text: removeText, role: 'destructive', handler: () => void syncEngine.signOut({ removeBoards: true }) },
        ]}
        onDidDismiss={() => setAsking(false)}
      />
    </>
  );
}
