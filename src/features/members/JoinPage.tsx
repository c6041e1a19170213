import { useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { db } from '../../data';
import { IonButton, IonContent, IonHeader, IonPage, IonTitle, IonToolbar } from '@ionic/react';
import { PASSWORD_MIN_LENGTH } from '../../domain';
import { defaultServerUrl, readSession, SyncError } from '../../sync';
import { syncEngine } from '../../sync/appEngine';
import { Section, SubmitRow, TextField } from '../../ui';
import './members.css';
import { hasProblems, inviteTokenFrom, joinProblems, type JoinProblems } from './members';

/** The message for a failed join: the server's words (used or expired link, wrong password), or what to do. */
function joinProblem(err: unknown): string {
  if (err instanceof SyncError) {
    if (err.kind === 'offline') return 'The server could not be reached: check this device is online, then try again.';
    return err.message;
  }
  return 'Something went wrong joining the board: try again.';
}

/**
 * Opened from an invite link (/join#invite=…, A5): choose a name and password, join the board and
 * sign in; the board is then fetched to this device. `onDone` goes on to the app.
 */
export default function JoinPage({ onDone }: { onDone: () => void }) {
  const [token] = useState(() => inviteTokenFrom(location.hash));
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<JoinProblems & { form?: string }>({});
  const [busy, setBusy] = useState(false);
  const [joined, setJoined] = useState('');
  // Someone already signed in here: an invitation for another person signs them out on this device.
  const signedIn = useLiveQuery(async () => (await readSession(db))?.person ?? null, []);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found = joinProblems(name, password, confirm);
    setErrors(found);
    if (hasProblems(found) || !token) return;
    setBusy(true);
    try {
      const session = await syncEngine.acceptInvite(defaultServerUrl(), token, name, password);
      setPassword('');
      setConfirm('');
      const board = session.boards[0]?.schoolName ?? 'the board';
      setJoined(`Welcome, ${session.person.name}. Fetching ${board}’s records to this device…`);
      const outcome = await syncEngine.syncNow();
      if (outcome.ok) return onDone();
      setBusy(false);
      setJoined(
        `You have joined ${board}. Its records could not be fetched yet (${outcome.error.message}); they will be when this device is online.`,
      );
    } catch (err) {
      setErrors({ form: joinProblem(err) });
      setBusy(false);
    }
  }

  return (
    // The title bar is written out (not ui's Page): this screen loads outside the tabs, and sharing
    // Page with it would split Page out of the tabs' chunk, costing Today's first screen a request.
    <IonPage>
      <IonHeader>
        <IonToolbar color="primary">
          <IonTitle>
            <h1 className="page-title">Join your board</h1>
          </IonTitle>
        </IonToolbar>
      </IonHeader>
      <IonContent>
        <main className="page-main">
          <Section title="Set your password" id="join">
            {!token ? (
              <p role="alert" className="error">
                This invite link is not complete: open the whole link from the message you were sent, or ask the chair or clerk for a new
                one.
              </p>
            ) : (
              <form onSubmit={(e) => void submit(e)} noValidate className="stack" aria-label="Join your board">
                <p>
                  You have been invited to join a board on Steward. Choose how your name is shown to the board, and a password for signing
                  in.
                </p>
                {signedIn && (
                  <p className="join-notice">
                    This device is signed in as {signedIn.name} ({signedIn.email}). If this invitation is for someone else, joining signs{' '}
                    {signedIn.name} out on this device: their boards and any changes not yet sent stay on it, and sync again when they sign
                    in.
                  </p>
                )}
                <TextField label="Your name" fill="outline" autocomplete="name" value={name} onChange={setName} error={errors.name} />
                <TextField
                  label="Password"
                  fill="outline"
                  type="password"
                  autocomplete="new-password"
                  value={password}
                  onChange={setPassword}
                  helper={`At least ${PASSWORD_MIN_LENGTH} characters. If you already have a Steward account with this email, enter its password.`}
                  error={errors.password}
                />
                <TextField
                  label="Type the password again"
                  fill="outline"
                  type="password"
                  autocomplete="new-password"
                  value={confirm}
                  onChange={setConfirm}
                  error={errors.confirm}
                />
                <SubmitRow busy={busy} label="Join the board" busyLabel="Joining…" status={joined} error={errors.form} />
              </form>
            )}
            {(!token || (joined && !busy) || errors.form) && (
              <IonButton fill="outline" onClick={onDone}>
                Go to Steward
              </IonButton>
            )}
          </Section>
        </main>
      </IonContent>
    </IonPage>
  );
}
