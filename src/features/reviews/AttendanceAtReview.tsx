import { useLiveQuery } from 'dexie-react-hooks';
import {
  assuranceLabels,
  attendanceAtReview,
  halfTermLabel,
  pupilGroupLabels,
  pupilGroups,
  trendOf,
  trendSummary,
  ukDate,
} from '../../domain';
import { attendanceFor } from '../../data';

const pc = (v: number) => `${v.toFixed(1)}%`;

/** For an attendance action: the latest figures and the answers the board recorded since the last review. */
export function AttendanceAtReview({ schoolId, actionId, since }: { schoolId: string; actionId: string; since?: string }) {
  const att = useLiveQuery(() => attendanceFor(schoolId), [schoolId]);
  if (!att) return null;
  const { latest, answers } = attendanceAtReview(att.figures, att.challenges, actionId, since);
  const rows = latest ? [...latest.rows].sort((a, b) => pupilGroups.indexOf(a.group) - pupilGroups.indexOf(b.group)) : [];
  return (
    <section className="review-card compact" aria-labelledby="review-attendance">
      <h2 id="review-attendance">Attendance figures and answers</h2>
      {latest ? (
        <>
          <p>{trendSummary(trendOf(att.figures, 'attendance'), 'attendance')}</p>
          <p>{trendSummary(trendOf(att.figures, 'persistentAbsence'), 'persistentAbsence')}</p>
          <div className="table-scroll" role="region" aria-labelledby="review-attendance-term" tabIndex={0}>
            <table className="data-table">
              <caption id="review-attendance-term">Figures for {halfTermLabel(latest.term)}</caption>
              <thead>
                <tr>
                  <th scope="col">Group</th>
                  <th scope="col">Attendance</th>
                  <th scope="col">Persistent absence (10% or more)</th>
                  <th scope="col">Severe absence (50% or more)</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((f) => (
                  <tr key={f.id}>
                    <th scope="row">{pupilGroupLabels[f.group]}</th>
                    <td>{pc(f.attendance)}</td>
                    <td>{pc(f.persistentAbsence)}</td>
                    <td>{pc(f.severeAbsence)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : (
        <p>No attendance figures have been entered yet.</p>
      )}
      <p>
        <strong>Attendance questions asked since the last review:</strong>
        {answers.length === 0 && ' none.'}
      </p>
      {answers.length > 0 && (
        <ul className="plain-list bullets">
          {answers.map((c) => (
            <li key={c.id}>
              {ukDate(c.askedAt.slice(0, 10))}: {c.question} {c.answer.trim() ? `Answer: ${c.answer.trim()}` : 'No answer recorded yet.'}
              {c.assurance && ` (${assuranceLabels[c.assurance]}.)`}
              {c.followUp.trim() && ` Follow-up: ${c.followUp.trim()}`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
