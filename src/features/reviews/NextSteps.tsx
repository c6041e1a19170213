import { useState, type ComponentProps } from 'react';
import { IonButton, IonInput } from '@ionic/react';
import {
  actionCode,
  nextPosition,
  nextStepLine,
  nextStepProblems,
  todayIso,
  type Action,
  type Area,
  type ImprovementNeed,
} from '../../domain';
import { createRecord } from '../../data';
import { problemText } from '../../ui';

type Field = 'text' | 'owner' | 'date';

/**
 * Next steps the committee agrees for an action. Each becomes a new action in the plan, under the
 * same improvement-needed row (its owner as lead, due by its date), and its words are kept in the review.
 */
export function NextSteps({
  action,
  area,
  need,
  planActions,
  recorded,
  canAdd,
  onAdded,
}: {
  action: Action;
  area: Area;
  need: ImprovementNeed;
  planActions: Action[];
  recorded: string;
  canAdd: () => boolean;
  onAdded: (line: string) => Promise<boolean>;
}) {
  const [step, setStep] = useState({ text: '', owner: '', date: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [message, setMessage] = useState<{ bad: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const lines = recorded.split('\n').filter((l) => l.trim());

  async function add() {
    const today = todayIso();
    const problems = nextStepProblems(step, today);
    setErrors(Object.fromEntries(problems.map((p) => [p.field, p.message])));
    if (problems.length > 0) return;
    if (!canAdd()) {
      setMessage({ bad: true, text: 'Choose a rating for this action first: its next steps are kept with the rating.' });
      return;
    }
    setBusy(true);
    try {
      const position = nextPosition(planActions, need.id);
      await createRecord('actions', action.schoolId, {
        needId: need.id,
        areaId: area.id,
        position,
        description: step.text.trim(),
        lead: step.owner.trim(),
        resources: '',
        start: today,
        finish: step.date,
        successCriteria: '',
        status: 'not-started',
      });
      const kept = await onAdded(nextStepLine(step));
      setStep({ text: '', owner: '', date: '' });
      setMessage({
        bad: !kept,
        text: kept
          ? `Added to the plan as action ${actionCode(area.number, need.position, position)} and kept in this review.`
          : `Added to the plan as action ${actionCode(area.number, need.position, position)}, but not yet kept in this review: see the message above.`,
      });
    } catch (e) {
      setMessage({ bad: true, text: problemText(e) });
    } finally {
      setBusy(false);
    }
  }

  const input = (field: Field, label: string, extra: Partial<ComponentProps<typeof IonInput>> = {}) => (
    <IonInput
      label={label}
      labelPlacement="stacked"
      fill="outline"
      value={step[field]}
      onIonInput={(e) => setStep((s) => ({ ...s, [field]: String(e.detail.value ?? '') }))}
      errorText={errors[field]}
      className={errors[field] ? 'ion-invalid ion-touched' : ''}
      {...extra}
    />
  );

  return (
    <fieldset className="choice-group">
      <legend>Next steps</legend>
      {lines.length > 0 ? (
        <ul className="plain-list bullets">
          {lines.map((l, i) => (
            <li key={i}>{l}</li>
          ))}
        </ul>
      ) : (
        <p className="muted">None agreed yet. Each next step becomes an action in the plan with an owner and a date.</p>
      )}
      <div className="stack">
        {input('text', 'Next step', { maxlength: 2000 })}
        {input('owner', 'Owner', { maxlength: 200, autocomplete: 'name' })}
        {input('date', 'Due by', { type: 'date', min: todayIso() })}
        <div className="button-row">
          <IonButton fill="outline" onClick={() => void add()} disabled={busy}>
            Add next step
          </IonButton>
        </div>
        {message && (
          <p className={message.bad ? 'error' : 'muted'} role="status">
            {message.text}
          </p>
        )}
      </div>
    </fieldset>
  );
}
