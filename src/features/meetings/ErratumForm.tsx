import { useState } from 'react';
import { IonButton } from '@ionic/react';
import { addErratum, type MeetingDetail } from '../../data';
import { Section, problemText } from '../../ui';
import { Choose, TextBox, Input } from './fields';

/** After the lock, a correction is added as an erratum beside the original: the minutes themselves never change. */
export function ErratumForm({ detail }: { detail: MeetingDetail }) {
  const { meeting, items } = detail;
  const [itemId, setItemId] = useState('');
  const [correction, setCorrection] = useState('');
  const [by, setBy] = useState('');
  const [error, setError] = useState('');
  const [done, setDone] = useState('');
  return (
    <Section title="Add an erratum" id="erratum">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setDone('');
          addErratum(meeting, { correction, recordedBy: by, minuteItemId: itemId || undefined }).then(
            () => {
              setCorrection('');
              setError('');
              setDone('Erratum saved on this device, beside the original minutes.');
            },
            (x: unknown) => setError(problemText(x)),
          );
        }}
      >
        <Choose
          label="Which part it corrects"
          value={itemId}
          onChange={setItemId}
          options={[
            { value: '', label: 'The minutes as a whole' },
            ...items.map((i, n) => ({ value: i.id, label: `${n + 1}. ${i.title}` })),
          ]}
        />
        <TextBox label="Correction" value={correction} onChange={setCorrection} maxLength={4000} />
        <Input label="Recorded by" value={by} onChange={setBy} maxLength={200} />
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <IonButton type="submit">Add the erratum</IonButton>
        {done && <p role="status">{done}</p>}
      </form>
    </Section>
  );
}
