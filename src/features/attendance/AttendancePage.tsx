import { useLiveQuery } from 'dexie-react-hooks';
import { halfTermIndex, halfTermLabel, halfTermOf, questionsRaisedBy, todayIso } from '../../domain';
import { attendanceFor } from '../../data';
import { Empty, Loading, Page, Section, useSchool } from '../../ui';
import { FiguresTable } from './FiguresTable';

/** Attendance by half term against national and target, and the questions the figures raise. */
export default function AttendancePage() {
  const school = useSchool();
  const data = useLiveQuery(() => attendanceFor(school.id), [school.id]);
  if (!data)
    return (
      <Page title="Attendance">
        <Loading what="attendance" />
      </Page>
    );
  const { figures, challenges } = data;
  const terms = [...new Map(figures.map((f) => [halfTermIndex(f), { schoolYear: f.schoolYear, halfTerm: f.halfTerm }])).values()].sort(
    (a, b) => halfTermIndex(b) - halfTermIndex(a),
  );
  const latest = terms[0];
  const raised = latest ? questionsRaisedBy(figures, latest) : [];
  return (
    <Page title="Attendance">
      {terms.length === 0 ? (
        <Empty title="No attendance figures have been entered yet." />
      ) : (
        <>
          <p className="intro muted">
            Latest figures: {halfTermLabel(latest!)}. Current half term: {halfTermLabel(halfTermOf(todayIso()))}.
          </p>
          {terms.map((t) => (
            <FiguresTable key={halfTermIndex(t)} term={t} figures={figures.filter((f) => halfTermIndex(f) === halfTermIndex(t))} />
          ))}
          <Section title="Questions these figures raise" id="questions">
            {raised.length === 0 ? (
              <Empty title="The latest figures raise no particular questions." />
            ) : (
              <ol className="questions">
                {raised.map(({ question, because }) => (
                  <li key={question.id}>
                    <p className="question">{question.text}</p>
                    <p className="muted">{because}</p>
                  </li>
                ))}
              </ol>
            )}
          </Section>
        </>
      )}
      <Section title="Questions asked and answers" id="challenges">
        {challenges.length === 0 ? (
          <Empty title="No attendance challenge has been recorded yet." />
        ) : (
          <ul className="notes">
            {challenges.map((c) => (
              <li key={c.id}>
                <p className="question">{c.question}</p>
                <p>{c.answer || 'No answer recorded yet.'}</p>
                {c.followUp && <p className="muted">Follow-up: {c.followUp}</p>}
              </li>
            ))}
          </ul>
        )}
      </Section>
    </Page>
  );
}
