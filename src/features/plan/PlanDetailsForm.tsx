import { useState, type FormEvent } from 'react';
import type { ActionPlan } from '../../domain';
import { DateField, FormProblems, TextField, FormButtons, ListField, withoutBlanks, useCommandForm } from '../../ui';

export type PlanDetails = Pick<ActionPlan, 'title' | 'startDate' | 'endDate'>;

interface PlanDetailsFormProps {
  plan?: PlanDetails;
  save: string;
  onSubmit: (fields: PlanDetails) => Promise<unknown>;
  onClose: () => void;
}

/** The plan's title and the period it covers. */
export function PlanDetailsForm({ plan, save, onSubmit, onClose }: PlanDetailsFormProps) {
  const [fields, setFields] = useState<PlanDetails>({
    title: plan?.title ?? '',
    startDate: plan?.startDate ?? '',
    endDate: plan?.endDate ?? '',
  });
  const form = useCommandForm();
  const set = (key: keyof PlanDetails) => (value: string) => setFields((f) => ({ ...f, [key]: value }));
  async function submit(e: FormEvent) {
    e.preventDefault();
    const details = { title: fields.title, startDate: fields.startDate || undefined, endDate: fields.endDate || undefined };
    if (await form.save(() => onSubmit(details))) onClose();
  }
  return (
    <form className="stack" aria-label="Plan details" noValidate onSubmit={(e) => void submit(e)}>
      <FormProblems form={form} what="plan" />
      <TextField label="Plan title" value={fields.title} onChange={set('title')} error={form.errorFor('title')} maxlength={200} />
      <div className="date-pair">
        <DateField label="Plan starts" value={fields.startDate ?? ''} onChange={set('startDate')} error={form.errorFor('startDate')} />
        <DateField label="Plan ends" value={fields.endDate ?? ''} onChange={set('endDate')} error={form.errorFor('endDate')} />
      </div>
      <FormButtons save={save} busy={form.busy} onCancel={onClose} />
    </form>
  );
}

/** The local authority's or trust's priorities, in order. */
export function PrioritiesForm({
  priorities,
  onSubmit,
  onClose,
}: {
  priorities: string[];
  onSubmit: (p: string[]) => Promise<unknown>;
  onClose: () => void;
}) {
  const [items, setItems] = useState<string[]>(priorities.length > 0 ? priorities : ['']);
  const form = useCommandForm();
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (await form.save(() => onSubmit(withoutBlanks(items)))) onClose();
  }
  return (
    <form className="stack" aria-label="Priorities" noValidate onSubmit={(e) => void submit(e)}>
      <FormProblems form={form} what="list of priorities" />
      <ListField itemLabel="Priority" field="priorities" items={items} onChange={setItems} form={form} />
      <FormButtons save="Save priorities" busy={form.busy} onCancel={onClose} />
    </form>
  );
}
