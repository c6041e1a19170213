import { useState, type FormEvent } from 'react';
import { IonRadio, IonRadioGroup } from '@ionic/react';
import type { Strategy } from '../../domain';
import { FormProblems, TextArea, TextField, FormButtons, useCommandForm } from '../../ui';

export type StrategyFields = Pick<Strategy, 'kind' | 'scope' | 'who' | 'what' | 'when'>;

function Choice<T extends string>({
  legend,
  value,
  options,
  onChange,
}: {
  legend: string;
  value: T;
  options: [T, string][];
  onChange: (v: T) => void;
}) {
  return (
    <IonRadioGroup value={value} onIonChange={(e) => onChange(e.detail.value as T)} aria-label={legend} className="choice">
      <p className="radio-legend" aria-hidden="true">
        {legend}
      </p>
      {options.map(([v, words]) => (
        <IonRadio key={v} value={v} labelPlacement="end" justify="start">
          {words}
        </IonRadio>
      ))}
    </IonRadioGroup>
  );
}

interface StrategyFormProps {
  strategy?: StrategyFields;
  name: string;
  onSubmit: (fields: StrategyFields) => Promise<unknown>;
  onClose: () => void;
}

/** A monitoring or evaluation strategy, internal or external: who, what, when. */
export function StrategyForm({ strategy, name, onSubmit, onClose }: StrategyFormProps) {
  const [fields, setFields] = useState<StrategyFields>(strategy ?? { kind: 'monitoring', scope: 'internal', who: '', what: '', when: '' });
  const form = useCommandForm();
  const set =
    <K extends keyof StrategyFields>(key: K) =>
    (value: StrategyFields[K]) =>
      setFields((f) => ({ ...f, [key]: value }));
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (await form.save(() => onSubmit(fields))) onClose();
  }
  return (
    <form className="stack" aria-label={name} noValidate onSubmit={(e) => void submit(e)}>
      <FormProblems form={form} what="strategy" />
      <Choice
        legend="Monitoring or evaluation?"
        value={fields.kind}
        options={[
          ['monitoring', 'Monitoring'],
          ['evaluation', 'Evaluation'],
        ]}
        onChange={set('kind')}
      />
      <Choice
        legend="Internal or external?"
        value={fields.scope}
        options={[
          ['internal', 'Internal'],
          ['external', 'External'],
        ]}
        onChange={set('scope')}
      />
      <TextField
        label="Who"
        value={fields.who}
        onChange={set('who')}
        error={form.errorFor('who')}
        helper="For example: Headteacher and senior leaders"
      />
      <TextArea label="What" value={fields.what} onChange={set('what')} error={form.errorFor('what')} maxlength={1000} />
      <TextField
        label="When"
        value={fields.when}
        onChange={set('when')}
        error={form.errorFor('when')}
        helper="For example: Every half term"
      />
      <FormButtons save="Save strategy" busy={form.busy} onCancel={onClose} />
    </form>
  );
}
