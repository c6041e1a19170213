import { useEffect, useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { IonButton } from '@ionic/react';
import { SOMEONE_ON_DEVICE } from '../../domain';
import { getUserName, setUserName } from '../../data';
import { problemText, Section, TextField } from '../../ui';

/** The name this device's changes are recorded under, in the board's history ("who changed what and when"). */
export function YourName() {
  const stored = useLiveQuery(() => getUserName(), []);
  const [name, setName] = useState('');
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (stored !== undefined) setName(stored);
  }, [stored]);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setStatus('');
    try {
      const savedName = await setUserName(name);
      setError('');
      setStatus(
        savedName
          ? `Saved. Your changes are now recorded as made by ${savedName}.`
          : `Saved. Your changes are recorded as made by “${SOMEONE_ON_DEVICE}”.`,
      );
    } catch (err) {
      setError(problemText(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Section title="Your name" id="your-name">
      <p>The plan’s history shows who changed what and when. Changes made on this device are recorded under this name.</p>
      <form onSubmit={(e) => void submit(e)} noValidate className="stack">
        <TextField
          label="Your name"
          fill="outline"
          value={name}
          autocomplete="name"
          maxlength={120}
          onChange={(value) => {
            setName(value);
            setStatus('');
          }}
          error={error}
          helper={`Leave blank to be shown as “${SOMEONE_ON_DEVICE}”.`}
        />
        <div className="button-row">
          <IonButton type="submit" disabled={busy}>
            Save your name
          </IonButton>
        </div>
        <p role="status" className="muted">
          {status}
        </p>
      </form>
    </Section>
  );
}
