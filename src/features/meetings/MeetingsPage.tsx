import './meetings.css';
import { useState } from 'react';
import { IonButton, IonLabel, IonList } from '@ionic/react';
import { minutesStatusLabels, schoolYearOf, suggestedMeetings, todayIso, ukDate, type Meeting, compareIso } from '../../domain';
import { createRecord, db, meetingsFor, membersOf, rememberAhead, useRememberedQuery, type ReadAhead } from '../../data';
import { Empty, Loading, Page, Section, useSavedToast, problemText, useSchool, to, LinkItem } from '../../ui';
import { invitedFrom } from './MeetingFormPage';

function MeetingList({ meetings }: { meetings: Meeting[] }) {
  return (
    <IonList inset>
      {meetings.map((m) => (
        <LinkItem key={m.id} routerLink={to('/meetings/:meetingId', { meetingId: m.id })}>
          <IonLabel className="ion-text-wrap">
            <h3>
              {ukDate(m.date)}: {m.kind}
            </h3>
            <p>
              {m.time && `${m.time}, `}
              {m.venue || 'venue to be confirmed'} · {minutesStatusLabels[m.minutesStatus]}
            </p>
          </IonLabel>
        </LinkItem>
      ))}
    </IonList>
  );
}

const meetingsRead = (schoolId: string) =>
  [
    'meetings',
    [schoolId],
    async () => {
      const [meetings, termDates, members] = await Promise.all([
        meetingsFor(schoolId),
        db.termDates.where('schoolId').equals(schoolId).toArray(),
        membersOf(schoolId),
      ]);
      return { ...meetings, termDates: termDates.filter((t) => !t.deleted), members };
    },
  ] as const;

export const readAhead: ReadAhead = ({ schoolId }) => rememberAhead(...meetingsRead(schoolId));

/** Meetings coming up and held; planning the year's; the way to the action log and the school's standing. */
export default function MeetingsPage() {
  const school = useSchool();
  const today = todayIso();
  const data = useRememberedQuery(...meetingsRead(school.id));
  const { saved, failed, toast } = useSavedToast();
  const [busy, setBusy] = useState(false);
  if (!data)
    return (
      <Page title="Meetings">
        <Loading what="meetings" />
      </Page>
    );
  const coming = data.meetings.filter((m) => m.date >= today).sort((a, b) => compareIso(a.date, b.date));
  const held = data.meetings.filter((m) => m.date < today);
  const open = data.actions.filter((a) => a.status !== 'done');
  const suggestions = suggestedMeetings(schoolYearOf(today, data.termDates), data.termDates, data.meetings, today);

  async function planYear() {
    setBusy(true);
    try {
      for (const s of suggestions) {
        await createRecord('meetings', school.id, {
          kind: s.kind,
          date: s.date,
          time: s.kind === 'School of Concern meeting' ? '10:00' : '16:00',
          venue: '',
          attendees: invitedFrom(data!.members),
          quorum: 3,
          declarations: '',
          papers: [],
          confidentialItems: 0,
          minutesStatus: 'not-started',
          approvedBy: '',
        });
      }
      saved(`${suggestions.length} meetings planned for the rest of the year.`);
    } catch (e) {
      failed(problemText(e));
    }
    setBusy(false);
  }

  return (
    <Page title="Meetings">
      <div className="button-row">
        <IonButton routerLink={to('/meetings/new')}>Plan a meeting</IonButton>
        <IonButton fill="outline" routerLink={to('/meetings/actions')}>
          Action log ({open.length} open)
        </IonButton>
        <IonButton fill="outline" routerLink={to('/meetings/standing')}>
          Standing with the authority
        </IonButton>
        <IonButton fill="outline" routerLink={to('/meetings/documents')}>
          Documents to share
        </IonButton>
      </div>
      <Section title="Coming up" id="coming">
        {coming.length === 0 ? <Empty title="No meeting is planned." /> : <MeetingList meetings={coming} />}
        {suggestions.length > 0 && (
          <div className="m-sub">
            <p>
              From the term dates, this year still needs {suggestions.length} meetings: the committee once every half term and the School of
              Concern meeting once a term (
              {suggestions.map((s) => `${s.kind === 'School of Concern meeting' ? 'SoC' : 'committee'} ${ukDate(s.date)}`).join(', ')}).
            </p>
            <IonButton fill="outline" disabled={busy} onClick={() => void planYear()}>
              Plan these {suggestions.length} meetings
            </IonButton>
          </div>
        )}
      </Section>
      <Section title="Held" id="held">
        {held.length === 0 ? <Empty title="No meeting has been held yet." /> : <MeetingList meetings={held} />}
      </Section>
      {toast}
    </Page>
  );
}
