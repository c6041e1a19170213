import { IonLabel } from '@ionic/react';
import { daysLeftText, escalationTypeLabels, ukDate } from '../../domain';
import type { TodayData } from './todayQuery';
import { to, LinkItem } from '../../ui';
import { ShortList } from './ShortList';

/**
 * The authority's deadlines counting down, the School of Concern papers deadline, then meeting actions
 * overdue or due soon (the longest overdue first).
 */
export function MeetingsDue({ data }: { data: TodayData }) {
  const { meetingActions, papers, deadlines } = data;
  if (meetingActions.length + papers.length + deadlines.length === 0) return null;
  return (
    <section className="section" aria-labelledby="meetings-due-heading">
      <h2 id="meetings-due-heading">Deadlines from meetings and the authority</h2>
      <ShortList
        what="deadlines"
        items={[
          ...deadlines.map((d) => (
            <LinkItem key={d.record.id} routerLink={to('/meetings/standing')}>
              <IonLabel className="ion-text-wrap">
                <h3>{escalationTypeLabels[d.record.type]}</h3>
                <p>
                  {d.label} {ukDate(d.record.deadline)}: {daysLeftText(d.days)}
                </p>
              </IonLabel>
            </LinkItem>
          )),
          ...papers.map(({ meeting, due }) => (
            <LinkItem key={meeting.id} routerLink={to('/meetings/:meetingId', { meetingId: meeting.id })}>
              <IonLabel className="ion-text-wrap">
                <h3>Papers for the School of Concern meeting on {ukDate(meeting.date)}</h3>
                <p>
                  To the LA by {ukDate(due.deadline)}: {daysLeftText(due.days)}; {due.sent} of {due.total} sent
                </p>
              </IonLabel>
            </LinkItem>
          )),
          ...meetingActions.map(({ action, state }) => (
            <LinkItem key={action.id} routerLink={to('/meetings/actions')}>
              <IonLabel className="ion-text-wrap">
                <h3>{action.description}</h3>
                <p>
                  {action.owner}, due {ukDate(action.due)}: {state === 'overdue' ? 'overdue' : 'due soon'}
                </p>
              </IonLabel>
            </LinkItem>
          )),
        ]}
      />
    </section>
  );
}
