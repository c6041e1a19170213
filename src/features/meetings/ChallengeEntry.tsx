import { useState } from 'react';
import { IonButton } from '@ionic/react';
import type { MinuteItem } from '../../domain';
import { createRecord, deleteRecord, markMinutesStarted, type MeetingDetail } from '../../data';
import { problemText } from '../../ui';
import { Choose, Input, TextBox } from './fields';

/** The offices a question is minuted under (by office, not name, unless the board chooses otherwise). */
const offices = ['Chair', 'Vice-chair', 'Governor', 'Headteacher', 'Local authority officer', 'Clerk'];

/** The challenge: the question, who asked it (by office) and the school's answer, optionally tied to a plan action. */
export function ChallengeEntry({ item, detail }: { item: MinuteItem; detail: MeetingDetail }) {
  const [question, setQuestion] = useState('');
  const [askedBy, setAskedBy] = useState('Governor');
  const [answer, setAnswer] = useState('');
  const [actionId, setActionId] = useState('');
  const [error, setError] = useState('');
  const challenges = detail.challenges.filter((c) => c.minuteItemId === item.id);
  const code = (id?: string) => detail.planActions.find((a) => a.id === id)?.code;

  async function add() {
    try {
      await createRecord('challengeRecords', item.schoolId, {
        topic: actionId ? 'plan' : 'other',
        question,
        answer,
        followUp: '',
        askedBy,
        askedAt: new Date().toISOString(),
        meetingId: item.meetingId,
        minuteItemId: item.id,
        visibility: item.visibility,
        ...(actionId ? { relatedId: actionId } : {}),
      });
      await markMinutesStarted(detail.meeting);
      setQuestion('');
      setAnswer('');
      setActionId('');
      setError('');
    } catch (e) {
      setError(problemText(e));
    }
  }

  return (
    <fieldset className="m-sub">
      <legend className="m-legend">Challenge</legend>
      {challenges.map((c) => (
        <div key={c.id}>
          <p>
            <strong>{c.askedBy || 'Asked'}:</strong> {c.question}
            {code(c.relatedId) && <span className="muted"> (action {code(c.relatedId)})</span>}
          </p>
          {c.answer && <p>The school’s answer: {c.answer}</p>}
          <IonButton
            size="small"
            fill="clear"
            onClick={() => void deleteRecord('challengeRecords', c.id).catch((e: unknown) => setError(problemText(e)))}
          >
            Remove this challenge
          </IonButton>
        </div>
      ))}
      <TextBox label="Question asked" value={question} onChange={setQuestion} maxLength={2000} />
      <div className="m-grid">
        <Input label="Asked by (office)" value={askedBy} onChange={setAskedBy} hint={offices.join(', ')} maxLength={200} />
        <Choose
          label="Tie to a plan action"
          value={actionId}
          onChange={setActionId}
          options={[
            { value: '', label: 'Not tied to an action' },
            ...detail.planActions.map((a) => ({ value: a.id, label: `${a.code} ${a.description.slice(0, 70)}` })),
          ]}
          hint="A tied challenge shows in that action's next review."
        />
      </div>
      <TextBox label="The school’s answer" value={answer} onChange={setAnswer} />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <IonButton fill="outline" onClick={() => void add()}>
        Add the challenge
      </IonButton>
    </fieldset>
  );
}
