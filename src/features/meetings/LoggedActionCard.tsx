import { useState } from 'react';
import { IonButton } from '@ionic/react';
import { ukDate } from '../../domain';
import { carryActionForward, setActionDone, type LoggedAction } from '../../data';
import { VisibilityBadge, problemText } from '../../ui';
import { Input } from './fields';

/** One action in the log: where it came from, its carry-forwards, done, or carried to a new date with the reason. */
export function LoggedActionCard({ logged, label }: { logged: LoggedAction; label: string }) {
  const { action, meeting, item } = logged;
  const [carrying, setCarrying] = useState(false);
  const [to, setTo] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const headingId = `action-${action.id}`;
  return (
    <article className="m-item" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {action.description} <VisibilityBadge visibility={action.visibility} />
      </h3>
      <p>
        {action.owner}, due {ukDate(action.due)} · {label}
        {action.status === 'carried forward' && ' (carried forward)'}
        {action.doneOn && `, done ${ukDate(action.doneOn)}`}
      </p>
      <p className="muted">
        From the {meeting?.kind ?? 'meeting'} on {ukDate(meeting?.date)}
        {item && `, item “${item.title}”`}
      </p>
      {action.carried.map((c, i) => (
        <p key={i} className="muted">
          Carried forward on {ukDate(c.on)} from {ukDate(c.from)} to {ukDate(c.to)}: {c.reason}
        </p>
      ))}
      <div className="m-row">
        <IonButton
          size="small"
          fill="outline"
          aria-label={`${action.status === 'done' ? 'Open again' : 'Mark done'}: ${action.description}`}
          onClick={() => void setActionDone(action, action.status !== 'done').catch((e: unknown) => setError(problemText(e)))}
        >
          {action.status === 'done' ? 'Open again' : 'Mark done'}
        </IonButton>
        {action.status !== 'done' && (
          <IonButton size="small" fill="outline" aria-label={`Carry forward: ${action.description}`} onClick={() => setCarrying(!carrying)}>
            Carry forward
          </IonButton>
        )}
      </div>
      {carrying && (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            carryActionForward(action, to || null, reason).then(
              () => {
                setCarrying(false);
                setError('');
              },
              (x: unknown) => setError(problemText(x)),
            );
          }}
        >
          <div className="m-grid">
            <Input label="New due date" type="date" value={to} onChange={setTo} />
            <Input label="Why it is carried forward" value={reason} onChange={setReason} maxLength={1000} />
          </div>
          <IonButton type="submit" size="small">
            Save the new date
          </IonButton>
        </form>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </article>
  );
}
