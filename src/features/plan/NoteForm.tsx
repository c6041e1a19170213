import { useState, type FormEvent } from 'react';
import { IonButton, IonTextarea } from '@ionic/react';
import type { Action } from '../../domain';
import { createRecord, getUserName } from '../../data';
import { problemText } from '../../ui';

/** Add a short note to an action. It is kept as evidence the next review can weigh. */
export function NoteForm({ action, onSaved, onFailed }: { action: Action; onSaved: (m: string) => void; onFailed: (m: string) => void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!text.trim()) {
      setError('Write the note first.');
      return;
    }
    setBusy(true);
    try {
      await createRecord('evidence', action.schoolId, {
        kind: 'note',
        title: '',
        text: text.trim(),
        recordedBy: await getUserName(),
        recordedAt: new Date().toISOString(),
        supports: [action.id],
      });
      setText('');
      setError('');
      onSaved('Note saved on this device');
    } catch (err) {
      onFailed(problemText(err));
    } finally {
      setBusy(false);
    }
  }
  return (
    <form onSubmit={(e) => void submit(e)} className="note-form" noValidate>
      <IonTextarea
        label="New note"
        labelPlacement="stacked"
        fill="outline"
        autoGrow
        rows={3}
        maxlength={8000}
        value={text}
        onIonInput={(e) => setText(e.detail.value ?? '')}
        errorText={error}
        className={error ? 'ion-invalid ion-touched' : ''}
        helperText="What you saw or were told, in a sentence or two."
      />
      <IonButton type="submit" disabled={busy}>
        Save note
      </IonButton>
    </form>
  );
}
