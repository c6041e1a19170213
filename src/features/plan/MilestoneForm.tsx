import { useState, type FormEvent } from 'react';
import type { Milestone } from '../../domain';
import { DateField, FormProblems, TextArea, FormButtons, missingDates, useCommandForm } from '../../ui';

export interface MilestoneFields {
  date: string;
  description: string;
  metOn?: string;
}

interface MilestoneFormProps {
  number: number;
  milestone?: Milestone;
  onSubmit: (fields: MilestoneFields) => Promise<unknown>;
  onClose: () => void;
}

/** One of an area's five milestones: its date, what will be true by then, and (once it is) when it was met. */
export function MilestoneForm({ number, milestone, onSubmit, onClose }: MilestoneFormProps) {
  const [date, setDate] = useState(milestone?.date ?? '');
  const [description, setDescription] = useState(milestone?.description ?? '');
  const [metOn, setMetOn] = useState(milestone?.metOn ?? '');
  const form = useCommandForm();
  async function submit(e: FormEvent) {
    e.preventDefault();
    const fields: MilestoneFields = { date, description, metOn: metOn || undefined };
    if (await form.save(() => onSubmit(fields), missingDates({ date: { value: date, words: `milestone ${number}` } }))) onClose();
  }
  return (
    <form className="stack" aria-label={`Milestone ${number}`} noValidate onSubmit={(e) => void submit(e)}>
      <FormProblems form={form} what={`milestone ${number}`} />
      <DateField label={`Milestone ${number} date`} value={date} onChange={setDate} error={form.errorFor('date')} />
      <TextArea
        label={`Milestone ${number} description`}
        value={description}
        onChange={setDescription}
        error={form.errorFor('description')}
        helper="What will be true by that date"
        maxlength={1000}
      />
      {milestone && (
        <DateField
          label={`Milestone ${number} met on`}
          value={metOn}
          onChange={setMetOn}
          error={form.errorFor('metOn')}
          helper="Leave blank until it is met"
        />
      )}
      <FormButtons save={`Save milestone ${number}`} busy={form.busy} onCancel={onClose} />
    </form>
  );
}
