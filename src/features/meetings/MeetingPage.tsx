import { useParams } from 'react-router-dom';
import { useLiveQuery } from 'dexie-react-hooks';
import { ukDate, ukDateLong } from '../../domain';
import { meetingsFor } from '../../data';
import { DateText, Empty, Loading, Page, Section, useSchool } from '../../ui';

/** One meeting: who came, and its minutes item by item with challenge, decision and actions. */
export default function MeetingPage() {
  const { meetingId } = useParams();
  const school = useSchool();
  const data = useLiveQuery(async () => {
    const all = await meetingsFor(school.id);
    const meeting = all.meetings.find((m) => m.id === meetingId);
    if (!meeting) return false;
    return {
      meeting,
      items: all.items.filter((i) => i.meetingId === meeting.id).sort((a, b) => a.position - b.position),
      actions: all.actions.filter((a) => a.meetingId === meeting.id),
    };
  }, [school.id, meetingId]);
  if (data === undefined)
    return (
      <Page title="Meeting" backTo="/meetings">
        <Loading what="the meeting" />
      </Page>
    );
  if (data === false)
    return (
      <Page title="Meeting" backTo="/meetings">
        <Empty title="This meeting is not on this device." />
      </Page>
    );
  const { meeting, items, actions } = data;
  return (
    <Page title="Meeting" backTo="/meetings">
      <div className="intro">
        <p className="lead">{meeting.kind}</p>
        <p>
          {ukDateLong(meeting.date)}
          {meeting.time && ` at ${meeting.time}`}
          {meeting.venue && `, ${meeting.venue}`}
        </p>
        {meeting.minutesStatus === 'approved' && (
          <p className="muted">
            Minutes approved{meeting.approvedBy && ` by ${meeting.approvedBy}`}
            {meeting.approvedAt && ` on ${ukDate(meeting.approvedAt.slice(0, 10))}`}.
          </p>
        )}
      </div>
      {meeting.present.length > 0 && (
        <Section title="Present" id="present">
          <p>{meeting.present.join(', ')}</p>
          {meeting.apologies.length > 0 && <p className="muted">Apologies: {meeting.apologies.join(', ')}</p>}
        </Section>
      )}
      <Section title="Minutes" id="minutes">
        {items.length === 0 ? (
          <Empty title="No minutes have been written for this meeting." />
        ) : (
          <ol className="minutes">
            {items.map((i) => (
              <li key={i.id}>
                <h3>{i.title}</h3>
                {i.discussion && <p className="prewrap">{i.discussion}</p>}
                {i.challenge && (
                  <p className="prewrap">
                    <strong>Challenge:</strong> {i.challenge}
                  </p>
                )}
                {i.decision && (
                  <p className="prewrap">
                    <strong>Decision:</strong> {i.decision}
                  </p>
                )}
              </li>
            ))}
          </ol>
        )}
      </Section>
      <Section title="Actions agreed" id="actions">
        {actions.length === 0 ? (
          <Empty title="No actions were agreed." />
        ) : (
          <ul className="notes">
            {actions.map((a) => (
              <li key={a.id}>
                <p>{a.description}</p>
                <p className="muted">
                  {a.owner}, due <DateText date={a.due} /> · {a.status}
                </p>
              </li>
            ))}
          </ul>
        )}
      </Section>
    </Page>
  );
}
