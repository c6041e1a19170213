// A small line chart in SVG (no charting library: docs/decisions/0012), always with its table and a
// one-line summary, so the figures can be read without seeing the chart.
import { useId } from 'react';

export interface Line {
  name: string;
  values: (number | undefined)[];
  /** school: solid and thick; national: dashed; target: dotted. */
  style: 'school' | 'national' | 'target';
}

const W = 320;
const H = 160;
const PAD = { left: 34, right: 10, top: 10, bottom: 26 };
const pc = (v: number | undefined) => (v === undefined ? '–' : `${v.toFixed(1)}%`);

/** Round the scale out to whole steps that read well. */
function scale(values: number[]): [number, number] {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = Math.max(2, hi - lo);
  const step = span > 20 ? 10 : span > 8 ? 5 : span > 4 ? 2 : 1;
  return [Math.max(0, Math.floor((lo - span * 0.1) / step) * step), Math.min(100, Math.ceil((hi + span * 0.1) / step) * step)];
}

export function LineChart({ title, summary, labels, lines }: { title: string; summary: string; labels: string[]; lines: Line[] }) {
  const id = useId();
  const shown = lines.filter((l) => l.values.some((v) => v !== undefined));
  const all = shown.flatMap((l) => l.values.filter((v): v is number => v !== undefined));
  const [lo, hi] = all.length > 0 ? scale(all) : [0, 100];
  const x = (i: number) =>
    PAD.left + (labels.length <= 1 ? (W - PAD.left - PAD.right) / 2 : (i * (W - PAD.left - PAD.right)) / (labels.length - 1));
  const y = (v: number) => PAD.top + ((hi - v) * (H - PAD.top - PAD.bottom)) / (hi - lo || 1);
  const ticks = [lo, (lo + hi) / 2, hi];
  const every = Math.max(1, Math.ceil(labels.length / 6));
  return (
    <figure className="chart" aria-labelledby={`${id}-t`}>
      <h3 id={`${id}-t`}>{title}</h3>
      <p className="chart-summary" id={`${id}-s`}>
        {summary}
      </p>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-t ${id}-s`} className="chart-svg">
        {ticks.map((t) => (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y(t)} y2={y(t)} className="chart-grid" />
            <text x={PAD.left - 4} y={y(t) + 3} textAnchor="end" className="chart-axis">
              {Number.isInteger(t) ? t : t.toFixed(1)}
            </text>
          </g>
        ))}
        {labels.map((l, i) =>
          i % every === 0 || i === labels.length - 1 ? (
            <text key={l} x={x(i)} y={H - 8} textAnchor="middle" className="chart-axis">
              {l.replace(/^(\w{2})\w* (\d) (\d{4})\/(\d{2})$/, '$1$2 $4')}
            </text>
          ) : null,
        )}
        {shown.map((l) => {
          const pts = l.values.map((v, i) => (v === undefined ? null : `${x(i)},${y(v)}`)).filter(Boolean);
          return (
            <g key={l.name} className={`chart-line chart-${l.style}`}>
              <polyline points={pts.join(' ')} fill="none" />
              {l.style === 'school' && l.values.map((v, i) => (v === undefined ? null : <circle key={i} cx={x(i)} cy={y(v)} r={2.5} />))}
            </g>
          );
        })}
      </svg>
      <ul className="chart-key" aria-hidden="true">
        {shown.map((l) => (
          <li key={l.name} className={`chart-key-${l.style}`}>
            {l.name}
          </li>
        ))}
      </ul>
      <div className="table-scroll" role="region" aria-label={`${title}: the figures`} tabIndex={0}>
        <table className="data-table chart-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">Half term</th>
              {shown.map((l) => (
                <th key={l.name} scope="col">
                  {l.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {labels.map((label, i) => (
              <tr key={label}>
                <th scope="row">{label}</th>
                {shown.map((l) => (
                  <td key={l.name}>{pc(l.values[i])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
