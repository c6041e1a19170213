import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { IonButton } from '@ionic/react';
import { roleLabels } from '../../domain';
import { db } from '../../data';
import { sessionBoards, unsyncedCounts, type SyncSession } from '../../sync';
import { syncEngine } from '../../sync/appEngine';
import { Section } from '../../ui';
import { SignOut } from './SignOut';
import { useLastSynced, useSyncStatus, whenText } from './useSync';

/** Who is signed in, how sync is going, "Sync now" and "Sign out". */
export function SyncStatusSection({ session }: { session: SyncSession }) {
  const status = useSyncStatus();
  const last = useLastSynced();
  const waiting = useLiveQuery(async () => (await unsyncedCounts(db)).waiting, []);
  const [busy, setBusy] = useState(false);
  const syncing = status.state === 'syncing' || busy;

  async function syncNow() {
    setBusy(true);
    try {
      await syncEngine.syncNow();
    } finally {
      setBusy(false);
    }
  }

  return (
    <Section title="Sync" id="sync">
      <dl className="facts">
        <dt>Signed in as</dt>
        <dd>
          {session.person.name} ({session.person.email})
        </dd>
        <dt>{sessionBoards(session).length === 1 ? 'Board' : 'Boards'}</dt>
        <dd>
          {sessionBoards(session)
            .map((b) => `${b.schoolName}, as ${roleLabels[b.role].toLowerCase()}`)
            .join('; ')}
        </dd>
        <dt>Last synced</dt>
        <dd>{last ? whenText(last) : 'Not yet'}</dd>
        <dt>Changes waiting to be sent</dt>
        <dd>{waiting === undefined ? 'Counting…' : waiting === 0 ? 'None' : waiting}</dd>
      </dl>
      <p
        role="status"
        className={status.state === 'error' || status.state === 'retrying' || status.state === 'update-needed' ? 'error' : 'muted'}
      >
        {syncing ? 'Syncing…' : status.message}
      </p>
      <div className="button-row">
        <IonButton onClick={() => void syncNow()} disabled={syncing}>
          Sync now
        </IonButton>
        <SignOut />
      </div>
      <p className="muted">
        Signing out asks first: keep your boards and any changes not yet sent on this device (they are sent when you sign in again), or
        remove them from this device.
      </p>
    </Section>
  );
}
