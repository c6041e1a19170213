import { IonButton } from '@ionic/react';
import { assuranceLabels, halfTermLabel, askedIn, historyLine, timesAsked, ukDate } from '../../domain';
import { Empty, to } from '../../ui';
import type { AttendanceView } from './attendanceView';

/** Each question asked, newest first: the answer, assurance, follow-up and its action, and the question's earlier answers. */
export function AnswersList({ view }: { view: AttendanceView }) {
  const { challenges } = view;
  if (challenges.length === 0) return <Empty title="No attendance question has been asked yet." />;
  const actionOf = (id: string | undefined) =>
    id ? (view.actions.find((a) => a.id === id) ?? view.meetingActions.find((a) => a.id === id)) : undefined;
  return (
    <ul className="notes answers">
      {challenges.map((c) => {
        const earlier = c.questionId ? timesAsked(challenges, c.questionId).filter((x) => x.askedAt < c.askedAt) : [];
        const action = actionOf(c.followUpActionId);
        const by = action && ('lead' in action ? action.finish : action.due);
        return (
          <li key={c.id} className="answer">
            <p className="question">{c.question}</p>
            <p className="muted">
              Asked {halfTermLabel(askedIn(c))}
              {c.askedBy ? ` by ${c.askedBy}` : ''}
              {c.assurance ? ` · ${assuranceLabels[c.assurance]}` : ''}
            </p>
            <p className="prewrap">{c.answer || 'No answer recorded yet.'}</p>
            {c.followUp && <p>Follow-up: {c.followUp}</p>}
            {action && (
              <p className="muted">
                Action: {'lead' in action ? action.lead : action.owner}
                {by && `, by ${ukDate(by)}`}
              </p>
            )}
            {earlier.length > 0 && <p className="muted">Before: {historyLine(earlier)}</p>}
            {view.lockedBecause(c) ? (
              <p className="muted">{view.lockedBecause(c)}: the answer can no longer be changed.</p>
            ) : (
              <IonButton
                size="small"
                fill="clear"
                routerLink={to('/attendance/answers/:challengeId', { challengeId: c.id })}
                className="no-print"
              >
                Change the answer
              </IonButton>
            )}
          </li>
        );
      })}
    </ul>
  );
}
