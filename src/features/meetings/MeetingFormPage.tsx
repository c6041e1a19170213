import './meetings.css';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import { useLiveQuery } from 'dexie-react-hooks';
import { IonButton, useIonRouter } from '@ionic/react';
import {
  defaultPapers,
  lockRefusal,
  meetingKinds,
  roleLabels,
  todayIso,
  type Attendee,
  type Meeting,
  type MeetingKind,
  type Membership,
} from '../../domain';
import { createRecord, meetingDetail, membersOf, updateRecord } from '../../data';
import { Loading, Page, Section, problemText, useSchool, to } from '../../ui';
import { Choose, Input } from './fields';
import { AttendeesEditor } from './AttendeesEditor';

interface Form {
  kind: MeetingKind;
  date: string;
  time: string;
  venue: string;
  quorum: string;
  attendees: Attendee[];
}

/** The board's members as invitees: governors (the headteacher too) count for the quorum; the clerk and officer attend. */
export const invitedFrom = (members: Membership[]): Attendee[] =>
  members.map((m) => ({
    name: m.displayName,
    office: roleLabels[m.role],
    member: m.role !== 'clerk' && m.role !== 'officer',
    attendance: 'expected' as const,
  }));

const formOf = (m: Meeting): Form => ({
  kind: m.kind,
  date: m.date,
  time: m.time,
  venue: m.venue,
  quorum: String(m.quorum),
  attendees: m.attendees,
});

/** Plan a meeting (or change one): kind, date, time, venue, quorum and who is invited. */
export default function MeetingFormPage() {
  const { meetingId } = useParams();
  const school = useSchool();
  const data = useLiveQuery(async () => {
    const detail = meetingId ? await meetingDetail(school.id, meetingId) : undefined;
    return { detail, members: await membersOf(school.id) };
  }, [school.id, meetingId]);
  const title = meetingId ? 'Change the meeting' : 'Plan a meeting';
  const back = meetingId ? `/meetings/${meetingId}` : '/meetings';
  if (!data)
    return (
      <Page title={title} backTo={back}>
        <Loading what="the meeting" />
      </Page>
    );
  const initial: Form = data.detail
    ? formOf(data.detail.meeting)
    : {
        kind: 'School Improvement Committee',
        date: todayIso(),
        time: '16:00',
        venue: '',
        quorum: '3',
        attendees: invitedFrom(data.members),
      };
  return (
    <Page title={title} backTo={back}>
      <MeetingForm initial={initial} meeting={data.detail?.meeting} schoolId={school.id} />
    </Page>
  );
}

function MeetingForm({ initial, meeting, schoolId }: { initial: Form; meeting?: Meeting; schoolId: string }) {
  const [form, setForm] = useState(initial);
  const [error, setError] = useState('');
  const router = useIonRouter();
  const set = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));
  // The minutes may be approved (here, in another tab, or by a sync) while this form is open: say so
  // in the lock's own words; a save is then refused by the command, with its reason, and writes nothing.
  const locked = meeting ? lockRefusal('meetings', meeting, []) : null;

  async function save() {
    const fields = {
      kind: form.kind,
      date: form.date,
      time: form.time,
      venue: form.venue,
      quorum: Number(form.quorum),
      attendees: form.attendees,
    };
    try {
      if (meeting) {
        await updateRecord('meetings', meeting.id, fields);
        router.push(to('/meetings/:meetingId', { meetingId: meeting.id }), 'back', 'pop');
      } else {
        const made = await createRecord('meetings', schoolId, {
          ...fields,
          declarations: '',
          papers: form.kind === 'School of Concern meeting' ? defaultPapers() : [],
          confidentialItems: 0,
          minutesStatus: 'not-started',
          approvedBy: '',
        });
        router.push(to('/meetings/:meetingId', { meetingId: made.id }), 'forward', 'replace');
      }
    } catch (e) {
      setError(problemText(e));
    }
  }

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Section title="The meeting" id="meeting-details">
        <div className="m-grid">
          <Choose
            label="Meeting"
            value={form.kind}
            onChange={(kind) => set({ kind })}
            options={meetingKinds.map((k) => ({ value: k, label: k }))}
          />
          <Input label="Date" type="date" value={form.date} onChange={(date) => set({ date })} />
          <Input label="Time" type="time" value={form.time} onChange={(time) => set({ time })} hint="hh:mm, e.g. 16:00" />
          <Input label="Venue" value={form.venue} onChange={(venue) => set({ venue })} />
          <Input
            label="Quorum (members who must be present)"
            type="number"
            value={form.quorum}
            onChange={(quorum) => set({ quorum })}
            hint="Visitors such as the LA officer and the clerk do not count."
          />
        </div>
      </Section>
      <AttendeesEditor attendees={form.attendees} onChange={(attendees) => set({ attendees })} />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {locked && <p className="muted">{locked}: the meeting can no longer be changed.</p>}
      <IonButton type="submit">{meeting ? 'Save the meeting' : 'Plan the meeting'}</IonButton>
    </form>
  );
}
