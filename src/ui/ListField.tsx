import { IonButton } from '@ionic/react';
import { TextArea } from './TextArea';
import type { CommandForm } from './useCommandForm';

interface ListFieldProps {
  /** What one item is called: "Target", "Priority". Items are labelled "Target 1", "Target 2"… */
  itemLabel: string;
  /** The record's field, for matching problems ("targets" → "targets.0"). */
  field: string;
  items: string[];
  onChange: (items: string[]) => void;
  form: CommandForm;
}

/** A list of short texts (an area's targets, the plan's priorities): edit, remove and add items. */
export function ListField({ itemLabel, field, items, onChange, form }: ListFieldProps) {
  const lower = itemLabel.toLowerCase();
  const set = (i: number, value: string) => onChange(items.map((x, j) => (j === i ? value : x)));
  return (
    <fieldset className="list-field">
      <legend>{itemLabel === 'Priority' ? 'Priorities' : `${itemLabel}s`}</legend>
      {items.length === 0 && <p className="muted">None yet.</p>}
      {items.map((item, i) => (
        // Items have no ids of their own; their place is what they are known by while editing.
        <div key={i} className="list-field-item">
          <TextArea
            label={`${itemLabel} ${i + 1}`}
            value={item}
            onChange={(v) => set(i, v)}
            error={form.errorFor(`${field}.${i}`)}
            maxlength={1000}
          />
          <IonButton fill="clear" size="small" onClick={() => onChange(items.filter((_, j) => j !== i))}>
            Remove {lower} {i + 1}
          </IonButton>
        </div>
      ))}
      <IonButton fill="outline" size="small" onClick={() => onChange([...items, ''])}>
        Add a {lower}
      </IonButton>
    </fieldset>
  );
}

/** Blank items are dropped rather than refused: an empty box left at the end means nothing. */
export const withoutBlanks = (items: string[]) => items.map((x) => x.trim()).filter(Boolean);
