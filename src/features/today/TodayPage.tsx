import { Fragment, useDeferredValue, type ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { IonButton, IonLabel, IonList } from '@ionic/react';
import { halfTermLabel, halfTermOf, schoolStanding, todayIso, ukDateLong, type IsoDate } from '../../domain';
import { schoolsOnDevice, useRememberedQuery } from '../../data';
import { Page, Loading, useSchool, useStaged, to, LinkItem } from '../../ui';
import { todayFor, type TodayData } from './todayQuery';
import { MilestonesDue, RedTwice } from './AttentionList';
import { ReviewCard } from './ReviewCard';
import { VisitsDue } from './VisitsDue';
import { MeetingsDue } from './MeetingsDue';
import { AttendanceDue } from './AttendanceDue';

/** Today's cards below the banner, top to bottom. */
const parts: ((data: TodayData, today: IsoDate) => ReactNode)[] = [
  (data) => <MilestonesDue attention={data.attention} />,
  (data) => <RedTwice redActions={data.redActions} />,
  (data, today) => <ReviewCard data={data.overview} today={today} />,
  (data, today) => <VisitsDue visits={data.visits} today={today} />,
  (data) => <MeetingsDue data={data} />,
  (data) => <AttendanceDue data={data.attendance} />,
  (data) => <NextMeeting meeting={data.nextMeeting} />,
];

/** What needs the board's attention now: overdue and due-soon milestones, actions red twice, the next meeting. */
export default function TodayPage() {
  const school = useSchool();
  const today = todayIso();
  // Deferred, so the cards render as a transition (see App.tsx), not in one task.
  const data = useDeferredValue(useRememberedQuery('today', [school.id, today], () => todayFor(school.id, today)));
  const boards = useDeferredValue(useLiveQuery(async () => (await schoolsOnDevice()).length, [], 1));
  // The banner and the first card at once, then one card a task (useStaged), so no one task is long.
  const shown = useStaged(data ? parts.length : 1);
  return (
    <Page title="Today">
      {!data ? (
        <Loading what="today's view" />
      ) : (
        <>
          <div className="school-banner">
            <p className="school-name">{school.name}</p>
            <p>{schoolStanding(school)}</p>
            <p>
              {ukDateLong(today)} · {halfTermLabel(halfTermOf(today))}
            </p>
            {boards > 1 && (
              <IonButton routerLink={to('/settings')} fill="outline" size="small" className="switch-board">
                Switch board ({boards} on this device)
              </IonButton>
            )}
          </div>
          {parts.slice(0, shown).map((part, i) => (
            <Fragment key={i}>{part(data, today)}</Fragment>
          ))}
        </>
      )}
    </Page>
  );
}

function NextMeeting({ meeting }: { meeting: TodayData['nextMeeting'] }) {
  return (
    <section className="section" aria-labelledby="next-meeting-heading">
      <h2 id="next-meeting-heading">Next meeting</h2>
      {meeting ? (
        <IonList inset>
          <LinkItem routerLink={to('/meetings/:meetingId', { meetingId: meeting.id })}>
            <IonLabel>
              <h3>{meeting.kind}</h3>
              <p>
                {ukDateLong(meeting.date)}
                {meeting.time && ` at ${meeting.time}`}
                {meeting.venue && `, ${meeting.venue}`}
              </p>
            </IonLabel>
          </LinkItem>
        </IonList>
      ) : (
        <p className="muted">No meeting is planned yet.</p>
      )}
    </section>
  );
}
