import { useState } from 'react';
import { IonButton } from '@ionic/react';
import { type MinuteItem } from '../../domain';
import { createRecord, deleteRecord, markMinutesStarted, type MeetingDetail } from '../../data';
import { DateText, problemText } from '../../ui';
import { Input } from './fields';

/** Actions agreed under an item, each with an owner and a due date: they go into the action log. */
export function ActionEntry({ item, detail }: { item: MinuteItem; detail: MeetingDetail }) {
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const [error, setError] = useState('');
  const actions = detail.actions.filter((a) => a.minuteItemId === item.id);

  async function add() {
    if (!due) return setError('Enter the date the action is due.');
    try {
      await createRecord('meetingActions', item.schoolId, {
        meetingId: item.meetingId,
        minuteItemId: item.id,
        description,
        owner,
        due,
        status: 'open',
        carried: [],
        visibility: item.visibility,
      });
      await markMinutesStarted(detail.meeting);
      setDescription('');
      setOwner('');
      setDue('');
      setError('');
    } catch (e) {
      setError(problemText(e));
    }
  }

  return (
    <fieldset className="m-sub">
      <legend className="m-legend">Actions agreed</legend>
      {actions.map((a) => (
        <p key={a.id}>
          {a.description} ({a.owner}, by <DateText date={a.due} />){' '}
          <IonButton
            size="small"
            fill="clear"
            aria-label={`Remove the action ${a.description}`}
            onClick={() => void deleteRecord('meetingActions', a.id).catch((e: unknown) => setError(problemText(e)))}
          >
            Remove
          </IonButton>
        </p>
      ))}
      <Input label="Action" value={description} onChange={setDescription} maxLength={1000} />
      <div className="m-grid">
        <Input label="Owner" value={owner} onChange={setOwner} maxLength={200} />
        <Input label="Due" type="date" value={due} onChange={setDue} />
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <IonButton fill="outline" onClick={() => void add()}>
        Add the action
      </IonButton>
    </fieldset>
  );
}
