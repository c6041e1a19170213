import { useState, type FormEvent } from 'react';
import { IonRadio, IonRadioGroup, IonSelect, IonSelectOption } from '@ionic/react';
import { PerformanceGroupSchema, type PerformanceRow, type Problem } from '../../domain';
import { FormProblems, TextField, FormButtons, useCommandForm } from '../../ui';

export const figureFields = [
  ['schoolLastYear', 'School last year'],
  ['nationalLastYear', 'National last year'],
  ['targetThisYear', 'Target this year'],
  ['schoolThisYear', 'School this year'],
  ['nationalThisYear', 'National this year'],
  ['targetNextYear', 'Target next year'],
] as const;
type FigureField = (typeof figureFields)[number][0];
export type PerformanceFields = Pick<PerformanceRow, 'group' | 'measure' | 'higherIsBetter' | FigureField>;

const shown = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));

/** "95.5", "95.5%" → 95.5; blank → null; anything else → undefined (not a number). */
export function readFigure(text: string): number | null | undefined {
  const t = text.trim().replace(/%$/, '').trim();
  if (t === '') return null;
  return /^\d+(\.\d+)?$/.test(t) ? Number(t) : undefined;
}

interface PerformanceFormProps {
  row?: PerformanceFields;
  name: string;
  onSubmit: (fields: PerformanceFields) => Promise<unknown>;
  onClose: () => void;
}

/** One measure of the performance-and-targets table, with its six figures (percentages; any may be blank). */
export function PerformanceForm({ row, name, onSubmit, onClose }: PerformanceFormProps) {
  const [group, setGroup] = useState<PerformanceRow['group']>(row?.group ?? 'Other');
  const [measure, setMeasure] = useState(row?.measure ?? '');
  const [higher, setHigher] = useState(row?.higherIsBetter ?? true);
  const [figures, setFigures] = useState<Record<FigureField, string>>(
    Object.fromEntries(figureFields.map(([f]) => [f, shown(row?.[f])])) as Record<FigureField, string>,
  );
  const form = useCommandForm();
  async function submit(e: FormEvent) {
    e.preventDefault();
    const found: Problem[] = [];
    const values = {} as Record<FigureField, number | null>;
    for (const [f, label] of figureFields) {
      const v = readFigure(figures[f]);
      if (v === undefined) found.push({ field: f, message: `${label}: enter a number from 0 to 100, or leave it blank` });
      else values[f] = v;
    }
    if (await form.save(() => onSubmit({ group, measure, higherIsBetter: higher, ...values }), found)) onClose();
  }
  return (
    <form className="stack" aria-label={name} noValidate onSubmit={(e) => void submit(e)}>
      <FormProblems form={form} what="measure" />
      <IonSelect
        label="Group"
        labelPlacement="stacked"
        fill="solid"
        interface="popover"
        value={group}
        onIonChange={(e) => setGroup(e.detail.value)}
      >
        {PerformanceGroupSchema.options.map((g) => (
          <IonSelectOption key={g} value={g}>
            {g}
          </IonSelectOption>
        ))}
      </IonSelect>
      <TextField
        label="Measure"
        value={measure}
        onChange={setMeasure}
        error={form.errorFor('measure')}
        helper="For example: Attendance rate"
      />
      <IonRadioGroup
        value={higher ? 'higher' : 'lower'}
        onIonChange={(e) => setHigher(e.detail.value === 'higher')}
        aria-label="Which way is better?"
      >
        <p className="radio-legend" aria-hidden="true">
          Which way is better?
        </p>
        <IonRadio value="higher" labelPlacement="end" justify="start">
          A higher figure
        </IonRadio>
        <IonRadio value="lower" labelPlacement="end" justify="start">
          A lower figure (as for absence)
        </IonRadio>
      </IonRadioGroup>
      <div className="figure-grid">
        {figureFields.map(([f, label]) => (
          <TextField
            key={f}
            label={`${label} (%)`}
            value={figures[f]}
            inputMode="decimal"
            maxlength={8}
            onChange={(v) => setFigures((x) => ({ ...x, [f]: v }))}
            error={form.errorFor(f)}
          />
        ))}
      </div>
      <FormButtons save="Save measure" busy={form.busy} onCancel={onClose} />
    </form>
  );
}
