// Each group's attendance gap to all pupils as bars (SVG), with its table and summary.
import { useId } from 'react';
import type { GroupGap } from '../../domain';

export function GapChart({ title, summary, gaps }: { title: string; summary: string; gaps: GroupGap[] }) {
  const id = useId();
  const max = Math.max(1, ...gaps.map((g) => Math.abs(g.gap)));
  const rowH = 22;
  const W = 320;
  const mid = 150;
  const half = W - mid - 40;
  return (
    <figure className="chart" aria-labelledby={`${id}-t`}>
      <h3 id={`${id}-t`}>{title}</h3>
      <p className="chart-summary" id={`${id}-s`}>
        {summary}
      </p>
      {gaps.length > 0 && (
        <svg viewBox={`0 0 ${W} ${gaps.length * rowH + 4}`} role="img" aria-labelledby={`${id}-t ${id}-s`} className="chart-svg">
          {gaps.map((g, i) => {
            const w = (Math.abs(g.gap) / max) * half;
            const yy = i * rowH + 4;
            return (
              <g key={g.group}>
                <text x={mid - 6} y={yy + 13} textAnchor="end" className="chart-axis">
                  {g.label.length > 24 ? `${g.label.slice(0, 23)}…` : g.label}
                </text>
                <rect
                  x={mid}
                  y={yy + 2}
                  width={Math.max(1, w)}
                  height={rowH - 8}
                  className={g.gap > 0 ? 'chart-bar-below' : 'chart-bar-above'}
                />
                <text x={mid + w + 4} y={yy + 13} className="chart-axis">
                  {g.gap > 0 ? `−${g.gap.toFixed(1)}` : `+${Math.abs(g.gap).toFixed(1)}`}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      <div className="table-scroll" role="region" aria-label={`${title}: the figures`} tabIndex={0}>
        <table className="data-table chart-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">Group</th>
              <th scope="col">Attendance</th>
              <th scope="col">Points below all pupils</th>
            </tr>
          </thead>
          <tbody>
            {gaps.map((g) => (
              <tr key={g.group}>
                <th scope="row">{g.label}</th>
                <td>{g.attendance.toFixed(1)}%</td>
                <td>{g.gap.toFixed(1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
