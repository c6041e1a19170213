import { useState } from 'react';
import { IonAlert, IonButton } from '@ionic/react';
import { SyncError } from '../../sync';
import { syncEngine } from '../../sync/appEngine';
import { Section } from '../../ui';

/** End every session of the signed-in person, on every device (A3), after asking; this device keeps its board. */
export function SignOutEverywhere() {
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');

  async function signOutEverywhere() {
    setBusy(true);
    setProblem('');
    try {
      await syncEngine.signOut({ everywhere: true });
    } catch (err) {
      setProblem(
        err instanceof SyncError && err.kind === 'offline'
          ? 'The server could not be reached, so no device was signed out: try again when this device is online.'
          : (err as Error).message,
      );
      setBusy(false);
    }
  }

  return (
    <Section title="Sign out everywhere" id="sign-out-everywhere">
      <p>
        If you have lost a device, or signed in on one that is not yours, sign out on every device at once. Each will ask for your password
        again.
      </p>
      <IonButton fill="outline" color="danger" onClick={() => setAsking(true)} disabled={busy}>
        Sign out everywhere
      </IonButton>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      <IonAlert
        isOpen={asking}
        header="Sign out on every device?"
        message="Every device signed in as you stops syncing until you sign in on it again. This device keeps its boards and any changes not yet sent; they are sent when you sign in again."
        buttons={[
          { text: 'Cancel', role: 'cancel' },
          { text: 'Sign out everywhere', role: 'destructive', handler: () => void signOutEverywhere() },
        ]}
        onDidDismiss={() => setAsking(false)}
      />
    </Section>
  );
}
