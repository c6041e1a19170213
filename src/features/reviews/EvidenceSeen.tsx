import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { IonButton, IonTextarea } from '@ionic/react';
import { ukDate, type Action, type Evidence, type Visibility } from '../../domain';
import { createRecord, db, getUserName } from '../../data';
import { visibilitiesAllowed } from '../../sync';
import { Empty, problemText, VisibilityBadge, VisibilityChoice } from '../../ui';

const describe = (e: Evidence) => e.title || e.text || e.file?.name || 'Untitled evidence';

/** Tick the evidence the committee saw for this action, or add what it was shown as a new note. */
export function EvidenceSeen({
  action,
  evidence,
  seen,
  disabled,
  onChange,
}: {
  action: Action;
  evidence: Evidence[];
  seen: string[];
  disabled?: boolean;
  onChange: (ids: string[]) => void;
}) {
  const [text, setText] = useState('');
  const [visibility, setVisibility] = useState<Visibility>('board');
  const allowed = useLiveQuery(() => visibilitiesAllowed(db, action.schoolId), [action.schoolId]) ?? ['board'];
  const [message, setMessage] = useState<{ bad: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const toggle = (id: string, on: boolean) => onChange(on ? [...seen.filter((x) => x !== id), id] : seen.filter((x) => x !== id));

  async function add() {
    if (!text.trim()) {
      setMessage({ bad: true, text: 'Write what the committee was shown first.' });
      return;
    }
    setBusy(true);
    try {
      const note = await createRecord('evidence', action.schoolId, {
        kind: 'note',
        title: '',
        text: text.trim(),
        recordedBy: await getUserName(),
        recordedAt: new Date().toISOString(),
        supports: [action.id],
        visibility,
      });
      setText('');
      setVisibility('board');
      onChange([...seen, note.id]);
      setMessage({ bad: false, text: 'Evidence added on this device and ticked as seen.' });
    } catch (e) {
      setMessage({ bad: true, text: problemText(e) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <fieldset className="choice-group">
      <legend>Evidence seen</legend>
      {evidence.length === 0 ? (
        <Empty title="No evidence is linked to this action yet." />
      ) : (
        <ul className="check-list">
          {evidence.map((e) => (
            <li key={e.id}>
              <label className="check-row">
                <input
                  type="checkbox"
                  checked={seen.includes(e.id)}
                  disabled={disabled}
                  onChange={(ev) => toggle(e.id, ev.target.checked)}
                />
                <span>
                  {describe(e)}
                  <span className="muted">
                    {' '}
                    ({e.kind}, {ukDate(e.recordedAt.slice(0, 10))})
                  </span>
                  {e.visibility !== 'board' && (
                    <>
                      {' '}
                      <VisibilityBadge visibility={e.visibility} />
                    </>
                  )}
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {!disabled && (
        <div className="stack">
          <IonTextarea
            label="New evidence"
            labelPlacement="stacked"
            fill="outline"
            autoGrow
            rows={2}
            maxlength={8000}
            value={text}
            helperText="What the school showed the committee, e.g. “Reading tracker for Year 2, December”."
            onIonInput={(e) => setText(e.detail.value ?? '')}
          />
          <VisibilityChoice value={visibility} onChange={setVisibility} allowed={allowed} disabled={busy} />
          <div className="button-row">
            <IonButton fill="outline" onClick={() => void add()} disabled={busy}>
              Add evidence
            </IonButton>
          </div>
          {message && (
            <p className={message.bad ? 'error' : 'muted'} role="status">
              {message.text}
            </p>
          )}
        </div>
      )}
    </fieldset>
  );
}
