import { useId } from 'react';
import { visibilities, visibilityLabels, type Visibility } from '../domain';

/** What each level means, in the board's words (seed 003: Part B items; the headteacher's capability). */
const explained: Record<Visibility, string> = {
  board: 'Every member, the headteacher and the local authority or trust officer included.',
  partB: 'Governors, the chair, vice-chair and clerk: not the headteacher or the officer.',
  chairs: 'The chair and vice-chair only, e.g. a matter about the headteacher’s capability.',
};

interface VisibilityChoiceProps {
  value: Visibility;
  onChange: (visibility: Visibility) => void;
  /** The levels this person may choose: those their role may see (a role cannot hide a record from itself). */
  allowed: readonly Visibility[];
  disabled?: boolean;
}

/** "Who can see this": whole board, Part B or the chairs only. The server sends a record only to those roles. */
export function VisibilityChoice({ value, onChange, allowed, disabled }: VisibilityChoiceProps) {
  const name = useId();
  return (
    <fieldset className="visibility-choice">
      <legend>Who can see this</legend>
      {visibilities
        .filter((v) => allowed.includes(v) || v === value)
        .map((v) => (
          <label key={v} className="visibility-option">
            <input type="radio" name={name} value={v} checked={value === v} disabled={disabled} onChange={() => onChange(v)} />
            <span>
              <strong>{visibilityLabels[v]}</strong>
              <span className="muted">{explained[v]}</span>
            </span>
          </label>
        ))}
    </fieldset>
  );
}

/** A mark on a restricted record (nothing for the whole board), so no one shares it by mistake. */
export function VisibilityBadge({ visibility }: { visibility: Visibility }) {
  if (visibility === 'board') return null;
  return <span className="badge badge-restricted">{visibility === 'partB' ? 'Part B' : 'Chairs only'}</span>;
}
