import { useState, type FormEvent } from 'react';
import { IonButton } from '@ionic/react';
import { blankSection, templateProblemText, type TemplateContent } from '../../domain';
import { newId } from '../../data';
import { Field, problemText, problemsOf } from '../../ui';
import { SectionEditor } from './SectionEditor';

interface Props {
  initial: TemplateContent;
  saveLabel: string;
  /** Saves the content as a new version; throws InvalidInput when something is wrong. */
  onSave: (content: TemplateContent) => Promise<void>;
}

/** Write or change a checklist: sections, and items answered yes/partly/no/not seen, a rating, a number, text or a photo. */
export function TemplateEditor({ initial, saveLabel, onSave }: Props) {
  const [content, setContent] = useState<TemplateContent>(initial);
  const [problems, setProblems] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    try {
      await onSave(content);
      setProblems([]);
    } catch (err) {
      const found = problemsOf(err);
      const listed = found ? templateProblemText(found) : [problemText(err)];
      setProblems([...new Set(listed)]);
    } finally {
      setBusy(false);
    }
  }
  const sections = content.sections;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      {problems.length > 0 && (
        <div className="walk-errors" role="alert">
          <p>The checklist was not saved:</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <Field label="Title">
        {(p) => <input {...p} maxLength={200} value={content.title} onChange={(e) => setContent({ ...content, title: e.target.value })} />}
      </Field>
      <Field label="Purpose (optional)" hint="What a governor using it is trying to find out.">
        {(p) => (
          <textarea {...p} maxLength={1000} value={content.purpose} onChange={(e) => setContent({ ...content, purpose: e.target.value })} />
        )}
      </Field>
      {sections.map((s, i) => (
        <SectionEditor
          key={s.id}
          section={s}
          number={i + 1}
          onChange={(next) => setContent({ ...content, sections: sections.map((x, k) => (k === i ? next : x)) })}
          onRemove={sections.length > 1 ? () => setContent({ ...content, sections: sections.filter((_, k) => k !== i) }) : undefined}
        />
      ))}
      <div className="button-row walk-row">
        <button
          type="button"
          className="walk-button"
          onClick={() => setContent({ ...content, sections: [...sections, blankSection(newId)] })}
        >
          Add a section
        </button>
        <IonButton type="submit" disabled={busy}>
          {saveLabel}
        </IonButton>
      </div>
    </form>
  );
}
