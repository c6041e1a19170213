import { useLiveQuery } from 'dexie-react-hooks';
import { IonButton, IonItem, IonLabel, IonList } from '@ionic/react';
import { todayIso, ukDate, type Meeting } from '../../domain';
import { meetingsFor } from '../../data';
import { DateText, Empty, Loading, Page, Section, useSchool } from '../../ui';

const minutesLabel: Record<Meeting['minutesStatus'], string> = {
  'not-started': 'No minutes yet',
  draft: 'Minutes in draft',
  approved: 'Minutes approved',
};

function MeetingList({ meetings }: { meetings: Meeting[] }) {
  return (
    <IonList inset>
      {meetings.map((m) => (
        <IonItem key={m.id} routerLink={`/meetings/${m.id}`} detail>
          <IonLabel className="ion-text-wrap">
            <h3>
              {ukDate(m.date)}: {m.kind}
            </h3>
            <p>
              {m.time && `${m.time}, `}
              {m.venue || 'venue to be confirmed'} · {minutesLabel[m.minutesStatus]}
            </p>
          </IonLabel>
        </IonItem>
      ))}
    </IonList>
  );
}

/** Meetings coming up and held, and the open actions from them (the action log). */
export default function MeetingsPage() {
  const school = useSchool();
  const today = todayIso();
  const data = useLiveQuery(() => meetingsFor(school.id), [school.id]);
  if (!data)
    return (
      <Page title="Meetings">
        <Loading what="meetings" />
      </Page>
    );
  const coming = data.meetings.filter((m) => m.date >= today).sort((a, b) => a.date.localeCompare(b.date));
  const held = data.meetings.filter((m) => m.date < today).sort((a, b) => b.date.localeCompare(a.date));
  const open = data.actions.filter((a) => a.status !== 'done').sort((a, b) => a.due.localeCompare(b.due));
  return (
    <Page title="Meetings">
      <IonButton expand="block" fill="outline" routerLink="/meetings/documents">
        Documents to share: minutes, action log, packs
      </IonButton>
      <Section title="Coming up" id="coming">
        {coming.length === 0 ? <Empty title="No meeting is planned." /> : <MeetingList meetings={coming} />}
      </Section>
      <Section title="Action log: open actions" id="action-log">
        {open.length === 0 ? (
          <Empty title="No open actions from meetings." />
        ) : (
          <ul className="notes">
            {open.map((a) => (
              <li key={a.id}>
                <p>{a.description}</p>
                <p className="muted">
                  {a.owner}, due <DateText date={a.due} />
                  {a.due < today && ' (overdue)'}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section title="Held" id="held">
        {held.length === 0 ? <Empty title="No meeting has been held yet." /> : <MeetingList meetings={held} />}
      </Section>
    </Page>
  );
}
