import { useState, type FormEvent } from 'react';
import { FormProblems, TextArea, FormButtons, useCommandForm } from '../../ui';

interface NeedFormProps {
  description?: string;
  name: string;
  save: string;
  onSubmit: (description: string) => Promise<unknown>;
  onClose: () => void;
}

/** An "improvement needed" row (1a, 1b…). */
export function NeedForm({ description = '', name, save, onSubmit, onClose }: NeedFormProps) {
  const [text, setText] = useState(description);
  const form = useCommandForm();
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (await form.save(() => onSubmit(text))) onClose();
  }
  return (
    <form className="stack" aria-label={name} noValidate onSubmit={(e) => void submit(e)}>
      <FormProblems form={form} what="improvement needed" />
      <TextArea label="Improvement needed" value={text} onChange={setText} error={form.errorFor('description')} maxlength={1000} />
      <FormButtons save={save} busy={form.busy} onCancel={onClose} />
    </form>
  );
}
