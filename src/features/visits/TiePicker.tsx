import { useId, useState } from 'react';
import type { PlanAction } from '../../data';

export interface ActionChoices {
  /** The visit's focus actions, offered first. */
  focus: PlanAction[];
  /** Every other action of the plan, in plan order. */
  others: PlanAction[];
}

function Choice({ a, checked, onToggle }: { a: PlanAction; checked: boolean; onToggle: (id: string, on: boolean) => void }) {
  return (
    <label className="walk-check">
      <input type="checkbox" checked={checked} onChange={(e) => onToggle(a.action.id, e.target.checked)} />
      <span>
        <strong>{a.code}</strong> {a.action.description}
      </span>
    </label>
  );
}

/** Tie a finding to plan actions: it becomes evidence for them at their next review. Drawn only when opened. */
export function TiePicker({ choices, tied, onChange }: { choices: ActionChoices; tied: string[]; onChange: (ids: string[]) => void }) {
  const [open, setOpen] = useState(false);
  const [all, setAll] = useState(false);
  const id = useId();
  const toggle = (actionId: string, on: boolean) => onChange(on ? [...tied, actionId] : tied.filter((t) => t !== actionId));
  const codes = [...choices.focus, ...choices.others].filter((a) => tied.includes(a.action.id)).map((a) => a.code);
  const showAll = all || choices.focus.length === 0;
  // Actions tied earlier but not in the focus stay visible so they can be untied.
  const extra = showAll ? [] : choices.others.filter((a) => tied.includes(a.action.id));
  return (
    <div>
      <button type="button" className="walk-toggle" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        <span>{codes.length ? `Evidence for action ${codes.join(', ')}` : 'Tie to an action'}</span>
        <span aria-hidden="true">{open ? '▴' : '▾'}</span>
      </button>
      <div id={id} hidden={!open}>
        {open && (
          <fieldset className="walk-ties">
            <legend>Actions this finding is evidence for</legend>
            {choices.focus.length > 0 && <p className="walk-group">Focus of this visit</p>}
            {[...choices.focus, ...extra].map((a) => (
              <Choice key={a.action.id} a={a} checked={tied.includes(a.action.id)} onToggle={toggle} />
            ))}
            {showAll ? (
              <>
                {choices.focus.length > 0 && <p className="walk-group">Other actions in the plan</p>}
                {choices.others.map((a) => (
                  <Choice key={a.action.id} a={a} checked={tied.includes(a.action.id)} onToggle={toggle} />
                ))}
              </>
            ) : (
              <button type="button" className="walk-button" onClick={() => setAll(true)}>
                Show every action in the plan
              </button>
            )}
          </fieldset>
        )}
      </div>
    </div>
  );
}
