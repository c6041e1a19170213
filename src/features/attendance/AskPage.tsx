import { useLiveQuery } from 'dexie-react-hooks';
import { IonLabel, IonList } from '@ionic/react';
import { halfTermLabel, questionThemeLabels, todayIso, type QuestionToAsk } from '../../domain';
import { Loading, Page, Section, useSchool, to, LinkItem } from '../../ui';
import { attendanceView } from './attendanceView';
import './attendance.css';

function QuestionItem({ q }: { q: QuestionToAsk }) {
  return (
    <LinkItem routerLink={to('/attendance/ask/:questionId', { questionId: q.question.id })} lines="full">
      <IonLabel className="ion-text-wrap">
        <p className="question">{q.question.text}</p>
        {q.raisedBy && <p className="raised-by">Raised by: {q.raisedBy}</p>}
        <p className="muted">
          {questionThemeLabels[q.question.theme]} · {q.lastAsked ? `last asked ${halfTermLabel(q.lastAsked)}` : 'not asked before'}
        </p>
      </IonLabel>
    </LinkItem>
  );
}

/** Pick the questions to put to the school: raised ones first, then those not asked for a while. */
export default function AskPage() {
  const school = useSchool();
  const view = useLiveQuery(() => attendanceView(school, todayIso()), [school]);
  if (!view)
    return (
      <Page title="Ask questions" backTo={to('/attendance')}>
        <Loading what="questions" />
      </Page>
    );
  const raised = view.toAsk.filter((q) => q.raisedBy && !q.askedThisHalfTerm);
  const others = view.toAsk.filter((q) => !q.raisedBy && !q.askedThisHalfTerm);
  const asked = view.toAsk.filter((q) => q.askedThisHalfTerm);
  const list = (items: QuestionToAsk[]) => (
    <IonList>
      {items.map((q) => (
        <QuestionItem key={q.question.id} q={q} />
      ))}
    </IonList>
  );
  return (
    <Page title="Ask questions" backTo={to('/attendance')}>
      <p className="intro muted">
        Choose a question to record what the school answered, whether the board was assured, and any follow-up.{' '}
        {halfTermLabel(view.current)}.
      </p>
      <Section title={`Raised by the figures and the plan (${raised.length})`} id="ask-raised">
        {raised.length > 0 ? (
          list(raised)
        ) : (
          <p className="muted">Nothing in the latest figures or the plan raises a question not yet asked this half term.</p>
        )}
      </Section>
      <Section title="Not asked for a while" id="ask-others">
        {list(others)}
      </Section>
      {asked.length > 0 && (
        <Section title="Asked this half term" id="ask-asked">
          {list(asked)}
        </Section>
      )}
    </Page>
  );
}
