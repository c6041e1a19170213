import { useParams } from 'react-router-dom';
import { useLiveQuery } from 'dexie-react-hooks';
import { attendanceQuestionById, historyLine, questionThemeLabels, timesAsked, todayIso } from '../../domain';
import { getUserName } from '../../data';
import { Empty, Loading, Page, useSchool, to } from '../../ui';
import { attendanceView } from './attendanceView';
import { ChallengeForm } from './ChallengeForm';
import './attendance.css';

/** Ask one question (or change an answer recorded before): the answer, assurance and follow-up. */
export default function AnswerPage() {
  const { questionId, challengeId } = useParams();
  const school = useSchool();
  const data = useLiveQuery(async () => ({ view: await attendanceView(school, todayIso()), me: await getUserName() }), [school]);
  const title = challengeId ? 'Change the answer' : 'Ask a question';
  if (!data)
    return (
      <Page title={title} backTo={to('/attendance/ask')}>
        <Loading what="the question" />
      </Page>
    );
  const { view, me } = data;
  const existing = challengeId ? view.challenges.find((c) => c.id === challengeId) : undefined;
  const question = attendanceQuestionById(existing?.questionId ?? questionId ?? '');
  if (!question && !existing)
    return (
      <Page title={title} backTo={to('/attendance/ask')}>
        <Empty title="That question is not in the bank." />
      </Page>
    );
  const asked = question ? timesAsked(view.challenges, question.id).filter((c) => c.id !== existing?.id) : [];
  const raised = view.toAsk.find((q) => q.question.id === question?.id)?.raisedBy;
  return (
    <Page title={title} backTo={to('/attendance/ask')}>
      <p className="question lead">{existing?.question ?? question!.text}</p>
      {question && (
        <dl className="facts question-facts">
          <dt>Theme</dt>
          <dd>{questionThemeLabels[question.theme]}</dd>
          {raised && (
            <>
              <dt>Raised by</dt>
              <dd className="raised-by">{raised}</dd>
            </>
          )}
          <dt>Why it matters</dt>
          <dd>{question.why}</dd>
          <dt>What a good answer contains</dt>
          <dd>{question.goodAnswer}</dd>
          <dt>Asked before</dt>
          <dd>{asked.length > 0 ? historyLine(asked) : 'Not asked before.'}</dd>
        </dl>
      )}
      {existing && view.lockedBecause(existing) ? (
        <p className="notice">{view.lockedBecause(existing)}: this answer can no longer be changed.</p>
      ) : (
        <ChallengeForm key={existing?.id ?? question!.id} view={view} question={question} existing={existing} me={me} />
      )}
    </Page>
  );
}
