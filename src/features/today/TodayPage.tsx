import { useLiveQuery } from 'dexie-react-hooks';
import { IonButton, IonItem, IonLabel, IonList } from '@ionic/react';
import { halfTermLabel, halfTermOf, schoolStanding, todayIso, ukDateLong } from '../../domain';
import { schoolsOnDevice, useRememberedQuery } from '../../data';
import { Page, Loading, useSchool, to } from '../../ui';
import { todayFor } from './todayQuery';
import { AttentionList } from './AttentionList';
import { ReviewCard } from './ReviewCard';
import { VisitsDue } from './VisitsDue';
import { MeetingsDue } from './MeetingsDue';
import { AttendanceDue } from './AttendanceDue';

/** What needs the board's attention now: overdue and due-soon milestones, actions red twice, the next meeting. */
export default function TodayPage() {
  const school = useSchool();
  const today = todayIso();
  const data = useRememberedQuery('today', [school.id, today], () => todayFor(school.id, today));
  const boards = useLiveQuery(async () => (await schoolsOnDevice()).length, [], 1);
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
          <AttentionList data={data} />
          <ReviewCard data={data.overview} today={today} />
          <VisitsDue visits={data.visits} today={today} />
          <MeetingsDue data={data} />
          <AttendanceDue data={data.attendance} />
          <section className="section" aria-labelledby="next-meeting-heading">
            <h2 id="next-meeting-heading">Next meeting</h2>
            {data.nextMeeting ? (
              <IonList inset>
                <IonItem routerLink={to('/meetings/:meetingId', { meetingId: data.nextMeeting.id })} detail>
                  <IonLabel>
                    <h3>{data.nextMeeting.kind}</h3>
                    <p>
                      {ukDateLong(data.nextMeeting.date)}
                      {data.nextMeeting.time && ` at ${data.nextMeeting.time}`}
                      {data.nextMeeting.venue && `, ${data.nextMeeting.venue}`}
                    </p>
                  </IonLabel>
                </IonItem>
              </IonList>
            ) : (
              <p className="muted">No meeting is planned yet.</p>
            )}
          </section>
        </>
      )}
    </Page>
  );
}
