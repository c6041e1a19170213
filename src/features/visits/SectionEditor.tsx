import { blankItem, responseTypeLabels, responseTypes, type ChecklistItem, type ChecklistSection, type ResponseType } from '../../domain';
import { newId } from '../../data';
import { Field } from '../../ui';

interface Props {
  section: ChecklistSection;
  number: number;
  onChange: (section: ChecklistSection) => void;
  onRemove?: () => void;
}

/** One section of a checklist being written: its title and items (the question, how it is answered, a hint). */
export function SectionEditor({ section, number, onChange, onRemove }: Props) {
  const setItem = (i: number, patch: Partial<ChecklistItem>) =>
    onChange({ ...section, items: section.items.map((it, k) => (k === i ? { ...it, ...patch } : it)) });
  return (
    <fieldset className="walk-editor-section walk-ties">
      <legend>Section {number}</legend>
      <Field label={`Title of section ${number}`}>
        {(p) => <input {...p} maxLength={200} value={section.title} onChange={(e) => onChange({ ...section, title: e.target.value })} />}
      </Field>
      {section.items.map((item, i) => (
        <div key={item.id} className="walk-editor-item" role="group" aria-label={`Section ${number}, item ${i + 1}`}>
          <Field label={`Item ${i + 1}: what to look for`}>
            {(p) => (
              <textarea {...p} rows={2} maxLength={500} value={item.prompt} onChange={(e) => setItem(i, { prompt: e.target.value })} />
            )}
          </Field>
          <Field label={`How item ${i + 1} is answered`}>
            {(p) => (
              <select {...p} value={item.type} onChange={(e) => setItem(i, { type: e.target.value as ResponseType })}>
                {responseTypes.map((t) => (
                  <option key={t} value={t}>
                    {responseTypeLabels[t]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={`Hint for item ${i + 1} (optional)`}>
            {(p) => <input {...p} maxLength={1000} value={item.hint} onChange={(e) => setItem(i, { hint: e.target.value })} />}
          </Field>
          {section.items.length > 1 && (
            <button
              type="button"
              className="walk-button"
              onClick={() => onChange({ ...section, items: section.items.filter((_, k) => k !== i) })}
            >
              Remove item {i + 1}
            </button>
          )}
        </div>
      ))}
      <div className="walk-row">
        <button type="button" className="walk-button" onClick={() => onChange({ ...section, items: [...section.items, blankItem(newId)] })}>
          Add an item to section {number}
        </button>
        {onRemove && (
          <button type="button" className="walk-button" onClick={onRemove}>
            Remove section {number}
          </button>
        )}
      </div>
    </fieldset>
  );
}
