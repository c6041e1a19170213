import { IonButton } from '@ionic/react';
import { figuresDue, halfTermIndex, halfTermLabel, halfTermOf, schoolYearLabel, todayIso, type School } from '../../domain';
import { Empty, Loading, Page, Section, useSchool, useStaged, to } from '../../ui';
import { attendanceView } from './attendanceView';
import { Charts } from './Charts';
import { FiguresTable } from './FiguresTable';
import { AnswersList } from './AnswersList';
import './attendance.css';
import { db, rememberAhead, useRememberedQuery, type ReadAhead } from '../../data';

/** Attendance: the figures and their trends, the questions they raise, what was asked and answered, and the yearly duties. */
/** The screen's main read (the school's own fields are in it: the pupil groups it names). */
const attendanceRead = (school: School, today: string) =>
  ['attendance', [school.id, school.updatedAt, today], () => attendanceView(school, today)] as const;

export const readAhead: ReadAhead = async ({ schoolId, today }) => {
  const school = await db.schools.get(schoolId);
  if (school && !school.deleted) await rememberAhead(...attendanceRead(school, today));
};

export default function AttendancePage() {
  const school = useSchool();
  const today = todayIso();
  const view = useRememberedQuery(...attendanceRead(school, today));
  const figures = view?.figures ?? [];
  const terms = [...new Map(figures.map((f) => [halfTermIndex(f), { schoolYear: f.schoolYear, halfTerm: f.halfTerm }])).values()].sort(
    (a, b) => halfTermIndex(b) - halfTermIndex(a),
  );
  // The figures of each half term, at the foot of the screen, one table a task after the rest
  // (useStaged): a board's years of tables made the first opening one long task (issue 16).
  const tablesShown = useStaged(terms.length + 1) - 1;
  if (!view)
    return (
      <Page title="Attendance">
        <Loading what="attendance" />
      </Page>
    );
  const latest = terms[0];
  const due = figuresDue(figures, today);
  const raised = view.toAsk.filter((q) => q.raisedBy && !q.askedThisHalfTerm);
  const year = halfTermOf(today).schoolYear;
  const duties = view.duties.filter((d) => d.schoolYear === year).pop();
  return (
    <Page title="Attendance">
      <div className="attendance-summary">
        <div className="button-row tools no-print">
          <IonButton routerLink={to('/attendance/enter')}>Enter figures</IonButton>
          <IonButton routerLink={to('/attendance/import')} fill="outline">
            Import a file
          </IonButton>
          <IonButton routerLink={to('/attendance/ask')} fill="outline">
            Ask questions
          </IonButton>
          <IonButton fill="outline" onClick={() => window.print()}>
            Print the summary
          </IonButton>
        </div>
        {due && <p className="notice no-print">{due}</p>}
        {!latest ? (
          <Empty title="No attendance figures have been entered yet." />
        ) : (
          <>
            <p className="intro muted">
              Latest figures: {halfTermLabel(latest)}. Current half term: {halfTermLabel(view.current)}.
            </p>
            <Section title="Trends" id="trends">
              <Charts figures={figures} latest={latest} />
            </Section>
            <Section title={`Questions raised (${raised.length})`} id="questions">
              {raised.length === 0 ? (
                <p className="muted">The latest figures and the plan raise no question not yet asked this half term.</p>
              ) : (
                <ol className="questions">
                  {raised.map((q) => (
                    <li key={q.question.id}>
                      <p className="question">{q.question.text}</p>
                      <p className="raised-by">{q.raisedBy}</p>
                    </li>
                  ))}
                </ol>
              )}
            </Section>
          </>
        )}
        <Section title="Questions asked and answers" id="challenges">
          <AnswersList view={view} />
        </Section>
        <Section title={`Attendance duties, ${schoolYearLabel(year)}`} id="duties">
          <p>
            {duties?.confirmedOn
              ? `Confirmed by the board: ${Object.values(duties.checks).filter((c) => c?.met === 'yes').length} of ${Object.keys(duties.checks).length} met.`
              : 'Not yet confirmed this school year.'}
          </p>
          <IonButton routerLink={to('/attendance/duties')} fill="outline" className="no-print">
            {duties ? 'Review the duties' : 'Confirm the duties'}
          </IonButton>
        </Section>
        {terms.slice(0, tablesShown).map((t) => (
          <FiguresTable key={halfTermIndex(t)} term={t} figures={figures.filter((f) => halfTermIndex(f) === halfTermIndex(t))} />
        ))}
      </div>
    </Page>
  );
}
