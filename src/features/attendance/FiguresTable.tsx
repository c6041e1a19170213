import { halfTermLabel, pupilGroupLabels, pupilGroups, type AttendanceFigure, type HalfTermRef } from '../../domain';

const pc = (v: number | undefined) => (v === undefined ? '–' : `${v.toFixed(1)}%`);

/** One half term's attendance, a row per pupil group, with national and target for comparison. */
export function FiguresTable({ term, figures }: { term: HalfTermRef; figures: AttendanceFigure[] }) {
  const rows = [...figures].sort((a, b) => pupilGroups.indexOf(a.group) - pupilGroups.indexOf(b.group));
  const id = `att-${term.schoolYear}-${term.halfTerm.replace(' ', '')}`;
  return (
    <section className="section figures-by-term" aria-labelledby={id}>
      <h2 id={id}>{halfTermLabel(term)}</h2>
      <div className="table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">Group</th>
              <th scope="col">Pupils</th>
              <th scope="col">Attendance</th>
              <th scope="col">National</th>
              <th scope="col">Target</th>
              <th scope="col">Persistent absence (10% or more)</th>
              <th scope="col">National</th>
              <th scope="col">Severe absence (50% or more)</th>
              <th scope="col">Unauthorised</th>
              <th scope="col">Late after registers close</th>
              <th scope="col">Local authority</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((f) => (
              <tr key={f.id}>
                <th scope="row">{pupilGroupLabels[f.group]}</th>
                <td>{f.pupils ?? '–'}</td>
                <td>{pc(f.attendance)}</td>
                <td>{pc(f.nationalAttendance)}</td>
                <td>{pc(f.targetAttendance)}</td>
                <td>{pc(f.persistentAbsence)}</td>
                <td>{pc(f.nationalPersistentAbsence)}</td>
                <td>{pc(f.severeAbsence)}</td>
                <td>{pc(f.unauthorisedAbsence)}</td>
                <td>{pc(f.lateAfterRegisters)}</td>
                <td>{pc(f.laAttendance)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
