import './meetings.css';
import { useRef } from 'react';
import { useParams } from 'react-router-dom';
import { useLiveQuery } from 'dexie-react-hooks';
import { IonButton } from '@ionic/react';
import { lockRefusal, ukDateLong } from '../../domain';
import { db, meetingDetail } from '../../data';
import { visibilitiesAllowed } from '../../sync';
import { Empty, Loading, Page, useSchool } from '../../ui';
import { AttendanceCard } from './AttendanceCard';
import { ItemMinutes } from './ItemMinutes';
import { notSaved, UnsavedTyping, type Typed } from './UnsavedTyping';

/**
 * The clerk's screen during the meeting, on a laptop or a phone, offline: attendance and the quorum,
 * declarations, then each item's summary, challenges, decision and actions. Everything saves itself.
 */
export default function MinutesPage() {
  const { meetingId } = useParams();
  const school = useSchool();
  const detail = useLiveQuery(
    async () => (meetingId ? ((await meetingDetail(school.id, meetingId)) ?? false) : false),
    [school.id, meetingId],
  );
  const allowed = useLiveQuery(() => visibilitiesAllowed(db, school.id), [school.id]);
  const typed = useRef(new Map<string, Typed>());
  const back = meetingId ? `/meetings/${meetingId}` : '/meetings';
  if (detail === undefined || !allowed)
    return (
      <Page title="Minutes" backTo={back}>
        <Loading what="the minutes" />
      </Page>
    );
  if (detail === false)
    return (
      <Page title="Minutes" backTo={back}>
        <Empty title="This meeting is not on this device." />
      </Page>
    );
  const { meeting, items } = detail;
  const locked = lockRefusal('meetings', meeting, []);
  return (
    <Page title={`Minutes: ${meeting.kind}`} backTo={back}>
      <p className="lead">
        {ukDateLong(meeting.date)}
        {meeting.time && ` at ${meeting.time}`}
      </p>
      {locked ? (
        <>
          <div className="locked-banner" role="alert">
            <p>{locked}: they can no longer be edited. A correction is added as an erratum beside the original.</p>
            <IonButton fill="outline" routerLink={`${back}#erratum`}>
              Add an erratum
            </IonButton>
          </div>
          <UnsavedTyping lost={notSaved(typed.current.values(), items)} />
        </>
      ) : (
        <>
          <p className="muted">Everything you type is saved on this device as you go, with the network on or off.</p>
          <AttendanceCard meeting={meeting} />
          {items.length === 0 && (
            <Empty title="This meeting has no agenda yet.">
              <IonButton routerLink={back}>Build the agenda</IonButton>
            </Empty>
          )}
          {items.map((item, n) => (
            <ItemMinutes
              key={item.id}
              n={n + 1}
              item={item}
              detail={detail}
              allowed={allowed}
              onTyped={(i, draft) => typed.current.set(i.id, { item: i, draft })}
            />
          ))}
        </>
      )}
    </Page>
  );
}
