import { useState } from 'react';
import { IonButton } from '@ionic/react';
import {
  deadlineLabels,
  escalationTypeLabels,
  escalationTypes,
  interventions,
  riskCategories,
  riskCategoryLabel,
  todayIso,
  type EscalationType,
  type RiskCategory,
  type Visibility,
} from '../../domain';
import { createRecord } from '../../data';
import { Section, VisibilityChoice, problemText } from '../../ui';
import { Choose, Input, TextBox } from './fields';

const categories = (Object.keys(riskCategories) as unknown as RiskCategory[]).map((c) => ({
  value: String(c),
  label: riskCategoryLabel(Number(c) as RiskCategory),
}));

/** Record a step in the school's standing: a new risk category, a letter of concern, a warning notice, intervention. */
export function StandingForm({ schoolId, allowed }: { schoolId: string; allowed: readonly Visibility[] }) {
  const [type, setType] = useState<EscalationType>('warning-notice');
  const [date, setDate] = useState(todayIso());
  const [category, setCategory] = useState('4');
  const [intervention, setIntervention] = useState<(typeof interventions)[number]>(interventions[0]);
  const [reason, setReason] = useState('');
  const [deadline, setDeadline] = useState('');
  const [visibility, setVisibility] = useState<Visibility>('board');
  const [error, setError] = useState('');
  const [done, setDone] = useState('');
  async function save() {
    setDone('');
    try {
      await createRecord('escalationRecords', schoolId, {
        type,
        date,
        reason,
        outcome: '',
        visibility,
        ...(type === 'risk-category' ? { category: Number(category) } : {}),
        ...(type === 'intervention' ? { intervention } : {}),
        ...(deadline ? { deadline } : {}),
      });
      setReason('');
      setDeadline('');
      setError('');
      setDone(`${escalationTypeLabels[type]} saved on this device.`);
    } catch (e) {
      setError(problemText(e));
    }
  }
  return (
    <Section title="Record a step" id="record">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <div className="m-grid">
          <Choose
            label="What happened"
            value={type}
            onChange={setType}
            options={escalationTypes.map((t) => ({ value: t, label: escalationTypeLabels[t] }))}
          />
          <Input label="Date" type="date" value={date} onChange={setDate} />
          {type === 'risk-category' && <Choose label="New risk category" value={category} onChange={setCategory} options={categories} />}
          {type === 'intervention' && (
            <Choose
              label="Intervention"
              value={intervention}
              onChange={setIntervention}
              options={interventions.map((i) => ({ value: i, label: i }))}
            />
          )}
          <Input
            label={deadlineLabels[type]}
            type="date"
            value={deadline}
            onChange={setDeadline}
            hint={type === 'warning-notice' ? 'Required for a warning notice.' : 'Optional.'}
          />
        </div>
        <TextBox
          label={type === 'risk-category' ? 'Why the category changed' : 'Details'}
          value={reason}
          onChange={setReason}
          maxLength={4000}
        />
        <VisibilityChoice value={visibility} onChange={setVisibility} allowed={allowed} />
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <IonButton type="submit">Save</IonButton>
        {done && <p role="status">{done}</p>}
      </form>
    </Section>
  );
}
