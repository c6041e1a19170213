import { useId } from 'react';
import './reviews.css';

export interface Choice<V extends string> {
  value: V;
  label: string;
  /** Colour family of the tile; the words always say it too. */
  tone: 'red' | 'amber' | 'green' | 'complete' | 'info';
}

/**
 * A radio group drawn as big tiles (each at least 56 px tall): words and colour, never colour
 * alone; arrow keys move between them as in any radio group.
 */
export function ChoiceTiles<V extends string>({
  legend,
  choices,
  value,
  onChoose,
  disabled,
  hint,
}: {
  legend: string;
  choices: Choice<V>[];
  value: V | null;
  onChoose: (value: V) => void;
  disabled?: boolean;
  hint?: string;
}) {
  const name = useId();
  const hintId = `${name}-hint`;
  return (
    <fieldset className="choice-group" aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} className="muted">
          {hint}
        </p>
      )}
      <div className="choice-tiles">
        {choices.map((c) => (
          <label key={c.value} className={`choice-tile tone-${c.tone}`} aria-disabled={disabled || undefined}>
            <input
              type="radio"
              name={name}
              value={c.value}
              checked={value === c.value}
              disabled={disabled}
              onChange={() => onChoose(c.value)}
            />
            <span>{c.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
