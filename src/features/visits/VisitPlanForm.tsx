import { useState, type FormEvent } from 'react';
import { IonButton } from '@ionic/react';
import { todayIso, ukDateLong, visitKinds, type ChecklistTemplate, type Visit, type VisitKind } from '../../domain';
import { createRecord, updateRecord, type PlanActions } from '../../data';
import { problemText, Field, problemsByField } from '../../ui';
import { FocusPicker } from './FocusPicker';

interface Props {
  schoolId: string;
  /** The visit being changed; none when planning a new one. */
  visit?: Visit;
  /** Who is planning on this device (from Settings): the governor a new visit starts with. */
  governor: string;
  plan: PlanActions;
  /** Newest version of each checklist on offer (plus the visit's own version, if older). */
  templates: ChecklistTemplate[];
  /** Answers already recorded: the checklist can no longer be swapped. */
  answered: boolean;
  onSaved: (visitId: string) => void;
}

/** Plan a visit: when, why (agreed with the head), who walks with whom, the checklist and the plan priorities it looks at. */
export function VisitPlanForm({ schoolId, visit, governor: me, plan, templates, answered, onSaved }: Props) {
  const [kind, setKind] = useState<VisitKind>(visit?.kind ?? 'learning walk');
  const [date, setDate] = useState(visit?.date ?? todayIso());
  const [governor, setGovernor] = useState(visit?.governor ?? me);
  const [walkingWith, setWalkingWith] = useState(visit?.walkingWith ?? '');
  const [purpose, setPurpose] = useState(visit?.purpose ?? '');
  const [agreed, setAgreed] = useState(visit?.purposeAgreed ?? false);
  const [templateId, setTemplateId] = useState(visit ? (visit.templateId ?? '') : (templates[0]?.id ?? ''));
  const [areaIds, setAreaIds] = useState(visit?.focusAreaIds ?? []);
  const [actionIds, setActionIds] = useState(visit?.focusActionIds ?? []);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const fields = {
      kind,
      date,
      governor,
      walkingWith,
      purpose,
      purposeAgreed: agreed,
      templateId: templateId || undefined,
      focusAreaIds: areaIds,
      focusActionIds: actionIds,
    };
    try {
      const saved = visit ? await updateRecord('visits', visit.id, fields) : await createRecord('visits', schoolId, fields);
      setErrors({});
      onSaved(saved.id);
    } catch (err) {
      const byField = problemsByField(err);
      setErrors(Object.keys(byField).length ? byField : { form: problemText(err) });
    } finally {
      setBusy(false);
    }
  }
  const messages = Object.values(errors);
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      {messages.length > 0 && (
        <div className="walk-errors" role="alert">
          <p>The visit was not saved:</p>
          <ul>
            {messages.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      <Field label="Kind of visit">
        {(p) => (
          <select {...p} value={kind} onChange={(e) => setKind(e.target.value as VisitKind)}>
            {visitKinds.map((k) => (
              <option key={k} value={k}>
                {k.charAt(0).toUpperCase() + k.slice(1)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label="Date" error={errors.date} hint={date ? ukDateLong(date) : 'Choose the day of the visit.'}>
        {(p) => <input {...p} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
      </Field>
      <Field label="Purpose" error={errors.purpose} hint="What the board wants to find out, in a sentence or two.">
        {(p) => <textarea {...p} maxLength={1000} value={purpose} onChange={(e) => setPurpose(e.target.value)} />}
      </Field>
      <label className="walk-check">
        <input type="checkbox" checked={agreed} onChange={(e) => setAgreed(e.target.checked)} />
        <span>The headteacher has agreed this purpose</span>
      </label>
      <Field label="Governor making the visit" error={errors.governor}>
        {(p) => <input {...p} autoComplete="name" maxLength={200} value={governor} onChange={(e) => setGovernor(e.target.value)} />}
      </Field>
      <Field label="Walking with (optional)" hint="For example the headteacher or a subject leader." error={errors.walkingWith}>
        {(p) => <input {...p} maxLength={200} value={walkingWith} onChange={(e) => setWalkingWith(e.target.value)} />}
      </Field>
      <Field label="Checklist" hint={answered ? 'Answers are already recorded, so the checklist stays as it is.' : undefined}>
        {(p) => (
          <select {...p} value={templateId} disabled={answered} onChange={(e) => setTemplateId(e.target.value)}>
            <option value="">No checklist</option>
            {templates.map((t) => (
              <option key={t.id} value={t.id}>{`${t.title} (version ${t.version})`}</option>
            ))}
          </select>
        )}
      </Field>
      <h2>Plan priorities it looks at</h2>
      <FocusPicker plan={plan} areaIds={areaIds} actionIds={actionIds} onChange={(a, b) => (setAreaIds(a), setActionIds(b))} />
      <div className="button-row walk-row">
        <IonButton type="submit" disabled={busy}>
          {visit ? 'Save the changes' : 'Plan the visit'}
        </IonButton>
      </div>
    </form>
  );
}
