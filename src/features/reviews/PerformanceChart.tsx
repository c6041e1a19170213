import { useId } from 'react';
import { targetStatus, targetStatusLabels, type PerformanceRow } from '../../domain';
import { Disclosure } from '../../ui';

const figure = (v: number | null) => (v === null ? '–' : `${v}%`);
const ROW = 46;
const LEFT = 4;
const WIDTH = 320;
const scale = (v: number) => LEFT + (v / 100) * (WIDTH - LEFT - 44);

/**
 * This year's targets against this year's figures: a small hand-drawn bar chart (target outlined,
 * actual filled, national as a tick) with the same figures as a table for anyone who prefers one.
 */
export function PerformanceChart({ rows }: { rows: PerformanceRow[] }) {
  const id = useId();
  const shown = rows.filter((r) => r.targetThisYear !== null || r.schoolThisYear !== null);
  if (shown.length === 0) return <p className="muted">No targets or figures for this year have been entered in the plan.</p>;
  const met = shown.filter((r) => targetStatus(r) === 'met').length;
  const summary = `${met} of ${shown.length} targets met so far this year.`;
  return (
    <>
      <p>{summary}</p>
      <ul className="legend" aria-hidden="true">
        <li>
          <span className="swatch" style={{ background: '#fff', borderColor: '#1d3557' }} /> Target this year
        </li>
        <li>
          <span className="swatch" style={{ background: '#1d3557' }} /> School this year
        </li>
        <li>
          <span className="swatch" style={{ background: '#b07d00', width: '0.25rem' }} /> National this year
        </li>
      </ul>
      <svg className="perf-chart" viewBox={`0 0 ${WIDTH} ${shown.length * ROW + 4}`} role="img" aria-labelledby={`${id}-t`}>
        <title id={`${id}-t`}>{`Performance targets against this year’s figures. ${summary} The table below gives every figure.`}</title>
        {shown.map((r, i) => {
          const y = i * ROW;
          const status = targetStatus(r);
          return (
            <g key={r.id}>
              <text x={LEFT} y={y + 12}>
                {`${r.group}: ${r.measure}`.slice(0, 48)} · {targetStatusLabels[status]}
              </text>
              {r.targetThisYear !== null && (
                <rect
                  x={LEFT}
                  y={y + 17}
                  width={scale(r.targetThisYear) - LEFT}
                  height={10}
                  fill="#fff"
                  stroke="#1d3557"
                  strokeWidth={1.5}
                />
              )}
              {r.schoolThisYear !== null && <rect x={LEFT} y={y + 29} width={scale(r.schoolThisYear) - LEFT} height={10} fill="#1d3557" />}
              {r.nationalThisYear !== null && <rect x={scale(r.nationalThisYear) - 1.5} y={y + 15} width={3} height={26} fill="#b07d00" />}
              <text x={scale(Math.max(r.targetThisYear ?? 0, r.schoolThisYear ?? 0, r.nationalThisYear ?? 0)) + 4} y={y + 37}>
                {figure(r.schoolThisYear)}
              </text>
            </g>
          );
        })}
      </svg>
      <Disclosure label="The same figures as a table">
        <div className="table-scroll" role="region" aria-label="Performance targets and figures" tabIndex={0}>
          <table className="data-table">
            <caption>Targets and figures this year</caption>
            <thead>
              <tr>
                <th scope="col">Measure</th>
                <th scope="col">Target this year</th>
                <th scope="col">School this year</th>
                <th scope="col">National this year</th>
                <th scope="col">School last year</th>
                <th scope="col">Target met?</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    {r.group}: {r.measure}
                    {!r.higherIsBetter && <span className="muted"> (lower is better)</span>}
                  </th>
                  <td>{figure(r.targetThisYear)}</td>
                  <td>{figure(r.schoolThisYear)}</td>
                  <td>{figure(r.nationalThisYear)}</td>
                  <td>{figure(r.schoolLastYear)}</td>
                  <td>{targetStatusLabels[targetStatus(r)]}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Disclosure>
    </>
  );
}
