import { useId, useState } from 'react';
import { ratingScale, yesNoLabels, yesNoValues, type Answer, type ChecklistItem } from '../../domain';

interface Props {
  item: ChecklistItem;
  answer: Answer | undefined;
  /** `now`: save at once (a tap); otherwise after typing stops. */
  onAnswer: (answer: Answer | undefined, now: boolean) => void;
}

function Tiles<V extends string | number>({
  legend,
  options,
  value,
  onChoose,
}: {
  legend: string;
  options: [V, string][];
  value: V | undefined;
  onChoose: (v: V) => void;
}) {
  const name = useId();
  return (
    <fieldset className="walk-answer">
      <legend className="walk-vh">{legend}</legend>
      <div className="walk-tiles">
        {options.map(([v, label]) => (
          <label key={String(v)} className="walk-tile">
            <input type="radio" name={name} value={String(v)} checked={value === v} onChange={() => onChoose(v)} />
            <span>{label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function NumberAnswer({ answer, onAnswer }: Props) {
  const id = useId();
  const [text, setText] = useState(answer?.type === 'number' ? String(answer.value) : '');
  const [error, setError] = useState('');
  function change(value: string) {
    setText(value);
    if (!value.trim()) {
      setError('');
      return onAnswer(undefined, false);
    }
    const n = Number(value.replace(',', '.'));
    if (!Number.isFinite(n)) return setError('Enter a number, for example 3.');
    setError('');
    onAnswer({ type: 'number', value: n }, false);
  }
  return (
    <div className="field">
      <label htmlFor={id}>Number</label>
      <input
        id={id}
        inputMode="decimal"
        value={text}
        onChange={(e) => change(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      {error && (
        <span id={`${id}-error`} className="error">
          {error}
        </span>
      )}
    </div>
  );
}

/** The answer to one item, drawn for its type: big tiles to tap, or a box to type in. */
export function AnswerInput(props: Props) {
  const { item, answer, onAnswer } = props;
  const id = useId();
  switch (item.type) {
    case 'yes-partly-no':
      return (
        <Tiles
          legend={`Answer: ${item.prompt}`}
          options={yesNoValues.map((v) => [v, yesNoLabels[v]])}
          value={answer?.type === 'yes-partly-no' ? answer.value : undefined}
          onChoose={(value) => onAnswer({ type: 'yes-partly-no', value }, true)}
        />
      );
    case 'rating':
      return (
        <Tiles
          legend={`Rating: ${item.prompt}`}
          options={([1, 2, 3, 4] as const).map((v) => [v, `${v}: ${ratingScale[v]}`])}
          value={answer?.type === 'rating' ? answer.value : undefined}
          onChoose={(value) => onAnswer({ type: 'rating', value }, true)}
        />
      );
    case 'number':
      return <NumberAnswer {...props} />;
    case 'text':
      return (
        <div className="field">
          <label htmlFor={id}>What you saw or heard</label>
          <textarea
            id={id}
            maxLength={4000}
            value={answer?.type === 'text' ? answer.value : ''}
            onChange={(e) => onAnswer(e.target.value ? { type: 'text', value: e.target.value } : undefined, false)}
          />
        </div>
      );
    case 'photo':
      return null;
  }
}
