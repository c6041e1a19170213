import './meetings.css';
import { useParams } from 'react-router-dom';
import { useLiveQuery } from 'dexie-react-hooks';
import { IonButton } from '@ionic/react';
import { lockRefusal, minutesStatusLabels, ukDateLong } from '../../domain';
import { meetingDetail, updateRecord } from '../../data';
import { Empty, Loading, Page, useSavedToast, problemText, useSchool, to } from '../../ui';
import { AgendaEditor } from './AgendaEditor';
import { MinutesView } from './MinutesView';
import { ApproveSection } from './ApproveSection';
import { ErratumForm } from './ErratumForm';
import { PapersChecklist } from './PapersChecklist';
import { MeetingChanges } from './MeetingChanges';

/** One meeting: its agenda (built from the board's data), its papers, its minutes, approvals and errata. */
export default function MeetingPage() {
  const { meetingId } = useParams();
  const school = useSchool();
  const detail = useLiveQuery(
    async () => (meetingId ? ((await meetingDetail(school.id, meetingId)) ?? false) : false),
    [school.id, meetingId],
  );
  const { saved, failed, toast } = useSavedToast();
  if (detail === undefined)
    return (
      <Page title="Meeting" backTo={to('/meetings')}>
        <Loading what="the meeting" />
      </Page>
    );
  if (detail === false)
    return (
      <Page title="Meeting" backTo={to('/meetings')}>
        <Empty title="This meeting is not on this device." />
      </Page>
    );
  const { meeting } = detail;
  const locked = lockRefusal('meetings', meeting, []);
  return (
    <Page title={meeting.kind} backTo={to('/meetings')}>
      <div className="intro">
        <p className="lead">
          {ukDateLong(meeting.date)}
          {meeting.time && ` at ${meeting.time}`}
          {meeting.venue && `, ${meeting.venue}`}
        </p>
        <p>{minutesStatusLabels[meeting.minutesStatus]}.</p>
        {locked && (
          <div className="locked-banner" role="note">
            <p>
              {locked}
              {meeting.approvedBy && `, signed by ${meeting.approvedBy}`}. A correction is added as an erratum beside the original.
            </p>
          </div>
        )}
        {!locked && (
          <div className="button-row">
            <IonButton routerLink={to('/meetings/:meetingId/minutes', { meetingId: meeting.id })}>Take the minutes</IonButton>
            <IonButton fill="outline" routerLink={to('/meetings/:meetingId/edit', { meetingId: meeting.id })}>
              Change the meeting
            </IonButton>
            {meeting.minutesStatus === 'draft' && (
              <IonButton
                fill="outline"
                onClick={() =>
                  void updateRecord('meetings', meeting.id, { minutesStatus: 'circulated', circulatedAt: new Date().toISOString() }).then(
                    () => saved('The draft minutes are marked as sent to members for comment.'),
                    (e: unknown) => failed(problemText(e)),
                  )
                }
              >
                Send the draft to members for comment
              </IonButton>
            )}
          </div>
        )}
      </div>
      {meeting.kind === 'School of Concern meeting' && <PapersChecklist meeting={meeting} locked={!!locked} />}
      {!locked && <AgendaEditor detail={detail} />}
      <ApproveSection detail={detail} />
      <MinutesView detail={detail} />
      {locked && <ErratumForm detail={detail} />}
      <MeetingChanges detail={detail} />
      {toast}
    </Page>
  );
}
