import { useState, type FormEvent } from 'react';
import { IonButton, IonSelect, IonSelectOption } from '@ionic/react';
import { v7 } from 'uuid';
import {
  educationPhases,
  improvementPhases,
  riskCategories,
  todayIso,
  shiftDate,
  type RiskCategory,
  type ImprovementPhase,
} from '../../domain';
import { createRecord, setCurrentSchool } from '../../data';
import { problemText, TextField } from '../../ui';

/** The few facts Steward needs to start a board; everything else can be added later. */
export default function NewBoardForm({ onCancel }: { onCancel: () => void }) {
  const [name, setName] = useState('');
  const [phase, setPhase] = useState<(typeof educationPhases)[number]>('Primary');
  const [category, setCategory] = useState<RiskCategory>(4);
  const [improvement, setImprovement] = useState<ImprovementPhase>('Stabilise');
  const [error, setError] = useState('');
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!name.trim()) {
      setError('Enter the school’s name.');
      return;
    }
    try {
      const id = v7();
      await createRecord('schools', id, {
        id,
        name,
        urn: '',
        educationPhase: phase,
        authority: '',
        riskCategory: category,
        improvementPhase: improvement,
      });
      const today = todayIso();
      await createRecord('plans', id, {
        title: `${name.trim()} action plan`,
        startDate: today,
        endDate: shiftDate(today, 364),
        priorities: [],
      });
      await setCurrentSchool(id);
    } catch (err) {
      setError(problemText(err));
    }
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="stack">
      <TextField label="School name" fill="outline" value={name} autocomplete="organization" onChange={setName} error={error} />
      <IonSelect
        label="Phase of education"
        labelPlacement="stacked"
        fill="outline"
        value={phase}
        onIonChange={(e) => setPhase(e.detail.value)}
        interface="popover"
      >
        {educationPhases.map((p) => (
          <IonSelectOption key={p} value={p}>
            {p}
          </IonSelectOption>
        ))}
      </IonSelect>
      <IonSelect
        label="Risk category"
        labelPlacement="stacked"
        fill="outline"
        value={category}
        onIonChange={(e) => setCategory(e.detail.value)}
        interface="popover"
      >
        {([1, 2, 3, 4, 5] as const).map((c) => (
          <IonSelectOption key={c} value={c}>{`${c}: ${riskCategories[c]}`}</IonSelectOption>
        ))}
      </IonSelect>
      <IonSelect
        label="Improvement phase"
        labelPlacement="stacked"
        fill="outline"
        value={improvement}
        onIonChange={(e) => setImprovement(e.detail.value)}
        interface="popover"
      >
        {improvementPhases.map((p) => (
          <IonSelectOption key={p} value={p}>
            {p}
          </IonSelectOption>
        ))}
      </IonSelect>
      <div className="button-row">
        <IonButton type="submit">Start the board</IonButton>
        <IonButton fill="clear" onClick={onCancel}>
          Cancel
        </IonButton>
      </div>
    </form>
  );
}
