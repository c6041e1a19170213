import { useState, type FormEvent } from 'react';
import { FormProblems, TextArea, FormButtons, ListField, withoutBlanks, useCommandForm } from '../../ui';

export interface AreaFields {
  title: string;
  targets: string[];
}

interface AreaFormProps {
  area?: AreaFields;
  name: string;
  save: string;
  onSubmit: (fields: AreaFields) => Promise<unknown>;
  onClose: () => void;
}

/** An area for improvement: its title and its targets. */
export function AreaForm({ area, name, save, onSubmit, onClose }: AreaFormProps) {
  const [title, setTitle] = useState(area?.title ?? '');
  const [targets, setTargets] = useState<string[]>(area ? area.targets : ['']);
  const form = useCommandForm();
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (await form.save(() => onSubmit({ title, targets: withoutBlanks(targets) }))) onClose();
  }
  return (
    <form className="stack" aria-label={name} noValidate onSubmit={(e) => void submit(e)}>
      <FormProblems form={form} what="area for improvement" />
      <TextArea
        label="Area title"
        value={title}
        onChange={setTitle}
        error={form.errorFor('title')}
        helper="What must improve, in a sentence"
        maxlength={300}
      />
      <ListField itemLabel="Target" field="targets" items={targets} onChange={setTargets} form={form} />
      <FormButtons save={save} busy={form.busy} onCancel={onClose} />
    </form>
  );
}
