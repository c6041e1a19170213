import { bothReadings, type AmbiguousDates, type DateOrder } from '../../domain/planFiles';

/**
 * Asked when a date column's dates could each be read day first or month first (02/06/2018): two of
 * them with both readings, and the person chooses. The file is read day first (the UK way) until they do.
 */
export function DateQuestion({
  ambiguous,
  order,
  busy,
  onChoose,
}: {
  ambiguous: AmbiguousDates[];
  order: DateOrder | undefined;
  busy: boolean;
  onChoose: (order: DateOrder) => void;
}) {
  const examples = [...new Set(ambiguous.flatMap((a) => a.examples))].slice(0, 2);
  const readings = examples.map((e) => ({ text: e, ...bothReadings(e)! }));
  const columns = ambiguous.map((a) => `${a.column} (${a.sheet})`).join(', ');
  const chosen = order ?? 'day-first';
  return (
    <fieldset className="date-question">
      <legend>Which way round are the dates?</legend>
      <p>
        Every date in {columns} could be read either way round, so Steward cannot tell from the file. For example,{' '}
        {readings.map((r, i) => (
          <span key={r.text}>
            {i > 0 && ' and '}
            <strong>{r.text}</strong>
          </span>
        ))}
        .
      </p>
      {(['day-first', 'month-first'] as const).map((o) => (
        <label key={o} className="choice">
          <input type="radio" name="date-order" value={o} checked={chosen === o} disabled={busy} onChange={() => onChoose(o)} />{' '}
          {o === 'day-first' ? 'Day first, as in the UK: ' : 'Month first, as in the US: '}
          {readings.map((r) => `${r.text} is ${o === 'day-first' ? r.dayFirst : r.monthFirst}`).join('; ')}
        </label>
      ))}
    </fieldset>
  );
}
