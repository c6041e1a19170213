import { IonButton } from '@ionic/react';

interface SubmitRowProps {
  busy: boolean;
  /** What the button says, e.g. "Sign in"; and while the form is being sent, e.g. "Signing in…". */
  label: string;
  busyLabel: string;
  /** Said politely as things go (omit for a form that has nothing to say). */
  status?: string;
  /** What went wrong, in words: announced at once. */
  error?: string;
}

/** The end of a form: its submit button (busy while sending), what is happening, and what went wrong. */
export function SubmitRow({ busy, label, busyLabel, status, error }: SubmitRowProps) {
  return (
    <>
      <div className="button-row">
        <IonButton type="submit" disabled={busy}>
          {busy ? busyLabel : label}
        </IonButton>
      </div>
      {status !== undefined && (
        <p role="status" className="muted">
          {status}
        </p>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
