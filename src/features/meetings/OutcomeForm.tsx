import { useState } from 'react';
import { IonButton } from '@ionic/react';
import type { EscalationRecord } from '../../domain';
import { updateRecord } from '../../data';
import { problemText } from '../../ui';
import { TextBox } from './fields';

/** Record what came of a letter, notice or intervention: its deadline then stops counting down. */
export function OutcomeForm({ record, label }: { record: EscalationRecord; label: string }) {
  const [outcome, setOutcome] = useState('');
  const [error, setError] = useState('');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        if (!outcome.trim()) return setError('Write the outcome first.');
        updateRecord('escalationRecords', record.id, { outcome }).catch((x: unknown) => setError(problemText(x)));
      }}
    >
      <TextBox label={`Outcome (${label.toLowerCase()} deadline)`} value={outcome} onChange={setOutcome} error={error} maxLength={4000} />
      <IonButton type="submit" size="small" fill="outline">
        Save the outcome
      </IonButton>
    </form>
  );
}
