import { useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Action } from '../../domain';
import { db } from '../../data';
import { visibilitiesAllowed } from '../../sync';
import { useSchool, VisibilityChoice, DateField, FormProblems, TextArea, TextField, FormButtons, useCommandForm } from '../../ui';

export type ActionFields = Pick<
  Action,
  'description' | 'lead' | 'resources' | 'when' | 'start' | 'finish' | 'successCriteria' | 'visibility'
>;

/** Empty date and words fields are left out: an action may have words for its timing, dates, both or neither. */
const saved = (f: ActionFields): ActionFields => ({
  ...f,
  when: f.when || undefined,
  start: f.start || undefined,
  finish: f.finish || undefined,
});

interface ActionFormProps {
  /** The action as it is (to edit it), or nothing (a new action). */
  action?: ActionFields;
  /** The form's name for screen readers, e.g. "New action for 1a" or "Edit action 1a(ii)". */
  name: string;
  save: string;
  /** Save through a command; the form closes only after it resolves. */
  onSubmit: (fields: ActionFields) => Promise<unknown>;
  onClose: () => void;
}

/**
 * An action's fields as seed 003's template has them: action, lead, resources, start, finish, success
 * criteria; and who on the board can see it.
 */
export function ActionForm({ action, name, save, onSubmit, onClose }: ActionFormProps) {
  const [fields, setFields] = useState<ActionFields>({
    description: action?.description ?? '',
    lead: action?.lead ?? '',
    resources: action?.resources ?? '',
    when: action?.when ?? '',
    start: action?.start ?? '',
    finish: action?.finish ?? '',
    successCriteria: action?.successCriteria ?? '',
    visibility: action?.visibility ?? 'board',
  });
  const school = useSchool();
  const allowed = useLiveQuery(() => visibilitiesAllowed(db, school.id, action?.visibility ?? null), [school.id, action?.visibility]) ?? [
    fields.visibility,
  ];
  const form = useCommandForm();
  const set = (key: Exclude<keyof ActionFields, 'visibility'>) => (value: string) => setFields((f) => ({ ...f, [key]: value }));
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (await form.save(() => onSubmit(saved(fields)))) onClose();
  }
  return (
    <form className="stack" aria-label={name} noValidate onSubmit={(e) => void submit(e)}>
      <FormProblems form={form} what="action" />
      <TextArea label="Action" value={fields.description} onChange={set('description')} error={form.errorFor('description')} />
      <TextField
        label="Lead"
        value={fields.lead}
        onChange={set('lead')}
        error={form.errorFor('lead')}
        helper="Who is accountable for it"
        maxlength={200}
      />
      <TextArea
        label="Resources"
        value={fields.resources}
        onChange={set('resources')}
        error={form.errorFor('resources')}
        maxlength={1000}
      />
      <TextField
        label="When"
        value={fields.when ?? ''}
        onChange={set('when')}
        error={form.errorFor('when')}
        helper="In the plan’s words, e.g. Termly, From May, By the February board; dates below are optional"
        maxlength={300}
      />
      <div className="date-pair">
        <DateField label="Start" value={fields.start ?? ''} onChange={set('start')} error={form.errorFor('start')} />
        <DateField label="Finish" value={fields.finish ?? ''} onChange={set('finish')} error={form.errorFor('finish')} />
      </div>
      <TextArea
        label="Success criteria"
        value={fields.successCriteria}
        onChange={set('successCriteria')}
        error={form.errorFor('successCriteria')}
        helper="What will show it has worked"
      />
      <VisibilityChoice value={fields.visibility} onChange={(visibility) => setFields((f) => ({ ...f, visibility }))} allowed={allowed} />
      <FormButtons save={save} busy={form.busy} onCancel={onClose} />
    </form>
  );
}
