import { useState, type FormEvent } from 'react';
import { SubmitRow, TextField } from '../../ui';
import { SyncError } from '../../sync/errors';
import { defaultServerUrl } from '../../sync/session';

/** The message for a failed sign-in: what happened and what to do. */
function signInProblem(err: unknown): string {
  if (err instanceof SyncError) {
    if (err.kind === 'offline')
      return 'The server could not be reached: check this device is online and the server address is right, then try again.';
    return err.message;
  }
  return 'Something went wrong signing in: try again.';
}

/** Sign in to the board's server with an email and password (A1). */
export default function SignInForm({ intro }: { intro?: string }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [server, setServer] = useState(defaultServerUrl());
  const [errors, setErrors] = useState<{ email?: string; password?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState('');

  async function submit(e: FormEvent) {
    e.preventDefault();
    const found: typeof errors = {};
    if (!email.trim()) found.email = 'Enter your email address.';
    if (!password) found.password = 'Enter your password.';
    setErrors(found);
    if (found.email || found.password) return;
    setBusy(true);
    setDone('');
    try {
      // The engine (and the record checks it brings) loads only now: the welcome screen stays small.
      const { syncEngine } = await import('../../sync/appEngine');
      const session = await syncEngine.signIn(server, email, password);
      setPassword('');
      setDone(`Signed in as ${session.person.name}. Fetching your boards’ records to this device…`);
    } catch (err) {
      setErrors({ form: signInProblem(err) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="stack" aria-label="Sign in to your board">
      {intro && <p>{intro}</p>}
      <TextField
        label="Email address"
        fill="outline"
        type="email"
        autocomplete="email"
        inputMode="email"
        value={email}
        onChange={setEmail}
        error={errors.email}
      />
      <TextField
        label="Password"
        fill="outline"
        type="password"
        autocomplete="current-password"
        value={password}
        onChange={setPassword}
        error={errors.password}
      />
      <TextField
        label="Server address"
        fill="outline"
        type="url"
        inputMode="url"
        value={server}
        onChange={setServer}
        helper="Where your board’s records are kept. Leave it as it is unless your clerk gave you another address."
      />
      <SubmitRow busy={busy} label="Sign in" busyLabel="Signing in…" status={done} error={errors.form} />
    </form>
  );
}
