import type { PerformanceRow } from '../../domain';
import { Section } from '../../ui';

const cell = (v: number | null) => (v === null ? '–' : `${v}%`);

/** Seed 003's performance-and-targets table: school and national last year, target, this year, next target. */
export function PerformanceTable({ rows }: { rows: PerformanceRow[] }) {
  if (rows.length === 0) return null;
  return (
    <Section title="Performance and targets" id="performance">
      <div className="table-scroll" role="region" aria-labelledby="performance-heading" tabIndex={0}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">School last year</th>
              <th scope="col">National last year</th>
              <th scope="col">Target this year</th>
              <th scope="col">School this year</th>
              <th scope="col">National this year</th>
              <th scope="col">Target next year</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <th scope="row">
                  {r.group}: {r.measure}
                </th>
                <td>{cell(r.schoolLastYear)}</td>
                <td>{cell(r.nationalLastYear)}</td>
                <td>{cell(r.targetThisYear)}</td>
                <td>{cell(r.schoolThisYear)}</td>
                <td>{cell(r.nationalThisYear)}</td>
                <td>{cell(r.targetNextYear)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Section>
  );
}
