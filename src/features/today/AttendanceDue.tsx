import { IonLabel, IonList } from '@ionic/react';
import { ukDate } from '../../domain';
import type { TodayData } from './todayQuery';
import { to, LinkItem } from '../../ui';

/** Attendance on Today: figures not yet entered, questions raised and not asked, follow-ups due. */
export function AttendanceDue({ data }: { data: TodayData['attendance'] }) {
  const { figuresDue, raisedNotAsked, followUps } = data;
  return (
    <section className="section" aria-labelledby="attendance-due-heading">
      <h2 id="attendance-due-heading">Attendance</h2>
      {!figuresDue && raisedNotAsked === 0 && followUps.length === 0 ? (
        <p className="muted">Figures are in, every question raised has been asked, and no follow-up is due.</p>
      ) : (
        <IonList inset>
          {figuresDue && (
            <LinkItem routerLink={to('/attendance/enter')}>
              <IonLabel className="ion-text-wrap">{figuresDue}</IonLabel>
            </LinkItem>
          )}
          {raisedNotAsked > 0 && (
            <LinkItem routerLink={to('/attendance/ask')}>
              <IonLabel className="ion-text-wrap">
                {raisedNotAsked}{' '}
                {raisedNotAsked === 1 ? 'question raised by the figures or the plan is' : 'questions raised by the figures or the plan are'}{' '}
                not yet asked this half term.
              </IonLabel>
            </LinkItem>
          )}
          {followUps.map((f) => (
            <LinkItem key={f.challenge.id} routerLink={to('/attendance', '#challenges')}>
              <IonLabel className="ion-text-wrap">
                Follow-up due {ukDate(f.due)}
                {f.owner ? ` (${f.owner})` : ''}: {f.challenge.followUp}
              </IonLabel>
            </LinkItem>
          ))}
        </IonList>
      )}
    </section>
  );
}
